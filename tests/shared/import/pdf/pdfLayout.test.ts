import { describe, expect, it } from 'vitest';
import { importPdfContent } from '../../../../shared/import/importStandard';
import type { PdfPage, PdfRule, PdfTextRun } from '../../../../shared/import/pdf/pdfContent';
import { runsText } from '../../../../shared/import/pdf/visualLines';

/**
 * The page-position reader on pages laid out here by hand: the same table drawn with borders and
 * without, broken across pages, with page footers, as pdf.js would hand them over.
 */

const SIZE = 10;
const PITCH = 14;
const COLUMNS = [60, 120, 190, 260, 460, 510, 670, 830];
const HEADING = ['主要職責', '工作任務', '工作產出', '行為指標', '職能級別', '職能內涵（K=knowledge 知識）', '職能內涵（S=skills 技能）'];

/** Chinese characters a font size wide, others half. */
const widthOf = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? SIZE : SIZE / 2), 0);
const run = (text: string, x: number, y: number): PdfTextRun => ({ text, x, y, width: widthOf(text), size: SIZE });

type Row = string[][];

interface Layout {
  ruled: boolean;
  /** The heading as some documents print it: 職能內涵 over both K and S, their labels in a second line. */
  mergedHeading?: boolean;
  /** Rows of the main table; a row whose lines reach past `pageBottom` goes on on the next page. */
  rows: Row[];
  pageBottom?: number;
}

/** Lays the document out as pages of runs and rules. */
function layOut({ ruled, rows, pageBottom = 60, mergedHeading = false }: Layout): PdfPage[] {
  const pages: PdfPage[] = [];
  let page: PdfPage = { runs: [], rules: [] };
  let y = 560;
  const line = (cells: [string, number][]) => {
    for (const [text, x] of cells) page.runs.push(run(text, x, y));
    y -= PITCH;
  };
  const hRule = (at: number) => ruled && page.rules.push({ x1: COLUMNS[0]!, x2: COLUMNS.at(-1)!, y1: at, y2: at });
  let tableTop = 0;
  const closeTable = (bottom: number) => {
    if (!ruled) return;
    COLUMNS.forEach((x, k) => {
      // Under a merged 職能內涵, the border between K and S starts below its first line.
      const top = mergedHeading && k === 6 ? tableTop - PITCH : tableTop;
      page.rules.push({ x1: x, x2: x, y1: bottom, y2: top } satisfies PdfRule);
    });
  };
  const heading = () => {
    tableTop = y + PITCH - 2;
    hRule(tableTop);
    if (mergedHeading) {
      line([...HEADING.slice(0, 5).map((label, k) => [label, COLUMNS[k]! + 3] as [string, number]), ['職能內涵', 640]]);
      line([['（K=knowledge 知識）', COLUMNS[5]! + 3], ['（S=skills 技能）', COLUMNS[6]! + 3]]);
    } else line(HEADING.map((label, k) => [label, COLUMNS[k]! + 3]));
    hRule(y + PITCH - 2);
  };
  const newPage = () => {
    closeTable(y + PITCH - 2);
    page.runs.push(run(`第 ${pages.length + 1} 頁,總共 PAGES 頁`, 380, 30));
    pages.push(page);
    page = { runs: [], rules: [] };
    y = 560;
    heading();
  };

  line([['職能基準代碼', 60], ['ABC1234-001v1', 200]]);
  line([['職業', 60], ['測試人員', 200]]);
  line([['基準級別', 60], ['3', 200]]);
  y -= PITCH;
  heading();
  for (const row of rows) {
    const height = Math.max(...row.map((cell) => cell.length));
    for (let i = 0; i < height; i++) {
      if (y < pageBottom) newPage();
      line(row.flatMap((cell, k) => (cell[i] ? [[cell[i]!, COLUMNS[k]! + 3] as [string, number]] : [])));
    }
    hRule(y + PITCH - 2);
  }
  closeTable(y + PITCH - 2);
  y -= PITCH;
  line([['職能內涵（A=attitude 態度）', 60]]);
  line([['A01 主動積極', 60]]);
  line([['說明與補充事項', 60]]);
  line([['無。', 60]]);
  page.runs.push(run(`第 ${pages.length + 1} 頁,總共 PAGES 頁`, 380, 30));
  pages.push(page);
  for (const p of pages) for (const r of p.runs) r.text = r.text.replace('PAGES', String(pages.length));
  return pages;
}

const ROWS: Row[] = [
  [['T1 規劃'], ['T1.1 規劃流程'], ['O1.1.1 計畫書'], ['P1.1.1 完成規劃。', 'P1.1.2 檢查流程。'], ['3'], ['K01 專案管理'], ['S01 規劃能力']],
  [[], ['T1.2 管理設備'], [], ['P1.2.1 維護設備。'], ['2'], ['K02 設備知識'], ['S02 操作能力', 'S105 預算能力']],
  // Two tasks printed in one row: they share the level, K and S.
  [['T2 溝通'], ['T2.1 溝通協調', 'T2.2 除錯'], ['O2.1.1 會議記錄'], ['P2.1.1 記錄共識。', 'P2.2.1 排除問題。'], ['4'], ['K03 溝通技巧'], ['S03 協調能力']],
];

function imported(layout: Layout) {
  const { result, sourceText } = importPdfContent({ ok: true, pages: layOut(layout) });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.messageEn}\n${sourceText}`);
  return { ...result, sourceText: sourceText! };
}

const task = (std: { tasks: { id: string }[] }, id: string) => std.tasks.find((t) => t.id === id) as ReturnType<typeof imported>['standard']['tasks'][number];

describe('a PDF table drawn with borders', () => {
  const { standard, layout, sourceText } = imported({ ruled: true, rows: ROWS });

  it('places each line in its column by the vertical rules', () => {
    expect(layout).toBe('pdf');
    expect(standard.code).toBe('ABC1234-001v1');
    expect(task(standard, 'T1.1')).toMatchObject({ duty: 'T1', level: 3, knowledge: ['K01'], skills: ['S01'], outputs: [{ id: 'O1.1.1', name: '計畫書' }] });
    expect(task(standard, 'T1.2')).toMatchObject({ duty: 'T1', level: 2, outputs: [], skills: ['S02', 'S105'] });
    expect(standard.attitudes).toEqual([{ id: 'A01', name: '主動積極' }]);
    expect(standard.notes).toEqual(['無。']);
  });
  it('keeps two tasks printed in one row together, by the horizontal rules', () => {
    expect(task(standard, 'T2.2')).toMatchObject({ level: 4, knowledge: ['K03'], skills: ['S03'], indicators: [{ id: 'P2.2.1', text: '排除問題。' }] });
  });
  it('shows the lines it read with the cells tab-separated', () => {
    expect(sourceText.split('\n')).toContain('T1 規劃\tT1.1 規劃流程\tO1.1.1 計畫書\tP1.1.1 完成規劃。\t3\tK01 專案管理\tS01 規劃能力');
  });
});

describe('a duty name centred in its merged cell', () => {
  it('lands in the row that continues a task, which keeps its lists', () => {
    const { standard } = imported({
      ruled: true,
      rows: [
        [[], ['T1.1 規劃流程'], ['O1.1.1 計畫書'], ['P1.1.1 完成規劃。'], ['3'], ['K01 專案管理'], ['S01 規劃能力']],
        [['T1 規劃'], [], [], ['P1.1.2 檢查流程。'], [], ['K02 品質管理'], ['S02 操作能力']],
      ],
    });
    expect(standard.duties).toEqual([{ id: 'T1', name: '規劃' }]);
    expect(task(standard, 'T1.1')).toMatchObject({ duty: 'T1', knowledge: ['K01', 'K02'], skills: ['S01', 'S02'] });
    expect(task(standard, 'T1.1').indicators.map((p) => p.id)).toEqual(['P1.1.1', 'P1.1.2']);
  });
});

describe('a heading with 職能內涵 merged over K and S', () => {
  it('takes the columns from the first row\'s borders', () => {
    const { standard } = imported({ ruled: true, mergedHeading: true, rows: ROWS });
    expect(task(standard, 'T1.2')).toMatchObject({ level: 2, knowledge: ['K02'], skills: ['S02', 'S105'] });
    expect(task(standard, 'T2.2')).toMatchObject({ knowledge: ['K03'], skills: ['S03'] });
  });
});

describe('a PDF table drawn without borders', () => {
  it('places the columns by the heading labels, and starts a row at each task code', () => {
    const { standard } = imported({ ruled: false, rows: ROWS.slice(0, 2) });
    expect(task(standard, 'T1.1')).toMatchObject({ level: 3, knowledge: ['K01'], skills: ['S01'] });
    expect(task(standard, 'T1.2')).toMatchObject({ level: 2, skills: ['S02', 'S105'] });
  });
});

describe('a table broken across pages', () => {
  const long: Row[] = [
    ROWS[0]!,
    [['T2 執行'], ['T2.1 執行品質檢查'], ['O2.1.1 報告'], Array.from({ length: 30 }, (_, i) => `P2.1.${i + 1} 完成第 ${i + 1} 項檢查。`), ['5'], ['K05 品質管理', 'K06 統計'], ['S05 檢查能力']],
  ];
  it.each([true, false])('ruled %s: joins the row continued under the repeated heading, and strips the page footers', (ruled) => {
    const { standard, sourceText } = imported({ ruled, rows: long, pageBottom: 200 });
    expect(sourceText).toContain('〔第 2 頁〕');
    expect(task(standard, 'T2.1').indicators).toHaveLength(30);
    expect(task(standard, 'T2.1').indicators[29]).toEqual({ id: 'P2.1.30', text: '完成第 30 項檢查。' });
    expect(task(standard, 'T2.1').knowledge).toEqual(['K05', 'K06']);
    expect(sourceText).not.toContain('總共');
    expect(standard.notes).toEqual(['無。']);
  });
});

describe('spacing between runs', () => {
  const at = (text: string, x: number, width: number): PdfTextRun => ({ text, x, y: 100, width, size: 10 });
  it('a word processor\'s gap between Chinese and Latin is not a space; a typed space is', () => {
    expect(runsText([at('具備', 0, 20), at('1', 22, 6), at('年', 30, 10)])).toBe('具備1年');
    expect(runsText([at('累積', 0, 20), at('3', 22.3, 6), at('年', 31.4, 10)])).toBe('累積 3 年');
    expect(runsText([at('K=knowledge', 0, 60), at('知識', 63.2, 20)])).toBe('K=knowledge 知識');
  });
  it('a wide gap separates cells when asked', () => {
    expect(runsText([at('職類別', 0, 30), at('藝文', 65, 20)], 1.2)).toBe('職類別\t藝文');
  });
});

describe('PDFs without a standard in them', () => {
  it('a scan: pages without text', () => {
    const { result } = importPdfContent({ ok: true, pages: [{ runs: [], rules: [] }, { runs: [{ text: ' ', x: 0, y: 0, width: 3, size: 10 }], rules: [] }] });
    expect(result.ok ? '' : result.error.code).toBe('pdf-without-text');
  });
  it('text without the main table', () => {
    const { result, sourceText } = importPdfContent({ ok: true, pages: [{ runs: [run('會議紀錄', 60, 500)], rules: [] }] });
    expect(result.ok ? '' : result.error.code).toBe('not-a-standard');
    expect(sourceText).toBe('〔第 1 頁〕\n會議紀錄');
  });
});
