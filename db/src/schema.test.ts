import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/index';

let t: TestDatabase;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(async () => { await t.drop(); });

describe('feedback table', () => {
  it('derives the NPS group, the 0–10 score and a search document stemmed in the row’s language', async () => {
    const [row] = await t.sql`
      insert into feedback (source, external_id, received_at, channel, kind, nps_score, text, language)
      values ('t', '1', now(), 'SURVEY_EMAIL', 'DIRECT', 6, 'Leveransene var forsinket igjen', 'nb')
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
  it('leaves out emails and phone numbers typed into the text', async () => {
    const [row] = await t.sql`
      insert into feedback (source, external_id, received_at, channel, kind, text, language)
      values ('t', 'pii', now(), 'SUPPORT_TICKET', 'INDIRECT', 'Call kari.nordmann@acme.no or +47 912 34 567 about delivery', 'en')
      returning search_doc::text as doc`;
    expect(row.doc).toContain("'deliveri'");
    expect(row.doc).not.toMatch(/kari|acme|912|567/);
  });
});
