import { importFailure, type ImportFailure } from '../importIssues';
import { inflateRaw } from './inflate';

/** Bigger than any real standard by far; refused before anything is unzipped. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
/** How much the parts read may unpack to, so a small "zip bomb" cannot exhaust memory. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function tooLarge(bytes: Uint8Array): ImportFailure | undefined {
  if (bytes.length <= MAX_DOCUMENT_BYTES) return undefined;
  return importFailure('too-large', 1, {
    size: (bytes.length / 1024 / 1024).toFixed(1),
    limit: String(MAX_DOCUMENT_BYTES / 1024 / 1024),
  });
}

const u16 = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number): number => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const latin1OrUtf8 = (bytes: Uint8Array): string => {
  const Decoder = (globalThis as unknown as { TextDecoder: new (label: string) => { decode(b: Uint8Array): string } }).TextDecoder;
  return new Decoder('utf-8').decode(bytes);
};

/** The archive's central directory (from its end record); throws an Error if it cannot be found or read. */
function centralDirectory(bytes: Uint8Array): Entry[] {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('no end of central directory: the file is cut short or not a ZIP archive');
  const count = u16(bytes, end + 10);
  let pos = u32(bytes, end + 16);
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (pos + 46 > bytes.length || u32(bytes, pos) !== 0x02014b50) throw new Error('damaged central directory');
    const nameLength = u16(bytes, pos + 28);
    const entry: Entry = {
      flags: u16(bytes, pos + 8),
      method: u16(bytes, pos + 10),
      compressedSize: u32(bytes, pos + 20),
      size: u32(bytes, pos + 24),
      localOffset: u32(bytes, pos + 42),
      name: latin1OrUtf8(bytes.subarray(pos + 46, pos + 46 + nameLength)),
    };
    entries.push(entry);
    pos += 46 + nameLength + u16(bytes, pos + 30) + u16(bytes, pos + 32);
  }
  return entries;
}

function extract(bytes: Uint8Array, entry: Entry): Uint8Array {
  const local = entry.localOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new Error(`damaged entry ${entry.name}`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new Error(`entry ${entry.name} is cut short`);
  if (entry.method === 0) {
    if (entry.size !== entry.compressedSize) throw new Error(`damaged entry ${entry.name}`);
    return data.slice();
  }
  if (entry.method === 8) return inflateRaw(data, entry.size);
  throw new Error(`entry ${entry.name} uses an unsupported compression method (${entry.method})`);
}

export type ZipRead = { ok: true; files: Record<string, Uint8Array> } | { ok: false; error: ImportFailure };

/** Unpacks only the named parts of a ZIP archive, or says why it cannot. */
export function readZipEntries(bytes: Uint8Array, wanted: readonly string[]): ZipRead {
  const large = tooLarge(bytes);
  if (large) return { ok: false, error: large };
  try {
    const entries = centralDirectory(bytes).filter((e) => wanted.includes(e.name));
    // Encrypted (flag bit 0) or AES (method 99): nothing to read without the password.
    if (entries.some((e) => (e.flags & 1) === 1 || e.method === 99)) return { ok: false, error: importFailure('encrypted-document', 1) };
    const unpacked = entries.reduce((n, e) => n + e.size, 0);
    if (unpacked > MAX_UNPACKED_BYTES) {
      return { ok: false, error: importFailure('too-large', 1, { size: (unpacked / 1024 / 1024).toFixed(1), limit: String(MAX_UNPACKED_BYTES / 1024 / 1024) }) };
    }
    const files: Record<string, Uint8Array> = {};
    for (const entry of entries) files[entry.name] = extract(bytes, entry);
    return { ok: true, files };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: importFailure('damaged-document', 1, { detail }) };
  }
}
