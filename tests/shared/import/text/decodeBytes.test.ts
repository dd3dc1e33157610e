import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../shared/import/text/decodeBytes';
import { importStandard } from '../../../../shared/import/importStandard';

const markdown = readFileSync(new URL('../../../fixtures/standards/IDC3512-002v2.markdown.txt', import.meta.url), 'utf8');
const big5 = readFileSync(new URL('../../../fixtures/standards/IDC3512-002v2.markdown.big5.txt', import.meta.url));

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body;
}

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', Buffer.from(markdown, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(markdown, 'utf8')]), 'utf-8'],
    ['UTF-16LE with BOM', utf16(markdown, 'le', true), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(markdown, 'be', true), 'utf-16be'],
    ['UTF-16LE without BOM', utf16(markdown, 'le', false), 'utf-16le'],
    ['Big5', big5, 'big5'],
  ] as const)('reads %s into the same text', (_name, bytes, encoding) => {
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding });
    if (decoded.ok) expect(decoded.text.replace(/^\uFEFF/, '')).toBe(markdown);
  });

  it('imports a Big5 file to the same standard as its UTF-8 original', () => {
    const fromBig5 = importStandard(big5);
    const fromUtf8 = importStandard(Buffer.from(markdown, 'utf8'));
    expect(fromBig5.ok && fromUtf8.ok).toBe(true);
    if (fromBig5.ok && fromUtf8.ok) expect(fromBig5.standard).toEqual(fromUtf8.standard);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['only white space', Buffer.from(' \n\t\r\n  '), 'empty'],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), 'binary'],
    ['a ZIP archive', Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000', 'latin1'), 'binary'],
  ] as const)('refuses %s with a clear error', (_name, bytes, code) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error.code).toBe(code);
      expect(decoded.error.line).toBeGreaterThanOrEqual(1);
      expect(decoded.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('keeps a stray control character in otherwise good text', () => {
    const decoded = decodeBytes(Buffer.from(`${markdown}\u000b`, 'utf8'));
    expect(decoded.ok).toBe(true);
  });
});

describe('damaged UTF-8', () => {
  it('reads a file cut off in the middle of its last character, and says so', () => {
    const whole = Buffer.from(`${markdown}錄`, 'utf8');
    const cut = whole.subarray(0, whole.length - 1);
    const decoded = decodeBytes(cut);
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', truncated: true });
    const imported = importStandard(cut);
    expect(imported.ok && imported.warnings.map((w) => w.code)).toEqual(['truncated-file']);
  });

  it('names the line of an invalid byte in the middle', () => {
    const lines = Buffer.from('第一行\n第二行\n第三行\n', 'utf8');
    const broken = Buffer.concat([lines.subarray(0, 20), Buffer.from([0xff, 0xfe, 0x41]), lines.subarray(20)]);
    const decoded = decodeBytes(broken);
    expect(decoded).toMatchObject({ ok: false, error: { code: 'undecodable', line: 3 } });
  });
});
