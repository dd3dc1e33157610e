import type { Document, FileChild } from 'docx';
import type { Plan, Unit } from '../plan/schema';
import type { Standard } from '../standard/schema';
import { gap, labelValueTable, provenanceBlock } from './blocks';
import {
  caption, checkboxes, heading, NOT_FILLED, nothingToShow, para, paragraphOf, run, symbolRun, textBlock,
} from './content';
import { codeOf, exportContext, itemParagraph, itemParagraphs, type ExportContext } from './context';
import { COLOR, CONTENT_WIDTH, createDocument, STYLE, type DocumentPart, type ExportOptions } from './documentSetup';
import {
  ADDIE_PHASES, APPLICATION_TYPE_OPTIONS, ASSESSMENT_METHOD_OPTIONS, ASSESSMENT_TOOL_OPTIONS, BASIS_OPTIONS,
  EQUIPMENT_OPTIONS, EVIDENCE_INDICATOR_LABEL, EVIDENCE_ORDER, STAFF_ROLE_LABEL, TEACHING_METHOD_OPTIONS,
} from './labels';
import { matrixParts } from './matrix';
import { cleanText, hasText } from './sanitize';
import { buildTable, fitColumns, type CellInput, type RowSpec } from './tables';
import { formatHours, linksOf, unitName, type OrderedUnit } from './units';

/**
 * The iCAP application document 「職能導向課程規劃與執行報告書」: the cover, 壹 課程資訊, 貳 表1–表12
 * in the official order with the official column headings, 參 the evidence per review indicator and
 * the record of stakeholder participation. 表1 and 表3 print codes with the names and texts of the
 * standard itself, never text typed into the plan. With `withMatrix`, the coverage matrices follow
 * as an appendix.
 */

export interface ReportOptions extends ExportOptions {
  /** Append the coverage matrices (units × K/S/A, units × tasks and indicators). */
  withMatrix?: boolean;
}

export const REPORT_TITLE = '職能導向課程規劃與執行報告書';

const PORTRAIT = CONTENT_WIDTH.portrait;
const LANDSCAPE = CONTENT_WIDTH.landscape;
/** The value column of the cover's table (labelValueTable's label column is 2000). */
const COVER_VALUE_WIDTH = PORTRAIT - 2000;

export function buildReport(plan: Plan, standards: readonly Standard[], options: ReportOptions = {}): Document {
  const context = exportContext(plan, standards, options);
  const parts: DocumentPart[] = [
    { orientation: 'portrait', children: [...cover(context), ...courseInfo(context)] },
    { orientation: 'landscape', children: [...analysis(context), ...designTable3(context)] },
    { orientation: 'portrait', children: [...designTables4to8(context), ...implementation(context), ...evidence(context)] },
  ];
  if (options.withMatrix) parts.push(...matrixParts(context, { appendix: true }));
  const name = hasText(plan.cover.nameZh) ? cleanText(plan.cover.nameZh) : '';
  return createDocument({
    title: name ? `${REPORT_TITLE}：${name}` : REPORT_TITLE,
    description: context.provenance.short,
    fonts: context.fonts,
    footer: `${REPORT_TITLE}｜${context.provenance.short}`,
    parts,
  });
}

// ---- cover and 壹 ----------------------------------------------------------------------------

function either(zh: string, en: string): CellInput {
  return [
    paragraphOf([run('中文：', { bold: true }), run(hasText(zh) ? zh : NOT_FILLED, hasText(zh) ? {} : { color: COLOR.muted })], { style: STYLE.tableText }),
    paragraphOf([run('英文：', { bold: true }), run(hasText(en) ? en : NOT_FILLED, hasText(en) ? {} : { color: COLOR.muted })], { style: STYLE.tableText }),
  ];
}

function plain(text: string): CellInput {
  return textBlock(text, { style: STYLE.tableText });
}

function period(start: string, end: string): string {
  if (!hasText(start) && !hasText(end)) return '';
  return `${hasText(start) ? start : '（未填）'} 至 ${hasText(end) ? end : '（未填）'}`;
}

function cover(context: ExportContext): FileChild[] {
  const { plan, provenance } = context;
  const font = context.fonts.eastAsia;
  const c = plan.cover;
  const rows: [string, CellInput][] = [
    ['課程名稱', either(c.nameZh, c.nameEn)],
    ['職能依據', [checkboxes(BASIS_OPTIONS, [c.basis], { font, width: COVER_VALUE_WIDTH }), ...provenance.standards.map((line) => para(line, { style: STYLE.tableText }))]],
    ['類型', [checkboxes(APPLICATION_TYPE_OPTIONS, [c.applicationType], { font, width: COVER_VALUE_WIDTH })]],
    ['申請單位', either(c.applicantZh, c.applicantEn)],
    ['協力單位', plain(c.partners)],
    ['辦訓期間', plain(period(c.periodStart, c.periodEnd))],
  ];
  if (hasText(c.certificateNumber)) rows.push(['標章證號', plain(`${c.certificateNumber}${hasText(c.certificateExpiry) ? `（有效期限 ${c.certificateExpiry}）` : ''}`)]);
  return [
    para(REPORT_TITLE, { style: STYLE.cover }),
    para(hasText(c.nameZh) ? c.nameZh : '（課程名稱未填）', { align: 'center', bold: true, size: 28 }),
    ...(hasText(c.nameEn) ? [para(c.nameEn, { align: 'center', size: 22, color: COLOR.muted })] : []),
    gap(),
    labelValueTable(PORTRAIT, rows),
    gap(),
    para('本文件產生依據', { style: STYLE.caption }),
    provenanceBlock(PORTRAIT, provenance),
    para('表1、表3 之工作任務、行為指標、知識與技能的代碼與名稱，皆直接取自上列職能基準。', { style: STYLE.note }),
  ];
}

function courseInfo(context: ExportContext): FileChild[] {
  const info = context.plan.info;
  const hours = info.totalHours > 0 ? `${formatHours(info.totalHours)} 小時` : '';
  return [
    heading(1, '壹、課程資訊', { pageBreakBefore: true }),
    labelValueTable(PORTRAIT, [
      ['訓練需求', plain(info.needs)],
      ['課程簡介', plain(info.summary)],
      ['課程目的', plain(info.purpose)],
      ['課程時數', plain(hours)],
      ['課程職能級別', plain(info.level === null ? '' : `${info.level} 級`)],
      ['主要對象（參訓資格）', plain(info.audience)],
      ['先備條件', plain(info.prerequisites)],
    ], 2400),
  ];
}

// ---- 貳 一、分析: 表1, 表2 -----------------------------------------------------------------------

function analysis(context: ExportContext): FileChild[] {
  return [
    heading(1, '貳、課程規劃內容'),
    heading(2, '一、分析（Analysis）'),
    ...table1(context),
    ...table2(context),
  ];
}

function table1(context: ExportContext): FileChild[] {
  const { plan, lookup } = context;
  const out: FileChild[] = [caption('表1\u3000本課程之職能表')];
  const attitudes = plan.selectedAttitudes;
  if (plan.selectedTasks.length === 0) {
    out.push(nothingToShow('本課程尚未由職能基準選定工作任務，故無職能表內容。'));
    if (attitudes.length > 0) {
      out.push(para('選定之態度（A）：', { style: STYLE.tableText, bold: true }));
      out.push(...itemParagraphs(context, 'attitude', attitudes));
    }
    return out;
  }
  const columns = fitColumns(LANDSCAPE, [
    { heading: '工作任務', width: 2900 },
    { heading: '對應之行為指標（P）', weight: 4 },
    { heading: '職能級別（L）', width: 1150, align: 'center' },
    { heading: '對應之知識（K）', weight: 3 },
    { heading: '對應之技能（S）', weight: 3 },
  ]);
  const rows: (CellInput[] | RowSpec)[] = plan.selectedTasks.map((row) => {
    const task = lookup.task(row.standardCode, row.taskId);
    const level = row.level ?? task?.level ?? null;
    const refs = (ids: readonly string[]) => ids.map((id) => ({ standardCode: row.standardCode, id }));
    return [
      [
        itemParagraph(context, 'task', row.standardCode, row.taskId),
        ...(hasText(row.nameEn) ? [para(row.nameEn, { style: STYLE.tableText, color: COLOR.muted })] : []),
      ],
      itemParagraphs(context, 'indicator', refs(row.indicators), '（未選定）'),
      level === null ? '—' : String(level),
      itemParagraphs(context, 'knowledge', refs(row.knowledge), '（未選定）'),
      itemParagraphs(context, 'skill', refs(row.skills), '（未選定）'),
    ];
  });
  if (attitudes.length > 0) {
    rows.push({
      cells: [
        { children: [para('態度（A）', { style: STYLE.tableText, bold: true })] },
        {
          span: 4,
          children: [paragraphOf(
            attitudes.flatMap((a, i) => {
              const name = lookup.nameOf('attitude', a.standardCode, a.id);
              return [
                ...(i > 0 ? [run('\u3000')] : []),
                run(codeOf(context, a.standardCode, a.id), { bold: true }),
                run(` ${name || '（基準中查無此代碼）'}`, name ? {} : { color: COLOR.uncoveredText }),
              ];
            }),
            { style: STYLE.tableText },
          )],
        },
      ],
      fill: COLOR.totalFill,
    });
  }
  out.push(buildTable({ columns, rows }));
  return out;
}

function modulesInOrder(context: ExportContext): { title: string; units: OrderedUnit[] }[] {
  const groups: { title: string; units: OrderedUnit[] }[] = [];
  context.plan.modules.forEach((module, i) => {
    const units = context.units.filter((u) => u.module === module);
    const name = hasText(module.name) ? module.name : '（模組名稱未填）';
    groups.push({ title: `模組 ${i + 1}\u3000${cleanText(name)}`, units });
  });
  const loose = context.units.filter((u) => u.module === undefined);
  if (loose.length > 0) groups.push({ title: context.plan.modules.length > 0 ? '未歸入模組的單元' : '課程單元（未分模組）', units: loose });
  return groups;
}

function table2(context: ExportContext): FileChild[] {
  const out: FileChild[] = [caption('表2\u3000課程地圖')];
  if (context.units.length === 0) {
    out.push(nothingToShow('本課程尚無課程單元，故無課程地圖。'));
    return out;
  }
  const groups = modulesInOrder(context);
  const path = groups.filter((g) => g.units.length > 0).map((g) => g.title.replace(/^模組 \d+\u3000/, ''));
  out.push(paragraphOf([run('學習路徑：', { bold: true }), run(path.join('\u3000→\u3000'))], { style: STYLE.tableText }));
  out.push(para('', { style: STYLE.note }));
  const columns = fitColumns(LANDSCAPE, [
    { heading: '順序', width: 800, align: 'center' },
    { heading: '課程單元', weight: 4 },
    { heading: '時數', width: 900, align: 'center' },
    { heading: '對應之工作任務', weight: 5 },
  ]);
  const rows: (CellInput[] | RowSpec)[] = [];
  for (const group of groups) {
    const hours = group.units.reduce((sum, u) => sum + u.unit.hours, 0);
    rows.push({
      cells: [{ span: 4, children: [paragraphOf([run(group.title, { bold: true }), run(`（${group.units.length} 個單元，${formatHours(hours)} 小時）`, { color: COLOR.muted })], { style: STYLE.tableText })] }],
      fill: COLOR.groupFill,
      keepNext: true,
    });
    if (group.units.length === 0) {
      rows.push([{ span: 4, children: [para('（此模組尚無單元）', { style: STYLE.tableText, color: COLOR.muted })] }]);
      continue;
    }
    for (const ordered of group.units) {
      const tasks = context.coverage.tasks.filter((t) => t.unitIds.includes(ordered.unit.id));
      rows.push([
        String(ordered.number),
        unitNameCell(ordered),
        formatHours(ordered.unit.hours),
        tasks.length > 0
          ? tasks.map((t) => itemParagraph(context, 'task', t.standardCode, t.taskId))
          : [para('（未對應表1的工作任務）', { style: STYLE.tableText, color: COLOR.uncoveredText })],
      ]);
    }
  }
  out.push(buildTable({ columns, rows }));
  return out;
}

function unitNameCell(ordered: OrderedUnit, withNumber = false): CellInput {
  const { unit } = ordered;
  return [
    para(`${withNumber ? `${ordered.number}. ` : ''}${unitName(unit)}`, { style: STYLE.tableText, bold: true }),
    ...(hasText(unit.nameEn) && hasText(unit.nameZh) ? [para(unit.nameEn, { style: STYLE.tableText, color: COLOR.muted })] : []),
  ];
}

// ---- 貳 二、設計與發展: 表3 (landscape), 表4–表8 ------------------------------------------------

function noUnits(out: FileChild[]): FileChild[] {
  out.push(nothingToShow('本課程尚無課程單元，故本表無內容。'));
  return out;
}

function designTable3(context: ExportContext): FileChild[] {
  const out: FileChild[] = [
    heading(2, '二、設計（Design）與發展（Development）'),
    caption('表3\u3000教學/訓練目標與職能內涵'),
  ];
  if (context.units.length === 0) return noUnits(out);
  const columns = fitColumns(LANDSCAPE, [
    { heading: '課程單元', width: 2500 },
    { heading: '單元級別', width: 1150, align: 'center' },
    { heading: '教學/訓練目標', weight: 3 },
    { heading: '對應之行為指標（P）', weight: 3.4 },
    { heading: '對應之知識（K）', weight: 2.3 },
    { heading: '對應之技能（S）', weight: 2.3 },
  ]);
  const rows = context.units.map((ordered): CellInput[] => {
    const { unit } = ordered;
    const objectives = unit.objectives.filter(hasText);
    return [
      unitNameCell(ordered, true),
      unit.level === null ? '—' : String(unit.level),
      objectives.length > 0
        ? objectives.map((o, i) => para(`${i + 1}. ${cleanText(o).trim()}`, { style: STYLE.tableText }))
        : [para(NOT_FILLED, { style: STYLE.tableText, color: COLOR.muted })],
      itemParagraphs(context, 'indicator', linksOf(unit, 'indicator')),
      itemParagraphs(context, 'knowledge', linksOf(unit, 'knowledge')),
      itemParagraphs(context, 'skill', linksOf(unit, 'skill')),
    ];
  });
  out.push(buildTable({ columns, rows }));
  return out;
}

function perUnitTable(
  context: ExportContext,
  title: string,
  columnSpecs: Parameters<typeof fitColumns>[1],
  cells: (unit: Unit, widths: readonly number[]) => CellInput[],
  total?: CellInput[],
): FileChild[] {
  const out: FileChild[] = [caption(title)];
  if (context.units.length === 0) return noUnits(out);
  const columns = fitColumns(PORTRAIT, columnSpecs);
  const widths = columns.map((c) => c.width);
  const rows: (CellInput[] | RowSpec)[] = context.units.map((ordered) => [unitNameCell(ordered, true), ...cells(ordered.unit, widths)]);
  if (total) rows.push({ cells: total, fill: COLOR.totalFill });
  out.push(buildTable({ columns, rows }));
  return out;
}

function designTables4to8(context: ExportContext): FileChild[] {
  const { plan } = context;
  const font = context.fonts.eastAsia;
  const unitColumn = { heading: '課程單元', width: 2700 };
  const sum = context.units.reduce((n, u) => n + u.unit.hours, 0);
  const mismatch = plan.info.totalHours > 0 && Math.abs(sum - plan.info.totalHours) > 1e-9;
  return [
    ...perUnitTable(
      context,
      '表4\u3000課程內容',
      [unitColumn, { heading: '時數', width: 800, align: 'center' }, { heading: '課程大綱', weight: 1 }],
      (unit) => [formatHours(unit.hours), plain(unit.outline)],
      [
        { children: [para('合計', { style: STYLE.tableText, bold: true })] },
        { children: [para(formatHours(sum), { style: STYLE.tableText, bold: true, align: 'center' })] },
        [paragraphOf([
          run(`課程時數 ${formatHours(plan.info.totalHours)} 小時`),
          ...(mismatch ? [run('（與單元時數合計不符）', { color: COLOR.uncoveredText, bold: true })] : []),
        ], { style: STYLE.tableText })],
      ],
    ),
    ...perUnitTable(
      context,
      '表5\u3000教學方法',
      [unitColumn, { heading: '教學方法', weight: 1 }],
      (unit, w) => [[checkboxes(TEACHING_METHOD_OPTIONS, unit.methods, { font, other: unit.methodsOther, width: w[1] })]],
    ),
    ...perUnitTable(
      context,
      '表6\u3000教材與教學資源',
      [unitColumn, { heading: '教材', weight: 1 }, { heading: '設備', weight: 1.2 }],
      (unit, w) => [plain(unit.materials), [checkboxes(EQUIPMENT_OPTIONS, unit.equipment, { font, other: unit.equipmentOther, width: w[2] })]],
    ),
    ...table7(context),
    ...perUnitTable(
      context,
      '表8\u3000學習成果評量方式',
      [unitColumn, { heading: '評量方式', weight: 1 }, { heading: '評量工具', weight: 1 }],
      (unit, w) => [
        [checkboxes(ASSESSMENT_METHOD_OPTIONS, unit.assessmentMethods, { font, other: unit.assessmentMethodsOther, width: w[1] })],
        [checkboxes(ASSESSMENT_TOOL_OPTIONS, unit.assessmentTools, { font, other: unit.assessmentToolsOther, width: w[2] })],
      ],
    ),
  ];
}

/** 表7: units that ask the same of their staff share one row. */
function table7(context: ExportContext): FileChild[] {
  const out: FileChild[] = [caption('表7\u3000師資條件')];
  if (context.units.length === 0) return noUnits(out);
  const groups: { key: string; units: OrderedUnit[]; req: Unit['staffRequirements'] }[] = [];
  for (const ordered of context.units) {
    const req = ordered.unit.staffRequirements;
    const key = [req.teacher, req.assessor, req.assistant].map((s) => cleanText(s).trim()).join('\u0000');
    const group = groups.find((g) => g.key === key);
    if (group) group.units.push(ordered);
    else groups.push({ key, units: [ordered], req });
  }
  if (groups.every((g) => g.key === '\u0000\u0000')) {
    out.push(nothingToShow('尚未填寫師資條件。'));
    return out;
  }
  const columns = fitColumns(PORTRAIT, [
    { heading: '適用單元', width: 2700 },
    { heading: STAFF_ROLE_LABEL.teacher, weight: 1 },
    { heading: STAFF_ROLE_LABEL.assessor, weight: 1 },
    { heading: STAFF_ROLE_LABEL.assistant, weight: 1 },
  ]);
  const rows = groups.map((g): CellInput[] => [
    g.units.length === context.units.length
      ? [para('全部單元', { style: STYLE.tableText, bold: true })]
      : g.units.map((u) => para(`${u.number}. ${unitName(u.unit)}`, { style: STYLE.tableText })),
    plain(g.req.teacher),
    plain(g.req.assessor),
    plain(g.req.assistant),
  ]);
  out.push(buildTable({ columns, rows }));
  return out;
}

// ---- 貳 三、實施與評鑑: 表9–表12 -----------------------------------------------------------------

function implementation(context: ExportContext): FileChild[] {
  return [
    heading(2, '三、實施（Implementation）與評鑑（Evaluation）'),
    ...table9(context),
    ...table10(context),
    ...perUnitTable(context, '表11\u3000學習成果證據', [{ heading: '課程單元', width: 2700 }, { heading: '學習成果證據', weight: 1 }], (unit) => [plain(unit.evidence)]),
    ...table12(context),
  ];
}

function table9(context: ExportContext): FileChild[] {
  const out: FileChild[] = [caption('表9\u3000實際執行人員資格')];
  const rows: CellInput[][] = [];
  for (const ordered of context.units) {
    for (const member of ordered.unit.staff) {
      rows.push([
        `${ordered.number}. ${unitName(ordered.unit)}`,
        STAFF_ROLE_LABEL[member.role],
        plain(member.name),
        plain(member.qualifications),
      ]);
    }
  }
  if (rows.length === 0) {
    out.push(nothingToShow('尚未登錄實際執行人員（講師、評量人員、助教）及其資格。'));
    return out;
  }
  const columns = fitColumns(PORTRAIT, [
    { heading: '課程單元', width: 2700 },
    { heading: '職務', width: 1200, align: 'center' },
    { heading: '姓名', width: 1500 },
    { heading: '資格', weight: 1 },
  ]);
  out.push(buildTable({ columns, rows }));
  return out;
}

function table10(context: ExportContext): FileChild[] {
  const out: FileChild[] = [caption('表10\u3000試辦班的執行成果')];
  const p = context.plan.pilot;
  const count = (n: number | null) => (n === null ? '—' : String(n));
  if (!hasText(p.start) && !hasText(p.end) && p.enrolled === null && p.completed === null && p.graduated === null) {
    out.push(nothingToShow('尚未辦理試辦班，或尚未填寫試辦班的執行成果。'));
    return out;
  }
  const columns = fitColumns(PORTRAIT, [
    { heading: '開訓日期', weight: 1, align: 'center' },
    { heading: '結訓日期', weight: 1, align: 'center' },
    { heading: '參訓人數', weight: 1, align: 'center' },
    { heading: '完訓人數', weight: 1, align: 'center' },
    { heading: '結訓人數', weight: 1, align: 'center' },
  ]);
  out.push(buildTable({
    columns,
    rows: [[hasText(p.start) ? p.start : '—', hasText(p.end) ? p.end : '—', count(p.enrolled), count(p.completed), count(p.graduated)]],
  }));
  return out;
}

function table12(context: ExportContext): FileChild[] {
  const c = context.plan.completion;
  const font = context.fonts.eastAsia;
  const criteria = [
    ['各階段評量', c.stageAssessment],
    ['學科', c.written],
    ['術科', c.practical],
    ['其他', c.other],
  ] as const;
  const columns = fitColumns(PORTRAIT, [
    { heading: '結訓標準', width: 2000 },
    { heading: '採用', width: 900, align: 'center' },
    { heading: '說明', weight: 1 },
  ]);
  const out: FileChild[] = [
    caption('表12\u3000課程結訓標準'),
    buildTable({
      columns,
      rows: criteria.map(([label, criterion]) => [
        label,
        [paragraphOf(criterion.adopted ? [symbolRun('■', font, { bold: true }), run(' 採用', { bold: true })] : [symbolRun('□', font, { color: COLOR.muted })], { style: STYLE.tableText, align: 'center' })],
        criterion.adopted ? plain(criterion.description) : [para('—', { style: STYLE.tableText, color: COLOR.muted })],
      ]),
    }),
  ];
  if (!criteria.some(([, criterion]) => criterion.adopted)) out.push(nothingToShow('尚未採用任何結訓標準（至少須採用一項）。'));
  return out;
}

// ---- 參 佐證資料 ----------------------------------------------------------------------------------

function evidence(context: ExportContext): FileChild[] {
  const { plan } = context;
  const out: FileChild[] = [heading(1, '參、佐證資料', { pageBreakBefore: true }), caption('各審查指標之佐證資料')];
  if (EVIDENCE_ORDER.every((i) => !hasText(plan.evidence[i]))) {
    out.push(nothingToShow('尚未列出任何審查指標的佐證資料。'));
  } else {
    out.push(buildTable({
      columns: fitColumns(PORTRAIT, [
        { heading: '指標', width: 900, align: 'center' },
        { heading: '項目', width: 2300 },
        { heading: '佐證資料', weight: 1 },
      ]),
      rows: EVIDENCE_ORDER.map((indicator) => [indicator, EVIDENCE_INDICATOR_LABEL[indicator], plain(plan.evidence[indicator] ?? '')]),
    }));
  }
  out.push(caption('利害關係人參與紀錄'));
  if (ADDIE_PHASES.every(([phase]) => !hasText(plan.stakeholders[phase]))) {
    out.push(nothingToShow('尚未記錄各階段利害關係人的參與。'));
  } else {
    out.push(buildTable({
      columns: fitColumns(PORTRAIT, [{ heading: '階段', width: 2700 }, { heading: '參與紀錄', weight: 1 }]),
      rows: ADDIE_PHASES.map(([phase, label]) => [label, plain(plan.stakeholders[phase] ?? '')]),
    }));
  }
  return out;
}
