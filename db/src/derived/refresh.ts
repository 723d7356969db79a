// Brings derived text up to the current rules: the masked verbatim of feedback (mask.ts) and the
// rendered markdown of ideas and comments (markdown.ts). Runs after the migrations at every start and
// does nothing when all is current; after a rule change (or the migration that introduced these
// columns) it works through the rows in id order, in batches, each batch one statement.
import type postgres from 'postgres';
import { MASK_VERSION, maskText } from './mask';
import { RENDER_VERSION, renderMarkdown } from './markdown';

const BATCH = 2_000;

interface Target {
  table: string;
  source: string;
  target: string;
  version: string;
  current: number;
  derive: (text: string) => string;
  /** the check that no row lacks the derived text (added NOT VALID by the migration that introduced it) */
  check: string;
}

const TARGETS: Target[] = [
  { table: 'feedback', source: 'text', target: 'text_masked', version: 'text_mask_version', current: MASK_VERSION, derive: maskText, check: 'feedback_text_masked' },
  { table: 'ideas', source: 'body', target: 'body_html', version: 'html_version', current: RENDER_VERSION, derive: renderMarkdown, check: 'ideas_body_html' },
  { table: 'idea_comments', source: 'body', target: 'body_html', version: 'html_version', current: RENDER_VERSION, derive: renderMarkdown, check: 'idea_comments_body_html' },
  { table: 'feedback_comments', source: 'body', target: 'body_html', version: 'html_version', current: RENDER_VERSION, derive: renderMarkdown, check: 'feedback_comments_body_html' },
];

/** Recomputes stale derived text; returns how many rows of each table changed. */
export async function refreshDerivedText(sql: postgres.Sql, log: (line: string) => void = () => {}): Promise<Record<string, number>> {
  const changed: Record<string, number> = {};
  for (const t of TARGETS) {
    changed[t.table] = 0;
    let after = 0;
    for (;;) {
      const rows = await sql<{ id: string; source: string | null }[]>`
        select id, ${sql(t.source)} as source from ${sql(t.table)}
        where id > ${after} and ${sql(t.version)} < ${t.current} order by id limit ${BATCH}`;
      if (!rows.length) break;
      const ids = rows.map((r) => r.id);
      const sources = rows.map((r) => r.source);
      const derived = rows.map((r) => (r.source === null ? null : t.derive(r.source)));
      // Only rows still stale and still holding the text derived from: another process (a second
      // Chorus starting at once, or the API writing meanwhile) may have written a newer text.
      await sql`
        update ${sql(t.table)} as x set ${sql(t.target)} = v.derived, ${sql(t.version)} = ${t.current}
        from unnest(${ids}::bigint[], ${sources}::text[], ${derived}::text[]) as v(id, source, derived)
        where x.id = v.id and x.${sql(t.version)} < ${t.current} and x.${sql(t.source)} is not distinct from v.source`;
      changed[t.table] += rows.length;
      after = Number(rows.at(-1)!.id);
      if (changed[t.table] % 50_000 < BATCH) log(`${t.table}: ${changed[t.table].toLocaleString('en')} rows brought up to date`);
    }
  }
  // every row now has its derived text: the checks can hold for old rows too, not only for new writes
  const pending = await sql<{ table: string; name: string }[]>`
    select conrelid::regclass::text as table, conname as name from pg_constraint
    where not convalidated and conname = any(${TARGETS.map((t) => t.check)})`;
  for (const c of pending) await sql`alter table ${sql(c.table)} validate constraint ${sql(c.name)}`;
  return changed;
}
