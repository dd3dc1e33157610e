/**
 * The plan store: one data folder of plan files, kept safe (atomic writes, history, quarantine,
 * trash, one writer at a time). No Electron here: ../openBackend.ts opens it for every shell, tests use it in Node.
 */
export { PlanStore, type DeletedPlan, type ImportResult, type OpenedStore, type PlanStoreOptions, type PlanSummary } from './planStore';
export { DataDirInUseError, StorageError, type LockHolder, type StorageErrorCode } from './storageError';
export type { StorageProblem, StorageProblemKind } from './storageProblem';
export type { HistoryVersion } from './planHistory';
export type { ImportFailure } from './planImport';
export type { LibrarySettings } from './libraryFile';
export { dataDirLayout, type DataDirLayout } from './dataDirLayout';
export { DATA_DIR_ARGUMENT, DATA_DIR_ENVIRONMENT, resolveDataDir, type DataDirChoice, type DataDirSources } from './resolveDataDir';
