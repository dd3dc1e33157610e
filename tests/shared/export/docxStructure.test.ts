import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, DOCUMENT_KINDS, type DocumentKind } from '../../../shared/export';
import { CONTENT_WIDTH } from '../../../shared/export/documentSetup';
import { docxOf, examplePlan, hostilePlan, MADE_AT, standards } from './support/fixtures';
import { attribute, tablesOf, type ReadDocx } from './support/readDocx';

/**
 * What makes a document look the same in Word and LibreOffice, for every document type: fonts per
 * slot with a Traditional Chinese font and zh-TW, A4, widths in DXA that agree, header rows only at
 * the top, and nothing XML cannot hold, even from a hostile plan.
 */

const documents = new Map<string, ReadDocx>();
const cases = [
  ...DOCUMENT_KINDS.map((kind) => [kind, 'example'] as const),
  ...DOCUMENT_KINDS.map((kind) => [kind, 'hostile'] as const),
  ['report', 'example, with matrices'] as const,
];

beforeAll(async () => {
  const plans = { example: examplePlan(), hostile: hostilePlan() };
  for (const [kind, which] of cases) {
    const plan = which === 'hostile' ? plans.hostile : plans.example;
    const doc = buildDocument(kind as DocumentKind, plan, standards, { madeAt: MADE_AT, withMatrix: which.includes('matrices') });
    documents.set(`${kind} ${which}`, await docxOf(doc));
  }
}, 120_000);

describe.each(cases)('%s of the %s plan', (kind, which) => {
  const doc = () => documents.get(`${kind} ${which}`)!;

  it('sets every font slot, with a Traditional Chinese East Asian font, and zh-TW', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(doc().styles)![0];
    expect(attribute(defaults, 'w:rFonts', 'w:ascii')).toBe('Arial');
    expect(attribute(defaults, 'w:rFonts', 'w:hAnsi')).toBe('Arial');
    expect(attribute(defaults, 'w:rFonts', 'w:eastAsia')).toBe('Noto Sans CJK TC');
    expect(attribute(defaults, 'w:lang', 'w:eastAsia')).toBe('zh-TW');
    const fontTable = doc().files.get('word/fontTable.xml')!;
    expect(fontTable).toContain('<w:font w:name="Noto Sans CJK TC"><w:altName w:val="微軟正黑體"/><w:charset w:val="88"/>');
    // Every style that names fonts names the East Asian one too.
    for (const fonts of doc().styles.matchAll(/<w:rFonts [^>]*\/>/g)) expect(fonts[0]).toContain('w:eastAsia="Noto Sans CJK TC"');
  });

  it('is A4 throughout, portrait or landscape, with 2 cm margins', () => {
    const sizes = [...doc().document.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0]);
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) {
      expect([
        '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
        '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
      ]).toContain(size);
    }
    for (const margin of doc().document.matchAll(/<w:pgMar [^>]*\/>/g)) expect(margin[0]).toContain('w:left="1134"');
  });

  it('gives every table a fixed layout and DXA widths: grid, table and each row\'s cells agree and fit the page', () => {
    const tables = tablesOf(doc().document);
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.layout).toBe('fixed');
      expect(Number.isNaN(table.width)).toBe(false);
      expect(table.grid.reduce((a, b) => a + b, 0)).toBe(table.width);
      expect(table.width).toBeLessThanOrEqual(CONTENT_WIDTH.landscape);
      for (const row of table.rows) {
        let column = 0;
        for (const cell of row.cells) {
          expect(Number.isNaN(cell.width), 'a cell width not in DXA').toBe(false);
          expect(cell.width).toBe(table.grid.slice(column, column + cell.span).reduce((a, b) => a + b, 0));
          column += cell.span;
        }
        expect(column).toBe(table.grid.length);
      }
    }
  });

  it('marks only the top rows of a table as the repeating header', () => {
    for (const table of tablesOf(doc().document)) {
      const flags = table.rows.map((r) => r.header);
      const firstBody = flags.indexOf(false);
      if (firstBody >= 0) expect(flags.slice(firstBody).every((f) => !f), table.before).toBe(true);
    }
  });

  it('prints no empty table', () => {
    for (const table of tablesOf(doc().document)) expect(table.rows.some((r) => !r.header), table.before).toBe(true);
  });

  it('holds only characters XML 1.0 allows, in every part', () => {
    for (const [name, xml] of doc().files) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
      // eslint-disable-next-line no-control-regex
      expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml), name).toBe(false);
    }
  });
});

describe('text from a hostile plan', () => {
  it('arrives as text: markup is escaped, emoji kept, control characters gone', () => {
    const report = documents.get('report hostile')!;
    expect(report.document).toContain('&lt;w:t&gt;&amp;amp; &quot;quoted&quot; &apos;single&apos; &lt;/w:body&gt; ]]&gt; &lt;!-- --&gt;');
    expect(report.text).toContain(`錄音<w:t>&amp; "quoted" 'single' </w:body> ]]> <!-- -->🎙️🎧🎚️👩🏽‍🎤🇹🇼`);
    expect(report.text).toContain('x'.repeat(5000));
  });

  it('keeps all 200 units: 表3 has a row for each', () => {
    const t3 = tablesOf(documents.get('report hostile')!.document).find((t) => t.rows[0]?.cells[2]?.text === '教學/訓練目標')!;
    expect(t3.rows.filter((r) => !r.header)).toHaveLength(200);
  });
});
