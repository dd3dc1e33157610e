import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from './appServer';

/** Where the README's screenshots live. */
export const SCREENSHOT_DIR = join(projectRoot, 'docs', 'screenshots');

/**
 * Saves a screenshot of the page as docs/screenshots/<name>.png, only when UPDATE_SCREENSHOTS=1
 * (a PNG differs from run to run, and an ordinary test run must not dirty the working tree).
 * Returns the path written, or undefined.
 */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string | undefined> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return undefined;
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`screenshot names are lowercase words with dashes: ${name}`);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // Let fonts and transitions settle, so the picture shows what a user sees.
  await page.evaluate(() => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready.then(() => undefined));
  await page.screenshot({ path, fullPage: options.fullPage ?? false, animations: 'disabled', caret: 'hide' });
  return path;
}
