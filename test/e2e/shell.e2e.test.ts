// The portal on a phone (issue 8): at 390 × 844 the inbox reads without sideways scrolling, its filters
// fold behind a button, and the navigation lives in a drawer that the header's menu button opens, that
// Escape closes (the focus back on the button) and that closes after a link is followed. On a desktop
// the sidebar stays.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, signIn, startPortal, type Portal } from './support';

let portal: Portal;
beforeAll(async () => { portal = await startPortal({ feedback: 600 }); });
afterAll(async () => { await portal?.close(); });

async function phone(browser: Browser, locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({
    baseURL: portal.baseUrl, locale, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
  });
  return context.newPage();
}

/** How far the page, or any scrolling area of the shell, reaches past the screen's width. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const areas = [...document.querySelectorAll<HTMLElement>('.n-layout-scroll-container, #main')];
    return Math.max(root.scrollWidth - root.clientWidth, ...areas.map((el) => el.scrollWidth - el.clientWidth));
  });

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id);

describe('the portal on a phone', () => {
  it('shows the sign-in page, demo accounts and all, without sideways scrolling', async () => {
    const page = await phone(portal.browser);
    await page.goto('/sign-in');
    await expect.poll(() => page.locator('input[type="password"]').count()).toBe(1);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
    await page.context().close();
  });

  it('shows the inbox without sideways scrolling, its filters folded until asked for', async () => {
    const page = await phone(portal.browser);
    await signIn(page, 'employee@chorus.demo');
    await expect.poll(() => page.getByTestId('feedback-row').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    // every item's link is within the screen
    for (const box of await page.getByTestId('feedback-row').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().right))) {
      expect(box).toBeLessThanOrEqual(390);
    }

    const toggle = page.getByTestId('toggle-filters');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('feedback-filters').count()).toBe(0);
    await toggle.click();
    await expect.poll(() => page.getByTestId('feedback-filters').isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    for (const right of await page.locator('[data-testid^="filter-"]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) {
      expect(right).toBeLessThanOrEqual(390);
    }
    // a filter still narrows the list
    const all = Number(await page.getByTestId('feedback-total').getAttribute('data-count'));
    await page.getByTestId('filter-sentiments').click();
    await page.getByTestId('filter-sentiments-menu').locator('.n-base-select-option', { hasText: 'Negative' }).first().click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/sentiments=NEGATIVE/);
    await expect.poll(async () => Number(await page.getByTestId('feedback-total').getAttribute('data-count'))).toBeLessThan(all);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
    await page.context().close();
  });

  it('opens the navigation from the menu button, closes it with Escape and after following a link', async () => {
    const page = await phone(portal.browser);
    await signIn(page, 'employee@chorus.demo');
    // no sidebar: the links are in the closed drawer
    expect(await page.getByTestId('nav-ideas').count()).toBe(0);
    const menu = page.getByTestId('nav-menu-button');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.getAttribute('aria-controls')).toBe('app-nav-drawer');

    // from the keyboard: the drawer opens with the focus inside it, Escape closes it and gives the focus back
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('nav-ideas').isVisible()).toBe(true);
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#app-nav-drawer').getAttribute('role')).toBe('dialog');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('#app-nav-drawer'))).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('nav-ideas').isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => focusedTestId(page)).toBe('nav-menu-button');

    // a link navigates and the drawer closes behind it; the new page's content has the focus
    await menu.click();
    await expect.poll(() => page.getByTestId('nav-ideas').isVisible()).toBe(true);
    await page.getByTestId('nav-ideas').click();
    await page.waitForURL(/\/ideas$/);
    await expect.poll(() => page.getByTestId('nav-ideas').isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => focusedTestId(page)).toBe('main');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
    await page.context().close();
  });

  it('words the menu in each language, loading a language when it is chosen', async () => {
    const page = await phone(portal.browser);
    await signIn(page, 'employee@chorus.demo');
    const menu = page.getByTestId('nav-menu-button');
    await expect.poll(() => menu.getAttribute('aria-label')).toBe('Open menu');
    for (const [name, lang, label] of [['Norsk bokmål', 'nb', 'Åpne menyen'], ['Svenska', 'sv', 'Öppna menyn'], ['English', 'en', 'Open menu']] as const) {
      await page.getByTestId('language-switcher').click();
      await page.getByTestId('language-switcher-menu').locator('.n-base-select-option', { hasText: name }).click();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
      await expect.poll(() => menu.getAttribute('aria-label')).toBe(label);
    }
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('keeps the sidebar on a desktop', async () => {
    const page = await portal.newPage();
    await signIn(page, 'employee@chorus.demo');
    expect(await page.getByTestId('nav-menu-button').count()).toBe(0);
    expect(await page.getByTestId('nav-ideas').isVisible()).toBe(true);
    expect(await page.getByTestId('feedback-filters').isVisible()).toBe(true);
    await page.context().close();
  });
});
