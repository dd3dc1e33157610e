import type { Check, CheckContext } from './context';
import type { Report } from './finding';
import { FIELD_LABEL, listEn, listZh } from './labels';

/**
 * Course-name rules, from the official review principles for course names (2021). A name that breaks
 * one is sent back, so these are form-tier errors that cannot be switched off, except the bare
 * occupation title: the principles allow it when the course builds the whole occupation, which only
 * the designer can judge, so that one is an advisory warning.
 *
 * Names are compared after NFKC normalisation (full-width letters, digits and ％ become ASCII). The
 * Chinese name is checked against the Chinese word lists and the patterns; the English name against
 * the patterns and the English equivalents. Grades without a number (初級, 高級) are not taken for
 * competency levels: they are ordinary course wording.
 */

interface WordRule {
  code: string;
  title: string;
  titleEn: string;
  /** What the principle forbids, for the message. */
  what: { zh: string; en: string };
  /** Checked in the Chinese name. */
  zh: readonly (string | RegExp)[];
  /** Checked in the English name. */
  en: readonly RegExp[];
}

/** `3級`, `第四級`, `級別`, `Level 3`, `Lv.3`, `L3`. */
const LEVEL_PATTERNS = [/\b(?:level|lv)\.?\s*[1-6]\b/gi, /\bL[1-6]\b/g];

export const NAME_WORD_RULES: readonly WordRule[] = [
  {
    code: 'name.level',
    title: '課程名稱不含職能級別',
    titleEn: 'The course name carries no competency level',
    what: { zh: '職能級別', en: 'a competency level' },
    zh: [/[0-9一二三四五六]\s*級/g, '級別', ...LEVEL_PATTERNS],
    en: LEVEL_PATTERNS,
  },
  {
    code: 'name.certification',
    title: '課程名稱不含認證、證明、證照、能力鑑定',
    titleEn: 'The course name has none of 認證, 證明, 證照, 能力鑑定',
    what: { zh: '認證、證明、證照或能力鑑定字樣', en: 'certification wording (認證, 證明, 證照, 能力鑑定)' },
    zh: ['認證', '證明', '證照', '能力鑑定'],
    en: [/\bcertif\w*/gi, /\baccredit\w*/gi],
  },
  {
    code: 'name.competency-term',
    title: '課程名稱不含職能模型、職能地圖、職能基準、職能單元、職能課程',
    titleEn: 'The course name has none of 職能模型, 職能地圖, 職能基準, 職能單元, 職能課程',
    what: { zh: '職能模型、職能地圖、職能基準、職能單元或職能課程字樣', en: 'competency framework terms (職能模型, 職能地圖, 職能基準, 職能單元, 職能課程)' },
    zh: ['職能模型', '職能地圖', '職能基準', '職能單元', '職能課程'],
    en: [/\bcompetency\s+(?:models?|maps?|standards?|units?)\b/gi, /\bcompetency(?:[- ]based)?\s+courses?\b/gi],
  },
  {
    code: 'name.licence',
    title: '課程名稱不暗示取得執照或證書',
    titleEn: 'The course name implies no licence or certificate',
    what: { zh: '取得執照或證書的暗示', en: 'a licence or certificate' },
    zh: ['執照', '考照', '證書保證', '保證取得'],
    en: [/\blicen[cs]\w*/gi],
  },
  {
    code: 'name.exaggeration',
    title: '課程名稱不誇大成效',
    titleEn: 'The course name does not exaggerate results',
    what: { zh: '誇大成效的字樣', en: 'exaggerated results' },
    zh: ['保證就業', '保證錄取', '保證通過', '包過', '必過', '速成', '100%', '百分百', '百分之百'],
    en: [/\bguarantee\w*/gi, /100\s*%/g, /\bcrash\s+course\b/gi],
  },
  {
    code: 'name.authority',
    title: '課程名稱不暗示政府背書',
    titleEn: 'The course name implies no government endorsement',
    what: { zh: '政府或官方背書的暗示', en: 'government endorsement' },
    zh: ['勞動部', '勞動力發展署', '勞發署', '政府認可', '政府核定', '國家認可', '官方'],
    en: [/\bministry\s+of\s+labou?r\b/gi, /\bgovernment[- ](?:approved|certified|endorsed|recogni[sz]ed)\b/gi, /\bofficial(?:ly)?\b/gi],
  },
];

/** The words of a name that a rule's patterns find, each once, in order. */
export function matchedWords(name: string, patterns: readonly (string | RegExp)[]): string[] {
  const text = name.normalize('NFKC');
  const found: string[] = [];
  for (const pattern of patterns) {
    if (typeof pattern === 'string') {
      if (text.includes(pattern) && !found.includes(pattern)) found.push(pattern);
      continue;
    }
    for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
      if (!found.includes(match[0])) found.push(match[0]);
    }
  }
  return found;
}

function wordCheck(rule: WordRule): Check {
  return {
    code: rule.code,
    tier: 'form',
    severity: 'error',
    title: rule.title,
    titleEn: rule.titleEn,
    run({ plan }) {
      const reports: Report[] = [];
      const fields = [
        { field: 'nameZh', patterns: rule.zh },
        { field: 'nameEn', patterns: rule.en },
      ] as const;
      for (const { field, patterns } of fields) {
        const words = matchedWords(plan.cover[field], patterns);
        if (words.length === 0) continue;
        reports.push({
          message: `${FIELD_LABEL[field].zh}「${plan.cover[field].trim()}」含有${rule.what.zh}：${listZh(words.map((w) => `「${w}」`))}；依課程名稱審查原則不得使用。`,
          messageEn: `The ${FIELD_LABEL[field].en} "${plan.cover[field].trim()}" contains ${rule.what.en}: ${listEn(words.map((w) => `"${w}"`))}; the course-name review principles forbid it.`,
          location: { section: 'cover', field },
        });
      }
      return reports;
    },
  };
}

const nameMissing: Check = {
  code: 'name.missing',
  tier: 'form',
  severity: 'error',
  title: '已填寫課程名稱',
  titleEn: 'The course has a name',
  run({ plan }) {
    if (plan.cover.nameZh.trim() !== '') return [];
    return [{
      message: `尚未填寫${FIELD_LABEL.nameZh.zh}。`,
      messageEn: `The ${FIELD_LABEL.nameZh.en} is empty.`,
      location: { section: 'cover', field: 'nameZh' },
    }];
  },
};

/** Generic endings that do not make a title a course name: 錄音工程師培訓班 is still the bare title. */
const GENERIC_ENDINGS = ['培訓課程', '訓練課程', '培訓班', '訓練班', '養成班', '研習班', '專班', '課程', '培訓', '訓練', '養成', '班'];

/** A name reduced to what it says: no spaces, punctuation or symbols, and no generic ending. */
export function bareTitle(name: string): string {
  let text = name.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
  for (let changed = true; changed;) {
    changed = false;
    for (const ending of GENERIC_ENDINGS) {
      if (text.length > ending.length && text.endsWith(ending)) {
        text = text.slice(0, -ending.length);
        changed = true;
      }
    }
  }
  return text;
}

/** The occupation titles of the standards the plan uses: each standard's name and its 職業別 names. */
function occupationTitles({ plan, index }: CheckContext): string[] {
  const codes = new Set([...plan.standards.map((ref) => ref.code), ...plan.selectedTasks.map((row) => row.standardCode)]);
  const titles: string[] = [];
  for (const code of codes) {
    const standard = index.get(code)?.standard;
    if (standard === undefined) continue;
    for (const title of [standard.name, ...standard.occupations.map((o) => o.name)]) {
      if (title.trim() && !titles.includes(title.trim())) titles.push(title.trim());
    }
  }
  return titles;
}

const occupationTitle: Check = {
  code: 'name.occupation-title',
  tier: 'advisory',
  severity: 'warning',
  title: '課程名稱不只是職業名稱',
  titleEn: 'The course name is not just the occupation title',
  run(context) {
    const name = bareTitle(context.plan.cover.nameZh);
    if (name === '') return [];
    const title = occupationTitles(context).find((t) => bareTitle(t) === name);
    if (title === undefined) return [];
    return [{
      message: `${FIELD_LABEL.nameZh.zh}「${context.plan.cover.nameZh.trim()}」只是職業名稱「${title}」；除非課程培養該職業的全部職能，請在名稱中寫出課程聚焦的工作內容。`,
      messageEn: `The ${FIELD_LABEL.nameZh.en} "${context.plan.cover.nameZh.trim()}" is just the occupation title "${title}"; unless the course builds the whole occupation, name what the course focuses on.`,
      location: { section: 'cover', field: 'nameZh' },
    }];
  },
};

export const COURSE_NAME_CHECKS: readonly Check[] = [nameMissing, ...NAME_WORD_RULES.map(wordCheck), occupationTitle];
