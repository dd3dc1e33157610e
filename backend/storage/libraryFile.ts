import { z } from 'zod';
import { validate } from '../../shared/validation/validate';
import { LanguageSchema } from '../../shared/i18n/language';
import type { Decoded } from './atomicJsonFile';

/**
 * library.json: the list of plans (so the start screen needs no plan file opened), the recent plans,
 * the trash, and the app's settings. It is an index: plans/ is the truth, and the store rebuilds the
 * list from plans/ when the two disagree (a crash between writing a plan and writing the library) or
 * when library.json is lost.
 */
export const LIBRARY_VERSION = 1;

/** What the store last wrote to a plan file: when size and mtime still match, the file need not be re-read at start. */
export const PlanFileIndexSchema = z.object({
  size: z.number().int().min(0),
  mtimeMs: z.number(),
  /** The plan format the file is in (an older one is migrated on load and rewritten on the next save). */
  schemaVersion: z.number().int().min(1),
});

export const LibraryEntrySchema = z.object({
  id: z.string().min(1),
  nameZh: z.string().default(''),
  /** The standards the plan is built on, by code (`ATC3521-004v2`). */
  standardCodes: z.array(z.string()).default([]),
  updatedAt: z.string(),
  file: PlanFileIndexSchema.optional(),
});

export const DeletedEntrySchema = z.object({
  id: z.string().min(1),
  nameZh: z.string().default(''),
  deletedAt: z.string(),
});

/** Earlier versions stored Chinese as 'zh-TW': read as the one language code of today. */
const StoredLanguageSchema = z.preprocess((value) => (value === 'zh-TW' ? 'zh' : value), LanguageSchema);

export const LibrarySettingsSchema = z.object({
  language: StoredLanguageSchema.default('zh'),
});

export const LibrarySchema = z.object({
  libraryVersion: z.literal(LIBRARY_VERSION),
  plans: z.array(LibraryEntrySchema).default([]),
  /** Plan ids, most recently used first. */
  recent: z.array(z.string()).default([]),
  deleted: z.array(DeletedEntrySchema).default([]),
  settings: LibrarySettingsSchema.default({ language: 'zh' }),
});

export type PlanFileIndex = z.infer<typeof PlanFileIndexSchema>;
export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;
export type DeletedEntry = z.infer<typeof DeletedEntrySchema>;
export type LibrarySettings = z.infer<typeof LibrarySettingsSchema>;
export type Library = z.infer<typeof LibrarySchema>;

/** A fresh library, a new object each time (lowdb keeps and mutates its default). */
export function emptyLibrary(): Library {
  return { libraryVersion: LIBRARY_VERSION, plans: [], recent: [], deleted: [], settings: { language: 'zh' } };
}

export function decodeLibrary(raw: unknown): Decoded<Library> {
  const version = typeof raw === 'object' && raw !== null ? (raw as { libraryVersion?: unknown }).libraryVersion : undefined;
  if (typeof version === 'number' && version > LIBRARY_VERSION) {
    return {
      ok: false,
      reason: 'newer-version',
      problems: [{
        path: 'libraryVersion',
        message: `此檔由較新版本的程式建立（格式第 ${version} 版，本程式支援到第 ${LIBRARY_VERSION} 版）；請更新程式`,
        messageEn: `made by a newer version of the app (format ${version}; this app reads up to ${LIBRARY_VERSION}); please update`,
      }],
    };
  }
  const result = validate(LibrarySchema, raw);
  return result.ok ? { ok: true, value: result.value, version: LIBRARY_VERSION } : { ok: false, reason: 'invalid', problems: result.problems };
}
