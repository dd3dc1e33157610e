import type { Problem } from '../../shared/validation/validate';

export type StorageErrorCode =
  /** Another process holds the data folder's lock. */
  | 'data-dir-in-use'
  /** The data folder given by argument or environment cannot be used. */
  | 'bad-data-dir'
  /** No plan with that id in the store (or in the trash, for restoreDeleted). */
  | 'plan-not-found'
  /** A plan handed to the store does not fit the schema. */
  | 'invalid-plan'
  /** Settings handed to the store do not fit their schema. */
  | 'invalid-settings'
  /** A stored file could not be used; it was quarantined or, if from a newer app, left alone. */
  | 'rejected-file'
  /** A history version id that the store did not make. */
  | 'version-not-found'
  /** The store was closed. */
  | 'closed';

/**
 * What the store throws: a stable code for the caller, and a message for the user in zh-TW and English
 * (the located problems, when a file or a plan is at fault).
 */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(`${messageZh}\n${messageEn}`);
    this.name = 'StorageError';
  }
}

/** Who holds a data folder's lock, as written in the lock file. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** When the holding process started (ISO), to tell a live holder from a reused process id. */
  processStartedAt: string;
  /** When it took the lock (ISO). */
  lockedAt: string;
  /** Random, so a holder releases only its own lock. */
  token: string;
}

/** A second copy of the app (or a second store in this process) asked for a folder that is taken. */
export class DataDirInUseError extends StorageError {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | null,
  ) {
    const who = holder
      ? { zh: `（程序 ${holder.pid}，電腦 ${holder.hostname}，自 ${holder.lockedAt} 起）`, en: ` (process ${holder.pid} on ${holder.hostname}, since ${holder.lockedAt})` }
      : { zh: '', en: '' };
    super(
      'data-dir-in-use',
      `另一個「職能課程規劃」程式正在使用資料夾 ${dataDir}${who.zh}。請先關閉它，或以 --data-dir 指定另一個資料夾。`,
      `Another copy of the app is using the data folder ${dataDir}${who.en}. Close it first, or choose another folder with --data-dir.`,
    );
    this.name = 'DataDirInUseError';
  }
}
