import { importFailure, type ImportFailure } from '../importIssues';

/** The encodings a downloaded or pasted standard arrives in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'big5';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncoding; /** the last character was cut off (a broken download) */ truncated?: boolean }
  | { ok: false; error: ImportFailure };

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderConstructor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

// The WHATWG TextDecoder exists in Node, Electron and every browser, but shared/ is compiled without
// the DOM or Node typings (to stay pure), so it is reached through a local type.
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

function decodeStrict(bytes: Uint8Array, encoding: TextEncoding): string | undefined {
  try {
    return new Decoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-16 without a BOM still shows itself: every other byte of CJK-free ASCII is zero. */
function guessUtf16(bytes: Uint8Array): TextEncoding | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = sample / 2;
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** NUL, or more than a few stray control characters (tab, line and page breaks aside), mark binary data. */
function looksBinary(text: string): { binary: boolean; line: number } {
  const limit = Math.min(text.length, 65536);
  let controls = 0;
  let firstAt = -1;
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) {
      controls++;
      if (firstAt < 0) firstAt = i;
      if (c === 0) break;
    }
  }
  const binary = text.includes('\u0000') || controls > Math.max(8, limit / 100);
  return { binary, line: firstAt < 0 ? 1 : text.slice(0, firstAt).split('\n').length };
}

/**
 * Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 (BOM or recognisable
 * without), else Big5, which older Taiwanese documents use. Binary input is refused, not guessed.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: importFailure('empty', 1) };
  let candidates: TextEncoding[];
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    candidates = ['utf-8'];
    start = 3;
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    candidates = ['utf-16le'];
    start = 2;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    candidates = ['utf-16be'];
    start = 2;
  } else {
    const utf16 = guessUtf16(bytes);
    candidates = utf16 ? [utf16] : ['utf-8', 'big5'];
  }
  const body = bytes.subarray(start);
  for (const encoding of candidates) {
    let text = decodeStrict(body, encoding);
    let truncated = false;
    if (text === undefined && encoding === 'utf-8') {
      const cut = incompleteUtf8Tail(body);
      text = cut ? decodeStrict(body.subarray(0, body.length - cut), encoding) : undefined;
      truncated = text !== undefined;
    }
    if (text === undefined) continue;
    const binary = looksBinary(text);
    if (binary.binary) return { ok: false, error: importFailure('binary', binary.line) };
    if (text.trim() === '') return { ok: false, error: importFailure('empty', 1) };
    return truncated ? { ok: true, text, encoding, truncated } : { ok: true, text, encoding };
  }
  return looksBinaryBytes(body)
    ? { ok: false, error: importFailure('binary', 1) }
    : { ok: false, error: importFailure('undecodable', lineOfFirstInvalidUtf8(body)) };
}

/** How many bytes at the end begin a UTF-8 character that never finishes (0 if none). */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

/** The line where UTF-8 decoding first breaks, so the user can find the damaged place. */
function lineOfFirstInvalidUtf8(bytes: Uint8Array): number {
  const text = new Decoder('utf-8').decode(bytes);
  const at = text.indexOf('\uFFFD');
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

function looksBinaryBytes(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 4096);
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) return true;
  return false;
}
