import { app, ipcMain } from 'electron';
import { electronFileDialogs } from './fileDialogs';
import { openBackend } from '../../backend/openBackend';
import { chooseDataDir, closeOnQuit } from './dataFolder';
import { setupIpc } from './ipc';
import { resolveAppPaths } from './locations';
import { setupMenu } from './menu';
import { setupSecurity } from './security';
import { createMainWindow, focusMainWindow, hasOpenWindow, isOwnWindow, MAIN_WINDOW_TITLE } from './windows';

// Every renderer runs in the OS sandbox, including any created by a later change that forgets the
// webPreferences flag. Must be called before the app is ready.
app.enableSandbox();

// One running copy only: two processes writing the same plan files would race, and a second
// launch should bring the open window forward instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusMainWindow());
  start().catch((error: unknown) => {
    console.error(`無法啟動職能課程規劃 (startup failed): ${String(error)}`);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  // The bundled main process lives in out/main; the renderer and preload sit beside it.
  const paths = resolveAppPaths(import.meta.dirname, app.isPackaged, process.env);

  // All setups run before the first window exists, so it is born locked down and with its menus.
  setupSecurity(app, paths);
  setupMenu(app, MAIN_WINDOW_TITLE);
  // Takes the data folder's lock (or fails with a message naming the copy that has it) and checks
  // every plan file and imported standard; what could not be used is logged here and shown by the UI
  // (app.info's startupProblems).
  const backend = await openBackend({ dataDir: chooseDataDir(app), runtime: 'electron', version: app.getVersion(), files: electronFileDialogs(app) });
  closeOnQuit(app, backend);
  for (const problem of (await backend.handlers['app.info']({})).startupProblems) console.warn(`${problem.message}\n${problem.messageEn}`);

  // Every contract channel, registered before the first window can call one.
  setupIpc(ipcMain, { handlers: backend.handlers, location: paths, isOwnWindow, validateOutput: !app.isPackaged });

  createMainWindow(paths);

  // macOS keeps the app running with no windows; clicking the Dock icon opens one again.
  app.on('activate', () => {
    if (!hasOpenWindow()) createMainWindow(paths);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
