import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fsyncDir } from '../storage/atomicWrite';

/**
 * Writes bytes where the user chose in a save dialog: a temp file beside the target, fsynced, renamed
 * over it, so an existing file is never left half-written.
 */
export async function writeBytesAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDir(dirname(target)).catch(() => undefined);
}

/**
 * The files this session saved through a save dialog. files.openPath opens only these: the renderer
 * shows text from documents of strangers, and must never be able to make the shell run an arbitrary
 * path (an executable, a script) with its default app.
 */
export class SavedFiles {
  private readonly paths = new Set<string>();

  remember(path: string): void {
    this.paths.add(resolve(path));
  }

  has(path: string): boolean {
    return isAbsolute(path) && this.paths.has(resolve(path));
  }
}
