import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/export';
import { atc, docxOf, emptyPlan, examplePlan, MADE_AT, planWith, standards } from './support/fixtures';
import { blocksOf, tableAfter, tablesOf, type DocxTable, type ReadDocx } from './support/readDocx';

/**
 * The iCAP report read back from its .docx: the official tables in order with their headings, 表1 and
 * 表3 filled from the plan's mappings with the standard's own codes and names, empty sections saying so.
 */

const plan = examplePlan();
let report: ReadDocx;

beforeAll(async () => {
  report = await docxOf(buildReport(plan, standards, { madeAt: MADE_AT }));
});

/** Column headings: the cells of the table's header rows. */
function headings(table: DocxTable): string[] {
  return table.rows.filter((r) => r.header).flatMap((r) => r.cells.map((c) => c.text));
}

function bodyRows(table: DocxTable) {
  return table.rows.filter((r) => !r.header);
}

const OFFICIAL_TABLES: [string, string[]][] = [
  ['表1\u3000本課程之職能表', ['工作任務', '對應之行為指標（P）', '職能級別（L）', '對應之知識（K）', '對應之技能（S）']],
  ['表2\u3000課程地圖', ['順序', '課程單元', '時數', '對應之工作任務']],
  ['表3\u3000教學/訓練目標與職能內涵', ['課程單元', '單元級別', '教學/訓練目標', '對應之行為指標（P）', '對應之知識（K）', '對應之技能（S）']],
  ['表4\u3000課程內容', ['課程單元', '時數', '課程大綱']],
  ['表5\u3000教學方法', ['課程單元', '教學方法']],
  ['表6\u3000教材與教學資源', ['課程單元', '教材', '設備']],
  ['表7\u3000師資條件', ['適用單元', '授課講師', '評量人員', '助教']],
  ['表8\u3000學習成果評量方式', ['課程單元', '評量方式', '評量工具']],
  ['表10\u3000試辦班的執行成果', ['開訓日期', '結訓日期', '參訓人數', '完訓人數', '結訓人數']],
  ['表11\u3000學習成果證據', ['課程單元', '學習成果證據']],
  ['表12\u3000課程結訓標準', ['結訓標準', '採用', '說明']],
];

describe('the report of the example plan', () => {
  it('has the cover, 壹, 貳 with 表1–表12 in the official order, and 參', () => {
    const texts = blocksOf(report.document).flatMap((b) => (b.kind === 'p' ? [b.text] : []));
    const order = ['職能導向課程規劃與執行報告書', '壹、課程資訊', '貳、課程規劃內容', '一、分析（Analysis）',
      ...Array.from({ length: 12 }, (_, i) => `表${i + 1}\u3000`), '參、佐證資料', '利害關係人參與紀錄'];
    let at = -1;
    for (const wanted of order) {
      const found = texts.findIndex((t, i) => i > at && t.startsWith(wanted));
      expect(found, `「${wanted}」 after position ${at}`).toBeGreaterThan(at);
      at = found;
    }
  });

  it.each(OFFICIAL_TABLES)('%s has the official column headings', (caption, expected) => {
    const table = tableAfter(report.document, caption);
    expect(table, caption).toBeDefined();
    expect(headings(table!)).toEqual(expected);
  });

  it('表1: one row per selected task, with the task\'s name and English name, P with text, L, K and S with codes and names from the standard', () => {
    const table = tableAfter(report.document, '表1\u3000')!;
    const rows = bodyRows(table);
    expect(rows).toHaveLength(plan.selectedTasks.length + 1);
    plan.selectedTasks.forEach((selected, i) => {
      const [task, p, level, k, s] = rows[i]!.cells.map((c) => c.text);
      const inStandard = atc.tasks.find((t) => t.id === selected.taskId)!;
      expect(task).toContain(`${selected.taskId} ${inStandard.name}`);
      expect(task).toContain(selected.nameEn);
      expect(level).toBe(String(selected.level ?? inStandard.level));
      expect(p!.split('\n')).toEqual(selected.indicators.map((id) => `${id} ${inStandard.indicators.find((x) => x.id === id)!.text}`));
      expect(k!.split('\n')).toEqual(selected.knowledge.map((id) => `${id} ${atc.knowledge.find((x) => x.id === id)!.name}`));
      expect(s!.split('\n')).toEqual(selected.skills.map((id) => `${id} ${atc.skills.find((x) => x.id === id)!.name}`));
    });
    const attitudes = rows[rows.length - 1]!.cells.map((c) => c.text);
    expect(attitudes[0]).toBe('態度（A）');
    for (const a of plan.selectedAttitudes) expect(attitudes[1]).toContain(`${a.id} ${atc.attitudes.find((x) => x.id === a.id)!.name}`);
  });

  it('表3: one row per unit, with its objectives and the P, K and S of its links, named from the standard', () => {
    const table = tableAfter(report.document, '表3\u3000')!;
    const rows = bodyRows(table);
    expect(rows).toHaveLength(plan.units.length);
    plan.units.forEach((unit, i) => {
      const [name, level, objectives, p, k, s] = rows[i]!.cells.map((c) => c.text);
      expect(name).toContain(unit.nameZh);
      expect(name).toContain(unit.nameEn);
      expect(level).toBe(String(unit.level));
      for (const objective of unit.objectives) expect(objectives).toContain(objective);
      const codes = (kind: string) => unit.links.filter((l) => l.kind === kind).map((l) => l.id);
      expect(p!.split('\n').map((line) => line.split(' ')[0])).toEqual(codes('indicator'));
      expect(k!.split('\n')).toEqual(codes('knowledge').map((id) => `${id} ${atc.knowledge.find((x) => x.id === id)!.name}`));
      expect(s!.split('\n')).toEqual(codes('skill').map((id) => `${id} ${atc.skills.find((x) => x.id === id)!.name}`));
    });
  });

  it('表4 adds up the hours; 表5 ticks each unit\'s methods; 表12 marks what is adopted', () => {
    const t4 = bodyRows(tableAfter(report.document, '表4\u3000')!);
    expect(t4).toHaveLength(plan.units.length + 1);
    expect(t4[t4.length - 1]!.cells[1]!.text).toBe('60');
    const t5 = bodyRows(tableAfter(report.document, '表5\u3000')!);
    expect(t5[0]!.cells[1]!.text).toMatch(/■講述.*■討論.*□演練.*■案例/);
    const t12 = bodyRows(tableAfter(report.document, '表12\u3000')!).map((r) => r.cells.map((c) => c.text));
    expect(t12.map((r) => r[1])).toEqual(['■ 採用', '■ 採用', '■ 採用', '□']);
  });

  it('表9 has no staff in the example plan, so it says so instead of printing an empty table', () => {
    expect(tableAfter(report.document, '表9\u3000')).toBeUndefined();
    expect(report.text).toContain('尚未登錄實際執行人員');
  });

  it('says which standard (code, version), which plan version and when it was made', () => {
    expect(report.text).toContain('ATC3521-004v2 錄音工程師（V2，2021/05/17，最新版本）');
    expect(report.text).toContain('2026-10-16 00:30（臺北時間）');
    expect(report.text).toContain('2026-11-22 12:00（臺北時間）');
    const footer = [...report.files].filter(([name]) => name.startsWith('word/footer')).map(([, xml]) => xml).join('');
    expect(footer).toContain('職能基準 ATC3521-004v2 V2｜規劃版本 2026-10-16 00:30｜製表 2026-11-22');
  });

  it('puts 表1–表3 on landscape pages and the rest on portrait A4', () => {
    const sizes = [...report.document.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0]);
    expect(sizes).toEqual([
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
      '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
    ]);
  });

  it('with the matrices appended, ends with them', async () => {
    const withMatrix = await docxOf(buildReport(plan, standards, { madeAt: MADE_AT, withMatrix: true }));
    expect(withMatrix.text).toContain('附錄\u3000課程職能對照表');
    expect(withMatrix.text.indexOf('參、佐證資料')).toBeLessThan(withMatrix.text.indexOf('對照表一'));
    expect(tablesOf(withMatrix.document).length).toBeGreaterThan(tablesOf(report.document).length);
  });
});

describe('a report with nothing in it', () => {
  it('says so in each section and prints no empty table', async () => {
    const empty = await docxOf(buildReport(emptyPlan(), standards, { madeAt: MADE_AT }));
    for (const table of tablesOf(empty.document)) expect(bodyRows(table).length, table.before).toBeGreaterThan(0);
    expect(empty.text).toContain('本課程尚未由職能基準選定工作任務');
    expect(empty.text).toContain('本課程尚無課程單元，故無課程地圖');
    expect(empty.text).toContain('本課程尚無課程單元，故本表無內容');
    expect(empty.text).toContain('尚未辦理試辦班');
    expect(empty.text).toContain('尚未採用任何結訓標準');
    expect(empty.text).toContain('尚未列出任何審查指標的佐證資料');
    expect(empty.text).toContain('（本規劃未指定職能基準）');
  });

  it('names a standard it was not given by its code, and marks the names it cannot fill', async () => {
    const doc = await docxOf(buildReport(examplePlan(), [], { madeAt: MADE_AT }));
    expect(doc.text).toContain('ATC3521-004v2 錄音工程師 V2（未提供此職能基準的內容');
    const t1 = bodyRows(tableAfter(doc.document, '表1\u3000')!);
    expect(t1[0]!.cells[3]!.text).toContain('K01 （未提供此職能基準）');
  });
});

describe('a report of a plan that links codes the standard lacks', () => {
  it('prints the code with a note, never an invented name', async () => {
    const odd = planWith((input) => {
      input.units![0]!.links!.push({ kind: 'knowledge', id: 'K999', standardCode: 'ATC3521-004v2' });
      input.selectedTasks![0]!.skills!.push('S998');
    });
    const doc = await docxOf(buildReport(odd, standards, { madeAt: MADE_AT }));
    expect(bodyRows(tableAfter(doc.document, '表3\u3000')!)[0]!.cells[4]!.text).toContain('K999 （基準中查無此代碼）');
    expect(bodyRows(tableAfter(doc.document, '表1\u3000')!)[0]!.cells[4]!.text).toContain('S998 （基準中查無此代碼）');
  });
});
