import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MASK_VERSION, maskText } from './derived/mask';
import { RENDER_VERSION } from './derived/markdown';
import { refreshDerivedText } from './derived/refresh';
import { DEFAULT_SLA_POLICIES } from './rules';
import { createTestDatabase, type TestDatabase } from './testing/index';

let t: TestDatabase;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(async () => { await t.drop(); });

describe('feedback table', () => {
  it('derives the NPS group, the 0–10 score and a search document stemmed in the row’s language', async () => {
    const [row] = await t.sql`
      insert into feedback (source, external_id, received_at, channel, kind, nps_score, text, text_masked, language)
      values ('t', '1', now(), 'SURVEY_EMAIL', 'DIRECT', 6, 'Leveransene var forsinket igjen', 'Leveransene var forsinket igjen', 'nb')
      returning nps_group, score10, search_doc::text as doc`;
    expect(row).toMatchObject({ nps_group: 'DETRACTOR', score10: 6 });
    // the Norwegian stemmer reduces "leveransene" to its stem
    expect(row.doc).toContain("'leveran");
    const [csat] = await t.sql`
      insert into feedback (source, external_id, received_at, channel, kind, csat_score)
      values ('t', '2', now(), 'SURVEY_WEB', 'DIRECT', 5) returning score10, nps_group`;
    expect(csat).toEqual({ score10: 10, nps_group: null });
  });

  it('keeps one row per (source, externalId) and rejects scores out of range', async () => {
    await expect(t.sql`insert into feedback (source, external_id, received_at, channel, kind)
      values ('t', '1', now(), 'SOCIAL', 'INDIRECT')`).rejects.toThrow(/feedback_source_external_id_key/);
    await expect(t.sql`insert into feedback (source, external_id, received_at, channel, kind, nps_score)
      values ('t', '3', now(), 'SOCIAL', 'INDIRECT', 11)`).rejects.toThrow(/feedback_nps_range/);
  });
});

describe('feedback search document', () => {
  it('is built from the masked text, so typed-in emails and phone numbers cannot be searched for', async () => {
    const text = 'Call kari.nordmann@acme.no or +47 912 34 567 about delivery';
    const [row] = await t.sql`
      insert into feedback (source, external_id, received_at, channel, kind, text, text_masked, language)
      values ('t', 'pii', now(), 'SUPPORT_TICKET', 'INDIRECT', ${text}, ${maskText(text)}, 'en')
      returning search_doc::text as doc`;
    expect(row.doc).toContain("'deliveri'");
    // neither the contact's data nor the placeholders' words are in the document
    expect(row.doc).not.toMatch(/kari|acme|912|567|hidden|email|phone/);
  });

  it('refuses a verbatim stored without its masked form', async () => {
    await expect(t.sql`insert into feedback (source, external_id, received_at, channel, kind, text)
      values ('t', 'unmasked', now(), 'SOCIAL', 'INDIRECT', 'Ring 912 34 567')`).rejects.toThrow(/feedback_text_masked/);
  });
});

describe('derived text kept current', () => {
  it('masks and renders rows written before the rules changed, and only those', async () => {
    const [f] = await t.sql<{ id: string }[]>`
      insert into feedback (source, external_id, received_at, channel, kind, text, text_masked, text_mask_version)
      values ('t', 'stale', now(), 'SOCIAL', 'INDIRECT', 'mail ola@firma.no', 'stale', 0) returning id`;
    const [u] = await t.sql<{ id: string }[]>`insert into users (email, name, password_hash) values ('a@b.no', 'A', 'x') returning id`;
    const [d] = await t.sql<{ id: string }[]>`insert into departments (name) values ('D') returning id`;
    const [i] = await t.sql<{ id: string }[]>`
      insert into ideas (title, body, body_html, html_version, department_id, author_id)
      values ('x', '**bold**', 'stale', 0, ${d.id}, ${u.id}) returning id`;
    const changed = await refreshDerivedText(t.sql);
    expect(changed.feedback).toBeGreaterThanOrEqual(1);
    const [after] = await t.sql`select text_masked, text_mask_version from feedback where id = ${f.id}`;
    expect(after).toEqual({ text_masked: 'mail [email hidden]', text_mask_version: MASK_VERSION });
    const [idea] = await t.sql`select body_html, html_version from ideas where id = ${i.id}`;
    expect(idea).toEqual({ body_html: '<p><strong>bold</strong></p>\n', html_version: RENDER_VERSION });
    // a second run finds nothing to do
    expect(await refreshDerivedText(t.sql)).toEqual({ feedback: 0, ideas: 0, idea_comments: 0, feedback_comments: 0 });
    // and the checks the migration added NOT VALID now hold for every row
    const checks = await t.sql`select conname, convalidated from pg_constraint
      where conname in ('feedback_text_masked', 'ideas_body_html', 'idea_comments_body_html', 'feedback_comments_body_html')`;
    expect(checks.map((c) => c.convalidated)).toEqual([true, true, true, true]);
  });
});

describe('SLA policies', () => {
  it('start as the defaults the rules know, so a new organisation calls the same answers unhappy as the demo', async () => {
    const rows = await t.sql`select name, rank, max_nps, max_csat, max_ces, target_hours from sla_policies order by rank`;
    expect(rows.map((r) => ({ name: r.name, rank: r.rank, maxNps: r.max_nps, maxCsat: r.max_csat, maxCes: r.max_ces, targetHours: r.target_hours })))
      .toEqual(DEFAULT_SLA_POLICIES.map((p) => ({ ...p })));
  });
});
