// pnpm db:seed [--seed N] [--feedback N] [--now YYYY-MM-DD]
// Fills an empty database (DATABASE_URL, or the embedded one) with the demo company.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { createDb, runMigrations, startDatabase } from '../index';
import { DEFAULT_FEEDBACK, DEFAULT_SEED, isDatabaseEmpty, seedDemo } from '../seed/index';

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number ≥ 0, got "${value}"`);
    process.exit(2);
  }
  return n;
}

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    feedback: { type: 'string' },
    now: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('Usage: pnpm db:seed [--seed N] [--feedback N] [--now YYYY-MM-DD]\n'
    + `Seeds the demo data into an empty database. Defaults: --seed ${DEFAULT_SEED} --feedback ${DEFAULT_FEEDBACK} --now <start of today, UTC>.`);
  process.exit(0);
}
const seed = wholeNumber('seed', values.seed, DEFAULT_SEED);
const feedback = wholeNumber('feedback', values.feedback, DEFAULT_FEEDBACK);
const now = values.now ? new Date(`${values.now}T00:00:00Z`) : undefined;
if (now && Number.isNaN(now.getTime())) {
  console.error(`--now must be a date like 2025-06-30, got "${values.now}"`);
  process.exit(2);
}

const running = await startDatabase();
// four connections: the feedback COPY and the dependent COPYs run side by side
const handle = createDb(running.url, { max: 4 });
let exitCode = 0;
try {
  await runMigrations(handle);
  if (!(await isDatabaseEmpty(handle))) {
    console.error('The database already has users or feedback, so the demo data was not seeded.\n'
      + 'Seed into an empty database (a fresh CHORUS_DATA_DIR, or another DATABASE_URL).');
    exitCode = 1;
  } else {
    console.log(`Seeding the demo: seed ${seed}, ${feedback.toLocaleString('en')} feedback items${running.embedded ? ' (embedded PostgreSQL)' : ''}…`);
    let bar: cliProgress.SingleBar | null = null;
    let phase = '';
    const summary = await seedDemo(handle, {
      seed,
      feedback,
      now,
      // the organisation's days, as the API reads them
      timeZone: process.env.CHORUS_TIME_ZONE || undefined,
      onProgress(done, total, name) {
        if (name !== phase) {
          bar?.stop();
          phase = name;
          bar = new cliProgress.SingleBar({ format: `${name.padEnd(15)} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`, hideCursor: true },
            cliProgress.Presets.shades_classic);
          bar.start(total, done);
        } else {
          bar?.update(done);
        }
      },
    });
    (bar as cliProgress.SingleBar | null)?.stop();
    const c = summary.counts;
    const seconds = summary.durationMs / 1000;
    console.log(`\nDone in ${seconds.toFixed(1)} s (${Math.round(summary.feedback / seconds).toLocaleString('en')} feedback items/s).`);
    console.log(`Window ${summary.from} – ${summary.to}, now = ${summary.now}`);
    console.table({
      users: summary.users, customers: summary.customers, contacts: summary.contacts, feedback: summary.feedback,
      'feedback themes': c.feedbackThemes, 'action items': c.actionItems + c.ideaActionItems, 'follow-ups': c.followUps,
      'feature requests': summary.featureRequests, 'feature request links': c.featureRequestLinks, 'survey invitation days': c.surveyInvitations,
      'feedback comments': c.feedbackComments, ideas: c.ideas, 'idea votes': c.ideaVotes, 'idea comments': c.ideaComments,
      notifications: c.notifications, 'recovery answers': c.recoveries,
    });
    console.log('Sign in as admin@chorus.demo, exec@chorus.demo, lead.support@chorus.demo, lead.product@chorus.demo or employee@chorus.demo, password "chorus-demo".');
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await handle.close();
  await running.stop();
}
process.exit(exitCode);
