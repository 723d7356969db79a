// The end-to-end world: a database of its own with a small demo company, the real server serving the
// built portal, and Debian's Chromium driven by playwright-core.
import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ChorusServer } from '@chorus/api';
import type { TestDatabase } from '@chorus/db/testing';
import { startTarget } from '../security/support';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Portal {
  baseUrl: string;
  database: TestDatabase;
  server: ChorusServer;
  browser: Browser;
  /** a fresh browser context (its own cookies and storage) and page */
  newPage(options?: { locale?: string }): Promise<Page>;
  close(): Promise<void>;
}

export async function startPortal(options: { feedback?: number } = {}): Promise<Portal> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  // the same server the security probes start, with a larger company and its log shown
  const { baseUrl, database, server, close } = await startTarget({ feedback: options.feedback ?? 3000, log: console.error });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    baseUrl,
    database,
    server,
    browser,
    async newPage({ locale = 'en-US' } = {}) {
      const context = await browser.newContext({ baseURL: baseUrl, locale, viewport: { width: 1440, height: 900 } });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await close();
    },
  };
}

/** Signs in through the sign-in page, as a person would, with the demo password. */
export async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill('chorus-demo');
  await page.getByTestId('signin-submit').click();
  // their landing page: the inbox, or the dashboard for an executive
  await page.waitForURL(/\/(feedback|dashboard)/);
  // the page has asked for its data and had it: what a test looks for next is on the page, not on its way
  await page.waitForLoadState('networkidle');
}

/**
 * Runs axe on the page as it is now and fails on any violation of impact "serious" or "critical",
 * naming each rule with the elements it found. Call it once the page shows its data (not its skeleton).
 */
export async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) on ${new URL(page.url()).pathname}: ${v.help} at ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(serious).toEqual([]);
}
