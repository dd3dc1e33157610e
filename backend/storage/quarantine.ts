import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Problem } from '../../shared/validation/validate';
import { exists, fsyncDir } from './atomicWrite';
import { fileStamp, type DataDirLayout } from './dataDirLayout';

/**
 * Moves a file that failed to parse or validate into quarantine/, named by the moment and where it came
 * from (`20261122T044134123Z_plans__abc.json`), with a `.why.txt` beside it saying what was wrong.
 * Nothing in quarantine is ever overwritten or deleted: a name already taken gets `-1`, `-2`…
 * Returns where the file now is.
 */
export async function quarantineFile(layout: DataDirLayout, file: string, problems: readonly Problem[], now: Date): Promise<string> {
  await mkdir(layout.quarantineDir, { recursive: true });
  const origin = relative(layout.root, file).split(sep).join('__') || basename(file);
  const stem = `${fileStamp(now)}_${origin.replace(/\.json$/, '')}`;
  let target = join(layout.quarantineDir, `${stem}.json`);
  for (let n = 1; (await exists(target)) || (await exists(`${target}.why.txt`)); n++) {
    target = join(layout.quarantineDir, `${stem}-${n}.json`);
  }
  // Only the lock holder moves files here, so the name checked free above is still free.
  await rename(file, target);
  const why = [
    `原本位置 (moved from): ${file}`,
    `時間 (at): ${now.toISOString()}`,
    '',
    ...problems.flatMap((p) => [`${p.path}: ${p.message}`, `${p.path}: ${p.messageEn}`]),
    '',
  ].join('\n');
  await writeFile(`${target}.why.txt`, why, { encoding: 'utf8', flag: 'wx' }).catch(() => undefined);
  await fsyncDir(dirname(file));
  await fsyncDir(layout.quarantineDir);
  return target;
}
