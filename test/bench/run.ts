// `pnpm bench <name> [options]`: runs test/bench/<name>.ts. Each benchmark prints its figures as
// ratios to a baseline measured in the same run; none of them is a test.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const names = readdirSync(here).filter((f) => f.endsWith('.ts') && f !== 'run.ts').map((f) => f.slice(0, -3));
const name = process.argv[2] && !process.argv[2].startsWith('-') ? process.argv[2] : undefined;
if (!name || !names.includes(name)) {
  console.error(`usage: pnpm bench <${names.join('|')}> [options]`);
  process.exit(name ? 1 : 0);
}
await import(`./${name}.ts`);
