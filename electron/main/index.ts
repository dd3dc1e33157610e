import { app } from 'electron';
import { resolveAppPaths } from './locations';
import { setupMenu } from './menu';
import { setupSecurity } from './security';
import { setupStorage } from './storage';
import { createMainWindow, focusMainWindow, hasOpenWindow, MAIN_WINDOW_TITLE } from './windows';

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
  // every plan file; files that could not be used are reported here until the UI can show them.
  const storage = await setupStorage(app);
  for (const problem of storage.problems) console.warn(`${problem.message}\n${problem.messageEn}`);

  createMainWindow(paths);

  // macOS keeps the app running with no windows; clicking the Dock icon opens one again.
  app.on('activate', () => {
    if (!hasOpenWindow()) createMainWindow(paths);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
