// Helpers shared by the root scripts. Node built-ins only: these run before `pnpm install` has.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  if (r.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

/** Installs the workspace when a fresh clone has no node_modules yet. */
export function ensureInstalled() {
  if (!existsSync(path.join(root, 'node_modules', '.modules.yaml'))) {
    console.log('[chorus] installing dependencies (first run)…');
    run('pnpm', ['install', '--frozen-lockfile']);
  }
}

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((f) => newest(path.join(p, f))));
}

/** Builds the portal when web/dist is missing or older than its sources. */
export function ensureWebBuilt() {
  const web = path.join(root, 'web');
  const built = newest(path.join(web, 'dist', 'index.html'));
  const sources = Math.max(...['src', 'index.html', 'vite.config.ts', 'package.json', 'public'].map((f) => newest(path.join(web, f))));
  if (!built || sources > built) {
    console.log('[chorus] building the portal…');
    run('pnpm', ['--filter', '@chorus/web', 'build']);
  }
}

/** Runs a long-lived child, passing SIGINT/SIGTERM on so it can shut down gracefully. */
export function runForever(cmd, args, options = {}) {
  const child = spawn(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  let forwarded = null;
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { forwarded = sig; child.kill(sig); });
  // killed by a signal we did not pass on (the OOM killer, say): fail the way a shell would, 128 + n
  child.on('exit', (code, signal) => process.exit(code ?? (signal === forwarded ? 0 : 128 + (os.constants.signals[signal] ?? 0))));
}
