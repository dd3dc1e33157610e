import type { ItemRef } from '../itemRef';
import type { ItemKind, Unit } from '../schema';

import type { Bilingual } from '../../i18n/bilingual';

export type { Bilingual };

export const KIND_LABEL: Readonly<Record<ItemKind, Bilingual>> = {
  task: { zh: '工作任務', en: 'task' },
  indicator: { zh: '行為指標', en: 'indicator' },
  knowledge: { zh: '知識', en: 'knowledge' },
  skill: { zh: '技能', en: 'skill' },
  attitude: { zh: '態度', en: 'attitude' },
};

/** Fields findings point to, with the report's own names. */
export const FIELD_LABEL = {
  nameZh: { zh: '課程名稱（中文）', en: 'course name (Chinese)' },
  nameEn: { zh: '課程名稱（英文）', en: 'course name (English)' },
  standards: { zh: '職能依據', en: 'competency basis (職能依據)' },
  needs: { zh: '訓練需求', en: 'training needs (訓練需求)' },
  summary: { zh: '課程簡介', en: 'course summary (課程簡介)' },
  purpose: { zh: '課程目的', en: 'course purpose (課程目的)' },
  totalHours: { zh: '課程時數', en: 'course hours (課程時數)' },
  level: { zh: '課程職能級別', en: 'course competency level (課程職能級別)' },
  unitName: { zh: '單元名稱（表3）', en: 'unit name (table 3)' },
  unitHours: { zh: '時數（表4）', en: 'hours (table 4)' },
  unitLevel: { zh: '單元級別（表3）', en: 'unit level (table 3)' },
  objectives: { zh: '教學/訓練目標（表3）', en: 'objectives (table 3)' },
  links: { zh: '對應職能內涵（表3）', en: 'competency mapping (table 3)' },
  methods: { zh: '教學方法（表5）', en: 'teaching methods (table 5)' },
  equipment: { zh: '設備（表6）', en: 'equipment (table 6)' },
  assessmentMethods: { zh: '評量方式（表8）', en: 'assessment methods (table 8)' },
  assessmentTools: { zh: '評量工具（表8）', en: 'assessment tools (table 8)' },
  enrolled: { zh: '參訓人數（表10）', en: 'enrolled (參訓, table 10)' },
  completed: { zh: '完訓人數（表10）', en: 'completed (完訓, table 10)' },
  graduated: { zh: '結訓人數（表10）', en: 'graduated (結訓, table 10)' },
  completion: { zh: '課程結訓標準（表12）', en: 'completion criteria (table 12)' },
  completionOther: { zh: '課程結訓標準「其他」（表12）', en: 'completion criterion "other" (table 12)' },
  selection: { zh: '本課程之職能表（表1）', en: 'competency table (table 1)' },
  map: { zh: '課程地圖（表2）', en: 'course map (table 2)' },
} as const satisfies Record<string, Bilingual>;

/** For an English sentence that starts with a label: `unit "…"` → `Unit "…"`. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const listZh = (words: readonly string[]): string => words.join('、');
export const listEn = (words: readonly string[]): string => words.join(', ');

/** `2`, `1.5`, `0.33`: hours and percentages as a person writes them. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A percentage, rounded down to one decimal so that 59.96 % never reads as 60 %. */
export function formatPercent(value: number): string {
  return `${Math.floor(value * 10 + 1e-9) / 10}%`;
}

/** 單元「錄音前置作業」 / unit "Recording preparation" — or its position when it has no name yet. */
export function unitLabel(unit: Pick<Unit, 'nameZh' | 'nameEn'>, position: number): Bilingual {
  const zh = unit.nameZh.trim();
  const en = unit.nameEn.trim() || zh;
  return {
    zh: zh ? `單元「${zh}」` : `第 ${position + 1} 個單元（未命名）`,
    en: en ? `unit "${en}"` : `unit ${position + 1} (unnamed)`,
  };
}

/** K03「音樂風格」, with the standard's code when the plan uses several standards. */
export function itemLabel(ref: ItemRef, name: string, withStandard: boolean): Bilingual {
  const kind = KIND_LABEL[ref.kind];
  const shortName = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  const zhName = shortName ? `「${shortName}」` : '';
  const enName = shortName ? ` "${shortName}"` : '';
  const zhStandard = withStandard ? `（${ref.standardCode}）` : '';
  const enStandard = withStandard ? ` of ${ref.standardCode}` : '';
  return {
    zh: `${kind.zh} ${ref.id}${zhName}${zhStandard}`,
    en: `${kind.en} ${ref.id}${enName}${enStandard}`,
  };
}
