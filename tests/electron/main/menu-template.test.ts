import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../electron/main/menu-template';

const appName = '職能課程規劃';

function submenuOf(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = menu?.submenu;
  return Array.isArray(submenu) ? submenu : [];
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help in Traditional Chinese', () => {
    const labels = buildMenuTemplate({ platform: 'win32', isPackaged: true, appName }).map((menu) => menu.label);
    expect(labels).toEqual(['檔案', '編輯', '檢視', '說明']);
  });

  it('starts with the app menu on macOS', () => {
    const labels = buildMenuTemplate({ platform: 'darwin', isPackaged: true, appName }).map((menu) => menu.label);
    expect(labels).toEqual([appName, '檔案', '編輯', '檢視', '說明']);
  });

  it('offers undo, redo, cut, copy and paste with their shortcuts shown', () => {
    const edit = buildMenuTemplate({ platform: 'linux', isPackaged: true, appName }).find((menu) => menu.label === '編輯');
    const items = submenuOf(edit);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste'] as const) {
      const item = items.find((entry) => entry.role === role);
      expect(item?.accelerator, role).toBeTruthy();
      expect(item?.label, role).toMatch(/^[\u4e00-\u9fff]+$/);
    }
  });

  it('gives every labelled item a Chinese label', () => {
    for (const menu of buildMenuTemplate({ platform: 'linux', isPackaged: false, appName })) {
      for (const item of submenuOf(menu)) {
        if (item.type === 'separator') continue;
        expect(item.label, String(item.role)).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('offers developer tools only before packaging', () => {
    const roles = (isPackaged: boolean) =>
      buildMenuTemplate({ platform: 'linux', isPackaged, appName }).flatMap((menu) => submenuOf(menu).map((item) => item.role));
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).not.toContain('toggleDevTools');
  });
});

describe('menu commands for the page', () => {
  it('the File and Help menus send their commands, with the shortcuts shown', () => {
    const sent: string[] = [];
    const template = buildMenuTemplate({ platform: 'linux', isPackaged: true, appName: '職能課程規劃', onCommand: (c) => sent.push(c) });
    const items = template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
    const byLabel = (label: string) => items.find((item) => item.label === label)!;
    expect(byLabel('新增課程規劃…').accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('匯入職能基準…').accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('匯出文件…').accelerator).toBe('CmdOrCtrl+E');
    expect(byLabel('鍵盤快捷鍵').accelerator).toBe('F1');
    for (const label of ['新增課程規劃…', '匯入職能基準…', '匯出文件…', '課程規劃列表', '職能基準', '鍵盤快捷鍵']) {
      (byLabel(label).click as () => void)();
    }
    expect(sent).toEqual(['new-plan', 'import-standard', 'export-documents', 'open-plans', 'open-standards', 'show-shortcuts']);
  });
});
