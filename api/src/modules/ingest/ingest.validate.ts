// Row-level validation of ingested feedback: every problem is reported with the row and field.
import { UNSAFE_IN_LINE } from '../../shared/characters';
import type { FeedbackInput, IngestRejection } from './ingest.inputs';

const SCORE_RANGES = {
  npsScore: [0, 10], csatScore: [1, 5], cesScore: [1, 7], repurchaseScore: [0, 10], crossBuyScore: [0, 10],
} as const;

const MAX_LENGTH: Partial<Record<keyof FeedbackInput, number>> = {
  source: 100, externalId: 200, customerExternalId: 200, customerName: 200, region: 100,
  contactName: 200, contactEmail: 320, contactPhone: 50, productName: 200, surveyName: 200, text: 20_000,
};

// one-line values that people read (names) or that identify (keys): no control or bidi characters
const ONE_LINE: (keyof FeedbackInput)[] = [
  'source', 'externalId', 'customerExternalId', 'customerName', 'region', 'contactName', 'contactEmail', 'contactPhone', 'productName', 'surveyName',
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()./-]{5,30}$/;
// the oldest feedback worth importing, and how far a sender's clock may run ahead
const EARLIEST = Date.UTC(2000, 0, 1);
const CLOCK_SKEW_MS = 24 * 3600 * 1000;

export function validateRow(row: FeedbackInput, index: number, now = Date.now()): IngestRejection[] {
  const problems: IngestRejection[] = [];
  const reject = (field: string, message: string) => problems.push({ index, field, message });
  if (!row.source.trim()) reject('source', 'Must not be empty.');
  if (!row.externalId.trim()) reject('externalId', 'Must not be empty.');
  for (const [field, max] of Object.entries(MAX_LENGTH)) {
    const value = row[field as keyof FeedbackInput];
    if (typeof value !== 'string') continue;
    if (value.length > max) reject(field, `Must be at most ${max} characters.`);
    // PostgreSQL's text cannot hold a NUL; left in, it would fail the whole batch
    else if (value.includes('\u0000')) reject(field, 'Must not contain a NUL character.');
    else if (ONE_LINE.includes(field as keyof FeedbackInput) && UNSAFE_IN_LINE.test(value)) {
      reject(field, 'Must not contain control or bidirectional-override characters.');
    }
  }
  const t = row.receivedAt.getTime();
  if (Number.isNaN(t)) reject('receivedAt', 'Not a valid date.');
  else if (t < EARLIEST) reject('receivedAt', 'Must be in the year 2000 or later.');
  else if (t > now + CLOCK_SKEW_MS) reject('receivedAt', 'Must not be in the future.');
  for (const [field, [min, max]] of Object.entries(SCORE_RANGES)) {
    const value = row[field as keyof typeof SCORE_RANGES];
    if (value !== null && value !== undefined && (value < min || value > max)) {
      reject(field, `Must be between ${min} and ${max}.`);
    }
  }
  if (row.contactEmail && !EMAIL.test(row.contactEmail.trim())) reject('contactEmail', 'Not an email address.');
  if (row.contactPhone && !PHONE.test(row.contactPhone.trim())) reject('contactPhone', 'Not a phone number.');
  if (row.customerExternalId === '' ) reject('customerExternalId', 'Must not be empty when given.');
  return problems;
}
