import type { BuildOptions } from '../../shared/export/buildDocument';
import type { DocumentKind } from '../../shared/export/documentKinds';
import type { Channel, OutputOf, ParsedInputOf, StartupProblem } from '../../shared/ipc/contract';
import type { Plan } from '../../shared/plan/schema';
import type { Standard } from '../../shared/standard/schema';
import type { StandardLibrary } from '../standards/standardLibrary';
import type { PlanStore, StorageProblem } from '../storage/index';

/**
 * The operations of the contract as plain functions: no Electron here, so main (through ipc.ts), the
 * browser-mode server and the tests all run the very same code. Each receives its input already
 * parsed with the contract's schema and returns the contract's output, or throws (HandlerError,
 * StorageError) to answer with an error.
 */
export type Handlers = { [C in Channel]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>> };

/** The handlers of some channels: one area's share of Handlers. */
export type AreaHandlers<C extends Channel> = { [K in C]: Handlers[K] };

/** The shell's side of saving and opening files: Electron's save dialog and shell.openPath. Absent in browser mode. */
export interface FileDialogs {
  /** Asks where to save; the absolute path chosen, or undefined if the user cancelled. */
  chooseSavePath(suggestedName: string): Promise<string | undefined>;
  /** Opens a file with its default app; resolves to '' or to an error message (as shell.openPath does). */
  openPath(path: string): Promise<string>;
}

/** Builds a .docx from a plan (shared/export): backend/documents/buildDocx, or a stand-in in tests. */
export type DocumentBuilder = (kind: DocumentKind, plan: Plan, standards: readonly Standard[], options: BuildOptions) => Promise<Uint8Array>;

export interface HandlerDeps {
  store: PlanStore;
  standards: StandardLibrary;
  app: { version: string; runtime: 'electron' | 'browser'; dataDir: string };
  /** What opening the data folder found (the store's problems and the standards'). */
  startupProblems: readonly (StorageProblem | StartupProblem)[];
  files?: FileDialogs;
  buildDocument: DocumentBuilder;
}
