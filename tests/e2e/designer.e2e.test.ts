/**
 * What a course designer does, through the UI only, in Chromium against browser mode: build a course
 * on the bundled ATC3521-004v2 standard, map it, follow a finding to its field, undo and redo, reload,
 * export; import a standard through the review step; start on a corrupt plan file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { projectRoot } from './support/appServer';
import { appTest as test } from './support/fixtures';

/** The page's globals as the code run inside it sees them (the tests compile without the DOM library). */
interface PageGlobals {
  document: {
    activeElement: { id: string; getAttribute(name: string): string | null } | null;
    documentElement: { lang: string };
  };
}

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Waits until the locator's text matches (Playwright's own expect is not used here: vitest drives the tests). */
async function waitForText(locator: Locator, expected: string | RegExp, timeout = 30_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.textContent().catch(() => null)) ?? '';
    if (typeof expected === 'string' ? last.includes(expected) : expected.test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`text ${String(expected)} not found; last seen: ${JSON.stringify(last)}`);
}

async function waitForValue(locator: Locator, expected: string, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await locator.inputValue();
    if (last === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`value ${expected} not reached; last seen: ${JSON.stringify(last)}`);
}

async function waitForCount(locator: Locator, expected: number, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = -1;
  while (Date.now() < deadline) {
    last = await locator.count();
    if (last === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`count ${expected} not reached; last seen: ${last}`);
}

const summary = (page: Page) => page.getByTestId('summary');
const saveStatus = (page: Page) => page.getByTestId('save-status');
const section = (page: Page, name: string | RegExp) => page.getByRole('navigation', { name: '課程規劃的各部分' }).getByRole('link', { name });

/** Waits for autosave to have stored everything. */
async function saved(page: Page): Promise<void> {
  await waitForText(saveStatus(page), /^已儲存/, 10_000);
}

describe('a designer builds a course on ATC3521-004v2', () => {
  test('create, select, map, follow a finding, undo and redo, reload, export', async ({ page, app, pageErrors }) => {
    // —— a new plan from the bundled standard ——
    await page.getByRole('button', { name: '新增課程規劃' }).first().click();
    const dialog = page.getByRole('dialog', { name: '新增課程規劃' });
    await dialog.getByLabel('課程名稱（中文）').fill('錄音需求溝通實務');
    await dialog.getByRole('radio', { name: /ATC3521-004v2/ }).check();
    await dialog.getByRole('button', { name: '建立' }).click();
    await page.getByRole('heading', { name: '課程資訊', level: 2 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('錄音需求溝通實務');

    // 課程時數 10, on purpose one short of what the units will add up to.
    await page.getByLabel('課程時數', { exact: true }).fill('10');

    // —— 表1: one task, its items selected with it ——
    await section(page, '表1 職能表').click();
    await page.getByRole('checkbox', { name: /T1\.1\s*溝通需求/ }).check();
    await waitForText(summary(page), 'P0/1');
    await waitForText(summary(page), 'K0/4');
    await waitForText(summary(page), 'S0/2');

    // —— 表2: a module with two units and their hours ——
    await section(page, '表2 課程地圖').click();
    await page.getByRole('button', { name: '新增模組' }).click();
    await page.getByRole('button', { name: '新增單元' }).click();
    await page.getByLabel('單元 1 的名稱').fill('錄音需求訪談');
    await page.getByLabel('單元 1 的時數').fill('6');
    await page.getByRole('button', { name: '新增單元' }).click();
    await page.getByLabel('單元 2 的名稱').fill('錄音工程規劃書');
    await page.getByLabel('單元 2 的時數').fill('5');
    await waitForText(summary(page), '11 / 10');

    // Reorder with the keyboard: Alt+↑ on the second unit makes it the first.
    await page.getByLabel('單元 2 的名稱').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await waitForValue(page.getByLabel('單元 1 的名稱'), '錄音工程規劃書');
    await page.keyboard.press('Alt+ArrowDown');
    await waitForValue(page.getByLabel('單元 1 的名稱'), '錄音需求訪談');
    // And by dragging: the second unit's handle dropped on the top half of the first unit.
    await page.locator('[id="map.unit.u2"] .drag-handle').dragTo(page.locator('[id="map.unit.u1"]'), { targetPosition: { x: 200, y: 3 } });
    await waitForValue(page.getByLabel('單元 1 的名稱'), '錄音工程規劃書');
    await page.getByRole('button', { name: /^↶ 復原/ }).click();
    await waitForValue(page.getByLabel('單元 1 的名稱'), '錄音需求訪談');

    // —— the matrix: coverage and findings change with every link ——
    await section(page, '涵蓋矩陣').click();
    const grid = page.getByRole('grid', { name: '涵蓋矩陣' });
    await grid.waitFor();
    expect(await page.getByTestId('summary-coverage').textContent()).toBe('0%');
    const findingsBefore = await page.getByTestId('summary-findings').textContent();
    // Unit 1 covers P1.1.1 and K01 by clicks; unit 2 covers the rest from the keyboard.
    const cell = (row: number, col: number) => grid.locator(`[data-r="${row}"][data-c="${col}"]`);
    await cell(0, 0).click();
    await waitForText(page.getByTestId('summary-coverage'), '14%');
    expect(await page.getByTestId('total-P1.1.1').textContent()).toBe('1');
    expect(await page.getByTestId('row-total-u1').textContent()).toBe('1');
    await cell(0, 1).click();
    await waitForText(summary(page), 'K1/4');
    expect(await page.getByTestId('summary-findings').textContent()).not.toBe(findingsBefore);
    // Keyboard: from unit 1 × K01, down to unit 2, then right across K02…S02, Space on each.
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
    }
    await waitForText(summary(page), 'K4/4');
    await waitForText(summary(page), 'S2/2');
    await waitForText(page.getByTestId('summary-coverage'), '100%');
    // D cycles the depth of the focused link: introduced → practised.
    expect(await cell(1, 6).textContent()).toBe('導');
    await page.keyboard.press('d');
    await waitForText(cell(1, 6), '練');
    expect(await cell(1, 6).getAttribute('aria-label')).toBe('練習');
    // The focus moved with the arrows: a roving tabindex.
    expect(await cell(1, 6).getAttribute('tabindex')).toBe('0');
    expect(await cell(0, 0).getAttribute('tabindex')).toBe('-1');

    // —— a finding, followed to its field and fixed there ——
    await section(page, /^檢核/).click();
    await page.getByRole('heading', { name: '檢核', level: 2 }).waitFor();
    const hoursFinding = page.getByRole('button', { name: /各單元時數（表4）合計 11 小時，與課程時數 10 小時不符/ });
    await hoursFinding.click();
    const totalHours = page.getByLabel('課程時數', { exact: true });
    await totalHours.waitFor();
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.activeElement?.id === 'info.totalHours');
    await totalHours.fill('11');
    await waitForText(page.getByTestId('summary-hours'), '11 / 11');
    await section(page, /^檢核/).click();
    await page.getByRole('heading', { name: '檢核', level: 2 }).waitFor();
    await waitForCount(hoursFinding, 0);

    // —— undo and redo, from the keyboard and the buttons ——
    await page.keyboard.press(`${MOD}+z`);
    await waitForText(page.getByTestId('summary-hours'), '11 / 10');
    await waitForCount(hoursFinding, 1);
    await page.keyboard.press(`${MOD}+Shift+z`);
    await waitForText(page.getByTestId('summary-hours'), '11 / 11');
    await page.getByRole('button', { name: /^↶ 復原/ }).click();
    await waitForText(page.getByTestId('summary-hours'), '11 / 10');
    await page.keyboard.press(`${MOD}+y`);
    await waitForText(page.getByTestId('summary-hours'), '11 / 11');

    // —— reload: everything is still there ——
    await saved(page);
    await page.reload();
    await page.getByRole('heading', { name: '檢核', level: 2 }).waitFor();
    await waitForText(page.getByTestId('summary-hours'), '11 / 11');
    await waitForText(page.getByTestId('summary-coverage'), '100%');
    await section(page, '表2 課程地圖').click();
    await waitForValue(page.getByLabel('單元 1 的名稱'), '錄音需求訪談');
    await waitForValue(page.getByLabel('單元 2 的名稱'), '錄音工程規劃書');
    await section(page, '涵蓋矩陣').click();
    await waitForText(page.getByRole('grid').locator('[data-r="1"][data-c="6"]'), '練');
    const stored = (await app.call('plans.list'))[0]!;
    expect(stored.nameZh).toBe('錄音需求溝通實務');

    // —— export the report: a .docx arrives ——
    await section(page, '匯出').click();
    await page.getByRole('radio', { name: /課程規劃與執行報告書/ }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: '匯出並下載' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const path = await download.path();
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    await waitForText(page.locator('.notice--success'), /已下載 .*\.docx/);

    expect(pageErrors).toEqual([]);
  });

  test('plans can be duplicated, renamed, deleted and restored from the trash', async ({ page, app }) => {
    await app.call('plans.create', { nameZh: '混音實務', standardCode: 'ATC3521-004v2' });
    await page.reload();
    const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await row('混音實務').getByRole('button', { name: '複製' }).click();
    await row('混音實務（副本）').waitFor();
    await row('混音實務（副本）').getByRole('button', { name: '重新命名' }).click();
    const dialog = page.getByRole('dialog', { name: '重新命名課程規劃' });
    await dialog.getByLabel('課程名稱（中文）').fill('母帶後期實務');
    await dialog.getByRole('button', { name: '儲存' }).click();
    await row('母帶後期實務').waitFor();
    await row('母帶後期實務').getByRole('button', { name: '刪除「母帶後期實務」' }).click();
    await waitForText(page.getByRole('status').filter({ hasText: '垃圾桶' }), '已將「母帶後期實務」移到垃圾桶');
    expect(await row('母帶後期實務').count()).toBe(0);
    await page.getByRole('link', { name: '垃圾桶' }).click();
    await page.getByRole('heading', { name: '垃圾桶', level: 1 }).waitFor();
    await page.getByRole('button', { name: '還原' }).click();
    await waitForText(page.getByRole('status').filter({ hasText: '還原' }), '已還原「母帶後期實務」');
    expect((await app.call('plans.list')).map((p) => p.nameZh).sort()).toEqual(['母帶後期實務', '混音實務']);
  });

  test('a plan file is imported into the list and exported from it', async ({ page, app }) => {
    const text = await readFile(join(projectRoot, 'resources', 'examples', 'recording-engineering-course.json'), 'utf8');
    await page.locator('input[type="file"][accept*="json"]').setInputFiles({ name: 'course.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const link = page.getByRole('link', { name: '音樂錄音工程實務：從錄音規劃到母帶後期', exact: true });
    await link.waitFor();
    const row = page.getByRole('row').filter({ has: link });
    await waitForText(row, '沒有問題');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: '匯出檔案' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as { id: string; units: unknown[] };
    expect(exported.id).toBe((await app.call('plans.list'))[0]!.id);
    expect(exported.units).toHaveLength(7);
  });

  test('a previous version of a plan is restored', async ({ page, app }) => {
    const plan = await app.call('plans.create', { nameZh: '錄音實務', standardCode: 'ATC3521-004v2' });
    await page.goto(`${app.origin}#/plan/${plan.id}/info`);
    const name = page.getByLabel('課程名稱（中文）');
    await name.fill('錄音實務進階');
    await saved(page);
    await waitForText(page.getByRole('heading', { level: 1 }), '錄音實務進階');
    await page.getByRole('button', { name: '版本紀錄' }).click();
    const dialog = page.getByRole('dialog', { name: '先前的版本' });
    const row = dialog.getByRole('row').filter({ hasText: '錄音實務' }).last();
    await row.getByRole('button', { name: '還原此版本' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitForValue(page.getByLabel('課程名稱（中文）'), '錄音實務');
    expect((await app.call('plans.load', { id: plan.id })).cover.nameZh).toBe('錄音實務');
  });

  test('a native undo (the desktop Edit menu, a context menu) undoes the plan, once', async ({ page, app }) => {
    const plan = await app.call('plans.create', { nameZh: '錄音實務', standardCode: 'ATC3521-004v2' });
    await page.goto(`${app.origin}#/plan/${plan.id}/info`);
    const name = page.getByLabel('課程名稱（中文）');
    await name.fill('錄音實務進階');
    await page.getByLabel('課程名稱（英文）').fill('Recording');
    await name.focus();
    // What Electron's `role: 'undo'` does: the focused field's own undo command.
    await page.evaluate(() => (globalThis as unknown as { document: { execCommand(command: string): boolean } }).document.execCommand('undo'));
    await waitForValue(page.getByLabel('課程名稱（英文）'), '');
    expect(await name.inputValue()).toBe('錄音實務進階');
    await page.evaluate(() => (globalThis as unknown as { document: { execCommand(command: string): boolean } }).document.execCommand('redo'));
    await waitForValue(page.getByLabel('課程名稱（英文）'), 'Recording');
  });

  test('a save that fails says why in plain words, keeps the edit, and succeeds on retry', async ({ page, app }) => {
    const plan = await app.call('plans.create', { nameZh: '錄音實務', standardCode: 'ATC3521-004v2' });
    await page.goto(`${app.origin}#/plan/${plan.id}/info`);
    await page.getByLabel('課程名稱（英文）').waitFor();
    // The plan goes to the trash behind the editor's back: the next save cannot find it.
    await app.call('plans.delete', { id: plan.id });
    await page.getByLabel('課程名稱（英文）').fill('Recording practice');
    const status = saveStatus(page);
    await waitForText(status, /^儲存失敗：.*找不到課程規劃/, 10_000);
    await app.call('plans.restoreDeleted', { id: plan.id });
    await status.getByRole('button', { name: '重試' }).click();
    await saved(page);
    expect((await app.call('plans.load', { id: plan.id })).cover.nameEn).toBe('Recording practice');
  });

  test('a plan started without a standard gets one later', async ({ page, app }) => {
    const plan = await app.call('plans.create', { nameZh: '自行分析課程' });
    await page.goto(`${app.origin}#/plan/${plan.id}/info`);
    await waitForText(page.locator('[id="cover.standards"]'), '尚未選擇職能基準');
    await page.getByLabel('要加入的職能基準').selectOption('ATC3521-004v2');
    await page.getByRole('button', { name: '加入', exact: true }).click();
    await waitForText(page.locator('[id="cover.standards"]'), 'ATC3521-004v2 錄音工程師');
    await section(page, '表1 職能表').click();
    await page.getByRole('checkbox', { name: /T1\.1\s*溝通需求/ }).waitFor();
  });

  test('the new-plan dialog has an address of its own (the File menu’s 新增課程規劃 goes there)', async ({ page, app }) => {
    await page.goto(`${app.origin}#/plans/new`);
    const name = page.locator('#new-plan-name');
    await name.waitFor();
    await page.keyboard.press('Escape');
    await name.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)).toBe('#/plans');
  });

  test('the interface switches to English and back', async ({ page }) => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Plans', level: 1 }).waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '課程規劃', level: 1 }).waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.lang)).toBe('zh-Hant-TW');
  });
});

describe('importing a standard', () => {
  test('from pasted text, through the review step, with a corrected code', async ({ page, app, pageErrors }) => {
    const text = await readFile(join(projectRoot, 'tests', 'fixtures', 'standards', 'APA2654-001v4.tab-separated.txt'), 'utf8');
    await page.getByRole('link', { name: '職能基準' }).click();
    await page.getByRole('link', { name: '匯入職能基準…' }).click();
    await page.getByLabel('職能基準全文').fill(text);
    await page.getByRole('button', { name: '讀取', exact: true }).click();
    await page.getByRole('heading', { name: '核對匯入的職能基準' }).waitFor();

    // The warnings, each with its line; a click shows that line of the source.
    const warnings = page.locator('.warning-link');
    expect(await warnings.count()).toBe(5);
    await warnings.nth(1).click();
    const line = await warnings.nth(1).locator('.warning-link__line').textContent();
    const lineNumber = Number(/\d+/.exec(line ?? '')![0]);
    await waitForText(page.locator('.source-pane__line--on .source-pane__number'), String(lineNumber));
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('data-line'))).toBe(String(lineNumber));

    // Its code is a bundled standard's: it cannot be kept until the code changes.
    const keep = page.getByRole('button', { name: '保留此職能基準' });
    expect(await keep.isDisabled()).toBe(true);
    await waitForText(page.locator('.review__footer'), '內建職能基準已有代碼 APA2654-001v4');
    const code = page.locator('#review-code');
    await code.fill('APA2654-901v4');
    await code.press('Enter');
    // Correct a task's name as well.
    const firstTaskName = page.getByLabel('T1.1 的名稱');
    await firstTaskName.fill('建置藝文資料庫');
    await waitForValue(firstTaskName, '建置藝文資料庫');
    expect(await keep.isDisabled()).toBe(false);
    await keep.click();

    await page.getByRole('heading', { name: /APA2654-901v4/ }).waitFor();
    const { standard, source } = await app.call('standards.get', { code: 'APA2654-901v4' });
    expect(source).toBe('imported');
    expect(standard.tasks.find((t) => t.id === 'T1.1')!.name).toBe('建置藝文資料庫');
    // The list shows it, and search finds it by a K name.
    await page.getByLabel(/^搜尋/).fill('APA2654-901');
    await waitForText(page.locator('.standard-list'), 'APA2654-901v4');
    // An imported standard can be deleted again; a bundled one offers no such button.
    await page.getByRole('button', { name: '刪除這份匯入的職能基準' }).click();
    await waitForText(page.getByRole('status').filter({ hasText: 'APA2654-901v4' }), '已刪除職能基準 APA2654-901v4');
    expect((await app.call('standards.list')).map((s) => s.code)).not.toContain('APA2654-901v4');
    await page.goto(`${app.origin}#/standards/ATC3521-004v2`);
    await page.getByRole('heading', { name: /ATC3521-004v2/ }).waitFor();
    expect(await page.getByRole('button', { name: '刪除這份匯入的職能基準' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});

describe('importing a standard from a file', () => {
  test('chosen with the file picker, in Big5', async ({ page }) => {
    const bytes = await readFile(join(projectRoot, 'tests', 'fixtures', 'standards', 'IDC3512-002v2.markdown.big5.txt'));
    await page.goto(`${new URL(page.url()).origin}/#/standards/import`);
    await page.locator('#standard-file').setInputFiles({ name: 'IDC3512-002v2.txt', mimeType: 'text/plain', buffer: bytes });
    await page.getByRole('heading', { name: '核對匯入的職能基準' }).waitFor();
    await waitForText(page.locator('.review'), '編碼：BIG5');
    await waitForValue(page.getByLabel('職能基準名稱'), '影音串流工程助理');
  });

  test('a PDF, reviewed beside the lines read from its pages, then kept', async ({ page, app, pageErrors }) => {
    const documents = join(projectRoot, 'tests', 'fixtures', 'standards', 'documents');
    await page.goto(`${app.origin}#/standards/import`);
    // A password-protected one first: the message says what to do.
    await page.locator('#standard-file').setInputFiles({ name: '鎖住的.pdf', mimeType: 'application/pdf', buffer: await readFile(join(documents, 'password-protected.pdf')) });
    await waitForText(page.locator('.notice--error'), 'PDF 有密碼保護');

    await page.locator('#standard-file').setInputFiles({ name: '數位平台品質管理人員.pdf', mimeType: 'application/pdf', buffer: await readFile(join(documents, 'SHP2654-007v2.pdf')) });
    await page.getByRole('heading', { name: '核對匯入的職能基準' }).waitFor();
    await waitForText(page.locator('.review'), 'PDF 檔');
    await waitForValue(page.getByLabel('職能基準名稱'), '數位平台品質管理人員');
    await waitForText(page.locator('.source-pane'), '〔第 2 頁〕');
    await page.getByRole('button', { name: '保留此職能基準' }).click();
    await page.getByRole('heading', { name: /SHP2654-007v2/ }).waitFor();
    const { standard, source } = await app.call('standards.get', { code: 'SHP2654-007v2' });
    expect(source).toBe('imported');
    expect(standard.tasks.map((t) => t.id)).toEqual(['T1.1', 'T1.2', 'T2.1', 'T2.2', 'T3.1']);
    expect(standard.tasks.find((t) => t.id === 'T3.1')!.indicators).toHaveLength(24);
    expect(pageErrors).toEqual([]);
  });

  test('a file that is not a standard: the error, and beside it what was read', async ({ page, app }) => {
    await page.goto(`${app.origin}#/standards/import`);
    await page.locator('#standard-file').setInputFiles({ name: '通知.txt', mimeType: 'text/plain', buffer: Buffer.from('各位好：\n下週一的課程改到三樓教室。\n') });
    await waitForText(page.locator('.notice--error'), '這似乎不是職能基準');
    await waitForText(page.locator('.source-pane'), '下週一的課程改到三樓教室。');
  });

  test('a file over the size limit is refused before it is sent', async ({ page, app }) => {
    await page.goto(`${app.origin}#/standards/import`);
    await page.locator('#standard-file').setInputFiles({ name: 'huge.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(21 * 1024 * 1024, 0x25) });
    await waitForText(page.locator('.notice--error'), '無法讀取 huge.pdf：檔案太大（21.0 MB，上限 20.0 MB）');
  });

  test('dropped on the drop zone', async ({ page }) => {
    const text = await readFile(join(projectRoot, 'tests', 'fixtures', 'standards', 'IDC3512-002v2.markdown.txt'), 'utf8');
    await page.goto(`${new URL(page.url()).origin}/#/standards/import`);
    const dataTransfer = await page.evaluateHandle((content) => {
      const { DataTransfer, File } = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: string[], name: string, options: { type: string }) => unknown;
      };
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'IDC3512-002v2.md', { type: 'text/markdown' }));
      return transfer;
    }, text);
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
    await page.getByRole('heading', { name: '核對匯入的職能基準' }).waitFor();
    await waitForText(page.locator('.review'), 'Markdown 表格');
  });
});

describe('starting on a corrupt plan file', () => {
  test.override({ seed: { 'plans/broken-plan.json': '{ "schemaVersion": 2, "id": "broken-plan", "cover": ' } });

  test('says which file could not be opened and that nothing was lost', async ({ page }) => {
    const dialog = page.getByRole('alertdialog', { name: '有些檔案無法開啟' });
    await dialog.waitFor();
    await waitForText(dialog, 'broken-plan.json');
    await waitForText(dialog, '沒有被刪除或覆寫');
    await dialog.getByRole('button', { name: '我知道了' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The notice stays reachable from the top bar.
    await page.getByRole('button', { name: /1 個檔案無法開啟/ }).click();
    await dialog.waitFor();
  });
});
