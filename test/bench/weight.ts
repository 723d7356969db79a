// `pnpm bench weight [--dist <dir>]`: what the built portal makes a browser download before it can
// show a page, from web/dist (build it first: `cd web && npx vite build`). No server, no browser: the
// figures come from the build's index.html and manifest, and the .br/.gz files the server sends.
//
// - critical path: the entry script and what index.html preloads with it (its static imports) and
//   the stylesheets: all of it is fetched and run before anything shows;
// - a page: the critical path plus its route's chunk(s) and the language's messages, all fetched at
//   start (the router and the i18n loader ask for them as soon as the entry runs). What a page loads
//   only when shown (the inbox's table and filters, which a phone does not show at first) is not counted.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
export const defaultDist = path.resolve(here, '../../web/dist');

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

/** The sizes of one built file as it is on disk and as the server sends it (the build's .gz and .br). */
export function sizeOf(dist: string, file: string): Size {
  const full = path.join(dist, file);
  const body = readFileSync(full);
  const compressed = (ext: string, make: () => Buffer) => (existsSync(full + ext) ? statSync(full + ext).size : make().length);
  return {
    raw: body.length,
    // the build compresses files of 1 kB and more; smaller ones are compressed here the same way
    gzip: compressed('.gz', () => gzipSync(body, { level: 9 })),
    brotli: compressed('.br', () => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
  };
}

const sum = (sizes: Size[]): Size =>
  sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });

export interface Weight {
  /** entry + the scripts index.html preloads (its static imports) */
  criticalScripts: string[];
  criticalCss: string[];
  entry: Size;
  critical: Size;
  /** script files of each page, critical path included, keyed by the page's route component */
  pages: Record<string, { scripts: string[]; size: Size }>;
}

/** The critical path and the pages' script weights of the build in `dist`. */
export function measureWeight(dist = defaultDist, pages: Record<string, string[]> = PAGES, locale = 'en'): Weight {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entry = html.match(/<script type="module"[^>]*src="\/([^"]+)"/)?.[1];
  if (!entry) throw new Error(`no entry script in ${dist}/index.html`);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]);
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]);
  const criticalScripts = [entry, ...preloads];

  const manifestFile = path.join(dist, '.vite/manifest.json');
  const manifest: Record<string, ManifestChunk> = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  // a chunk and every chunk it imports statically
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return seen;
    seen.add(chunk.file);
    for (const imported of chunk.imports ?? []) closure(imported, seen);
    return seen;
  };
  const keyOf = (pattern: string) => Object.keys(manifest).find((k) => k.endsWith(pattern));
  const localeKey = keyOf(`i18n/bundles/${locale}.ts`);

  const result: Weight['pages'] = {};
  for (const [name, sources] of Object.entries(pages)) {
    const keys = sources.map(keyOf);
    if (keys.some((k) => !k)) continue;
    const files = new Set(criticalScripts);
    for (const key of keys) for (const f of closure(key!)) files.add(f);
    if (localeKey) for (const f of closure(localeKey)) files.add(f);
    const scripts = [...files];
    result[name] = { scripts, size: sum(scripts.map((f) => sizeOf(dist, f))) };
  }
  return {
    criticalScripts,
    criticalCss: css,
    entry: sizeOf(dist, entry),
    critical: sum(criticalScripts.map((f) => sizeOf(dist, f))),
    pages: result,
  };
}

/** The pages measured: a name and its route components' sources (as the manifest names them), the shell first. */
const SHELL = 'src/app/shell/AppShell.vue';
export const PAGES: Record<string, string[]> = {
  'sign-in': ['src/features/auth/pages/SignInPage.vue'],
  inbox: [SHELL, 'src/features/feedback/pages/FeedbackListPage.vue'],
  dashboard: [SHELL, 'src/features/dashboard/pages/DashboardPage.vue'],
};

const row = (label: string, s: Size) =>
  `${label.padEnd(34)} ${kB(s.raw).padStart(10)} ${kB(s.gzip).padStart(10)} ${kB(s.brotli).padStart(10)}`;

export function printWeight(w: Weight, dist: string): void {
  console.log(`build: ${dist}`);
  console.log(`${''.padEnd(34)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
  console.log(row('entry script', w.entry));
  console.log(row(`critical path (${w.criticalScripts.length} scripts)`, w.critical));
  for (const f of w.criticalScripts) console.log(row(`  ${path.basename(f)}`, sizeOf(dist, f)));
  for (const f of w.criticalCss) console.log(row(`  ${path.basename(f)}`, sizeOf(dist, f)));
  for (const [name, page] of Object.entries(w.pages)) console.log(row(`page ${name} (${page.scripts.length} scripts)`, page.size));
  if (!Object.keys(w.pages).length) console.log('(no .vite/manifest.json in the build: pages not measured)');
}

if (process.argv[2] === 'weight') {
  const i = process.argv.indexOf('--dist');
  const dist = i > 0 ? path.resolve(process.argv[i + 1]) : defaultDist;
  printWeight(measureWeight(dist), dist);
}
