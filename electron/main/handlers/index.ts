/**
 * The contract's handlers and what they need, without Electron: main wires them to ipcMain
 * (../ipc.ts), the browser-mode server to HTTP (electron/server/), the tests call them directly.
 */
import { PlanStore, type PlanStoreOptions } from '../storage/index';
import { bundledStandards } from './bundledStandards';
import { buildDocx } from './documents';
import { createHandlers, type DocumentBuilder, type FileDialogs, type Handlers } from './handlers';
import { StandardLibrary } from './standardLibrary';

export { createHandlers, type DocumentBuilder, type FileDialogs, type HandlerDeps, type Handlers } from './handlers';
export { HandlerError, INTERNAL_ERROR, invalidInput, toApiError } from './apiError';
export { StandardLibrary, importedStandardsDir } from './standardLibrary';
export { bundledStandards } from './bundledStandards';
export { buildDocx } from './documents';

export interface Backend {
  handlers: Handlers;
  store: PlanStore;
  standards: StandardLibrary;
  /** Waits for pending writes and releases the data folder. */
  close(): Promise<void>;
}

export interface OpenBackendOptions {
  dataDir: string;
  runtime: 'electron' | 'browser';
  version: string;
  files?: FileDialogs;
  /** shared/export by default. */
  buildDocument?: DocumentBuilder;
  storeOptions?: PlanStoreOptions;
}

/** Opens the data folder (plan store, then imported standards) and makes the handlers over it. */
export async function openBackend(options: OpenBackendOptions): Promise<Backend> {
  const opened = await PlanStore.open(options.dataDir, options.storeOptions);
  try {
    const { library, problems } = await StandardLibrary.open(opened.store.dataDir, bundledStandards());
    const handlers = createHandlers({
      store: opened.store,
      standards: library,
      app: { version: options.version, runtime: options.runtime, dataDir: opened.store.dataDir },
      startupProblems: [...opened.problems, ...problems],
      ...(options.files ? { files: options.files } : {}),
      buildDocument: options.buildDocument ?? buildDocx,
    });
    return { handlers, store: opened.store, standards: library, close: () => opened.store.close() };
  } catch (error) {
    await opened.store.close();
    throw error;
  }
}
