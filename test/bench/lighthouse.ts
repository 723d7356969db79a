// `pnpm bench lighthouse [--runs N] [--dist <dir>] [--baseline <dir>] [--only sign-in,inbox] [--feedback N]
// [--json <file>] [--verbose]`: Lighthouse's
// mobile performance score (its default: a mid-range phone, slow 4G and a 4× slower CPU, simulated)
// for the sign-in page, the feedback inbox (signed in as the demo employee) and the dashboard (signed
// in as the demo executive), on the real server with a seeded company, serving web/dist (build it
// first: `cd web && npx vite build`). Each page is measured N times (3 unless told) and the median
// run is shown, with the script bytes the page took on the wire and what Lighthouse flags. The
// build's critical path (`pnpm bench weight`) is printed first. With --baseline, another build (say,
// the one before a change) is measured in the same run, its runs taking turns with the build's: on a
// shared machine only such a comparison means much (Lighthouse scales the CPU time it sees by 4, so a
// busy machine lowers every score; its benchmark index is printed to show how busy).
//
// Chromium is Debian's (CHROMIUM_PATH, else /usr/bin/chromium), started here with a DevTools port
// that Lighthouse drives. The pages behind sign-in get the session's cookie with every request.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse, { type Flags } from 'lighthouse';
import { createServer, listen, loadConfig } from '@chorus/api';
import { withBench } from './support';
import { defaultDist, measureWeight, printWeight } from './weight';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(arg('runs') ?? 3);
const dist = path.resolve(arg('dist') ?? defaultDist);
const baseline = arg('baseline') ? path.resolve(arg('baseline')!) : undefined;
const feedback = Number(arg('feedback') ?? 3000);
const jsonOut = arg('json');
const verbose = process.argv.includes('--verbose');
const only = arg('only')?.split(',');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Target {
  name: string;
  path: string;
  /** signed in as this demo account */
  as?: string;
}
const TARGETS: Target[] = [
  { name: 'sign-in', path: '/sign-in' },
  { name: 'inbox', path: '/feedback', as: 'employee@chorus.demo' },
  { name: 'dashboard', path: '/dashboard', as: 'exec@chorus.demo' },
];

/** Starts Chromium headless with a DevTools port and resolves with that port. */
async function startChromium(): Promise<{ port: number; process: ChildProcess; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'chorus-lighthouse-'));
  const child = spawn(CHROMIUM, [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage', '--remote-debugging-port=0',
    `--user-data-dir=${profile}`, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = seen.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)));
  });
  return {
    port,
    process: child,
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface Run {
  score: number;
  /** Lighthouse's measure of this machine's speed at the time (higher is faster) */
  benchmarkIndex: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** script bytes transferred (compressed, headers included), and how many scripts */
  scriptBytes: number;
  scripts: number;
  totalBytes: number;
  /** audits Lighthouse flags: id, title, and what they would save */
  flagged: string[];
}

async function measure(port: number, url: string, cookie?: string): Promise<Run> {
  const flags: Flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    // every run starts cold (Lighthouse empties the cache and the origin's storage); the session cookie
    // is not in the browser's jar but sent as a header with every request
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  };
  let result = await lighthouse(url, flags);
  // Lighthouse says so when its trace came out broken (NO_NAVSTART and the like): it asks to run again
  for (let retry = 0; retry < 2 && result?.lhr.runtimeError; retry++) result = await lighthouse(url, flags);
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  if (verbose) {
    for (const id of ['bootup-time', 'mainthread-work-breakdown', 'unused-javascript', 'render-blocking-resources', 'uses-text-compression', 'long-tasks']) {
      const items = (lhr.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
      console.log(`  ${id}: ${lhr.audits[id]?.displayValue ?? ''}`);
      for (const item of items.slice(0, 8)) console.log(`    ${JSON.stringify(item).slice(0, 240)}`);
    }
  }
  const finalUrl = lhr.finalDisplayedUrl;
  if (new URL(finalUrl).pathname !== new URL(url).pathname) throw new Error(`${url} ended on ${finalUrl} (not signed in?)`);
  const audit = (id: string) => lhr.audits[id];
  const requests = (audit('network-requests').details as { items: { resourceType?: string; transferSize?: number }[] }).items;
  const scripts = requests.filter((r) => r.resourceType === 'Script');
  const flagged = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && (a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'metricSavings'))
    .filter((a) => !['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time', 'cumulative-layout-shift', 'interactive', 'max-potential-fid'].includes(a.id))
    .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  return {
    score: lhr.categories.performance.score ?? 0,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    fcp: audit('first-contentful-paint').numericValue ?? 0,
    lcp: audit('largest-contentful-paint').numericValue ?? 0,
    tbt: audit('total-blocking-time').numericValue ?? 0,
    cls: audit('cumulative-layout-shift').numericValue ?? 0,
    scriptBytes: scripts.reduce((n, r) => n + (r.transferSize ?? 0), 0),
    scripts: scripts.length,
    totalBytes: requests.reduce((n, r) => n + (r.transferSize ?? 0), 0),
    flagged,
  };
}

const median = (xs: Run[]) => [...xs].sort((a, b) => a.score - b.score)[Math.floor(xs.length / 2)];

const builds = baseline ? [{ label: 'baseline', dir: baseline }, { label: 'build', dir: dist }] : [{ label: 'build', dir: dist }];
for (const build of builds) {
  printWeight(measureWeight(build.dir), build.dir);
  console.log();
}

await withBench(feedback, async (bench) => {
  // a server of its own for each build measured (same database as the bench's server)
  const servers = await Promise.all(
    builds.map(async (build) => {
      const server = await createServer(bench.handle, { ...loadConfig({}), demo: false }, () => {}, { webDist: build.dir });
      return { ...build, server, base: `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}` };
    }),
  );
  const chromium = await startChromium();
  const results: Record<string, Record<string, { median: Run; scores: number[] }>> = {};
  try {
    for (const target of TARGETS.filter((t) => !only || only.includes(t.name))) {
      const cookie = target.as ? await bench.cookieOf(target.as) : undefined;
      const all = new Map<string, Run[]>(servers.map((s) => [s.label, []]));
      // the builds take turns, so that both see the machine as busy as it was
      for (let i = 0; i < runs; i++) {
        for (const s of servers) all.get(s.label)!.push(await measure(chromium.port, s.base + target.path, cookie));
      }
      for (const s of servers) {
        const runsOf = all.get(s.label)!;
        const m = median(runsOf);
        (results[s.label] ??= {})[target.name] = { median: m, scores: runsOf.map((r) => r.score) };
        console.log(
          `${s.label.padEnd(9)}${target.name.padEnd(10)} score ${m.score.toFixed(2)} (runs ${runsOf.map((r) => r.score.toFixed(2)).join(' ')})  ` +
            `FCP ${(m.fcp / 1000).toFixed(1)} s  LCP ${(m.lcp / 1000).toFixed(1)} s  TBT ${m.tbt.toFixed(0)} ms  CLS ${m.cls.toFixed(3)}  ` +
            `scripts ${m.scripts} = ${(m.scriptBytes / 1000).toFixed(1)} kB on the wire (all ${(m.totalBytes / 1000).toFixed(1)} kB)  ` +
            `benchmark index ${m.benchmarkIndex.toFixed(0)}`,
        );
        if (m.flagged.length) console.log(`${''.padEnd(19)} flagged: ${m.flagged.join(', ')}`);
      }
    }
  } finally {
    await chromium.close();
    await Promise.all(servers.map((s) => s.server.close()));
  }
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2));
});
