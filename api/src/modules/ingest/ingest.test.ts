import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Client, type Harness } from '../../testing/harness';

let h: Harness;
let admin: Client;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.as('admin@test.dev');
});
afterAll(async () => { await h.close(); });

const INGEST = `mutation($input: [FeedbackInput!]!) { ingestFeedback(input: $input) { created duplicates rejected { index field message } } }`;

const texts = [
  'The delivery was three days late and nobody told us.',
  'Leveransen kom tre dager for sent og ingen ga beskjed.',
  'Fakturan var fel igen, vi har fått betala två gånger.',
  'Great support, the agent solved it in minutes!',
  'Kundeservice svarte raskt og var hyggelige.',
];
const batch = (source: string, n: number) => Array.from({ length: n }, (_, i) => ({
  source,
  externalId: `resp-${i}`,
  receivedAt: new Date(Date.UTC(2026, 3, 1) + i * 60_000).toISOString(),
  channel: i % 2 ? 'SURVEY_EMAIL' : 'SUPPORT_TICKET',
  customerExternalId: `CRM-${i % 40}`,
  customerName: `Customer ${i % 40}`,
  segment: i % 3 ? 'SMB' : 'ENTERPRISE',
  region: i % 2 ? 'Oslo' : 'Stockholm',
  contactEmail: `person${i % 80}@customer${i % 40}.example`,
  contactName: `Person ${i % 80}`,
  productName: `Product ${i % 3}`,
  surveyName: i % 2 ? 'Relationship NPS' : null,
  npsScore: i % 2 ? i % 11 : null,
  text: texts[i % texts.length],
}));

describe('ingestFeedback', () => {
  it('is for ADMINs only', async () => {
    const r = await (await h.as('lead.support@test.dev')).gql(INGEST, { input: batch('x', 1) });
    expect(r.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect((await h.database.sql`select count(*)::int as n from feedback where source = 'x'`)[0].n).toBe(0);
  });

  it('stores a batch of 1,000 sent twice at once exactly once', async () => {
    const input = batch('survey-tool', 1000);
    const [a, b] = await Promise.all([admin.gql(INGEST, { input }), admin.gql(INGEST, { input })]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const results = [a.data.ingestFeedback, b.data.ingestFeedback];
    expect(results.map((r) => r.created + r.duplicates)).toEqual([1000, 1000]);
    expect(results[0].created + results[1].created).toBe(1000);
    const [{ n }] = await h.database.sql`select count(*)::int as n from feedback where source = 'survey-tool'`;
    expect(n).toBe(1000);
    // the customers, contacts, products and survey it had not seen, each once
    const [counts] = await h.database.sql`select
      (select count(*)::int from customers where external_id like 'CRM-%') as customers,
      (select count(*)::int from contacts where email like '%.example') as contacts,
      (select count(*)::int from products where name like 'Product %') as products,
      (select count(*)::int from surveys where name = 'Relationship NPS') as surveys`;
    expect(counts).toEqual({ customers: 40, contacts: 80, products: 3, surveys: 1 });
    // and again later: all duplicates
    const again = await admin.gql(INGEST, { input: input.slice(0, 10) });
    expect(again.data.ingestFeedback).toEqual({ created: 0, duplicates: 10, rejected: [] });
  });

  it('detects the language, derives kind, sentiment, category, themes and routing', async () => {
    const rows = await h.database.sql`
      select f.text, f.language, f.kind, f.sentiment, f.category, f.loop_status, d.name as department,
             array(select t.name from feedback_themes ft join themes t on t.id = ft.theme_id where ft.feedback_id = f.id) as themes
      from feedback f left join departments d on d.id = f.department_id
      where f.source = 'survey-tool' and f.external_id in ('resp-0', 'resp-1', 'resp-2', 'resp-8')
      order by f.external_id`;
    expect(rows.map((r) => r.language)).toEqual(['en', 'nb', 'sv', 'en']);
    // a ticket about a late delivery: a complaint on the delivery theme, routed to Operations
    // (which this scenario's company does not have), to be followed up
    expect(rows[0]).toMatchObject({ kind: 'INDIRECT', sentiment: 'NEGATIVE', category: 'COMPLAINT', themes: ['Delivery delays'], department: null, loop_status: 'OPEN' });
    // an NPS answer of 1: a detractor's survey response
    expect(rows[1]).toMatchObject({ kind: 'DIRECT', sentiment: 'NEGATIVE', loop_status: 'OPEN' });
    // Swedish billing complaint, routed to Sales
    expect(rows[2]).toMatchObject({ themes: ['Billing'], sentiment: 'NEGATIVE', department: 'Sales' });
    expect(rows[3]).toMatchObject({ sentiment: 'POSITIVE', category: 'PRAISE', loop_status: 'NOT_NEEDED', department: 'Support' });
  });

  it('rejects a bad row with its index and field and stores the others', async () => {
    const input = batch('mixed', 5);
    input[1].npsScore = 11;
    input[3].contactEmail = 'not-an-email';
    input[4].externalId = ' ';
    const r = await admin.gql(INGEST, { input });
    expect(r.data.ingestFeedback).toEqual({
      created: 2,
      duplicates: 0,
      rejected: [
        { index: 1, field: 'npsScore', message: 'Must be between 0 and 10.' },
        { index: 3, field: 'contactEmail', message: 'Not an email address.' },
        { index: 4, field: 'externalId', message: 'Must not be empty.' },
      ],
    });
    const stored = await h.database.sql`select external_id from feedback where source = 'mixed' order by external_id`;
    expect(stored.map((s) => s.external_id)).toEqual(['resp-0', 'resp-2']);
  });

  it('rejects a date in the future and a wrong type before anything is stored', async () => {
    const [row] = batch('future', 1);
    const r = await admin.gql(INGEST, { input: [{ ...row, receivedAt: '2999-01-01T00:00:00Z' }] });
    expect(r.data.ingestFeedback.rejected).toEqual([{ index: 0, field: 'receivedAt', message: 'Must not be in the future.' }]);
    const typed = await admin.gql(INGEST, { input: [{ ...row, npsScore: 'ten' }] });
    expect(typed.status).toBe(400);
    expect(typed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'input.0.npsScore': expect.stringContaining('Int') } });
    expect((await h.database.sql`select count(*)::int as n from feedback where source = 'future'`)[0].n).toBe(0);
  });
});

describe('ingestFeedback edge cases', () => {
  it('rejects a row with a NUL character and stores the rest', async () => {
    const input = batch('nul', 3);
    input[1].text = 'broken \u0000 byte';
    const r = await admin.gql(INGEST, { input });
    expect(r.data.ingestFeedback).toEqual({ created: 2, duplicates: 0, rejected: [{ index: 1, field: 'text', message: 'Must not contain a NUL character.' }] });
  });

  it('stores a key sent twice in one batch once, from its first row, with that row’s themes', async () => {
    const [first] = batch('twice', 1);
    const second = { ...first, text: 'Fakturaen var feil igjen.' };
    const r = await admin.gql(INGEST, { input: [first, second] });
    expect(r.data.ingestFeedback).toEqual({ created: 1, duplicates: 1, rejected: [] });
    const rows = await h.database.sql`
      select f.text, array(select t.name from feedback_themes ft join themes t on t.id = ft.theme_id where ft.feedback_id = f.id) as themes
      from feedback f where f.source = 'twice'`;
    expect(rows).toEqual([{ text: first.text, themes: ['Delivery delays'] }]);
  });
});

describe('what needs follow-up on arrival', () => {
  it('follows the SLA policies as they are now, not thresholds written in code', async () => {
    const row = (externalId: string, npsScore: number) => ({ source: 'policy', externalId, receivedAt: '2026-04-02T10:00:00Z', channel: 'SURVEY_EMAIL', npsScore, category: 'OTHER' });
    const loop = async (externalId: string) => (await h.database.sql`select loop_status from feedback where source = 'policy' and external_id = ${externalId}`)[0].loop_status;
    await admin.gql(INGEST, { input: [row('default-5', 5)] });
    expect(await loop('default-5')).toBe('OPEN');
    // the organisation decides that only 0–4 are unhappy
    await h.database.sql`update sla_policies set max_nps = 4 where rank = 1`;
    try {
      await admin.gql(INGEST, { input: [row('strict-5', 5), row('strict-4', 4)] });
      expect(await loop('strict-5')).toBe('NOT_NEEDED');
      expect(await loop('strict-4')).toBe('OPEN');
    } finally {
      await h.database.sql`update sla_policies set max_nps = 6 where rank = 1`;
    }
  });
});
