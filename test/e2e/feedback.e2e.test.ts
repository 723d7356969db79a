// Issue 2's walk through the portal: an employee filters the shared feedback and opens an item with
// the contact masked; the admin sees the same contact; the portal switches to Norwegian.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, signIn, startPortal, type Portal } from './support';

let portal: Portal;
beforeAll(async () => { portal = await startPortal(); });
afterAll(async () => { await portal?.close(); });

async function pick(page: Page, field: string, option: string) {
  await page.getByTestId(`filter-${field}`).click();
  await page.getByTestId(`filter-${field}-menu`).locator('.n-base-select-option', { hasText: option }).first().click();
  await page.keyboard.press('Escape');
}

const total = async (page: Page) => Number(await page.getByTestId('feedback-total').getAttribute('data-count'));

describe('the feedback hub in Chromium', () => {
  let itemPath = '';

  it('lets an employee filter the list and open an item whose contact is masked', async () => {
    const page = await portal.newPage();
    await signIn(page, 'employee@chorus.demo');
    await expect.poll(() => page.getByTestId('feedback-row').count()).toBeGreaterThan(0);
    const all = await total(page);
    expect(all).toBeGreaterThan(1000);
    await expectNoSeriousAxeViolations(page);

    await pick(page, 'channels', 'Email survey');
    await page.waitForURL(/channels=SURVEY_EMAIL/);
    await expect.poll(() => total(page)).toBeLessThan(all);
    // each filter narrows the list in turn: wait for the second one's count, not the first's
    const byChannel = await total(page);
    await pick(page, 'sentiments', 'Negative');
    await page.waitForURL(/sentiments=NEGATIVE/);
    await expect.poll(() => total(page)).toBeLessThan(byChannel);
    const filtered = await total(page);
    expect(filtered).toBeGreaterThan(0);
    const [{ n }] = await portal.database.sql`
      select count(*)::int as n from feedback where channel = 'SURVEY_EMAIL' and sentiment = 'NEGATIVE'`;
    expect(filtered).toBe(n);

    // open the first row from the keyboard
    await page.getByTestId('feedback-row').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/feedback\/\d+/);
    itemPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByTestId('contact-card').count()).toBe(1);
    expect(await page.getByTestId('contact-card').getAttribute('data-masked')).toBe('true');
    expect(await page.getByTestId('contact-masked').isVisible()).toBe(true);
    expect(await page.getByTestId('contact-email').innerText()).not.toMatch(/@/);
    // nothing that looks like an email address anywhere on the page
    expect(await page.locator('body').innerText()).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    await expectNoSeriousAxeViolations(page);

    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);
    await page.context().close();
  });

  it('shows the admin the same contact', async () => {
    const page = await portal.newPage();
    await signIn(page, 'admin@chorus.demo');
    await page.goto(itemPath);
    await expect.poll(() => page.getByTestId('contact-email').count()).toBe(1);
    expect(await page.getByTestId('contact-card').getAttribute('data-masked')).toBe('false');
    expect(await page.getByTestId('contact-email').innerText()).toMatch(/@/);
    await expectNoSeriousAxeViolations(page);
    await page.context().close();
  });

  it('switches the portal to Norwegian and remembers it', async () => {
    const page = await portal.newPage();
    await signIn(page, 'lead.support@chorus.demo');
    await page.getByTestId('language-switcher').click();
    await page.getByTestId('language-switcher-menu').locator('.n-base-select-option', { hasText: 'Norsk bokmål' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nb');
    expect(await page.getByTestId('nav-feedback').innerText()).toContain('Tilbakemeldinger');
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-feedback').innerText()).toContain('Tilbakemeldinger');
    await expect.poll(() => page.getByTestId('feedback-row').count()).toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(page);
    await page.context().close();
  });

  it('follows the browser language on a first visit', async () => {
    const page = await portal.newPage({ locale: 'sv-SE' });
    await page.goto('/sign-in');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv');
    await expectNoSeriousAxeViolations(page);
    await page.context().close();
  });
});
