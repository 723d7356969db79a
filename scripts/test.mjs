// `pnpm test`: every package's tests in turn (each against a real PostgreSQL: DATABASE_URL, or an
// embedded server of its own), then the end-to-end run in Chromium. Ends with one summary line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureInstalled, ensureWebBuilt, root } from './lib.mjs';

ensureInstalled();

const only = process.argv.slice(2);
const suites = [
  { name: 'db', dir: 'db' },
  { name: 'api', dir: 'api' },
  { name: 'web', dir: 'web' },
  { name: 'integration and end-to-end', dir: 'test' },
].filter((s) => !only.length || only.includes(s.dir));

// the end-to-end tests drive the built portal
if (suites.some((s) => s.dir === 'test') && process.env.CHORUS_E2E !== 'off') ensureWebBuilt();

const out = mkdtempSync(path.join(tmpdir(), 'chorus-results-'));
let passed = 0, failed = 0, skipped = 0;
const failures = [];
const started = Date.now();
for (const suite of suites) {
  console.log(`\n━━ ${suite.name} ━━`);
  const json = path.join(out, `${suite.dir}.json`);
  const r = spawnSync(
    path.join(root, suite.dir, 'node_modules', '.bin', 'vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`],
    { stdio: 'inherit', cwd: path.join(root, suite.dir) },
  );
  try {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    passed += report.numPassedTests;
    // a file whose setup failed has no failed test, only skipped ones: it counts as a failure too
    const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')).length;
    failed += report.numFailedTests + brokenFiles;
    skipped += report.numPendingTests + report.numTodoTests;
    if (report.numFailedTests || report.numFailedTestSuites || report.success === false || r.status !== 0) failures.push(suite.name);
  } catch {
    // no report: the run itself failed (a crash, a failing global setup)
    failed += 1;
    failures.push(`${suite.name} (no results)`);
  }
}
rmSync(out, { recursive: true, force: true });
console.log(`\n${failures.length ? `Failed: ${failures.join(', ')}` : 'All suites passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failures.length ? 1 : 0);
