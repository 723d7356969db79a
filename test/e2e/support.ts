// The end-to-end world: a database of its own with a small demo company, the real server serving the
// built portal, and Debian's Chromium driven by playwright-core.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, listen, loadConfig, type ChorusServer } from '@chorus/api';
import { createTestDatabase, type TestDatabase } from '@chorus/db/testing';
import { seedDemo } from '@chorus/db/seed';

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
  const database = await createTestDatabase();
  await seedDemo(database, { feedback: options.feedback ?? 3000, seed: 1 });
  const server = await createServer(database, { ...loadConfig({}), demo: false });
  const port = await listen(server, 0, '127.0.0.1');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
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
      await server.close();
      await database.drop();
    },
  };
}

/** Signs in through the sign-in page, as a person would, with the demo password. */
export async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill('chorus-demo');
  await page.getByTestId('signin-submit').click();
  await page.waitForURL(/\/feedback/);
}
