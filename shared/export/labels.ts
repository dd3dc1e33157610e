import type { Bilingual } from '../i18n/bilingual';
import { ASSESSMENT_METHOD_LABEL, ASSESSMENT_TOOL_LABEL, EQUIPMENT_LABEL, TEACHING_METHOD_LABEL } from '../plan/formChoices';
import type { AddiePhase, ApplicationType, CompetencyBasis, Depth, EvidenceIndicator, ItemKind, StaffRole } from '../plan/schema';

/**
 * The words the documents print, as the official form 「職能導向課程規劃與執行報告書」 prints them, and
 * in its order (the check-box lists print every option, ticked or not, as the paper form does).
 */

export const BASIS_OPTIONS: readonly (readonly [CompetencyBasis, string])[] = [
  ['standard', '職能基準'],
  ['unit', '職能單元'],
  ['self-analysis', '自行職能分析'],
];

export const APPLICATION_TYPE_OPTIONS: readonly (readonly [ApplicationType, string])[] = [
  ['new', '新申請'],
  ['renewal-1', '展延（類別1）'],
  ['renewal-2', '展延（類別2）'],
  ['renewal-3', '展延（類別3）'],
  ['change', '變更'],
];

/** A choice list as the form prints it: each option with its form wording, in the form's order. */
function formOptions<K extends string>(labels: Readonly<Record<K, Bilingual>>): readonly (readonly [K, string])[] {
  return (Object.entries(labels) as [K, Bilingual][]).map(([key, label]) => [key, label.zh] as const);
}

export const TEACHING_METHOD_OPTIONS = formOptions(TEACHING_METHOD_LABEL);
export const EQUIPMENT_OPTIONS = formOptions(EQUIPMENT_LABEL);
export const ASSESSMENT_METHOD_OPTIONS = formOptions(ASSESSMENT_METHOD_LABEL);
export const ASSESSMENT_TOOL_OPTIONS = formOptions(ASSESSMENT_TOOL_LABEL);

export const STAFF_ROLE_LABEL: Readonly<Record<StaffRole, string>> = {
  teacher: '授課講師',
  assessor: '評量人員',
  assistant: '助教',
};

/** 參 佐證資料: the review indicators in order (the schema's EVIDENCE_INDICATORS, without importing zod here). */
export const EVIDENCE_ORDER: readonly EvidenceIndicator[] = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '5.1', '5.2', '5.3'];

/** 參 佐證資料: the review indicators and what each covers. */
export const EVIDENCE_INDICATOR_LABEL: Readonly<Record<EvidenceIndicator, string>> = {
  '1.1': '職能依據',
  '1.2': '課程地圖',
  '2.1': '教學/訓練目標',
  '2.2': '課程內容',
  '3.1': '教學方法',
  '3.2': '教材與教學資源',
  '4.1': '課程辦理',
  '5.1': '學習成果評量',
  '5.2': '學習成果證據',
  '5.3': '管控評估',
};

export const ADDIE_PHASES: readonly (readonly [AddiePhase, string])[] = [
  ['analysis', '分析（Analysis）'],
  ['design', '設計（Design）'],
  ['development', '發展（Development）'],
  ['implementation', '實施（Implementation）'],
  ['evaluation', '評鑑（Evaluation）'],
];

export const KIND_LABEL: Readonly<Record<ItemKind, string>> = {
  task: '工作任務',
  indicator: '行為指標',
  knowledge: '知識',
  skill: '技能',
  attitude: '態度',
};

export const KIND_LETTER: Readonly<Record<ItemKind, string>> = {
  task: 'T',
  indicator: 'P',
  knowledge: 'K',
  skill: 'S',
  attitude: 'A',
};

/** Marks of the coverage matrices: deeper is darker, so the page reads in black and white too. */
export const DEPTH_MARK: Readonly<Record<Depth, string>> = {
  introduced: '○',
  practised: '◐',
  assessed: '●',
};

export const DEPTH_LABEL: Readonly<Record<Depth, string>> = {
  introduced: '導入',
  practised: '練習',
  assessed: '評量',
};

/** A unit reaches a task through its indicators, knowledge or skills without linking the task itself. */
export const INDIRECT_MARK = '△';
