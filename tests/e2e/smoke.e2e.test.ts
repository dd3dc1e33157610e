/**
 * Smoke test of the end-to-end set-up: the built app loads in Chromium from the browser-mode server,
 * the server guards its API with the token, a seeded data folder is what the app opens, axe runs.
 * The same page checks run against Electron where its binary exists.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { seriousA11yViolations } from './support/axe';
import { electronAvailability, launchElectronApp } from './support/electronApp';
import { appTest as test } from './support/fixtures';

const APP_TITLE = '職能課程規劃';

/** What any runtime must show: the app's title, in the window and on the page. */
async function expectTheAppLoaded(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  expect(await page.title()).toBe(APP_TITLE);
  await page.getByText(APP_TITLE).first().waitFor({ state: 'visible', timeout: 10_000 });
}

describe('browser mode', () => {
  test('the app loads and shows its title, and takes the token out of the address bar', async ({ page, pageErrors }) => {
    await expectTheAppLoaded(page);
    expect(page.url()).not.toContain('token=');
    expect(pageErrors).toEqual([]);
  });

  test('the server refuses an API call without the token, and answers one with it', async ({ app }) => {
    const post = (token?: string) =>
      fetch(new URL('api/plans.list', app.origin), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: '{}',
      });
    const refused = await post();
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await post('wrong-token-wrong-token-wrong')).status).toBe(401);
    const answered = await post(app.token);
    expect(answered.status).toBe(200);
    expect(await answered.json()).toEqual({ ok: true, value: [] });
  });

  test('a script in the page cannot call the API without the token either', async ({ page }) => {
    const status = await page.evaluate(async () => (await fetch('/api/plans.list', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status);
    expect(status).toBe(401);
  });

  test('axe-core runs on the page', async ({ page }) => {
    await expectTheAppLoaded(page);
    const violations = await seriousA11yViolations(page);
    expect(Array.isArray(violations)).toBe(true);
  });

  test('a language switch that cannot be kept says so instead of failing silently', async ({ page }) => {
    await expectTheAppLoaded(page);
    await page.route('**/api/settings.set', (route) => route.abort('failed'));
    await page.getByRole('button', { name: 'English' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'The language setting could not be read or kept' });
    await notice.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await notice.textContent()).toContain('cannot reach the local server');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached', timeout: 30_000 });
  });

  describe('on a data folder seeded with a corrupt plan', () => {
    test.override({ seed: { 'plans/corrupt-plan.json': '{ "schemaVersion": 2, "id": "corrupt-plan", ' } });

    test('the app opens, and the problem is reported to it', async ({ page, app }) => {
      await expectTheAppLoaded(page);
      const info = await app.call('app.info');
      expect(info.startupProblems).toEqual([expect.objectContaining({ kind: 'quarantined', planId: 'corrupt-plan' })]);
      expect(await app.call('plans.list')).toEqual([]);
    });
  });
});

// The same checks in the desktop shell, where the Electron binary is present; where it is not, say
// why in one line and skip this variant only.
const electron = electronAvailability();
if (!electron.available) console.warn(`[skipped] the Electron variant of the smoke tests: ${electron.reason}`);

describe.skipIf(!electron.available)('Electron (Playwright _electron)', () => {
  test('the app loads and shows its title', async () => {
    const running = await launchElectronApp();
    try {
      await expectTheAppLoaded(running.page);
      expect(await running.page.evaluate(() => typeof (globalThis as { coursePlanner?: unknown }).coursePlanner)).toBe('object');
    } finally {
      await running.close();
    }
  });
});
