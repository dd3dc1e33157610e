import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../backend/import/readPdf';
import { importStandardFile, type FileImport } from '../../../shared/import';
import { StandardSchema, type Standard } from '../../../shared/standard/schema';
import { imageOnlyPdf, textPdf } from '../../support/handWrittenPdf';

/**
 * PDF standards through the real pdf.js. The fixtures (`npm run fixtures:standards`) come from two
 * producers: LibreOffice's PDF of the .docx made from each standard's JSON, and Chromium's PDF of
 * the same layout as HTML (borders as filled bars, rows split across pages by itself, radicals and
 * a division slash in its glyph-to-text map). Both have page headers and footers.
 */
const dir = new URL('../../fixtures/standards/documents/', import.meta.url);
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, dir)));
const codes = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
const load = (code: string): Standard => StandardSchema.parse(JSON.parse(readFileSync(new URL(`${code}.json`, dir), 'utf8')));

const importPdf = (bytes: Uint8Array): Promise<FileImport> => importStandardFile(bytes, readPdf);

async function imported(name: string) {
  const { result, sourceText } = await importPdf(read(name));
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.messageEn}`);
  return { ...result, sourceText: sourceText ?? '' };
}

/**
 * What a PDF cannot tell: where the page wrapped a cell between Chinese and Latin text, whether a
 * space stood there. The shapes standard's T2.2 `除錯 Debug` wraps after 除錯 in its narrow column,
 * and reads back as `除錯Debug` (the .odt and .docx keep the space).
 */
function lostAtWraps(std: Standard): Standard {
  if (std.code !== 'SHP2654-007v2') return std;
  return { ...std, tasks: std.tasks.map((t) => (t.id === 'T2.2' ? { ...t, name: '除錯Debug' } : t)) };
}

const expectedWarnings = (std: Standard): string[] =>
  [...std.knowledge, ...std.skills, ...std.attitudes].filter((i) => i.otherNames?.length).map((i) => `code-with-two-names ${i.id}`).sort();

const files = codes.flatMap((code) => [`${code}.pdf`, `${code}.chromium.pdf`].map((file) => ({ code, file })));

describe('PDF standards (LibreOffice and Chromium PDFs of the official layout)', () => {
  describe.each(files)('$file', ({ code, file }) => {
    it('gives the standard it was made from, item by item, with only the expected warnings', async () => {
      const result = await imported(file);
      expect(result.layout).toBe('pdf');
      expect(result.standard).toEqual(lostAtWraps(load(code)));
      expect(result.warnings.map((w) => `${w.code} ${w.item ?? ''}`.trim()).sort()).toEqual(expectedWarnings(load(code)));
    });
  });

  it.each([['LNG3113-012v1.pdf', 17], ['LNG3113-012v1.chromium.pdf', 16]])('%s: strips the page headers and footers, and shows each page in the text it read', async (file, pages) => {
    const { sourceText } = await imported(file);
    expect(sourceText).not.toMatch(/第 \d+ 頁,總共/);
    expect(sourceText).not.toContain('LNG3113-012v1 智慧製造系統工程師\n');
    expect(sourceText.match(/〔第 \d+ 頁〕/g)).toHaveLength(pages);
  });

  it('a warning names a line of the text shown beside it', async () => {
    const { warnings, sourceText } = await imported('APA2654-001v4.pdf');
    const lines = sourceText.split('\n');
    const s108 = warnings.find((w) => w.item === 'S108')!;
    expect(lines[s108.line - 1]).toContain('S108');
  });

  it('joins a task printed across two pages, and two tasks printed in one row', async () => {
    const long = (await imported('SHP2654-007v2.pdf')).standard;
    const task = (id: string) => long.tasks.find((t) => t.id === id)!;
    expect(task('T3.1').indicators.map((p) => p.id)).toEqual(Array.from({ length: 24 }, (_, i) => `P3.1.${i + 1}`));
    expect(task('T2.2').skills).toEqual(['S03', 'S120']);
    expect(task('T2.1').indicators.map((p) => p.id)).toEqual(['P2.1.1']);
  });
});

describe('PDFs that cannot be read give clear errors', () => {
  const failure = async (bytes: Uint8Array) => {
    const { result } = await importPdf(bytes);
    if (result.ok) throw new Error('imported');
    expect(result.error.message).not.toBe('');
    expect(result.error.messageEn).not.toBe('');
    return result.error;
  };

  it('a password-protected PDF', async () => {
    const error = await failure(read('password-protected.pdf'));
    expect(error.code).toBe('encrypted-pdf');
    expect(error.message).toContain('密碼');
  });
  it('a scanned PDF (pictures, no text layer)', async () => {
    const error = await failure(imageOnlyPdf(3));
    expect(error.code).toBe('pdf-without-text');
    expect(error.messageEn).toContain('3 pages');
    expect(error.message).toContain('掃描');
  });
  it('a truncated PDF', async () => {
    const pdf = read('ATC3521-004v2.pdf');
    for (const cut of [0.001, 0.05]) expect(['damaged-document', 'pdf-without-text']).toContain((await failure(pdf.slice(0, Math.floor(pdf.length * cut)))).code);
  });
  it('a file that only starts like a PDF', async () => {
    expect((await failure(new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all\n'))).code).toBe('damaged-document');
  });
  it('a PDF that is not a standard, with what it read to show', async () => {
    const { result, sourceText } = await importPdf(textPdf(['Quarterly report', 'Sales rose (a little).']));
    expect(result.ok ? '' : result.error.code).toBe('not-a-standard');
    expect(sourceText).toBe('〔第 1 頁〕\nQuarterly report\nSales rose (a little).');
  });
  it('a page turned a quarter (/Rotate 90) reads upright, not as a scan', async () => {
    const { result, sourceText } = await importPdf(textPdf(['Quarterly report', 'Sales rose.'], { rotate: 90 }));
    expect(result.ok ? '' : result.error.code).toBe('not-a-standard');
    expect(sourceText).toBe('〔第 1 頁〕\nQuarterly report\nSales rose.');
  });
  it('a file over 50 MB, refused before pdf.js sees it', async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const start = performance.now();
    const error = await failure(big);
    // A guard against handing it to pdf.js anyway, not a speed target.
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(error.code).toBe('too-large');
  });
  it('damaged copies never throw or hang', async () => {
    const original = read('IDC3512-002v2.pdf');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.option(fc.nat()), async (changes, cut) => {
        const bytes = original.slice();
        for (const [at, value] of changes) bytes[at % bytes.length] = value;
        const input = cut === null ? bytes : bytes.slice(0, Math.max(8, cut % bytes.length));
        const { result } = await importPdf(input);
        if (!result.ok) expect(result.error.messageEn).not.toBe('');
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
