import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { newPlan } from '../../shared/plan/newPlan';
import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan, type PlanInput } from '../../shared/plan/schema';
import type { Standard } from '../../shared/standard/schema';
import { validate } from '../../shared/validation/validate';
import { AtomicJsonFile, RejectedFileError } from './atomicJsonFile';
import { exists, fsyncDir, isTempFileName, removeLeftoverTempFiles } from './atomicWrite';
import { dataDirLayout, isSafePlanId, planFile, planIdOfFileName, trashFile, type DataDirLayout } from './dataDirLayout';
import { DataDirLock } from './dataDirLock';
import {
  decodeLibrary,
  emptyLibrary,
  LIBRARY_VERSION,
  LibrarySettingsSchema,
  type Library,
  type LibraryEntry,
  type LibrarySettings,
  type PlanFileIndex,
} from './libraryFile';
import { historyFile, HISTORY_LIMIT, isVersionId, keepInHistory, listHistory, type HistoryVersion } from './planHistory';
import { decodePlan, planToJson } from './planFile';
import { importedMessage, readImportedPlan, type ImportFailure } from './planImport';
import { quarantineFile } from './quarantine';
import { StorageError } from './storageError';
import { reconcileTrash } from './trashIndex';
import {
  idMismatchProblem,
  newerVersionProblem,
  notAPlanFileProblem,
  quarantinedProblem,
  unreadableProblem,
  type StorageProblem,
} from './storageProblem';

export interface PlanStoreOptions {
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
  /** Makes ids for new plans and copies; randomUUID by default. */
  newId?: () => string;
  /** Previous versions kept per plan. */
  historyLimit?: number;
  /**
   * How long library.json may lag behind a save that changed only the plan's content (its updatedAt,
   * its file's size). Such saves then cost one plan file, whatever the number of plans; the library
   * is written once the edits pause, at close, and at once for any change to the list itself
   * (a new, renamed, deleted or restored plan). If the app dies meanwhile, open() finds those plan
   * files changed and reads them again: the library is an index, never the only copy of anything.
   */
  libraryWriteDelayMs?: number;
}

/** A plan as the start screen lists it, without opening its file. */
export interface PlanSummary {
  id: string;
  nameZh: string;
  standardCodes: string[];
  updatedAt: string;
  /** The format the file is in; below the current one it is migrated on load and rewritten on the next save. */
  fileVersion: number;
}

export interface DeletedPlan {
  id: string;
  nameZh: string;
  deletedAt: string;
}

export interface OpenedStore {
  store: PlanStore;
  /** Files that could not be used, each with where, what and why; every other plan opened. */
  problems: StorageProblem[];
}

export type ImportResult =
  | {
    ok: true;
    plan: Plan;
    summary: PlanSummary;
    /** Set when a plan with the file's id already existed: the import is a copy under a new id. */
    copyOf?: string;
    /** Set when the file was in an older format (migrated; stored in the current one). */
    migratedFrom?: number;
    /** What happened, for the user. */
    message: string;
    messageEn: string;
  }
  | ImportFailure;

/** How many plans the recent list keeps. */
const RECENT_LIMIT = 10;
/** Plan files read at once when opening a store. */
const READ_CONCURRENCY = 16;
const LIBRARY_WRITE_DELAY_MS = 1_000;

type PlanRead =
  | { status: 'ok'; plan: Plan; index: PlanFileIndex; notice?: StorageProblem }
  | { status: 'missing' }
  | { status: 'rejected'; problem: StorageProblem; leftInPlace: boolean };

type FileRole = 'plan' | 'history' | 'trash';

function summaryOf(entry: LibraryEntry): PlanSummary {
  return {
    id: entry.id,
    nameZh: entry.nameZh,
    standardCodes: [...entry.standardCodes],
    updatedAt: entry.updatedAt,
    fileVersion: entry.file?.schemaVersion ?? PLAN_SCHEMA_VERSION,
  };
}

function entryOf(plan: Plan, index: PlanFileIndex): LibraryEntry {
  return {
    id: plan.id,
    nameZh: plan.cover.nameZh,
    standardCodes: plan.standards.map((s) => s.code),
    updatedAt: plan.updatedAt,
    file: { size: index.size, mtimeMs: index.mtimeMs, schemaVersion: index.schemaVersion },
  };
}

function sameEntry(a: LibraryEntry | undefined, b: LibraryEntry): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

async function inBatches<T>(items: readonly T[], size: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

function notFound(id: string): StorageError {
  return new StorageError('plan-not-found', `找不到課程規劃 ${id}`, `No plan with id ${id}`);
}

/**
 * The plans in one data folder (see dataDirLayout for what sits where). One process writes a folder
 * at a time (the lock); within it, every operation runs one after another, so a save never
 * interleaves with another save, a delete or a restore.
 *
 * A plan is one lowdb file, read through `AtomicJsonFile` (validated and migrated by migratePlan) and
 * written atomically; the file it replaces goes to the plan's history first. library.json is an
 * index that `open` checks against plans/ (a file whose size and mtime are what the store last
 * wrote is not re-read, so opening 500 plans costs 500 stats, not 500 parses). A save that leaves
 * the list as it was writes the library a moment later (see libraryWriteDelayMs), so one edit costs
 * one plan file however many plans there are.
 */
export class PlanStore {
  private readonly entries = new Map<string, LibraryEntry>();
  /** Ids whose files are left alone (newer version, unreadable): never reused, never written. */
  private readonly untouchable = new Set<string>();
  private libraryWritable = true;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** The library in memory has changes not yet written, and when they will be. */
  private libraryDirty = false;
  private libraryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly historyLimit: number;
  private readonly libraryWriteDelayMs: number;

  private constructor(
    private readonly layout: DataDirLayout,
    private readonly lock: DataDirLock,
    private readonly library: Low<Library>,
    options: PlanStoreOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.historyLimit = options.historyLimit ?? HISTORY_LIMIT;
    this.libraryWriteDelayMs = options.libraryWriteDelayMs ?? LIBRARY_WRITE_DELAY_MS;
  }

  /**
   * Opens (creating if need be) the data folder, takes its lock, and checks every plan file. Throws
   * `DataDirInUseError` when another process has the folder, a `bad-data-dir` StorageError when it
   * cannot be made or written.
   */
  static async open(dataDir: string, options: PlanStoreOptions = {}): Promise<OpenedStore> {
    const layout = dataDirLayout(resolve(dataDir));
    let lock: DataDirLock;
    try {
      await mkdir(layout.root, { recursive: true });
      lock = await DataDirLock.acquire(layout.lockFile, layout.root);
    } catch (error) {
      if (error instanceof StorageError) throw error;
      // Not a folder, not writable, a read-only disk…
      const detail = error instanceof Error ? error.message : String(error);
      throw new StorageError('bad-data-dir', `無法使用資料夾 ${layout.root}：${detail}`, `Cannot use the data folder ${layout.root}: ${detail}`);
    }
    try {
      for (const dir of [layout.plansDir, layout.historyDir, layout.quarantineDir, layout.trashDir]) await mkdir(dir, { recursive: true });
      const library = new Low<Library>(new AtomicJsonFile(layout.libraryFile, decodeLibrary, LIBRARY_VERSION), emptyLibrary());
      const store = new PlanStore(layout, lock, library, options);
      const problems = await store.load();
      return { store, problems };
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  get dataDir(): string {
    return this.layout.root;
  }

  // ---- listing ------------------------------------------------------------------------------

  /** Every plan, most recently saved first. */
  listPlans(): PlanSummary[] {
    return [...this.entries.values()]
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.nameZh.localeCompare(b.nameZh)))
      .map(summaryOf);
  }

  /** The plans last opened or saved, most recent first. */
  recentPlans(): PlanSummary[] {
    return this.library.data.recent.flatMap((id) => {
      const entry = this.entries.get(id);
      return entry ? [summaryOf(entry)] : [];
    });
  }

  /** Plans in the trash, most recently deleted first. */
  listDeleted(): DeletedPlan[] {
    return [...this.library.data.deleted].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt)).map((d) => ({ ...d }));
  }

  settings(): LibrarySettings {
    return { ...this.library.data.settings };
  }

  async updateSettings(patch: Partial<LibrarySettings>): Promise<LibrarySettings> {
    const checked = validate(LibrarySettingsSchema, { ...this.library.data.settings, ...patch });
    if (!checked.ok) throw new StorageError('invalid-settings', '設定不符格式，未儲存', 'The settings do not fit the format and were not saved', checked.problems);
    return this.exclusive(async () => {
      this.library.data.settings = checked.value;
      await this.writeLibrary();
      return { ...checked.value };
    });
  }

  // ---- plans --------------------------------------------------------------------------------

  /** Reads a plan (migrated if its file is older) and marks it recent. */
  loadPlan(id: string): Promise<Plan> {
    return this.exclusive(async () => {
      const plan = await this.readKnownPlan(id);
      if (this.touchRecent(id)) this.writeLibrarySoon();
      return plan;
    });
  }

  /** Reads a plan (migrated if its file is older) without marking it recent: for the plan list's findings. */
  readPlan(id: string): Promise<Plan> {
    return this.exclusive(() => this.readKnownPlan(id));
  }

  /** Saves an edited plan over its file (the previous file goes to history); sets updatedAt. */
  savePlan(input: Plan | PlanInput): Promise<Plan> {
    const checked = validate(PlanSchema, input);
    if (!checked.ok) {
      return Promise.reject(new StorageError('invalid-plan', '課程規劃內容不符格式，未儲存', 'The plan does not fit the plan format and was not saved', checked.problems));
    }
    return this.exclusive(async () => {
      if (!this.entries.has(checked.value.id)) throw notFound(checked.value.id);
      return this.writePlan({ ...checked.value, updatedAt: this.now().toISOString() });
    });
  }

  /** A new, empty plan (see newPlan), saved at once. */
  createPlan(options: { nameZh?: string; standard?: Standard } = {}): Promise<Plan> {
    return this.exclusive(async () => {
      const plan = newPlan({ id: this.freshId(), now: this.now().toISOString(), ...options });
      return this.writePlan(plan);
    });
  }

  /** A copy of a plan under a new id, named 「…（副本）」. */
  duplicatePlan(id: string): Promise<Plan> {
    return this.exclusive(async () => {
      const original = await this.readKnownPlan(id);
      const now = this.now().toISOString();
      const copy: Plan = {
        ...structuredClone(original),
        id: this.freshId(),
        createdAt: now,
        updatedAt: now,
      };
      copy.cover.nameZh = `${original.cover.nameZh}（副本）`;
      return this.writePlan(copy);
    });
  }

  renamePlan(id: string, nameZh: string): Promise<Plan> {
    return this.exclusive(async () => {
      const plan = await this.readKnownPlan(id);
      return this.writePlan({ ...plan, cover: { ...plan.cover, nameZh }, updatedAt: this.now().toISOString() });
    });
  }

  /** Moves a plan to the trash (its history stays, for when it is restored). */
  deletePlan(id: string): Promise<void> {
    return this.exclusive(async () => {
      const entry = this.entries.get(id);
      if (!entry) throw notFound(id);
      const target = trashFile(this.layout, id);
      if (await exists(target)) {
        throw new StorageError('rejected-file', `回收桶中已有 ${target}，未刪除`, `${target} is already in the trash; the plan was not deleted`);
      }
      try {
        await rename(planFile(this.layout, id), target);
        await fsyncDir(this.layout.plansDir);
        await fsyncDir(this.layout.trashDir);
        this.library.data.deleted.push({ id, nameZh: entry.nameZh, deletedAt: this.now().toISOString() });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      this.forget(id);
      await this.writeLibrary();
    });
  }

  /** Brings a deleted plan back from the trash. */
  restoreDeleted(id: string): Promise<PlanSummary> {
    return this.exclusive(async () => {
      if (!isSafePlanId(id) || this.entries.has(id)) throw notFound(id);
      const source = trashFile(this.layout, id);
      const read = await this.readPlanAt(id, source, 'trash');
      if (read.status !== 'ok') {
        if (read.status === 'rejected' && !read.leftInPlace) {
          this.library.data.deleted = this.library.data.deleted.filter((d) => d.id !== id);
          await this.writeLibrary();
        }
        if (read.status === 'missing') throw notFound(id);
        throw new StorageError('rejected-file', read.problem.message, read.problem.messageEn, read.problem.details);
      }
      const target = planFile(this.layout, id);
      if (await exists(target)) throw new StorageError('rejected-file', `${target} 已存在，未還原`, `${target} already exists; nothing was restored`);
      await rename(source, target);
      await fsyncDir(this.layout.trashDir);
      await fsyncDir(this.layout.plansDir);
      // Rename keeps size and mtime, so the index read from the trash file still describes it.
      const entry = entryOf(read.plan, read.index);
      this.entries.set(id, entry);
      this.library.data.deleted = this.library.data.deleted.filter((d) => d.id !== id);
      this.touchRecent(id);
      await this.writeLibrary();
      return summaryOf(entry);
    });
  }

  // ---- history ------------------------------------------------------------------------------

  /** A plan's previous versions, newest first. */
  listHistory(id: string): Promise<HistoryVersion[]> {
    return this.exclusive(async () => {
      if (!this.entries.has(id)) throw notFound(id);
      return listHistory(this.layout, id);
    });
  }

  /** Makes a previous version current again; the current one goes to history first, so this can be undone. */
  restoreVersion(id: string, versionId: string): Promise<Plan> {
    return this.exclusive(async () => {
      if (!this.entries.has(id)) throw notFound(id);
      const notThere = new StorageError('version-not-found', `課程規劃 ${id} 沒有版本 ${versionId}`, `Plan ${id} has no version ${versionId}`);
      if (!isVersionId(versionId)) throw notThere;
      const read = await this.readPlanAt(id, historyFile(this.layout, id, versionId), 'history');
      if (read.status === 'missing') throw notThere;
      if (read.status === 'rejected') throw new StorageError('rejected-file', read.problem.message, read.problem.messageEn, read.problem.details);
      return this.writePlan({ ...read.plan, id, updatedAt: this.now().toISOString() });
    });
  }

  // ---- import and export --------------------------------------------------------------------

  /** The plan as a `.json` file's text, in the current format. */
  exportPlan(id: string): Promise<string> {
    return this.exclusive(async () => planToJson(await this.readKnownPlan(id)));
  }

  /**
   * Adds a plan from a `.json` file's text: validated, migrated if older. A plan whose id is already
   * used (in the store, the trash, or by a file this app cannot read) is never replaced: it comes in
   * as a copy under a new id, and the result says so.
   */
  importPlan(text: string, fileName: string): Promise<ImportResult> {
    return this.exclusive(async (): Promise<ImportResult> => {
      const read = readImportedPlan(text, fileName);
      if (!read.ok) return read;
      const originalId = read.plan.id;
      const taken = !isSafePlanId(originalId) || this.isTaken(originalId);
      const saved = await this.writePlan({ ...read.plan, id: taken ? this.freshId() : originalId, updatedAt: this.now().toISOString() });
      return {
        ok: true,
        plan: saved,
        summary: summaryOf(this.entries.get(saved.id)!),
        ...(taken ? { copyOf: originalId } : {}),
        ...(read.migratedFrom === undefined ? {} : { migratedFrom: read.migratedFrom }),
        ...importedMessage(saved, taken ? originalId : undefined),
      };
    });
  }

  // ---- closing ------------------------------------------------------------------------------

  /** Waits for pending writes, writes the library if it lags, then releases the data folder. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue;
    try {
      if (this.libraryDirty) await this.writeLibrary();
    } finally {
      await this.lock.release();
    }
  }

  /**
   * For a process `exit` handler, where nothing asynchronous runs: releases the lock. Plan files are
   * already on disk; a library write still pending is lost, and open() re-reads the plans it missed.
   */
  releaseLockSync(): void {
    this.closed = true;
    if (this.libraryTimer !== undefined) clearTimeout(this.libraryTimer);
    this.lock.releaseSync();
  }

  // ---- inside -------------------------------------------------------------------------------

  /** Runs one operation after the previous one has finished. */
  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    if (this.closed) {
      return Promise.reject(new StorageError('closed', '課程規劃資料夾已關閉', 'The plan store is closed'));
    }
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Reads the library, then checks plans/ against it: the files are the truth. */
  private async load(): Promise<StorageProblem[]> {
    const problems: StorageProblem[] = [];
    await removeLeftoverTempFiles(this.layout.root);
    await removeLeftoverTempFiles(this.layout.plansDir);
    await removeLeftoverTempFiles(this.layout.trashDir);

    try {
      await this.library.read();
    } catch (error) {
      this.library.data = emptyLibrary();
      if (error instanceof RejectedFileError && error.reason !== 'newer-version') {
        const movedTo = await quarantineFile(this.layout, this.layout.libraryFile, error.problems, this.now());
        problems.push(quarantinedProblem('library', this.layout.libraryFile, movedTo, error.reason, error.problems));
      } else {
        this.libraryWritable = false;
        problems.push(error instanceof RejectedFileError
          ? newerVersionProblem('library', this.layout.libraryFile, error.problems)
          : unreadableProblem('library', this.layout.libraryFile, error));
      }
    }
    const library = this.library.data;
    const indexed = new Map(library.plans.map((entry) => [entry.id, entry]));

    const names = (await readdir(this.layout.plansDir)).sort();
    const found: { name: string; entry: LibraryEntry }[] = [];
    const fileProblems = new Map<string, StorageProblem[]>();
    await inBatches(names, READ_CONCURRENCY, async (name) => {
      if (isTempFileName(name) || name.startsWith('.')) return;
      const file = join(this.layout.plansDir, name);
      const id = planIdOfFileName(name);
      if (id === undefined) {
        if (name.endsWith('.json')) fileProblems.set(name, [notAPlanFileProblem(file)]);
        return;
      }
      const known = indexed.get(id);
      if (known?.file) {
        const stats = await stat(file).catch(() => undefined);
        if (stats?.isFile() && stats.size === known.file.size && stats.mtimeMs === known.file.mtimeMs) {
          found.push({ name, entry: known });
          return;
        }
      }
      const read = await this.readPlanAt(id, file, 'plan');
      if (read.status === 'ok') {
        found.push({ name, entry: entryOf(read.plan, read.index) });
        if (read.notice) fileProblems.set(name, [read.notice]);
      } else if (read.status === 'rejected') {
        fileProblems.set(name, [read.problem]);
        if (read.leftInPlace) this.untouchable.add(id);
      }
    });
    // Problems in file-name order, whatever order the reads finished in.
    for (const name of names) problems.push(...(fileProblems.get(name) ?? []));

    for (const { entry } of found.sort((a, b) => a.name.localeCompare(b.name))) this.entries.set(entry.id, entry);
    let changed = library.plans.length !== this.entries.size || found.some(({ entry }) => !sameEntry(indexed.get(entry.id), entry));

    const recent = library.recent.filter((id) => this.entries.has(id));
    if (recent.length !== library.recent.length) changed = true;
    library.recent = recent;

    const deleted = await reconcileTrash(this.layout, library.deleted);
    if (JSON.stringify(deleted) !== JSON.stringify(library.deleted)) changed = true;
    library.deleted = deleted;

    if (changed) await this.writeLibrary();
    return problems;
  }

  /**
   * Reads one plan file of any role. A file that does not parse or fails the schema is quarantined;
   * one from a newer app, or one that cannot be read, is left where it is.
   */
  private async readPlanAt(id: string, file: string, role: FileRole): Promise<PlanRead> {
    const adapter = new AtomicJsonFile<Plan>(file, decodePlan, PLAN_SCHEMA_VERSION);
    const db = new Low<Plan | null>(adapter, null);
    try {
      await db.read();
    } catch (error) {
      if (error instanceof RejectedFileError) {
        if (error.reason === 'newer-version') {
          return { status: 'rejected', problem: newerVersionProblem(role, file, error.problems, id), leftInPlace: true };
        }
        const movedTo = await quarantineFile(this.layout, file, error.problems, this.now());
        return { status: 'rejected', problem: quarantinedProblem(role, file, movedTo, error.reason, error.problems, id), leftInPlace: false };
      }
      return { status: 'rejected', problem: unreadableProblem(role, file, error, id), leftInPlace: true };
    }
    if (db.data === null || adapter.lastSeen === undefined) return { status: 'missing' };
    const index: PlanFileIndex = { size: adapter.lastSeen.size, mtimeMs: adapter.lastSeen.mtimeMs, schemaVersion: adapter.lastSeen.version };
    if (db.data.id === id) return { status: 'ok', plan: db.data, index };
    return { status: 'ok', plan: { ...db.data, id }, index, notice: idMismatchProblem(file, id, db.data.id) };
  }

  /** Reads a listed plan; one found broken since the store opened is quarantined, dropped from the list, and reported by the error. */
  private async readKnownPlan(id: string): Promise<Plan> {
    if (!this.entries.has(id)) throw notFound(id);
    const read = await this.readPlanAt(id, planFile(this.layout, id), 'plan');
    if (read.status === 'ok') {
      const entry = entryOf(read.plan, read.index);
      if (!sameEntry(this.entries.get(id), entry)) {
        this.entries.set(id, entry);
        this.writeLibrarySoon();
      }
      return read.plan;
    }
    this.forget(id);
    if (read.status === 'rejected' && read.leftInPlace) this.untouchable.add(id);
    await this.writeLibrary();
    if (read.status === 'missing') throw notFound(id);
    throw new StorageError('rejected-file', read.problem.message, read.problem.messageEn, read.problem.details);
  }

  /** Keeps the current file in history, writes the plan atomically, updates the library. */
  private async writePlan(plan: Plan): Promise<Plan> {
    await keepInHistory(this.layout, plan.id, this.now(), this.historyLimit);
    const adapter = new AtomicJsonFile<Plan>(planFile(this.layout, plan.id), decodePlan, PLAN_SCHEMA_VERSION);
    const db = new Low<Plan | null>(adapter, null);
    db.data = plan;
    await db.write();
    const seen = adapter.lastSeen!;
    const before = this.entries.get(plan.id);
    const entry = entryOf(plan, { size: seen.size, mtimeMs: seen.mtimeMs, schemaVersion: seen.version });
    this.entries.set(plan.id, entry);
    this.touchRecent(plan.id);
    const listChanged = before === undefined || before.nameZh !== entry.nameZh || before.standardCodes.join() !== entry.standardCodes.join();
    if (listChanged) await this.writeLibrary();
    else this.writeLibrarySoon();
    return plan;
  }

  /** Writes library.json now (and cancels a pending delayed write). */
  private async writeLibrary(): Promise<void> {
    if (this.libraryTimer !== undefined) clearTimeout(this.libraryTimer);
    this.libraryTimer = undefined;
    this.libraryDirty = false;
    if (!this.libraryWritable) return;
    this.library.data.plans = [...this.entries.values()];
    try {
      await this.library.write();
    } catch (error) {
      this.libraryDirty = true;
      throw error;
    }
  }

  /** Writes library.json once the edits pause (see libraryWriteDelayMs). */
  private writeLibrarySoon(): void {
    this.libraryDirty = true;
    if (this.libraryTimer !== undefined) clearTimeout(this.libraryTimer);
    this.libraryTimer = setTimeout(() => {
      this.libraryTimer = undefined;
      // A failed write leaves the library dirty: the next change or close() tries again.
      this.exclusive(async () => {
        if (this.libraryDirty) await this.writeLibrary();
      }).catch(() => undefined);
    }, this.libraryWriteDelayMs);
    // A pending library write never keeps the process alive: close() writes it, and open() copes without it.
    this.libraryTimer.unref?.();
  }

  /** Puts a plan first in the recent list; true if that changed anything. */
  private touchRecent(id: string): boolean {
    const recent = this.library.data.recent;
    if (recent[0] === id) return false;
    this.library.data.recent = [id, ...recent.filter((other) => other !== id)].slice(0, RECENT_LIMIT);
    return true;
  }

  private forget(id: string): void {
    this.entries.delete(id);
    this.library.data.recent = this.library.data.recent.filter((other) => other !== id);
  }

  private isTaken(id: string): boolean {
    return this.entries.has(id) || this.untouchable.has(id) || this.library.data.deleted.some((d) => d.id === id);
  }

  private freshId(): string {
    for (let attempt = 0; attempt < 100; attempt++) {
      const id = this.newId();
      if (isSafePlanId(id) && !this.isTaken(id)) return id;
    }
    return randomUUID();
  }
}
