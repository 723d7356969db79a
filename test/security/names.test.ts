// Reproduction 9, names: customer names accepted ESC, BEL and bidirectional override characters,
// which deceive whoever reads them (a terminal's escape sequences in a log, "Acme\u202Eslx.exe" read
// backwards). Names and other one-line values now refuse them, naming the field; nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget, type Client, type Target } from './support';

const INGEST = `mutation($input: [FeedbackInput!]!) { ingestFeedback(input: $input) { created rejected { index field message } } }`;

let target: Target;
let admin: Client;
beforeAll(async () => {
  target = await startTarget();
  admin = await target.as('admin@chorus.demo');
});
afterAll(async () => { await target?.close(); });

describe('reproduction 9: names refuse control and bidirectional-override characters', () => {
  it.each([
    ['ESC', 'customerName', 'Acme\u001b[31m AS'],
    ['BEL', 'customerName', 'Acme\u0007 AS'],
    ['right-to-left override', 'customerName', 'Acme \u202Eslx.exe'],
    ['left-to-right isolate', 'contactName', 'Kari \u2066Nordmann'],
    ['C1 control', 'productName', 'Frakt\u0085'],
  ])('%s in %s', async (_label, field, value) => {
    const row = { source: 'probe', externalId: `name-${field}-${value.length}`, receivedAt: '2025-03-01T00:00:00Z', channel: 'SOCIAL', [field]: value };
    const r = await admin.gql(INGEST, { input: [row] });
    expect(r.data.ingestFeedback.created).toBe(0);
    expect(r.data.ingestFeedback.rejected).toEqual([{ index: 0, field, message: expect.stringMatching(/control/) }]);
    const stored = await target.database.sql`select count(*)::int as n from feedback where source = 'probe'`;
    expect(stored[0].n).toBe(0);
  });

  it('still takes names in any script', async () => {
    const row = { source: 'probe-ok', externalId: 'names', receivedAt: '2025-03-01T00:00:00Z', channel: 'SOCIAL', customerName: 'Ærøskøbing Åkeri AB', contactName: 'محمد Þórsdóttir' };
    const r = await admin.gql(INGEST, { input: [row] });
    expect(r.data.ingestFeedback).toEqual({ created: 1, rejected: [] });
  });
});
