import { BrowserWindow, type WebContents } from 'electron';
import type { AppPaths } from './locations';

export const MAIN_WINDOW_TITLE = '職能課程規劃';

/** Matches the renderer's background, so the window does not flash white before it paints. */
const BACKGROUND_COLOR = '#f6f5f1';

let mainWindow: BrowserWindow | undefined;
/** Every window this app created and has not yet closed: IPC answers only their pages. */
const ownWindows = new Set<BrowserWindow>();

export function createMainWindow(paths: AppPaths): BrowserWindow {
  const window = new BrowserWindow({
    title: MAIN_WINDOW_TITLE,
    width: 1200,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: BACKGROUND_COLOR,
    webPreferences: {
      preload: paths.preloadPath,
      // The renderer shows text from imported documents: it gets no Node, its own JavaScript
      // world, and the OS sandbox. The preload is the only bridge, and it is CommonJS for that reason.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    },
  });

  ownWindows.add(window);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    ownWindows.delete(window);
    if (mainWindow === window) mainWindow = undefined;
  });

  const loading = paths.devServerUrl !== undefined
    ? window.loadURL(paths.devServerUrl)
    : window.loadFile(paths.rendererIndex);
  loading.catch((error: unknown) => {
    console.error(`無法載入主視窗 (could not load the main window): ${String(error)}`);
  });

  mainWindow = window;
  return window;
}

/** Brings the existing window forward, e.g. when the user starts the app a second time. */
export function focusMainWindow(): void {
  if (mainWindow === undefined || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

export function hasOpenWindow(): boolean {
  return BrowserWindow.getAllWindows().length > 0;
}

/** True when `contents` belongs to a window this app created (and not, say, a devtools or stray webContents). */
export function isOwnWindow(contents: WebContents): boolean {
  const window = BrowserWindow.fromWebContents(contents);
  return window !== null && ownWindows.has(window) && !window.isDestroyed();
}

/** The window to anchor dialogs to. */
export function mainWindowOrUndefined(): BrowserWindow | undefined {
  return mainWindow !== undefined && !mainWindow.isDestroyed() ? mainWindow : undefined;
}
