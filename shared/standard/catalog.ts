import * as z from 'zod';
import { LevelSchema, STANDARD_CODE_PATTERN, type Standard } from './schema';

/**
 * `resources/standards/index.json`: the bundled standards, one entry per code, so a list can be
 * shown without reading every standard. `file` is relative to that folder.
 */
export const StandardCatalogEntrySchema = z.object({
  code: z.string().regex(STANDARD_CODE_PATTERN),
  name: z.string(),
  level: LevelSchema.nullable(),
  /** `ATC3521-004v2.json` */
  file: z.string(),
  /** `V2`, from the version table's row for this code, else from the code itself. */
  version: z.string(),
  /** 最新版本 / 歷史版本 as the version table prints it; null where the table has no row for this code. */
  status: z.string().nullable(),
});

export const StandardCatalogSchema = z.array(StandardCatalogEntrySchema);

export type StandardCatalogEntry = z.infer<typeof StandardCatalogEntrySchema>;
export type StandardCatalog = z.infer<typeof StandardCatalogSchema>;

export function catalogEntryOf(standard: Standard, file: string): StandardCatalogEntry {
  const row = standard.versions.find((v) => v.code === standard.code);
  const fromCode = /v(\d+)$/.exec(standard.code)?.[1];
  return {
    code: standard.code,
    name: standard.name,
    level: standard.level,
    file,
    version: row?.version ?? (fromCode ? `V${fromCode}` : ''),
    status: row?.status ?? null,
  };
}
