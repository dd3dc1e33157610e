import type { Unit } from '../schema';
import type { Check } from './context';
import type { Report } from './finding';
import { ASSESSMENT_METHOD_LABEL, ASSESSMENT_TOOL_LABEL } from '../formChoices';
import {
  FIELD_LABEL,
  formatNumber,
  listEn,
  listZh,
  type Bilingual,
} from './labels';

/**
 * Form rules: what the iCAP report form itself requires (the iCAP reviewers' rules). All errors: a report that
 * breaks one is returned before review.
 */

/** 訓練需求, 課程簡介 and 課程目的 hold at most this many characters each. */
export const INFO_TEXT_LIMIT = 1000;

/** Hours are compared to the hundredth: 1/3 + 1/3 + 1/3 adds up to 1. */
const sameHours = (a: number, b: number) => Math.abs(a - b) < 0.005;

/** Characters as a reader counts them: one per code point, so a rare character outside the BMP counts once. */
export const characterCount = (text: string): number => {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
};

const hoursSum: Check = {
  code: 'form.hours-sum',
  tier: 'form',
  severity: 'error',
  title: '各單元時數合計等於課程時數',
  titleEn: 'Unit hours add up to the course hours',
  run({ plan }) {
    const sum = plan.units.reduce((total, unit) => total + unit.hours, 0);
    const total = plan.info.totalHours;
    if (sameHours(sum, total)) return [];
    return [{
      message: `各單元時數（表4）合計 ${formatNumber(sum)} 小時，與課程時數 ${formatNumber(total)} 小時不符。`,
      messageEn: `The unit hours (table 4) add up to ${formatNumber(sum)} h, but the course hours (課程時數) are ${formatNumber(total)} h.`,
      location: { section: 'info', field: 'totalHours' },
    }];
  },
};

const pilotCounts: Check = {
  code: 'form.pilot-counts',
  tier: 'form',
  severity: 'error',
  title: '試辦班人數：結訓 ≤ 完訓 ≤ 參訓',
  titleEn: 'Pilot counts: graduated ≤ completed ≤ enrolled',
  run({ plan }) {
    const { enrolled, completed, graduated } = plan.pilot;
    const reports: Report[] = [];
    const compare = (field: 'graduated' | 'completed', count: number | null, limitField: 'completed' | 'enrolled', limit: number | null) => {
      if (count === null || limit === null || count <= limit) return;
      const a = FIELD_LABEL[field];
      const b = FIELD_LABEL[limitField];
      reports.push({
        message: `試辦班${a.zh} ${count} 人多於${b.zh} ${limit} 人；應為 結訓 ≤ 完訓 ≤ 參訓。`,
        messageEn: `Pilot run: ${a.en} is ${count}, more than ${b.en} at ${limit}; it must be graduated ≤ completed ≤ enrolled.`,
        location: { section: 'pilot', field },
      });
    };
    compare('graduated', graduated, 'completed', completed);
    compare('completed', completed, 'enrolled', enrolled);
    // Without a 完訓 count, 結訓 is still bounded by 參訓.
    if (completed === null) compare('graduated', graduated, 'enrolled', enrolled);
    return reports;
  },
};

const completionMissing: Check = {
  code: 'form.completion-missing',
  tier: 'form',
  severity: 'error',
  title: '至少採用一項課程結訓標準',
  titleEn: 'At least one completion criterion is adopted',
  run({ plan }) {
    const c = plan.completion;
    if (c.stageAssessment.adopted || c.written.adopted || c.practical.adopted || c.other.adopted) return [];
    return [{
      message: `${FIELD_LABEL.completion.zh}未採用任何一項（各階段評量、學科、術科、其他），至少須採用一項。`,
      messageEn: `No ${FIELD_LABEL.completion.en} is adopted (stage assessments, written, practical, other); at least one is required.`,
      location: { section: 'completion' },
    }];
  },
};

const textTooLong: Check = {
  code: 'form.text-too-long',
  tier: 'form',
  severity: 'error',
  title: `訓練需求、課程簡介、課程目的各不超過 ${INFO_TEXT_LIMIT} 字`,
  titleEn: `Training needs, summary and purpose each at most ${INFO_TEXT_LIMIT} characters`,
  run({ plan }) {
    const reports: Report[] = [];
    for (const field of ['needs', 'summary', 'purpose'] as const) {
      const count = characterCount(plan.info[field]);
      if (count <= INFO_TEXT_LIMIT) continue;
      reports.push({
        message: `${FIELD_LABEL[field].zh}有 ${count} 字，超過上限 ${INFO_TEXT_LIMIT} 字。`,
        messageEn: `The ${FIELD_LABEL[field].en} has ${count} characters, over the limit of ${INFO_TEXT_LIMIT}.`,
        location: { section: 'info', field },
      });
    }
    return reports;
  },
};

type ChoiceField = 'assessmentMethods' | 'assessmentTools';
const CHOICE_LABELS: Record<ChoiceField, Record<string, Bilingual>> = {
  assessmentMethods: ASSESSMENT_METHOD_LABEL,
  assessmentTools: ASSESSMENT_TOOL_LABEL,
};

const noneCombined: Check = {
  code: 'form.none-combined',
  tier: 'form',
  severity: 'error',
  title: '評量方式與評量工具的「無」不與其他選項並選',
  titleEn: '"None" is not combined with other assessment methods or tools',
  run({ plan, unitReport }) {
    const reports: Report[] = [];
    for (const unit of plan.units) {
      for (const field of ['assessmentMethods', 'assessmentTools'] as const) {
        const chosen: readonly string[] = unit[field];
        if (!chosen.includes('none') || chosen.every((c) => c === 'none')) continue;
        const others = chosen.filter((c) => c !== 'none').map((c) => CHOICE_LABELS[field][c]!);
        reports.push(unitReport(unit, field, (name) => ({
          zh: `${name.zh}的${FIELD_LABEL[field].zh}勾選了「無」，又勾選了${listZh(others.map((o) => `「${o.zh}」`))}；「無」不可與其他選項並選。`,
          en: `The ${FIELD_LABEL[field].en} of ${name.en} tick "none" together with ${listEn(others.map((o) => `"${o.en}"`))}; "none" excludes the others.`,
        })));
      }
    }
    return reports;
  },
};

/** Per unit: the list holding 「其他」 and the text that must describe it. */
const OTHER_FIELDS = [
  { list: 'methods', text: 'methodsOther' },
  { list: 'equipment', text: 'equipmentOther' },
  { list: 'assessmentMethods', text: 'assessmentMethodsOther' },
  { list: 'assessmentTools', text: 'assessmentToolsOther' },
] as const satisfies readonly { list: keyof Unit; text: keyof Unit }[];

const otherTextMissing: Check = {
  code: 'form.other-text-missing',
  tier: 'form',
  severity: 'error',
  title: '勾選「其他」時須填寫說明',
  titleEn: '"Other" is described when ticked',
  run({ plan, unitReport }) {
    const reports: Report[] = [];
    for (const unit of plan.units) {
      for (const { list, text } of OTHER_FIELDS) {
        const chosen: readonly string[] = unit[list];
        if (!chosen.includes('other') || unit[text].trim() !== '') continue;
        reports.push(unitReport(unit, text, (name) => ({
          zh: `${name.zh}的${FIELD_LABEL[list].zh}勾選了「其他」，但未填寫其內容。`,
          en: `The ${FIELD_LABEL[list].en} of ${name.en} tick "other" without saying what it is.`,
        })));
      }
    }
    const other = plan.completion.other;
    if (other.adopted && other.description.trim() === '') {
      reports.push({
        message: `${FIELD_LABEL.completionOther.zh}已採用，但未填寫其內容。`,
        messageEn: `The ${FIELD_LABEL.completionOther.en} is adopted without saying what it is.`,
        location: { section: 'completion', field: 'other.description' },
      });
    }
    return reports;
  },
};

export const FORM_CHECKS: readonly Check[] = [hoursSum, pilotCounts, completionMissing, textTooLong, noneCombined, otherTextMissing];
