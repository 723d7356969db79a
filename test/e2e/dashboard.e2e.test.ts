// Issue 8's executive dashboard in Chromium: the executive lands on it after signing in, breaks NPS
// down by region and finds the Gothenburg terminal crisis (db/src/seed/story.ts) as a significant drop
// in Västra Götaland's row, clicks it and reads that region's feedback of that quarter; then reads the
// dashboard in Swedish, downloads the breakdown as CSV and PNG, and opens it on a phone.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRISIS_QUARTER } from '../../db/src/seed/story';
import { STORY_REGION } from '../../db/src/seed/names';
import { expectNoSeriousAxeViolations, startPortal, type Portal } from './support';

let portal: Portal;
/** the instant the crisis quarter begins in Oslo: the periodStart of its point */
let crisisStart = '';
/** its first and last day, as the feedback list's filter reads them */
let crisisDays = { from: '', to: '' };

beforeAll(async () => {
  // enough feedback that Västra Götaland's quarters each have more NPS answers than the minimum (30)
  portal = await startPortal({ feedback: 12_000 });
  const [row] = await portal.database.sql<{ start: Date; first: string; last: string }[]>`
    with q as (select date_trunc('quarter', now() at time zone 'Europe/Oslo') + ${CRISIS_QUARTER * 3} * interval '1 month' as local)
    select q.local at time zone 'Europe/Oslo' as start, to_char(q.local, 'YYYY-MM-DD') as first,
      to_char(q.local + interval '3 months' - interval '1 day', 'YYYY-MM-DD') as last
    from q`;
  crisisStart = new Date(row.start).toISOString();
  crisisDays = { from: row.first, to: row.last };
});
afterAll(async () => { await portal?.close(); });

/** the browser shares two cores with the server: give each wait the time a slow page needs */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 30_000 });

async function signInAsExecutive(page: Page) {
  await page.goto('/sign-in');
  await page.getByTestId('signin-email').fill('exec@chorus.demo');
  await page.getByTestId('signin-password').fill('chorus-demo');
  await page.getByTestId('signin-submit').click();
}

/** every tile has its figures (none still loading, none failed) */
async function tilesReady(page: Page) {
  await poll(() => page.locator('[data-testid="kpi-tile"][data-state="ready"]').count()).toBe(8);
  await poll(() => page.getByTestId('kpi-value').count()).toBeGreaterThan(3);
}

const crisisMark = (page: Page) =>
  page.locator(`[data-testid="breakdown-mark"][data-segment="${STORY_REGION}"][data-period-start="${crisisStart}"]`);

describe('the executive dashboard in Chromium', () => {
  let page: Page;

  it('lands the executive on the dashboard after signing in', async () => {
    page = await portal.newPage();
    await signInAsExecutive(page);
    await page.waitForURL(/\/dashboard$/);
    await tilesReady(page);
    await poll(() => page.getByTestId('trend-chart-canvas').locator('canvas').count()).toBeGreaterThan(0);
    await poll(() => page.getByTestId('theme-trend').count()).toBeGreaterThan(0);
    // a tile with its definition a keyboard reaches: Tab onto its button shows the tooltip
    await page.getByTestId('kpi-definition-NPS').focus();
    await poll(() => page.getByTestId('kpi-definition-NPS-text').isVisible()).toBe(true);
    expect(await page.getByTestId('kpi-definition-NPS-text').innerText()).toContain('Promoters answer 9–10');
    await page.keyboard.press('Escape');
    await poll(() => page.getByTestId('kpi-definition-NPS-text').isVisible()).toBe(false);
    expect(await page.getByTestId('headline').first().innerText()).toMatch(/^NPS (rose|fell|was)/);
    await expectNoSeriousAxeViolations(page);
  });

  it('shows the Gothenburg crisis as a significant NPS drop in Västra Götaland’s row, and opens its feedback', async () => {
    await page.getByTestId('dashboard-by-REGION').click();
    await page.waitForURL(/by=REGION/);
    await poll(() => crisisMark(page).count()).toBe(1);
    expect(await crisisMark(page).getAttribute('data-direction')).toBe('down');
    expect(await page.getByTestId('breakdown-chart').innerText()).toContain(`${STORY_REGION} `);

    // the same mark in the numbers: the region's row of that quarter says "significant drop"
    await page.getByTestId('breakdown-chart-toggle').click();
    const row = page.locator(`[data-testid="breakdown-chart-row"][data-segment="${STORY_REGION}"][data-period-start="${crisisStart}"]`);
    await poll(() => row.count()).toBe(1);
    expect(await row.getAttribute('data-significant')).toBe('true');
    expect(await row.innerText()).toContain('significant drop');
    await expectNoSeriousAxeViolations(page);
    await page.getByTestId('breakdown-chart-toggle').click();
    await poll(() => crisisMark(page).count()).toBe(1);

    // a click on the cell itself, on the chart's canvas
    await crisisMark(page).scrollIntoViewIfNeeded();
    const box = (await crisisMark(page).boundingBox())!;
    await page.mouse.click(box.x, box.y);
    await page.waitForURL(/\/feedback\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('from')).toBe(crisisDays.from);
    expect(url.searchParams.get('to')).toBe(crisisDays.to);
    expect(url.searchParams.getAll('regions')).toEqual([STORY_REGION]);
    expect([...url.searchParams.keys()].sort()).toEqual(['from', 'regions', 'to']);
    // the list shows the filter it was opened with, and the feedback behind the figure
    await poll(() => page.getByTestId('filter-regions').innerText()).toContain(STORY_REGION);
    const range = await page.getByTestId('filter-received').locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    // the date picker writes days as its locale does (2025/07/01 in American English)
    expect(range.map((day) => day.replace(/\D/g, '-'))).toEqual([crisisDays.from, crisisDays.to]);
    await poll(async () => Number(await page.getByTestId('feedback-total').getAttribute('data-count'))).toBeGreaterThan(30);
  });

  it('speaks Swedish, and downloads the breakdown as CSV and as a PNG image', async () => {
    await page.goBack();
    await page.waitForURL(/\/dashboard\?by=REGION/);
    await tilesReady(page);
    await page.getByTestId('language-switcher').click();
    await page.getByTestId('language-switcher-menu').locator('.n-base-select-option', { hasText: 'Svenska' }).click();
    await poll(() => page.locator('h1').innerText()).toBe('Ledningsöversikt');
    expect(await page.getByTestId('dashboard-print').innerText()).toBe('Skriv ut rapport');
    expect(await page.locator('[data-testid="kpi-tile"][data-metric="RESPONSE_RATE"] h3').innerText()).toBe('Svarsfrekvens');
    expect(await page.getByTestId('dashboard-by-REGION').getAttribute('aria-pressed')).toBe('true');
    await poll(() => page.getByTestId('breakdown-chart').locator('h3').innerText()).toBe('NPS per Region');
    await poll(() => page.getByTestId('headline').first().innerText()).toMatch(/^NPS (steg|föll|var)/);
    await poll(() => crisisMark(page).count()).toBe(1);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('breakdown-chart-csv').click()]);
    expect(csv.suggestedFilename()).toBe('chorus-nps-by-region-quarter.csv');
    const text = (await readFile((await csv.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('segment,segment_key,period,period_start,value,low,high,n,change,significant,sufficient');
    const region = lines.filter((l) => l.startsWith(`${STORY_REGION},`)).map((l) => l.split(','));
    // one line per quarter: the last eight and the running one
    expect(region).toHaveLength(9);
    const crisis = region.find((cells) => cells[3] === crisisStart)!;
    expect(crisis[2]).toMatch(/^\d{4} K[1-4]$/);
    expect(Number(crisis[4])).toBeLessThan(0);
    expect(Number(crisis[8])).toBeLessThan(0);
    expect(crisis.slice(9)).toEqual(['true', 'true']);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('breakdown-chart-png').click()]);
    expect(png.suggestedFilename()).toBe('chorus-nps-by-region-quarter.png');
    const bytes = await readFile((await png.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(5_000);
    await expectNoSeriousAxeViolations(page);
  });

  it('fits a phone: no sideways scrolling, the tiles readable and apart', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await tilesReady(page);
    const widths = () => page.evaluate(() => {
      const main = document.querySelector('.app-content__scroll') ?? document.getElementById('main')!;
      return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, main: main.scrollWidth - main.clientWidth };
    });
    await poll(widths).toEqual({ page: 0, main: 0 });

    // on a phone one folds the menu away to read: the content then has the screen's width
    const menu = page.locator('.app-header > button[aria-expanded="true"]');
    if (await menu.count()) await menu.click();
    await poll(widths).toEqual({ page: 0, main: 0 });

    const tiles = page.getByTestId('kpi-tile');
    expect(await tiles.count()).toBe(8);
    for (const tile of await tiles.all()) {
      await tile.scrollIntoViewIfNeeded();
      expect(await tile.isVisible()).toBe(true);
      const box = (await tile.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      // every piece of text in the tile at 12 px or more
      const sizes = await tile.evaluate((el) =>
        [...el.querySelectorAll<HTMLElement>('*')]
          .filter((e) => e.offsetParent !== null && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
          .map((e) => parseFloat(getComputedStyle(e).fontSize)));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    }
    // no two tiles overlap (boxes from one scroll position each: compare them on the page)
    const onPage = await tiles.evaluateAll((els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top + window.scrollY, left: r.left, bottom: r.bottom + window.scrollY, right: r.right };
    }));
    for (let i = 0; i < onPage.length; i++) {
      for (let j = i + 1; j < onPage.length; j++) {
        const a = onPage[i], b = onPage[j];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `tiles ${i} and ${j} overlap`).toBe(false);
      }
    }
    await expectNoSeriousAxeViolations(page);
    await page.context().close();
  });
});
