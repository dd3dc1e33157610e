import { link, mkdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { readdirIfExists, removeLeftoverTempFiles, writeFileAtomic } from './atomicWrite';
import { fileStamp, isFileStamp, parseFileStamp, planFile, planHistoryDir, type DataDirLayout } from './dataDirLayout';
import { readPlanHeader } from './planFile';

/** How many previous versions of each plan are kept. */
export const HISTORY_LIMIT = 20;

/** One previous version of a plan, newest first in a listing. */
export interface HistoryVersion {
  /** Pass this to restoreVersion; it is also the file's name (`20261122T044134123Z`). */
  versionId: string;
  /** When this version was replaced by a newer one (ISO). */
  replacedAt: string;
  /** When this version had been saved, and its name, read from the file when it can be. */
  updatedAt?: string;
  nameZh?: string;
  /** Its plan format version (an older one is migrated on restore). */
  schemaVersion?: number;
  size: number;
}

export function historyFile(layout: DataDirLayout, id: string, versionId: string): string {
  return join(planHistoryDir(layout, id), `${versionId}.json`);
}

/** A plan's version ids, oldest first. */
async function versionIds(dir: string): Promise<string[]> {
  return (await readdirIfExists(dir))
    .filter((name) => name.endsWith('.json') && isFileStamp(name.slice(0, -5)))
    .map((name) => name.slice(0, -5))
    .sort();
}

/**
 * Keeps the plan's current file as a history version before it is replaced, then drops the oldest
 * versions beyond `limit`. The version is a hard link to the current file (writes always replace the
 * file by rename, never change it in place, so the linked content never changes): no copy, and nothing
 * half-written if the process dies. Where links are not supported (FAT, exFAT), the bytes are copied
 * atomically. The file is kept as found, so an older-format plan keeps its old format in history.
 *
 * Version ids are the moment of replacement; a second save in the same millisecond, or a clock set
 * back, takes one millisecond after the newest id, so ids always sort in the order they were made.
 */
export async function keepInHistory(layout: DataDirLayout, id: string, now: Date, limit = HISTORY_LIMIT): Promise<string | undefined> {
  const current = planFile(layout, id);
  const dir = planHistoryDir(layout, id);
  await mkdir(dir, { recursive: true });
  const existing = await versionIds(dir);
  const newest = existing.length ? parseFileStamp(existing[existing.length - 1]!)?.getTime() ?? 0 : 0;
  const versionId = fileStamp(new Date(Math.max(now.getTime(), newest + 1)));
  const target = historyFile(layout, id, versionId);
  try {
    await link(current, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined; // no current file: nothing to keep
    if (code === 'EEXIST') throw error;
    await removeLeftoverTempFiles(dir);
    let bytes: string;
    try {
      bytes = await readFile(current, 'utf8');
    } catch (readError) {
      if ((readError as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw readError;
    }
    await writeFileAtomic(target, bytes);
  }
  const all = [...existing, versionId];
  const excess = all.slice(0, Math.max(0, all.length - limit));
  await Promise.all(excess.map((old) => unlink(historyFile(layout, id, old)).catch(() => undefined)));
  return versionId;
}

/** A plan's kept versions, newest first, with what each file says of itself (read leniently: restore validates). */
export async function listHistory(layout: DataDirLayout, id: string): Promise<HistoryVersion[]> {
  const ids = (await versionIds(planHistoryDir(layout, id))).reverse();
  return Promise.all(
    ids.map(async (versionId): Promise<HistoryVersion> => {
      const file = historyFile(layout, id, versionId);
      const [text, stats] = await Promise.all([readFile(file, 'utf8').catch(() => ''), stat(file).catch(() => undefined)]);
      // Read leniently: an unreadable version is listed all the same; restoring it quarantines it and says why.
      return {
        versionId,
        replacedAt: parseFileStamp(versionId)?.toISOString() ?? '',
        ...readPlanHeader(text),
        size: stats?.size ?? 0,
      };
    }),
  );
}

export function isVersionId(text: string): boolean {
  return isFileStamp(text);
}
