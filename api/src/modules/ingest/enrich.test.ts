import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA_POLICIES } from '@chorus/db';
import { categoryOf, departmentFor, kindOf, needsFollowUp, sentimentOf, themesOf } from './enrich';

describe('enrichment on arrival', () => {
  it('takes sentiment from the score first, then from the words', () => {
    expect(sentimentOf({ npsScore: 9 }, 'terrible')).toBe('POSITIVE');
    expect(sentimentOf({ npsScore: 7 }, null)).toBe('NEUTRAL');
    expect(sentimentOf({ csatScore: 2 }, null)).toBe('NEGATIVE');
    expect(sentimentOf({ cesScore: 4 }, null)).toBe('NEUTRAL');
    expect(sentimentOf({}, 'Veldig fornøyd, takk for rask hjelp')).toBe('POSITIVE');
    expect(sentimentOf({}, 'Leveransen var försenad och fakturan fel')).toBe('NEGATIVE');
    expect(sentimentOf({}, null)).toBeNull();
  });

  it('derives the category and kind', () => {
    expect(categoryOf('NEGATIVE', 'The app crashes when I open the map')).toBe('BUG');
    expect(categoryOf('NEUTRAL', 'Det hadde vært fint om dere kunne legge til eksport')).toBe('FEATURE_REQUEST');
    expect(categoryOf('NEUTRAL', 'Hur ändrar jag min faktureringsadress?')).toBe('QUESTION');
    expect(categoryOf('POSITIVE', 'Tack!')).toBe('PRAISE');
    expect(categoryOf('NEGATIVE', 'Not happy')).toBe('COMPLAINT');
    expect(kindOf('USAGE')).toBe('DERIVED');
    expect(kindOf('REVIEW')).toBe('INDIRECT');
    expect(kindOf('SURVEY_SMS')).toBe('DIRECT');
  });

  it('tags themes by word stems and phrases', () => {
    const themes = [
      { id: 1, name: 'Delivery delays', keywords: ['deliver', 'leveran', 'forsink'] },
      { id: 2, name: 'Mobile app', keywords: ['mobile app', 'appen'] },
    ];
    expect(themesOf('Leveransen var forsinket', themes)).toEqual([1]);
    expect(themesOf('The mobile app is slow', themes)).toEqual([2]);
    expect(themesOf('Appen krasjer', themes)).toEqual([2]);
    expect(themesOf('Nothing here', themes)).toEqual([]);
  });

  it('flags what needs follow-up as the SLA policies say: the defaults, and stricter or departmental ones', () => {
    const d = DEFAULT_SLA_POLICIES;
    expect(needsFollowUp(d, { npsScore: 6 }, 'OTHER')).toBe(true);
    expect(needsFollowUp(d, { npsScore: 7 }, 'OTHER')).toBe(false);
    expect(needsFollowUp(d, { csatScore: 2 }, 'OTHER')).toBe(true);
    expect(needsFollowUp(d, { cesScore: 3 }, 'OTHER')).toBe(true);
    expect(needsFollowUp(d, { cesScore: 4 }, 'OTHER')).toBe(false);
    expect(needsFollowUp(d, {}, 'COMPLAINT')).toBe(true);
    // an organisation that calls only 0–4 unhappy
    const strict = [{ rank: 1, maxNps: 4, maxCsat: null, maxCes: null, targetHours: 8 }, d[1]];
    expect(needsFollowUp(strict, { npsScore: 5 }, 'OTHER')).toBe(false);
    expect(needsFollowUp(strict, { npsScore: 4 }, 'OTHER')).toBe(true);
    // a policy of one department's applies to its feedback only
    const support = [{ rank: 1, departmentId: 3, maxNps: 8, maxCsat: null, maxCes: null, targetHours: 4 }, ...d];
    expect(needsFollowUp(support, { npsScore: 8 }, 'OTHER', 3)).toBe(true);
    expect(needsFollowUp(support, { npsScore: 8 }, 'OTHER', 4)).toBe(false);
    // with no policy at all, only complaints and bugs need someone
    expect(needsFollowUp([], { npsScore: 0 }, 'OTHER')).toBe(false);
  });

  it('routes by what the feedback asks, then by theme and channel', () => {
    expect(departmentFor('FEATURE_REQUEST', 'SUPPORT_TICKET', ['Delivery delays'])).toBe('Product');
    expect(departmentFor('BUG', 'SURVEY_WEB', [])).toBe('IT');
    expect(departmentFor('COMPLAINT', 'SURVEY_WEB', ['Delivery delays'])).toBe('Operations');
    expect(departmentFor('COMPLAINT', 'SURVEY_WEB', ['Billing'])).toBe('Sales');
    expect(departmentFor('PRAISE', 'REVIEW', [])).toBe('Marketing');
    expect(departmentFor('QUESTION', 'SUPPORT_TICKET', [])).toBe('Support');
  });
});
