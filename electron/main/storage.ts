import type { App } from 'electron';
import { PlanStore, resolveDataDir, StorageError, type OpenedStore } from './storage/index';

/**
 * Opens the plan store in the folder chosen by `--data-dir`, `COURSE_PLANNER_DATA_DIR` or the app's
 * userData, and closes it (waiting for pending writes, releasing the lock) when the app quits.
 */
export async function setupStorage(app: App): Promise<OpenedStore & { dataDir: string }> {
  const choice = resolveDataDir({ argv: process.argv, env: process.env, userDataPath: app.getPath('userData'), cwd: process.cwd() });
  if (!choice.ok) throw new StorageError('bad-data-dir', choice.message, choice.messageEn);
  const opened = await PlanStore.open(choice.dir);

  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void opened.store.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
  process.on('exit', () => opened.store.releaseLockSync());
  return { ...opened, dataDir: choice.dir };
}
