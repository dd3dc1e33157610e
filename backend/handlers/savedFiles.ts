import { isAbsolute, resolve } from 'node:path';

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
