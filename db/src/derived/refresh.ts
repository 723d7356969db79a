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
}

const TARGETS: Target[] = [
  { table: 'feedback', source: 'text', target: 'text_masked', version: 'text_mask_version', current: MASK_VERSION, derive: maskText },
  { table: 'ideas', source: 'body', target: 'body_html', version: 'html_version', current: RENDER_VERSION, derive: renderMarkdown },
  { table: 'idea_comments', source: 'body', target: 'body_html', version: 'html_version', current: RENDER_VERSION, derive: renderMarkdown },
  { table: 'feedback_comments', source: 'body', target: 'body_html', version: 'html_version', current: RENDER_VERSION, derive: renderMarkdown },
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
      const derived = rows.map((r) => (r.source === null ? null : t.derive(r.source)));
      await sql`
        update ${sql(t.table)} as x set ${sql(t.target)} = v.derived, ${sql(t.version)} = ${t.current}
        from unnest(${ids}::bigint[], ${derived}::text[]) as v(id, derived) where x.id = v.id`;
      changed[t.table] += rows.length;
      after = Number(rows.at(-1)!.id);
      if (changed[t.table] % 50_000 < BATCH) log(`${t.table}: ${changed[t.table].toLocaleString('en')} rows brought up to date`);
    }
  }
  return changed;
}
