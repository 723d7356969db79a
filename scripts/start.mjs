// `pnpm start`: install on a fresh clone, build the portal if needed, then run Chorus.
import path from 'node:path';
import { ensureInstalled, ensureWebBuilt, root, runForever } from './lib.mjs';

ensureInstalled();
ensureWebBuilt();
// tsx as a loader inside node, not as a parent process: signals reach Chorus directly, so a busy
// server still shuts down gracefully (tsx's CLI force-kills a child that answers signals slowly)
runForever(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: path.join(root, 'api') });
