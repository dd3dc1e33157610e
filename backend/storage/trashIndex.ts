import { readdir, readFile, stat } from 'node:fs/promises';
import { planIdOfFileName, trashFile, type DataDirLayout } from './dataDirLayout';
import type { DeletedEntry } from './libraryFile';
import { readPlanHeader } from './planFile';

/**
 * The trash as the library lists it, checked against trash/: an entry whose file is gone is dropped,
 * a file without an entry (library.json lost) is listed with its name and its file's date.
 */
export async function reconcileTrash(layout: DataDirLayout, listed: readonly DeletedEntry[]): Promise<DeletedEntry[]> {
  const ids = (await readdir(layout.trashDir)).flatMap((name) => {
    const id = planIdOfFileName(name);
    return id === undefined ? [] : [id];
  });
  const byId = new Map(listed.map((d) => [d.id, d]));
  return Promise.all(
    ids.map(async (id): Promise<DeletedEntry> => {
      const known = byId.get(id);
      if (known) return known;
      const file = trashFile(layout, id);
      const [text, stats] = await Promise.all([readFile(file, 'utf8').catch(() => ''), stat(file).catch(() => undefined)]);
      return { id, nameZh: readPlanHeader(text).nameZh ?? '', deletedAt: new Date(stats?.mtimeMs ?? 0).toISOString() };
    }),
  );
}
