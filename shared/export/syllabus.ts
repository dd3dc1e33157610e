import type { Document, FileChild } from 'docx';
import type { Plan } from '../plan/schema';
import type { Standard } from '../standard/schema';
import { gap, labelValueTable, provenanceBlock } from './blocks';
import { caption, checkboxes, heading, NOT_FILLED, nothingToShow, para, paragraphOf, run, textBlock, wrappedList } from './content';
import { codeOf, exportContext, itemParagraph, type ExportContext } from './context';
import { COLOR, CONTENT_WIDTH, createDocument, STYLE, type DocumentPart, type ExportOptions } from './documentSetup';
import {
  ASSESSMENT_METHOD_OPTIONS, ASSESSMENT_TOOL_OPTIONS, DEPTH_LABEL, EQUIPMENT_OPTIONS, STAFF_ROLE_LABEL, TEACHING_METHOD_OPTIONS,
} from './labels';
import { matrixParts } from './matrix';
import { cleanText, hasText } from './sanitize';
import { buildTable, fitColumns, type CellInput, type RowSpec } from './tables';
import { formatHours, linksOf, unitName, type OrderedUnit } from './units';

/**
 * The syllabus (課程大綱) for learners and teachers: what the course is, for whom, on which standard,
 * then every unit in teaching order with its hours, objectives, outline, methods, materials,
 * assessment and the competencies it builds (codes with the standard's names), then how the
 * course is passed.
 */

export interface SyllabusOptions extends ExportOptions {
  /** Append the coverage matrices. */
  withMatrix?: boolean;
}

export const SYLLABUS_TITLE = '課程大綱';

const WIDTH = CONTENT_WIDTH.portrait;
/** The value column of a unit's table (its label column is 1800). */
const VALUE_WIDTH = WIDTH - 1800;

export function buildSyllabus(plan: Plan, standards: readonly Standard[], options: SyllabusOptions = {}): Document {
  const context = exportContext(plan, standards, options);
  const parts: DocumentPart[] = [{
    orientation: 'portrait',
    children: [...opening(context), ...overview(context), ...unitDetails(context), ...completion(context)],
  }];
  if (options.withMatrix) parts.push(...matrixParts(context, { appendix: true }));
  return createDocument({
    title: hasText(plan.cover.nameZh) ? `${SYLLABUS_TITLE}：${cleanText(plan.cover.nameZh)}` : SYLLABUS_TITLE,
    description: context.provenance.short,
    fonts: context.fonts,
    footer: `${SYLLABUS_TITLE}｜${context.provenance.short}`,
    parts,
  });
}

function plain(text: string): CellInput {
  return textBlock(text, { style: STYLE.tableText });
}

function opening(context: ExportContext): FileChild[] {
  const { plan } = context;
  const c = plan.cover;
  const info = plan.info;
  const period = hasText(c.periodStart) || hasText(c.periodEnd)
    ? `${hasText(c.periodStart) ? c.periodStart : NOT_FILLED} 至 ${hasText(c.periodEnd) ? c.periodEnd : NOT_FILLED}`
    : '';
  const tasks = context.coverage.tasks;
  return [
    para(SYLLABUS_TITLE, { style: STYLE.cover }),
    para(hasText(c.nameZh) ? c.nameZh : '（課程名稱未填）', { align: 'center', bold: true, size: 28 }),
    ...(hasText(c.nameEn) ? [para(c.nameEn, { align: 'center', size: 22, color: COLOR.muted })] : []),
    gap(),
    heading(2, '一、課程資訊'),
    labelValueTable(WIDTH, [
      ['開課單位', plain([c.applicantZh, c.applicantEn].filter(hasText).join('／'))],
      ['協力單位', plain(c.partners)],
      ['上課期間', plain(period)],
      ['課程時數', plain(info.totalHours > 0 ? `${formatHours(info.totalHours)} 小時（${context.units.length} 個單元）` : '')],
      ['課程職能級別', plain(info.level === null ? '' : `${info.level} 級`)],
      ['參訓資格', plain(info.audience)],
      ['先備條件', plain(info.prerequisites)],
    ]),
    heading(2, '二、課程簡介與目的'),
    caption('課程簡介'),
    ...textBlock(info.summary),
    caption('課程目的'),
    ...textBlock(info.purpose),
    heading(2, '三、職能依據'),
    ...context.provenance.standards.map((line) => para(line)),
    tasks.length > 0
      ? para('本課程培養的工作任務：', { bold: true })
      : nothingToShow('本課程尚未由職能基準選定工作任務。'),
    ...tasks.map((t) => paragraphOf([
      run(codeOf(context, t.standardCode, t.taskId), { bold: true }),
      run(` ${t.name || '（基準中查無此任務）'}`),
      ...(t.level === null ? [] : [run(`（職能級別 ${t.level}）`, { color: COLOR.muted })]),
    ], { indent: 360 })),
    para('本大綱產生依據', { style: STYLE.caption }),
    provenanceBlock(WIDTH, context.provenance),
  ];
}

function methodNames(options: readonly (readonly [string, string])[], selected: readonly string[], other: string): string[] {
  return options.filter(([key]) => selected.includes(key)).map(([key, label]) => (key === 'other' && hasText(other) ? `${label}（${cleanText(other).trim()}）` : label));
}

function overview(context: ExportContext): FileChild[] {
  const out: FileChild[] = [heading(2, '四、課程單元一覽', { pageBreakBefore: true })];
  if (context.units.length === 0) {
    out.push(nothingToShow('本課程尚無課程單元。'));
    return out;
  }
  const columns = fitColumns(WIDTH, [
    { heading: '單元', width: 700, align: 'center' },
    { heading: '單元名稱', weight: 2.6 },
    { heading: '時數', width: 800, align: 'center' },
    { heading: '教學方法', weight: 2 },
    { heading: '評量方式', weight: 1.8 },
  ]);
  const list = (names: string[], column: number) => (names.length > 0 ? [wrappedList(names, columns[column]!.width)] : NOT_FILLED);
  const rows: (CellInput[] | RowSpec)[] = [];
  let module: OrderedUnit['module'] | null = null;
  for (const ordered of context.units) {
    if (ordered.module !== module && context.plan.modules.length > 0) {
      module = ordered.module;
      const title = module ? (hasText(module.name) ? module.name : '（模組名稱未填）') : '未歸入模組的單元';
      rows.push({ cells: [{ span: 5, children: [para(title, { style: STYLE.tableText, bold: true })] }], fill: COLOR.groupFill, keepNext: true });
    }
    const u = ordered.unit;
    rows.push([
      String(ordered.number),
      unitName(u),
      formatHours(u.hours),
      list(methodNames(TEACHING_METHOD_OPTIONS, u.methods, u.methodsOther), 3),
      list(methodNames(ASSESSMENT_METHOD_OPTIONS, u.assessmentMethods, u.assessmentMethodsOther), 4),
    ]);
  }
  const total = context.units.reduce((n, u) => n + u.unit.hours, 0);
  rows.push({ cells: ['', '合計', formatHours(total), { span: 2, children: [para('', { style: STYLE.tableText })] }], fill: COLOR.totalFill });
  out.push(buildTable({ columns, rows }));
  return out;
}

function unitDetails(context: ExportContext): FileChild[] {
  if (context.units.length === 0) return [];
  const out: FileChild[] = [heading(2, '五、單元內容')];
  const font = context.fonts.eastAsia;
  context.units.forEach((ordered) => {
    const u = ordered.unit;
    const objectives = u.objectives.filter(hasText);
    const staff = u.staffRequirements;
    const staffLines = (['teacher', 'assessor', 'assistant'] as const)
      .filter((role) => hasText(staff[role]))
      .map((role) => paragraphOf([run(`${STAFF_ROLE_LABEL[role]}：`, { bold: true }), run(staff[role])], { style: STYLE.tableText }));
    const competencies = (['indicator', 'knowledge', 'skill', 'attitude'] as const).flatMap((kind) =>
      linksOf(u, kind).map((link) => itemParagraph(context, kind, link.standardCode, link.id, { suffix: `（${DEPTH_LABEL[link.depth]}）` })));
    out.push(para(`單元 ${ordered.number}\u3000${unitName(u)}（${formatHours(u.hours)} 小時）`, { style: STYLE.caption }));
    if (hasText(u.nameEn) && hasText(u.nameZh)) out.push(para(u.nameEn, { style: STYLE.note, keepNext: true }));
    out.push(labelValueTable(WIDTH, [
      ['學習目標', objectives.length > 0
        ? objectives.map((o, i) => para(`${i + 1}. ${cleanText(o).trim()}`, { style: STYLE.tableText }))
        : plain('')],
      ['內容大綱', plain(u.outline)],
      ['教學方法', [checkboxes(TEACHING_METHOD_OPTIONS, u.methods, { font, other: u.methodsOther, width: VALUE_WIDTH })]],
      ['教材', plain(u.materials)],
      ['設備', [checkboxes(EQUIPMENT_OPTIONS, u.equipment, { font, other: u.equipmentOther, width: VALUE_WIDTH })]],
      ['評量方式', [checkboxes(ASSESSMENT_METHOD_OPTIONS, u.assessmentMethods, { font, other: u.assessmentMethodsOther, width: VALUE_WIDTH })]],
      ['評量工具', [checkboxes(ASSESSMENT_TOOL_OPTIONS, u.assessmentTools, { font, other: u.assessmentToolsOther, width: VALUE_WIDTH })]],
      ['學習成果證據', plain(u.evidence)],
      ['對應職能內涵', competencies.length > 0
        ? competencies
        : [para('（未對應職能基準的項目）', { style: STYLE.tableText, color: COLOR.uncoveredText })]],
      ['師資條件', staffLines.length > 0 ? staffLines : plain('')],
    ], 1800));
  });
  return out;
}

function completion(context: ExportContext): FileChild[] {
  const c = context.plan.completion;
  const adopted = ([
    ['各階段評量', c.stageAssessment],
    ['學科', c.written],
    ['術科', c.practical],
    ['其他', c.other],
  ] as const).filter(([, criterion]) => criterion.adopted);
  const out: FileChild[] = [heading(2, '六、結訓標準')];
  if (adopted.length === 0) {
    out.push(nothingToShow('尚未訂定結訓標準。'));
    return out;
  }
  out.push(...adopted.map(([label, criterion]) => paragraphOf([
    run(`${label}：`, { bold: true }),
    run(hasText(criterion.description) ? criterion.description : NOT_FILLED),
  ])));
  return out;
}
