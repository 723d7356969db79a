import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from './testing/harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.database.drop(); });

it('lets an in-flight request finish when shutting down, and takes no new ones', async () => {
  const admin = await h.as('admin@test.dev');
  const input = Array.from({ length: 3000 }, (_, i) => ({
    source: 'shutdown', externalId: String(i), receivedAt: '2026-05-01T10:00:00Z', channel: 'SURVEY_WEB',
    npsScore: i % 11, text: 'Veldig fornøyd med leveransen, takk!',
  }));
  const inFlight = admin.gql(`mutation($input: [FeedbackInput!]!) { ingestFeedback(input: $input) { created } }`, { input });
  // let the request reach the server before closing it
  await new Promise((r) => setTimeout(r, 150));
  const closing = h.server.close();
  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(response.data.ingestFeedback.created).toBe(3000);
  await closing;
  await expect(fetch(`${h.baseUrl}/healthz`)).rejects.toThrow();
  const [{ n }] = await h.database.sql`select count(*)::int as n from feedback where source = 'shutdown'`;
  expect(n).toBe(3000);
});
