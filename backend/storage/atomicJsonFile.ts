import { open } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { Problem } from '../../shared/validation/validate';
import { writeFileAtomic, type FileFingerprint } from './atomicWrite';

/** Why a stored file was not used: not JSON, not the schema, or written by a newer app. */
export type RejectionReason = 'unparseable' | 'invalid' | 'newer-version';

/** What a file's JSON decodes to: a value (with the format version it was found in) or what is wrong. */
export type Decoded<T> =
  | { ok: true; value: T; version: number }
  | { ok: false; reason: Exclude<RejectionReason, 'unparseable'>; problems: Problem[] };

/** A file that exists but cannot be used. The store decides what to do with it (quarantine or leave it). */
export class RejectedFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: RejectionReason,
    readonly problems: Problem[],
  ) {
    super(`${file}: ${reason}: ${problems.map((p) => `${p.path}: ${p.messageEn}`).join('; ')}`);
    this.name = 'RejectedFileError';
  }
}

/** Parses JSON text, a leading byte-order mark allowed; says where it broke, in both languages. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{
        path: '(root)',
        message: text.trim() === '' ? '檔案是空的' : `不是有效的 JSON：${detail}`,
        messageEn: text.trim() === '' ? 'the file is empty' : `not valid JSON: ${detail}`,
      }],
    };
  }
}

/**
 * lowdb adapter for one JSON file: reading parses and decodes (validates, migrates) and throws
 * `RejectedFileError` for a file that cannot be used; writing is atomic and fsynced
 * (see writeFileAtomic). `null` means the file does not exist.
 *
 * Used with `new Low(adapter, default)` rather than lowdb's JSONFilePreset, which switches to memory
 * when NODE_ENV is `test` and whose writer does not fsync.
 */
export class AtomicJsonFile<T> implements Adapter<T | null> {
  /** Fingerprint and format version of what was last read or written, for the library's index. */
  lastSeen: (FileFingerprint & { version: number }) | undefined;

  constructor(
    readonly path: string,
    private readonly decode: (raw: unknown) => Decoded<T>,
    /** The format version that `write` produces. */
    private readonly currentVersion: number,
    private readonly indent: number | undefined = 2,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    let fingerprint: FileFingerprint;
    try {
      const handle = await open(this.path, 'r');
      try {
        const stats = await handle.stat();
        fingerprint = { size: stats.size, mtimeMs: stats.mtimeMs };
        text = await handle.readFile('utf8');
      } finally {
        await handle.close();
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const parsed = parseJsonText(text);
    if (!parsed.ok) throw new RejectedFileError(this.path, 'unparseable', parsed.problems);
    const decoded = this.decode(parsed.value);
    if (!decoded.ok) throw new RejectedFileError(this.path, decoded.reason, decoded.problems);
    this.lastSeen = { ...fingerprint, version: decoded.version };
    return decoded.value;
  }

  /** `null` (lowdb's "no data") writes nothing. */
  async write(data: T | null): Promise<void> {
    if (data === null) return;
    const fingerprint = await writeFileAtomic(this.path, `${JSON.stringify(data, null, this.indent)}\n`);
    this.lastSeen = { ...fingerprint, version: this.currentVersion };
  }
}
