import { randomBytes } from 'node:crypto';
import { access, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Size and modification time of a file as the store last wrote it: if both still match, nobody else did. */
export interface FileFingerprint {
  size: number;
  mtimeMs: number;
}

/** Temp files are hidden and end in `.tmp`, so no listing of `*.json` can take one for a plan. */
export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Replaces `target` with `data` (text is written as UTF-8) so that, whatever moment the process dies at, the file holds either
 * the old text or the new one, complete: write a temp file in the same folder, fsync it, rename it
 * over the target, fsync the folder (so the rename itself survives a power cut). steno, lowdb's
 * writer, renames but never fsyncs.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<FileFingerprint> {
  const temp = tempNameFor(target);
  let fingerprint: FileFingerprint;
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
    const stats = await handle.stat();
    fingerprint = { size: stats.size, mtimeMs: stats.mtimeMs };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await renameReplacing(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDir(dirname(target));
  return fingerprint;
}

/**
 * rename(2) replaces atomically. On Windows a virus scanner or indexer may hold the target open for
 * a moment (EPERM, EACCES, EBUSY): try again briefly before giving up.
 */
export async function renameReplacing(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient = process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY');
      if (!transient || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

/** Makes a folder's entries (a rename, a new file) durable. Windows cannot open a folder for this. */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Some file systems cannot fsync a directory; the rename is still atomic there.
    if (code !== 'EINVAL' && code !== 'EISDIR' && code !== 'ENOTSUP' && code !== 'EPERM') throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Removes temp files a killed process left behind in `dir`. Only the lock holder calls this, so no
 * write is in progress. Returns the names removed.
 */
export async function removeLeftoverTempFiles(dir: string): Promise<string[]> {
  const leftovers = (await readdirIfExists(dir)).filter(isTempFileName);
  await Promise.all(leftovers.map((name) => unlink(join(dir, name)).catch(() => undefined)));
  return leftovers;
}

/** Whether anything is at the path (a name to avoid, a file to read). */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The names in a folder; none when the folder does not exist yet (nothing was ever written there). */
export async function readdirIfExists(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
