import type { App } from 'electron';
import type { Backend } from '../../backend/openBackend';
import { resolveDataDir, StorageError } from '../../backend/storage/index';

/** The data folder chosen by `--data-dir`, `COURSE_PLANNER_DATA_DIR` or the app's userData. */
export function chooseDataDir(app: App): string {
  const choice = resolveDataDir({ argv: process.argv, env: process.env, userDataPath: app.getPath('userData'), cwd: process.cwd() });
  if (!choice.ok) throw new StorageError('bad-data-dir', choice.message, choice.messageEn);
  return choice.dir;
}

/**
 * Closes the backend when the app quits: quitting waits for pending writes, and the data folder's
 * lock is released even when the process ends without a quit.
 */
export function closeOnQuit(app: App, backend: Backend): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void backend.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
  process.on('exit', () => backend.store.releaseLockSync());
}
