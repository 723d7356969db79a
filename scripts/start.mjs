// `pnpm start`: install on a fresh clone, build the portal if needed, then run Chorus.
import path from 'node:path';
import { ensureInstalled, ensureWebBuilt, root, runForever } from './lib.mjs';

ensureInstalled();
ensureWebBuilt();
runForever(path.join(root, 'api', 'node_modules', '.bin', 'tsx'), ['src/main.ts'], { cwd: path.join(root, 'api') });
