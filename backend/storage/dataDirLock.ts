import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { DataDirInUseError, type LockHolder } from './storageError';

/** When this process started, as wall-clock milliseconds. */
const PROCESS_STARTED_AT = Math.round(performance.timeOrigin);

/** A lock file younger than this may still be being written by its creator: not judged stale yet. */
const FRESH_LOCK_MS = 5_000;

/**
 * The one-writer rule for a data folder: an exclusive lock file, created with O_EXCL and holding
 * the writer's pid, host and start time. A lock whose process is gone (or that predates the last
 * boot, or whose pid now belongs to a later process) is stale and taken over.
 */
export class DataDirLock {
  private released = false;

  private constructor(
    readonly file: string,
    readonly holder: LockHolder,
  ) {}

  static async acquire(file: string, dataDir: string): Promise<DataDirLock> {
    const holder: LockHolder = {
      pid: process.pid,
      hostname: hostname(),
      processStartedAt: new Date(PROCESS_STARTED_AT).toISOString(),
      lockedAt: new Date().toISOString(),
      token: randomBytes(12).toString('hex'),
    };
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await createExclusive(file, holder)) return new DataDirLock(file, holder);
      const found = await readLock(file);
      if (!found) continue; // released between our create and our read: try again
      const verdict = judgeLock(found.holder, found.ageMs);
      if (verdict === 'held') throw new DataDirInUseError(dataDir, found.holder);
      if (verdict === 'wait') {
        await new Promise((resolve) => setTimeout(resolve, 200));
        continue;
      }
      await takeOverStale(file, found.text);
    }
    throw new DataDirInUseError(dataDir, (await readLock(file))?.holder ?? null);
  }

  /** Removes the lock file, if it is still ours. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    const found = await readLock(this.file);
    if (found?.holder?.token === this.holder.token) await unlink(this.file).catch(() => undefined);
  }

  /** For a process `exit` handler, where nothing asynchronous runs. */
  releaseSync(): void {
    if (this.released) return;
    this.released = true;
    try {
      const holder = parseHolder(readFileSync(this.file, 'utf8'));
      if (holder?.token === this.holder.token) unlinkSync(this.file);
    } catch {
      // Already gone: nothing to release.
    }
  }
}

async function createExclusive(file: string, holder: LockHolder): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(`${JSON.stringify(holder, null, 2)}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

interface FoundLock {
  text: string;
  holder: LockHolder | null;
  ageMs: number;
}

async function readLock(file: string): Promise<FoundLock | undefined> {
  try {
    const [text, stats] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    return { text, holder: parseHolder(text), ageMs: Date.now() - stats.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.hostname !== 'string' || typeof value.processStartedAt !== 'string') return null;
    return {
      pid: value.pid,
      hostname: value.hostname,
      processStartedAt: value.processStartedAt,
      lockedAt: typeof value.lockedAt === 'string' ? value.lockedAt : '',
      token: typeof value.token === 'string' ? value.token : '',
    };
  } catch {
    return null;
  }
}

/**
 * `held`: a live process has it (or we cannot tell: another computer on a shared folder).
 * `stale`: its process is gone. `wait`: unreadable but just made, its writer may be mid-write.
 */
export function judgeLock(holder: LockHolder | null, ageMs: number): 'held' | 'stale' | 'wait' {
  if (!holder) return ageMs < FRESH_LOCK_MS ? 'wait' : 'stale';
  if (holder.hostname !== hostname()) return 'held';
  const startedAt = Date.parse(holder.processStartedAt);
  const bootedAt = Date.now() - uptime() * 1000;
  // A process that started before this computer last booted is certainly gone.
  if (Number.isFinite(startedAt) && startedAt < bootedAt - 60_000) return 'stale';
  if (!isAlive(holder.pid)) return 'stale';
  // The pid is alive, but it may be a later process that was given the same number.
  const liveStart = holder.pid === process.pid ? PROCESS_STARTED_AT : linuxProcessStart(holder.pid);
  if (liveStart !== undefined && Number.isFinite(startedAt) && liveStart > startedAt + 5_000) return 'stale';
  return 'held';
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When a process started, from /proc on Linux (clock ticks after boot, at the usual 100 per second);
 * undefined elsewhere. Only used to see that a pid was reused by a *later* process, so an odd tick
 * rate can only make a lock look held, never stale.
 */
function linuxProcessStart(pid: number): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const btime = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1];
    if (!Number.isFinite(ticks) || btime === undefined) return undefined;
    return Number(btime) * 1000 + ticks * 10;
  } catch {
    return undefined;
  }
}

/**
 * Moves the stale lock aside under a unique name (rename is atomic, so of two processes taking over at
 * once only one gets it). If what was moved is not the stale lock we judged, someone made a fresh one
 * in between: put it back (link fails rather than overwrite) and let the caller try again.
 */
async function takeOverStale(file: string, staleText: string): Promise<void> {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readFile(aside, 'utf8').catch(() => staleText);
  if (moved !== staleText) {
    await link(aside, file).catch(() => undefined);
  }
  await unlink(aside).catch(() => undefined);
}
