/**
 * Vitest fixtures for the end-to-end tests in browser mode:
 *
 *   import { appTest as test } from './support/fixtures';
 *   test('shows the plans', async ({ page, app }) => { … });
 *
 *   describe('starting on a corrupt plan', () => {
 *     test.override({ seed: { 'plans/broken.json': '{ not json' } });
 *     test('says so', async ({ page }) => { … });
 *   });
 *
 * - `browser`: one headless Chromium per worker (see chromium.ts);
 * - `seed`: files to put in the data folder first (none by default);
 * - `app`: the browser-mode server on its own fresh data folder (see appServer.ts), per test;
 * - `page`: a fresh browser context (own storage) with the app open and loaded, per test;
 * - `pageErrors`: uncaught errors and console errors in the page, for a test to assert empty.
 */
import type { Browser, Page } from 'playwright-core';
import { test } from 'vitest';
import { startBrowserApp, type BrowserApp, type Seed } from './appServer';
import { launchChromium } from './chromium';

export interface AppFixtures {
  browser: Browser;
  seed: Seed;
  app: BrowserApp;
  pageErrors: string[];
  page: Page;
}

/** Viewport of every page: a laptop screen, the size the screenshots are taken at. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

export const appTest = test.extend<AppFixtures>({
  browser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  seed: [{}, { scope: 'test' }],
  app: async ({ seed }, use) => {
    const app = await startBrowserApp({ seed });
    await use(app);
    await app.close();
  },
  pageErrors: async ({}, use) => { // eslint-disable-line no-empty-pattern
    await use([]);
  },
  page: async ({ browser, app, pageErrors }, use) => {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-TW', timezoneId: 'Asia/Taipei' });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    await page.goto(app.url, { waitUntil: 'load' });
    await use(page);
    await context.close();
  },
});
