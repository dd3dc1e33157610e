/**
 * The one composition root of the backend: opens the data folder (plan store, then imported
 * standards) and makes the handlers over it. Electron's main process, the browser-mode server and the
 * tests all start the backend here; only the shells' own parts (file dialogs) differ.
 */
import { createHandlers, type DocumentBuilder, type FileDialogs, type Handlers } from './handlers/index';
import { bundledStandards } from './standards/bundledStandards';
import { StandardLibrary } from './standards/standardLibrary';
import { PlanStore, type PlanStoreOptions } from './storage/index';

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
  /** ./documents/buildDocx by default, loaded on first export. */
  buildDocument?: DocumentBuilder;
  storeOptions?: PlanStoreOptions;
}

/** docx is large and most sessions export nothing: the builder is loaded on first use. */
const buildDocxOnDemand: DocumentBuilder = async (...args) => (await import('./documents/buildDocx')).buildDocx(...args);

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
      buildDocument: options.buildDocument ?? buildDocxOnDemand,
    });
    return { handlers, store: opened.store, standards: library, close: () => opened.store.close() };
  } catch (error) {
    await opened.store.close();
    throw error;
  }
}
