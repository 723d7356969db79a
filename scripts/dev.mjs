// `pnpm dev`: the API with reload on change (port 4000) and Vite's dev server for the portal, which
// proxies /graphql to the API.
import { spawn } from 'node:child_process';
import { ensureInstalled, root } from './lib.mjs';

ensureInstalled();
const children = [
  spawn('pnpm', ['--filter', '@chorus/api', 'dev'], { stdio: 'inherit', cwd: root }),
  spawn('pnpm', ['--filter', '@chorus/web', 'dev'], { stdio: 'inherit', cwd: root }),
];
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => children.forEach((c) => c.kill(sig)));
// when one stops the other goes too; a child killed by a signal exits non-zero
children.forEach((c) => c.on('exit', (code, signal) => { children.forEach((o) => o.kill('SIGTERM')); process.exit(code ?? (signal ? 1 : 0)); }));
