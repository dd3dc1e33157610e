/**
 * The native menus as data. Only types come from 'electron' here, so the labels and shortcuts can
 * be tested in plain Node; menu.ts turns the template into a Menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/menuCommands';

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Developer tools are offered only in an unpackaged (development) build. */
  readonly isPackaged: boolean;
  readonly appName: string;
  /** Passes a command chosen in the menus to the page (menu.ts sends it to the focused window). */
  readonly onCommand?: (command: MenuCommand) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate({ platform, isPackaged, appName, onCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => onCommand?.(name),
  });

  // macOS puts About, Hide and Quit in a first menu named after the app.
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [{
        label: appName,
        submenu: [
          { role: 'about', label: `關於${appName}` },
          separator,
          { role: 'hide', label: `隱藏${appName}`, accelerator: 'Command+H' },
          { role: 'hideOthers', label: '隱藏其他', accelerator: 'Command+Alt+H' },
          { role: 'unhide', label: '全部顯示' },
          separator,
          { role: 'quit', label: `結束${appName}`, accelerator: 'Command+Q' },
        ],
      }]
    : [];

  const fileMenu: MenuItemConstructorOptions = {
    label: '檔案',
    submenu: [
      command('新增課程規劃…', 'new-plan', 'CmdOrCtrl+N'),
      command('匯入職能基準…', 'import-standard', 'CmdOrCtrl+O'),
      command('匯出文件…', 'export-documents', 'CmdOrCtrl+E'),
      separator,
      command('課程規劃列表', 'open-plans'),
      command('職能基準', 'open-standards'),
      separator,
      { role: 'close', label: '關閉視窗', accelerator: 'CmdOrCtrl+W' },
      ...(mac ? [] : [separator, { role: 'quit', label: '結束', accelerator: 'Ctrl+Q' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '編輯',
    submenu: [
      { role: 'undo', label: '復原', accelerator: 'CmdOrCtrl+Z' },
      // Each platform's own redo shortcut.
      { role: 'redo', label: '重做', accelerator: mac ? 'Shift+Command+Z' : platform === 'win32' ? 'Ctrl+Y' : 'Ctrl+Shift+Z' },
      separator,
      { role: 'cut', label: '剪下', accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: '複製', accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: '貼上', accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', label: '全選', accelerator: 'CmdOrCtrl+A' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '檢視',
    submenu: [
      { role: 'reload', label: '重新載入', accelerator: 'CmdOrCtrl+R' },
      ...(isPackaged
        ? []
        : [{ role: 'toggleDevTools', label: '開發人員工具', accelerator: mac ? 'Alt+Command+I' : 'Ctrl+Shift+I' } satisfies MenuItemConstructorOptions]),
      separator,
      { role: 'resetZoom', label: '實際大小', accelerator: 'CmdOrCtrl+0' },
      { role: 'zoomIn', label: '放大', accelerator: 'CmdOrCtrl+Plus' },
      { role: 'zoomOut', label: '縮小', accelerator: 'CmdOrCtrl+-' },
      separator,
      { role: 'togglefullscreen', label: '全螢幕', accelerator: mac ? 'Control+Command+F' : 'F11' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: '說明',
    role: 'help',
    submenu: [command('鍵盤快捷鍵', 'show-shortcuts', 'F1'), separator, { role: 'about', label: `關於${appName}` }],
  };

  return [...appMenu, fileMenu, editMenu, viewMenu, helpMenu];
}
