import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importStandard } from '../../../shared/import/importStandard';
import { StandardSchema, type Standard } from '../../../shared/standard/schema';
import { arbitraryStandard } from '../../support/standardLayouts';
import { standardToDocx } from '../../support/standardDocx';

const dir = new URL('../../fixtures/standards/documents/', import.meta.url);
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, dir)));
const codes = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
/** Each standard as the .docx made from it, LibreOffice's .odt of that, and LibreOffice's .docx of the .odt. */
const files = codes.flatMap((code) =>
  (['docx', 'odt', 'libreoffice.docx'] as const).map((kind) => ({ code, format: kind === 'odt' ? 'odt' : 'docx', file: `${code}.${kind}` })),
);

/** Every item printed with a second name gives exactly one warning saying so; nothing else is expected. */
const expectedWarnings = (std: Standard): string[] =>
  [...std.knowledge, ...std.skills, ...std.attitudes]
    .filter((i) => i.otherNames?.length)
    .map((i) => `code-with-two-names ${i.id}`)
    .sort();

function imported(bytes: Uint8Array) {
  const result = importStandard(bytes);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.messageEn}`);
  return result;
}

describe('ODT and DOCX standards (generated in the official layout, converted by LibreOffice)', () => {
  it('has a fixture for each bundled standard, the shapes standard and the long one', () => {
    expect(codes).toEqual(['APA2654-001v4', 'ATC3521-004v2', 'IDC3512-002v2', 'LNG3113-012v1', 'SHP2654-007v2']);
  });

  describe.each(files)('$file', ({ code, format, file }) => {
    const want = StandardSchema.parse(JSON.parse(readFileSync(new URL(`${code}.json`, dir), 'utf8')));
    const result = imported(read(file));

    it('is detected by content as an office document', () => {
      expect(result.layout).toBe(format);
    });
    it('gives the standard it was made from, item by item', () => {
      expect(result.standard).toEqual(want);
    });
    it('has no unexpected warnings', () => {
      expect(result.warnings.map((w) => `${w.code} ${w.item ?? ''}`.trim()).sort()).toEqual(expectedWarnings(want));
    });
  });

  describe('spot checks', () => {
    const shapes = (format: string) => imported(read(`SHP2654-007v2.${format}`)).standard;
    it.each(['docx', 'odt'])('%s: the shapes (no outputs, S1xx, two tasks in one cell, several 職類別, long task)', (format) => {
      const std = shapes(format);
      const task = (id: string) => std.tasks.find((t) => t.id === id)!;
      expect(task('T1.2').outputs).toEqual([]);
      expect(task('T1.2').skills).toEqual(['S02', 'S110']);
      expect(task('T2.1').indicators.map((p) => p.id)).toEqual(['P2.1.1']);
      expect(task('T2.2').indicators.map((p) => p.id)).toEqual(['P2.2.1', 'P2.2.2']);
      expect(task('T2.2').name).toBe('除錯 Debug');
      expect(std.fields.map((f) => f.code)).toEqual(['IDC', 'MFQ']);
      expect(std.occupations.map((f) => f.name)).toEqual(['品質管理人員', '系統測試人員']);
      expect(task('T3.1').indicators).toHaveLength(24);
      expect(task('T3.1').skills).toEqual(['S04', 'S105', 'S120', 'S130']);
      expect(std.duties.map((d) => d.name)).toEqual(['規劃與管理', '溝通協調', '品質檢查']);
    });
    it('APA2654-001v4.odt: merged duty cells, a second name, the notes', () => {
      const std = imported(read('APA2654-001v4.odt')).standard;
      expect(std.tasks.filter((t) => t.duty === 'T2').map((t) => t.id)).toContain('T2.10');
      expect(std.skills.find((s) => s.id === 'S108')?.otherNames).toEqual(['製作會議紀錄能力']);
      expect(std.notes[0]).toBe('建議擔任此職類/職業之學歷/經歷/或能力條件：');
    });
  });
});

describe('malformed documents give clear errors', () => {
  const failure = (bytes: Uint8Array) => {
    const result = importStandard(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('imported');
    expect(result.error.message).not.toBe('');
    expect(result.error.messageEn).not.toBe('');
    return result.error.code;
  };

  it('a zip that is not a document', () => {
    expect(failure(zipSync({ 'readme.txt': strToU8('hello'), 'data/x.csv': strToU8('a,b') }))).toBe('not-a-document');
  });
  it('a zip with another OpenDocument type (a spreadsheet)', () => {
    const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<a/>') });
    expect(failure(ods)).toBe('not-a-document');
  });
  it('a truncated docx', () => {
    const docx = read('ATC3521-004v2.docx');
    for (const cut of [0.3, 0.6, 0.9]) expect(failure(docx.slice(0, Math.floor(docx.length * cut)))).toBe('damaged-document');
  });
  it('random bytes after a PK header', () => {
    const bytes = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    expect(['damaged-document', 'encrypted-document']).toContain(failure(bytes));
  });
  it('a document whose XML is broken', () => {
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') });
    expect(failure(docx)).toBe('damaged-document');
  });
  it('an encrypted entry', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    // The "encrypted" flag, in the local header and in the central directory.
    zip[6] = zip[6]! | 1;
    for (let i = 0; i < zip.length - 4; i++) if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2) zip[i + 8] = zip[i + 8]! | 1;
    expect(failure(zip)).toBe('encrypted-document');
  });
  it('a document with no standard in it', () => {
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>') });
    expect(failure(docx)).toBe('not-a-standard');
  });
  it('a file over 50 MB, refused at once', () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const start = performance.now();
    const result = importStandard(big);
    // A guard against reading it anyway (seconds, gigabytes), not a speed target: `npm run bench` has those.
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(result.ok ? '' : result.error.code).toBe('too-large');
    expect(result.ok ? '' : result.error.messageEn).toContain('50 MB');
  });
});

describe('any standard, as a .docx, imports back to itself', () => {
  it('property', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryStandard(), async (std) => {
        const result = importStandard(await standardToDocx(std));
        if (!result.ok) throw new Error(result.error.messageEn);
        expect(result.standard).toEqual(std);
        expect(result.warnings).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});

describe('the ZIP reader', () => {
  it('unpacks what fflate packs, stored or deflated at any level', async () => {
    const { readZipEntries } = await import('../../../shared/import/document/zipEntries');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), fc.string({ unit: 'grapheme', maxLength: 3000 }), fc.integer({ min: 0, max: 9 }), (raw, text, level) => {
        const zip = zipSync({ 'a.bin': [raw, { level: level as 0 }], 'b.txt': [strToU8(text.repeat(5)), { level: level as 0 }] });
        const read = readZipEntries(zip, ['a.bin', 'b.txt']);
        if (!read.ok) throw new Error(read.error.messageEn);
        expect(read.files['a.bin']).toEqual(raw);
        expect(read.files['b.txt']).toEqual(strToU8(text.repeat(5)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('damaged copies never throw or hang', () => {
  it('any bytes of a real .docx or .odt changed or cut', () => {
    const originals = [read('IDC3512-002v2.docx'), read('IDC3512-002v2.odt')];
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat()),
        (which, changes, cut) => {
          const bytes = originals[which]!.slice();
          for (const [at, value] of changes) bytes[at % bytes.length] = value;
          const input = cut === null ? bytes : bytes.slice(0, cut % bytes.length);
          const start = performance.now();
          const result = importStandard(input);
          expect(performance.now() - start).toBeLessThan(15_000); // a hang guard, not a speed target
          if (!result.ok) expect(result.error.messageEn).not.toBe('');
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('document layouts real files use', () => {
  it('header and main table in one table, the table broken in two with its heading repeated, the attitude list in table rows', async () => {
    const { documentLayout } = await import('../../../shared/import/document/documentLayout');
    const c = (...lines: string[]) => ({ lines, span: 1 });
    const wide = (text: string) => ({ lines: [text], span: 7 });
    const heading = ['主要職責', '工作任務', '工作產出', '行為指標', '職能級別', '職能內涵（K=knowledge 知識）', '職能內涵（S=skills 技能）'].map((t) => c(t));
    const parsed = documentLayout([
      { kind: 'paragraph', text: '測試人員職能基準' },
      {
        kind: 'table',
        rows: [
          [c('職能基準代碼'), { lines: ['ABC1234-001v1'], span: 6 }],
          heading,
          [c('T1 規劃'), c('T1.1 規劃流程'), c('O1.1.1 計畫書'), c('P1.1.1 完成規劃。', 'P1.1.2 檢查'), c('3'), c('K01 專案管理'), c('S01 規劃能力')],
          [c(), c(), c(), c('流程。'), c(), c('K02 品質'), c()],
        ],
      },
      { kind: 'paragraph', text: '' },
      {
        kind: 'table',
        rows: [
          heading,
          [c(), c('T1.2 管理設備'), c(), c('P1.2.1 管理設備。'), c('2'), c('K01 專案管理'), c('S02 操作能力')],
          [wide('職能內涵（A=attitude 態度）')],
          [wide('A01 主動積極')],
          [wide('說明與補充事項')],
          [wide('具經驗者。')],
        ],
      },
    ]);
    expect(parsed?.header.map((l) => l.text)).toEqual(['測試人員職能基準', '職能基準代碼\tABC1234-001v1\t\t\t\t\t']);
    expect(parsed?.rows.map((r) => r.cells.task.map((l) => l.text))).toEqual([['T1.1 規劃流程'], [], ['T1.2 管理設備']]);
    expect(parsed?.rows[0]?.cells.indicators.map((l) => l.text)).toEqual(['P1.1.1 完成規劃。', 'P1.1.2 檢查']);
    expect(parsed?.trailer.map((l) => l.text)).toEqual(['職能內涵（A=attitude 態度）', 'A01 主動積極', '說明與補充事項', '具經驗者。']);
  });
});

describe('several classifications one per paragraph', () => {
  it('are read as several, names and codes paired', async () => {
    const { documentLayout } = await import('../../../shared/import/document/documentLayout');
    const c = (...lines: string[]) => ({ lines, span: 1 });
    const parsed = documentLayout([
      { kind: 'table', rows: [[c('所屬類別'), c('職類別'), c('資訊科技/數位內容', '製造／品質管理'), c('職類別代碼'), c('IDC', 'MFQ')]] },
      { kind: 'table', rows: [['主要職責', '工作任務', '工作產出', '行為指標', '職能級別', '職能內涵（K）', '職能內涵（S）'].map((t) => c(t))] },
    ]);
    expect(parsed?.header.map((l) => l.text)).toEqual(['所屬類別\t職類別\t資訊科技/數位內容；製造／品質管理\t職類別代碼\tIDC、MFQ']);
  });
});

describe('officeDocumentText', () => {
  it('gives the text the importer read, for the review step', async () => {
    const { officeDocumentText } = await import('../../../shared/import/document/importDocument');
    const text = officeDocumentText(read('ATC3521-004v2.odt'))!;
    expect(text).toContain('ATC3521-004v2');
    expect(text).toMatch(/^T1 .*\tT1\.1 /m);
    expect(officeDocumentText(zipSync({ 'x.txt': strToU8('x') }))).toBeUndefined();
  });
});

describe('ODT table cells', () => {
  const content = (rows: string) =>
    zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.text'),
      'content.xml': strToU8(
        `<office:document-content><office:body><office:text><table:table>${rows}</table:table></office:text></office:body></office:document-content>`,
      ),
    });
  const cellXml = (text: string, attrs = '') => `<table:table-cell${attrs}><text:p>${text}</text:p></table:table-cell>`;

  it('column spans, covered cells, repeated empty cells and rows are read to the right columns', async () => {
    const { officeDocumentText } = await import('../../../shared/import/document/importDocument');
    const heading = ['主要職責', '工作任務', '工作產出', '行為指標', '職能級別', '職能內涵K', '職能內涵S'].map((t) => cellXml(t)).join('');
    const text = officeDocumentText(
      content(
        `<table:table-row>${cellXml('職能基準代碼', ' table:number-columns-spanned="2"')}<table:covered-table-cell/>${cellXml('ABC1234-001v1')}<table:table-cell table:number-columns-repeated="4"/></table:table-row>` +
          `<table:table-row>${heading}</table:table-row>` +
          `<table:table-row>${cellXml('T1 規劃', ' table:number-rows-spanned="2"')}${cellXml('T1.1 甲')}<table:table-cell/>${cellXml('P1.1.1 乙。')}${cellXml('3')}${cellXml('K01 丙')}${cellXml('S01 丁')}</table:table-row>` +
          `<table:table-row><table:covered-table-cell/>${cellXml('T1.2 戊')}<table:table-cell table:number-columns-repeated="2"/>${cellXml('2')}${cellXml('K01 丙')}${cellXml('S02 己')}</table:table-row>` +
          `<table:table-row table:number-rows-repeated="100000"><table:table-cell table:number-columns-repeated="1000"/></table:table-row>`,
      ),
    );
    expect(text?.split('\n')).toEqual([
      '職能基準代碼\t\tABC1234-001v1\t\t\t\t',
      'T1 規劃\tT1.1 甲\t\tP1.1.1 乙。\t3\tK01 丙\tS01 丁',
      '\tT1.2 戊\t\t\t2\tK01 丙\tS02 己',
    ]);
  });
});

describe('the XML reader', () => {
  it('reads attributes holding > and entities, CDATA and comments', async () => {
    const { parseXml } = await import('../../../shared/import/document/xml');
    const root = parseXml(`<?xml version="1.0"?><!-- c --><a x="1>0" y='&lt;&#x4e2d;&#25991;&amp;'><b>t&gt;<![CDATA[<raw>]]></b><c/></a>`);
    expect(root.attributes).toEqual({ x: '1>0', y: '<中文&' });
    expect(root.children).toEqual([{ name: 'b', attributes: {}, children: ['t>', '<raw>'] }, { name: 'c', attributes: {}, children: [] }]);
    expect(() => parseXml('<a><b></a>')).toThrow();
  });
});
