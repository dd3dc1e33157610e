import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText, hasText, textLines } from '../../../shared/export/sanitize';

// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('cleanText', () => {
  it('removes what XML 1.0 and Word refuse, keeps the rest', () => {
    expect(cleanText('a\u0000b\u0001c\u001Fd\u007Fe\u0085f\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(cleanText('<&>"\'')).toBe('<&>"\'');
    expect(cleanText('🎙️ 錄音 👩🏽‍🎤')).toBe('🎙️ 錄音 👩🏽‍🎤');
    expect(cleanText('x\uD800y\uDC00z')).toBe('xyz');
    expect(cleanText('a\r\nb\rc\td')).toBe('a\nb\nc d');
  });

  it('leaves no invalid character in any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => !INVALID.test(cleanText(text))));
  });

  it('splits lines and drops blank lines at both ends', () => {
    expect(textLines('\n\n 1. a  \n\n2. b\n \n')).toEqual([' 1. a', '', '2. b']);
    expect(hasText(' \u0001 \n')).toBe(false);
    expect(hasText('x')).toBe(true);
  });
});
