import type { ItemKind, Plan, PlanStandardRef } from '../plan/schema';
import type { CompetencyItem, Standard, Task } from '../standard/schema';
import { cleanText } from './sanitize';

/**
 * Where a document's words come from: the standards the plan is based on (names of tasks,
 * indicators, K, S and A are always taken from the standard, never from the plan), and the
 * statement of what the document was made from, printed on every document.
 */

export interface StandardLookup {
  standard(code: string): Standard | undefined;
  task(code: string, taskId: string): Task | undefined;
  /** The item's name in the standard (an indicator's text), '' when the standard does not have it. */
  nameOf(kind: ItemKind, code: string, id: string): string;
}

export function lookupStandards(standards: readonly Standard[]): StandardLookup {
  const byCode = new Map<string, {
    standard: Standard;
    tasks: Map<string, Task>;
    indicators: Map<string, string>;
    items: Record<'knowledge' | 'skill' | 'attitude', Map<string, CompetencyItem>>;
  }>();
  for (const standard of standards) {
    if (byCode.has(standard.code)) continue;
    const tasks = new Map<string, Task>();
    const indicators = new Map<string, string>();
    for (const task of standard.tasks) {
      if (!tasks.has(task.id)) tasks.set(task.id, task);
      for (const p of task.indicators) if (!indicators.has(p.id)) indicators.set(p.id, p.text);
    }
    const byId = (items: readonly CompetencyItem[]) => {
      const map = new Map<string, CompetencyItem>();
      for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
      return map;
    };
    byCode.set(standard.code, {
      standard, tasks, indicators,
      items: { knowledge: byId(standard.knowledge), skill: byId(standard.skills), attitude: byId(standard.attitudes) },
    });
  }
  return {
    standard: (code) => byCode.get(code)?.standard,
    task: (code, taskId) => byCode.get(code)?.tasks.get(taskId),
    nameOf(kind, code, id) {
      const s = byCode.get(code);
      if (s === undefined) return '';
      switch (kind) {
        case 'task': return s.tasks.get(id)?.name ?? '';
        case 'indicator': return s.indicators.get(id) ?? '';
        default: return s.items[kind].get(id)?.name ?? '';
      }
    },
  };
}

/** `2026-10-16 00:30` in Taiwan time (UTC+8, no daylight saving); the text itself when it is no date. */
export function taipeiTime(value: string | Date): string {
  const time = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(time)) return cleanText(String(value));
  const d = new Date(time + 8 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

export function taipeiDate(value: Date): string {
  return taipeiTime(value).slice(0, 10);
}

/** The standards a plan names, or, for a plan that names none, those its selected tasks use. */
export function planStandardRefs(plan: Plan): PlanStandardRef[] {
  const refs = [...plan.standards];
  for (const code of [...plan.selectedTasks.map((t) => t.standardCode), ...plan.selectedAttitudes.map((a) => a.standardCode)]) {
    if (!refs.some((r) => r.code === code)) refs.push({ code, name: '', version: '' });
  }
  return refs;
}

/** One standard as a document names it: `ATC3521-004v2 錄音工程師（V2，2021/05/17，最新版本）`. */
export function describeStandard(ref: PlanStandardRef, lookup: StandardLookup): string {
  const standard = lookup.standard(ref.code);
  if (standard === undefined) {
    const named = [ref.name, ref.version].filter((s) => s.trim() !== '').join(' ');
    return `${ref.code}${named ? ` ${named}` : ''}（未提供此職能基準的內容：名稱無法由基準帶入）`;
  }
  const row = standard.versions.find((v) => v.code === standard.code);
  const fromCode = /v(\d+)$/.exec(standard.code)?.[1];
  const version = row?.version || ref.version || (fromCode ? `V${fromCode}` : '');
  const details = [version, row?.date, row?.status].filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  return `${standard.code} ${standard.name}${details.length ? `（${details.join('，')}）` : ''}`;
}

export interface Provenance {
  /** One line per standard. */
  standards: string[];
  /** `2026-10-16 00:30（臺北時間）` */
  planUpdated: string;
  made: string;
  /** For the footer: `ATC3521-004v2 V2｜規劃 2026-10-16 00:30｜製表 2026-11-22`. */
  short: string;
}

export function provenanceOf(plan: Plan, lookup: StandardLookup, madeAt: Date): Provenance {
  const refs = planStandardRefs(plan);
  const standards = refs.map((ref) => describeStandard(ref, lookup));
  const shortCodes = refs.map((ref) => {
    const row = lookup.standard(ref.code)?.versions.find((v) => v.code === ref.code);
    const version = row?.version || ref.version;
    return version ? `${ref.code} ${version}` : ref.code;
  });
  const planUpdated = `${taipeiTime(plan.updatedAt)}（臺北時間）`;
  const made = `${taipeiTime(madeAt)}（臺北時間）`;
  const short = [
    shortCodes.length > 0 ? `職能基準 ${shortCodes.join('、')}` : '未指定職能基準',
    `規劃版本 ${taipeiTime(plan.updatedAt)}`,
    `製表 ${taipeiDate(madeAt)}`,
  ].join('｜');
  return { standards: standards.length > 0 ? standards : ['（本規劃未指定職能基準）'], planUpdated, made, short };
}
