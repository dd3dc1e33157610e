import type { Document, FileChild } from 'docx';
import type { ItemCoverage, OutsideLink, Share, UnitCover } from '../plan/coverage';
import type { Depth, ItemKind, Plan } from '../plan/schema';
import type { Standard } from '../standard/schema';
import { provenanceBlock } from './blocks';
import { caption, heading, note, nothingToShow, para, paragraphOf, run, symbolFont } from './content';
import { codeOf, exportContext, type ExportContext } from './context';
import { COLOR, CONTENT_WIDTH, createDocument, SIZE, STYLE, type DocumentPart, type ExportOptions } from './documentSetup';
import { DEPTH_LABEL, DEPTH_MARK, INDIRECT_MARK, KIND_LABEL, KIND_LETTER } from './labels';
import { cleanText, hasText } from './sanitize';
import { buildTable, fitColumns, type CellInput, type ColumnSpec, type RowSpec } from './tables';
import { formatHours, shortUnitName, unitName, type OrderedUnit } from './units';

/**
 * The coverage matrices, the view reviewers and designers most want: every selected item is a row,
 * every unit a column (as Australian VET mapping matrices lay them out), each cell the depth the unit
 * takes the item to, with totals per row and per column and the uncovered rows highlighted.
 *
 * - 對照表一: units × knowledge, skills and attitudes.
 * - 對照表二: units × the tasks of 表1 and their indicators.
 * - 涵蓋位置明細: where each item is covered (the links' notes: a page, a question, an activity).
 *
 * Columns never shrink below `UNIT_COLUMN_MIN`: a course with more units than fit on a landscape page
 * is split into pages of columns, each repeating the row headings (code, name) and the row totals.
 * The figures come from `coverageOf`, so the matrices say what the checks say.
 */

const WIDTH = CONTENT_WIDTH.landscape;
const CODE_COLUMN = 1100;
const NAME_COLUMN_MIN = 3300;
const TOTAL_COLUMN = 1000;
/** 11 mm: a two-digit unit number and a mark in 9 pt with room to spare. */
export const UNIT_COLUMN_MIN = 620;
const UNIT_COLUMN_MAX = 1150;

/** How many unit columns fit on one page of a matrix. */
export const UNITS_PER_PAGE = Math.floor((WIDTH - CODE_COLUMN - NAME_COLUMN_MIN - TOTAL_COLUMN) / UNIT_COLUMN_MIN);

export const MATRIX_TITLE = '課程職能對照表';

export function buildCoverageMatrix(plan: Plan, standards: readonly Standard[], options: ExportOptions = {}): Document {
  const context = exportContext(plan, standards, options);
  return createDocument({
    title: hasText(plan.cover.nameZh) ? `${MATRIX_TITLE}：${cleanText(plan.cover.nameZh)}` : MATRIX_TITLE,
    description: context.provenance.short,
    fonts: context.fonts,
    footer: `${MATRIX_TITLE}｜${context.provenance.short}`,
    parts: matrixParts(context, { appendix: false }),
  });
}

/** The matrices as landscape sections, to stand alone or to follow the report or the syllabus. */
export function matrixParts(context: ExportContext, options: { appendix: boolean }): DocumentPart[] {
  const children: FileChild[] = [];
  if (options.appendix) {
    children.push(heading(1, `附錄\u3000${MATRIX_TITLE}`));
  } else {
    children.push(para(MATRIX_TITLE, { style: STYLE.cover }));
    if (hasText(context.plan.cover.nameZh)) children.push(para(context.plan.cover.nameZh, { align: 'center', bold: true, size: 26 }));
    children.push(provenanceBlock(WIDTH, context.provenance));
  }
  children.push(...overview(context));
  if (context.units.length === 0) {
    children.push(nothingToShow('本課程尚無課程單元，故無對照表內容。'));
    return [{ orientation: 'landscape', children }];
  }
  children.push(...unitKey(context), ...legend(context));
  children.push(...knowledgeMatrix(context), ...taskMatrix(context), ...whereCovered(context));
  return [{ orientation: 'landscape', children }];
}

// ---- overview, unit key, legend ------------------------------------------------------------

function percent(share: Share): string {
  return share.percent === null ? '—' : `${Math.round(share.percent)}%`;
}

function overview(context: ExportContext): FileChild[] {
  const { course, taskScope, hours } = context.coverage;
  const rows: [string, Share][] = [
    ['工作任務（T）', course.tasks],
    ['行為指標（P）', course.indicators],
    ['知識（K）', course.knowledge],
    ['技能（S）', course.skills],
    ['態度（A）', course.attitudes],
    ['P、K、S、A 合計', course.overall],
  ];
  const columns = fitColumns(WIDTH, [
    { heading: '類別', weight: 2 },
    { heading: '選定項數', weight: 1, align: 'center' },
    { heading: '已涵蓋', weight: 1, align: 'center' },
    { heading: '未涵蓋', weight: 1, align: 'center' },
    { heading: '涵蓋率', weight: 1, align: 'center' },
  ]);
  const target = context.plan.checkSettings.coverageTarget;
  return [
    caption('涵蓋概況'),
    buildTable({
      columns,
      rows: rows.map(([label, share]) => ({
        cells: [label, String(share.selected), String(share.covered), String(share.selected - share.covered), percent(share)],
        fill: share.selected > share.covered ? COLOR.uncoveredFill : undefined,
      })),
    }),
    note(
      `所選工作任務在職能基準中列出的知識與技能共 ${taskScope.overall.selected} 項，課程單元涵蓋 ${taskScope.overall.covered} 項（${percent(taskScope.overall)}；目標 ${target}%）。` +
      `單元總時數 ${formatHours(hours.units)} 小時。`,
    ),
  ];
}

function unitKey(context: ExportContext): FileChild[] {
  const columns = fitColumns(WIDTH, [
    { heading: '編號', width: 900, align: 'center' },
    { heading: '課程單元', weight: 5 },
    { heading: '時數', width: 900, align: 'center' },
    { heading: '所屬模組', weight: 3 },
  ]);
  return [
    caption('單元編號對照'),
    buildTable({
      columns,
      rows: context.units.map((u) => [
        String(u.number),
        [para(unitName(u.unit), { style: STYLE.tableText }), ...(hasText(u.unit.nameEn) && hasText(u.unit.nameZh) ? [para(u.unit.nameEn, { style: STYLE.tableText, color: COLOR.muted })] : [])],
        formatHours(u.unit.hours),
        u.module ? (hasText(u.module.name) ? u.module.name : '（模組名稱未填）') : '—',
      ]),
    }),
  ];
}

function legend(context: ExportContext): FileChild[] {
  const mark = (text: string) => run(text, { font: symbolFont(context.fonts.eastAsia), bold: true });
  const depths: Depth[] = ['introduced', 'practised', 'assessed'];
  return [
    caption('圖例'),
    paragraphOf([
      ...depths.flatMap((d) => [mark(DEPTH_MARK[d]), run(` ${DEPTH_LABEL[d]}（${d}）\u3000`)]),
      mark(INDIRECT_MARK),
      run(' 未直接對應任務，經由其行為指標、知識或技能涵蓋（對照表二）'),
    ], { style: STYLE.tableText }),
    paragraphOf([
      run('\u3000\u3000', { shading: { fill: COLOR.uncoveredFill, type: 'clear', color: 'auto' } }),
      run(' 已選定但沒有任何單元涵蓋\u3000'),
      run('\u3000\u3000', { shading: { fill: COLOR.outsideFill, type: 'clear', color: 'auto' } }),
      run(' 單元對應了表1未選定的項目\u3000'),
      run('合計欄：涵蓋該項目的單元數；合計列：該單元涵蓋的項目數。'),
    ], { style: STYLE.tableText }),
  ];
}

// ---- the matrices ------------------------------------------------------------------------

interface MatrixItemRow {
  type: 'item';
  code: string;
  name: string;
  /** unit id → mark */
  marks: Map<string, string>;
  units: number;
  state: 'covered' | 'uncovered' | 'outside';
  /** A row under a task (an indicator), printed indented. */
  indent?: boolean;
  bold?: boolean;
}
interface MatrixGroupRow {
  type: 'group';
  title: string;
}
type MatrixRow = MatrixItemRow | MatrixGroupRow;

function marksOf(covers: readonly UnitCover[]): Map<string, string> {
  return new Map(covers.map((c) => [c.unitId, DEPTH_MARK[c.depth]]));
}

function shareText(share: Share): string {
  return `已涵蓋 ${share.covered}／${share.selected}`;
}

function itemRow(context: ExportContext, item: ItemCoverage, indent = false): MatrixItemRow {
  return {
    type: 'item',
    code: codeOf(context, item.standardCode, item.id),
    name: item.name || '（基準中查無此代碼）',
    marks: marksOf(item.units),
    units: item.units.length,
    state: item.units.length > 0 ? 'covered' : 'uncovered',
    indent,
  };
}

const OUTSIDE_REASON: Record<OutsideLink['reason'], string> = {
  'unknown-standard': '未提供此職能基準',
  'unknown-item': '基準中查無此代碼',
  'outside-tasks': '不屬於表1選定的工作任務',
  'not-selected': '表1未選定',
};

/** Links to items the selection lacks, one row per item. */
function outsideRows(context: ExportContext, kinds: readonly ItemKind[]): MatrixItemRow[] {
  const rows = new Map<string, MatrixItemRow>();
  for (const link of context.coverage.outside) {
    if (!kinds.includes(link.kind)) continue;
    const key = `${link.kind}\u0000${link.standardCode}\u0000${link.id}`;
    let row = rows.get(key);
    if (row === undefined) {
      const reason = link.kind === 'attitude' && link.reason === 'not-selected' ? '未列入選定的態度' : OUTSIDE_REASON[link.reason];
      row = {
        type: 'item',
        code: codeOf(context, link.standardCode, link.id),
        name: `${link.name ? `${link.name}\u3000` : ''}（${reason}）`,
        marks: new Map(),
        units: 0,
        state: 'outside',
      };
      rows.set(key, row);
    }
    if (!row.marks.has(link.unitId)) {
      row.marks.set(link.unitId, DEPTH_MARK[link.depth]);
      row.units += 1;
    }
  }
  return [...rows.values()];
}

function knowledgeMatrix(context: ExportContext): FileChild[] {
  const { coverage } = context;
  const rows: MatrixRow[] = [];
  const kinds = [
    ['knowledge', coverage.course.knowledge],
    ['skill', coverage.course.skills],
    ['attitude', coverage.course.attitudes],
  ] as const;
  for (const [kind, share] of kinds) {
    const items = coverage.items.filter((i) => i.kind === kind).map((i) => itemRow(context, i));
    const outside = outsideRows(context, [kind]);
    if (items.length === 0 && outside.length === 0) continue;
    rows.push({ type: 'group', title: `${KIND_LABEL[kind]}（${KIND_LETTER[kind]}）\u3000${shareText(share)}` });
    rows.push(...items, ...outside);
  }
  return [
    heading(2, '對照表一\u3000課程單元 × 知識、技能、態度', { pageBreakBefore: true }),
    ...matrixTables(context, rows, '本課程尚未選定任何知識、技能或態度，單元也未對應任何知識、技能或態度。'),
  ];
}

function taskMatrix(context: ExportContext): FileChild[] {
  const { coverage } = context;
  const rows: MatrixRow[] = [];
  if (coverage.tasks.length > 0) {
    rows.push({ type: 'group', title: `表1 工作任務與行為指標\u3000任務 ${shareText(coverage.course.tasks)}；指標 ${shareText(coverage.course.indicators)}` });
  }
  for (const task of coverage.tasks) {
    const marks = new Map<string, string>();
    for (const unitId of task.unitIds) marks.set(unitId, INDIRECT_MARK);
    for (const direct of task.direct) marks.set(direct.unitId, DEPTH_MARK[direct.depth]);
    rows.push({
      type: 'item',
      code: codeOf(context, task.standardCode, task.taskId),
      name: task.name || '（基準中查無此任務）',
      marks,
      units: task.unitIds.length,
      state: task.unitIds.length > 0 ? 'covered' : 'uncovered',
      bold: true,
    });
    for (const item of coverage.items) {
      if (item.kind !== 'indicator' || item.standardCode !== task.standardCode || item.taskIds[0] !== task.taskId) continue;
      rows.push(itemRow(context, item, true));
    }
  }
  const outside = outsideRows(context, ['task', 'indicator']);
  if (outside.length > 0) {
    rows.push({ type: 'group', title: '單元對應、但表1未選定的工作任務與行為指標' });
    rows.push(...outside);
  }
  return [
    heading(2, '對照表二\u3000課程單元 × 工作任務、行為指標', { pageBreakBefore: true }),
    ...matrixTables(context, rows, '本課程尚未選定工作任務，單元也未對應任何工作任務或行為指標。'),
  ];
}

/** Splits the units into pages of columns, as even as possible, none narrower than the minimum. */
export function columnPages<T>(units: readonly T[]): T[][] {
  if (units.length === 0) return [];
  const pages = Math.ceil(units.length / UNITS_PER_PAGE);
  const size = Math.ceil(units.length / pages);
  const out: T[][] = [];
  for (let i = 0; i < units.length; i += size) out.push(units.slice(i, i + size));
  return out;
}

function matrixTables(context: ExportContext, rows: readonly MatrixRow[], empty: string): FileChild[] {
  if (!rows.some((r) => r.type === 'item')) return [nothingToShow(empty)];
  const pages = columnPages(context.units);
  const out: FileChild[] = [];
  pages.forEach((page, index) => {
    if (pages.length > 1) {
      const first = page[0]!.number;
      const last = page[page.length - 1]!.number;
      out.push(note(`第 ${index + 1}／${pages.length} 部分：單元 ${first}–${last}（欄位分頁；每一部分重複列出代碼、名稱與全課程合計）`, {
        pageBreakBefore: index > 0,
        keepNext: true,
      }));
    }
    out.push(matrixTable(context, rows, page));
  });
  return out;
}

/**
 * Paragraphs that repeat in a matrix (empty cells, marks, totals) are made once per table and shared:
 * most cells of a matrix hold one of a handful of paragraphs, docx builds a paragraph slowly, and
 * writing one instance in several cells gives the same XML as writing copies.
 */
function paragraphCache() {
  const made = new Map<string, ReturnType<typeof paragraphOf>>();
  return (key: string, make: () => ReturnType<typeof paragraphOf>) => {
    let p = made.get(key);
    if (p === undefined) {
      p = make();
      made.set(key, p);
    }
    return p;
  };
}

function matrixTable(context: ExportContext, rows: readonly MatrixRow[], page: readonly OrderedUnit[]) {
  const unitWidth = Math.max(UNIT_COLUMN_MIN, Math.min(UNIT_COLUMN_MAX, Math.floor((WIDTH - CODE_COLUMN - NAME_COLUMN_MIN - TOTAL_COLUMN) / page.length)));
  const columns: ColumnSpec[] = [
    { heading: '代碼', width: CODE_COLUMN },
    { heading: '名稱', width: WIDTH - CODE_COLUMN - TOTAL_COLUMN - unitWidth * page.length },
    ...page.map((u) => ({ heading: String(u.number), width: unitWidth, align: 'center' as const })),
    { heading: '合計', width: TOTAL_COLUMN, align: 'center' },
  ];
  const small = { style: STYLE.tableText, size: SIZE.matrix };
  const head = (text: string, options: { rowSpan?: number; span?: number } = {}): CellInput => ({ ...options, children: [para(text, { ...small, style: STYLE.tableHead })] });
  const header: CellInput[][] = [
    [head('代碼', { rowSpan: 2 }), head('名稱', { rowSpan: 2 }), head('課程單元（編號見單元編號對照）', { span: page.length }), head('合計（單元數）', { rowSpan: 2 })],
    page.map((u) => ({ children: [para(String(u.number), { ...small, style: STYLE.tableHead }), para(`${formatHours(u.unit.hours)}h`, { ...small, align: 'center', color: COLOR.muted })] })),
  ];
  const markFont = symbolFont(context.fonts.eastAsia);
  const shared = paragraphCache();
  const empty = shared('', () => paragraphOf([], { style: STYLE.tableText }));
  const markParagraph = (mark: string) => shared(`mark ${mark}`, () => paragraphOf([run(mark, { font: markFont, size: 22 })], { style: STYLE.tableText, align: 'center' }));
  const count = (n: number) => shared(`count ${n}`, () => para(String(n), { ...small, align: 'center', bold: true }));
  const body: RowSpec[] = [];
  const columnTotals = page.map(() => 0);
  for (const row of rows) {
    if (row.type === 'group') {
      body.push({ cells: [{ span: columns.length, children: [para(row.title, { ...small, bold: true })] }], fill: COLOR.groupFill, keepNext: true });
      continue;
    }
    const fill = row.state === 'uncovered' ? COLOR.uncoveredFill : row.state === 'outside' ? COLOR.outsideFill : undefined;
    const cells: CellInput[] = [
      [para(row.code, { ...small, bold: true })],
      [para(row.name, { ...small, bold: row.bold, indent: row.indent ? 200 : undefined })],
    ];
    page.forEach((u, i) => {
      const mark = row.marks.get(u.unit.id);
      if (mark !== undefined && row.state !== 'outside') columnTotals[i]! += 1;
      cells.push([mark === undefined ? empty : markParagraph(mark)]);
    });
    cells.push([
      row.state === 'uncovered'
        ? para('0\u3000未涵蓋', { ...small, align: 'center', bold: true, color: COLOR.uncoveredText })
        : count(row.units),
    ]);
    body.push({ cells, fill });
  }
  body.push({
    cells: [
      { span: 2, children: [para('合計（該單元涵蓋的選定項目數）', { ...small, bold: true })] },
      ...page.map((_, i) => [count(columnTotals[i]!)]),
      [para('', small)],
    ],
    fill: COLOR.totalFill,
  });
  return buildTable({ columns, header, rows: body });
}

// ---- where each item is covered ------------------------------------------------------------

function whereCovered(context: ExportContext): FileChild[] {
  const unitsById = new Map(context.units.map((u) => [u.unit.id, u]));
  const rows: CellInput[][] = [];
  for (const item of context.coverage.items) {
    for (const cover of item.units) {
      const unit = unitsById.get(cover.unitId);
      rows.push([
        codeOf(context, item.standardCode, item.id),
        item.name || '（基準中查無此代碼）',
        unit ? `${unit.number}. ${shortUnitName(unit.unit)}` : cover.unitId,
        DEPTH_LABEL[cover.depth],
        hasText(cover.note) ? cover.note : '—',
      ]);
    }
  }
  const out: FileChild[] = [heading(2, '涵蓋位置明細', { pageBreakBefore: true })];
  if (rows.length === 0) {
    out.push(nothingToShow('沒有任何單元涵蓋選定的行為指標、知識、技能或態度。'));
    return out;
  }
  out.push(note('每一選定項目由哪些單元涵蓋、涵蓋到何種程度，以及在單元中的位置（講義頁次、題號、活動）。單元名稱過長者僅列前 30 字，全名見單元編號對照。'));
  out.push(buildTable({
    columns: fitColumns(WIDTH, [
      { heading: '代碼', width: CODE_COLUMN },
      { heading: '名稱', weight: 4 },
      { heading: '課程單元', weight: 3 },
      { heading: '程度', width: 1200, align: 'center' },
      { heading: '涵蓋位置', weight: 3 },
    ]),
    rows,
  }));
  return out;
}
