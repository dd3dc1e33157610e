import type { Level, Standard } from '../standard/schema';
import { deeper, ItemTable, type ItemRef } from './itemRef';
import type { CoverageLink, Depth, ItemKind, Plan, Unit } from './schema';
import { indexStandards, type StandardsIndex } from './standardIndex';

/**
 * Coverage: which units cover each item the course selected (表1's tasks with their P, K, S, and the
 * selected attitudes), how deeply, with how many hours, and what is left uncovered or claimed
 * outside the selection. A derived view, recomputed from the plan and its standards; plain data
 * (arrays and objects, no Maps) so it can be sent over IPC or printed as JSON.
 *
 * Counting rules:
 * - An item is one code of one standard. A K or S that 表1 selects under two tasks is one item with
 *   two `taskIds`: covering it once covers it for both tasks, and the course counts it once.
 * - A unit's links are first merged per item (the deepest depth wins, notes are joined), so a unit
 *   linking K01 twice counts once.
 * - An item is covered when at least one unit links it; "deepest" is the deepest depth of any link.
 * - A task is reached when a unit links the task itself or any P/K/S selected under it.
 *
 * Hours rule: a unit's hours are split equally among its distinct links, whatever their kind and
 * whether they fall inside the selection or not (a 6-hour unit linking P1.1.1, K01 and S01 gives 2 hours
 * to each). An item's hours are the sum of the shares it receives, so hours are never counted twice:
 * the hours of all items, task links and outside links add up to the hours of the units that have
 * links. A task's hours are the shares of its direct links and of its selected indicators, plus, for
 * each K/S selected under it, that item's hours divided by the number of selected tasks sharing it.
 */

/** The kinds 表1 and the attitude list select, and that coverage counts. */
export type CoveredKind = Exclude<ItemKind, 'task'>;

/** One unit's contribution to one item. */
export interface UnitCover {
  unitId: string;
  /** The deepest depth among the unit's links to the item. */
  depth: Depth;
  /** The share of the unit's hours attributed to the item (see the hours rule above). */
  hours: number;
  /** Where the unit covers it (a page, a question, an activity); several notes joined with '；'. */
  note: string;
}

/** A fraction of selected items that are covered. */
export interface Share {
  selected: number;
  covered: number;
  /** covered / selected × 100; null when nothing is selected. */
  percent: number | null;
}

/** One selected indicator, K, S or attitude. */
export interface ItemCoverage extends ItemRef {
  kind: CoveredKind;
  /** The name in the standard (an indicator's text); '' when the standard does not know it. */
  name: string;
  /** The selected tasks (表1 rows) that select it; empty for attitudes. */
  taskIds: string[];
  /** In the plan's unit order. */
  units: UnitCover[];
  hours: number;
  deepest: Depth | null;
}

/** One 表1 row (rows repeating a task are merged into the first). */
export interface TaskCoverage {
  standardCode: string;
  taskId: string;
  /** The task's name in the standard; '' when the standard does not know the task. */
  name: string;
  /** 表1's level L, else the standard's level for the task. */
  level: Level | null;
  /** Whether the standard (if available) has this task. */
  known: boolean;
  /** Units that link the task itself. */
  direct: UnitCover[];
  /** Units that link the task or any P/K/S selected under it, in the plan's order. */
  unitIds: string[];
  hours: number;
  deepest: Depth | null;
  indicators: Share;
  knowledge: Share;
  skills: Share;
  /** Indicators, K and S together. */
  overall: Share;
  /** Selected P/K/S of this task that no unit covers. */
  uncovered: ItemRef[];
  /** K/S the standard lists for the task that this row does not select. */
  unselected: ItemRef[];
}

/** Why a link falls outside the selection. */
export type OutsideReason =
  /** The link names a standard that was not supplied (or does not exist). */
  | 'unknown-standard'
  /** The standard has no such item (or not of that kind). */
  | 'unknown-item'
  /** The item belongs to the standard, but to no task selected in 表1 (or is an unselected task). */
  | 'outside-tasks'
  /** The item belongs to a selected task (or is an attitude) but 表1 / the attitude list does not select it. */
  | 'not-selected';

/** A unit's link to something the selection does not contain. */
export interface OutsideLink extends ItemRef {
  unitId: string;
  depth: Depth;
  hours: number;
  note: string;
  reason: OutsideReason;
  /** The name in the standard, '' when unknown. */
  name: string;
  /** For 'not-selected' K/S/P: the selected tasks the standard lists it under. */
  taskIds: string[];
}

/** A K or S of a selected task that 表1 did not select under that task. */
export interface UnselectedItem extends ItemRef {
  kind: 'knowledge' | 'skill';
  name: string;
  /** The selected tasks that list it in the standard without selecting it. */
  taskIds: string[];
  /** Whether 表1 selects it under another task after all. */
  selectedElsewhere: boolean;
  /** Units that link it anyway. */
  unitIds: string[];
}

export interface UnitCoverageSummary {
  unitId: string;
  hours: number;
  /** Distinct links. */
  links: number;
  /** hours / links (0 without links). */
  hoursPerLink: number;
  /** Links to a selected task or item. */
  inside: number;
  outside: number;
}

export interface Coverage {
  /** 表1 order. */
  tasks: TaskCoverage[];
  /** Every selected P, K, S (表1 order, first appearance), then the selected attitudes. */
  items: ItemCoverage[];
  course: {
    tasks: Share;
    indicators: Share;
    knowledge: Share;
    skills: Share;
    attitudes: Share;
    /** Indicators, K, S and attitudes together. */
    overall: Share;
  };
  /**
   * Every K and S the standard lists under the selected tasks, selected in 表1 or not, and how many of
   * them some unit links: the base of the coverage target (checkSettings.coverageTarget).
   */
  taskScope: { knowledge: Share; skills: Share; overall: Share };
  /** Selected items no unit covers (the same objects as in `items`). */
  uncovered: ItemCoverage[];
  outside: OutsideLink[];
  unselected: UnselectedItem[];
  /** Plan order. */
  units: UnitCoverageSummary[];
  hours: {
    /** All units' hours. */
    units: number;
    /** Hours of units with at least one link. */
    linked: number;
    /** Attributed to selected tasks and items. */
    inside: number;
    /** Attributed to outside links. */
    outside: number;
  };
}

export function share(selected: number, covered: number): Share {
  return { selected, covered, percent: selected === 0 ? null : (covered / selected) * 100 };
}

const addShares = (...shares: Share[]): Share =>
  share(shares.reduce((n, s) => n + s.selected, 0), shares.reduce((n, s) => n + s.covered, 0));

interface MergedLink {
  kind: ItemKind;
  id: string;
  standardCode: string;
  depth: Depth;
  note: string;
}

/** A unit's links, one per item: the deepest depth, the notes joined. */
export function distinctLinks(links: readonly CoverageLink[]): MergedLink[] {
  const merged = new ItemTable<MergedLink>();
  const order: MergedLink[] = [];
  for (const link of links) {
    const seen = merged.get(link.kind, link.standardCode, link.id);
    const note = link.note.trim();
    if (seen === undefined) {
      const first = { kind: link.kind, id: link.id, standardCode: link.standardCode, depth: link.depth, note };
      merged.set(link.kind, link.standardCode, link.id, first);
      order.push(first);
    } else {
      seen.depth = deeper(seen.depth, link.depth);
      if (note && !seen.note.split('；').includes(note)) seen.note = seen.note ? `${seen.note}；${note}` : note;
    }
  }
  return order;
}

interface TaskAcc {
  coverage: TaskCoverage;
  indicators: Set<string>;
  knowledge: Set<string>;
  skills: Set<string>;
  /** The selected items in selection order, per kind. */
  selected: { indicator: ItemCoverage[]; knowledge: ItemCoverage[]; skill: ItemCoverage[] };
  unitIds: Set<string>;
}

export function coverageOf(plan: Plan, standards: readonly Standard[]): Coverage {
  return coverageWithIndex(plan, indexStandards(standards));
}

/** coverageOf with an index already built (checkPlan shares one). */
export function coverageWithIndex(plan: Plan, index: StandardsIndex): Coverage {
  const tasks = new ItemTable<TaskAcc>();
  const taskList: TaskAcc[] = [];
  const items = new ItemTable<ItemCoverage>();
  const itemList: ItemCoverage[] = [];

  // 表1: tasks and their selected items.
  for (const row of plan.selectedTasks) {
    const code = row.standardCode;
    let acc = tasks.get('task', code, row.taskId);
    if (acc === undefined) {
      const task = index.get(code)?.tasks.get(row.taskId);
      acc = {
        coverage: {
          standardCode: code,
          taskId: row.taskId,
          name: task?.name ?? '',
          level: row.level ?? task?.level ?? null,
          known: task !== undefined,
          direct: [],
          unitIds: [],
          hours: 0,
          deepest: null,
          indicators: share(0, 0),
          knowledge: share(0, 0),
          skills: share(0, 0),
          overall: share(0, 0),
          uncovered: [],
          unselected: [],
        },
        indicators: new Set(),
        knowledge: new Set(),
        skills: new Set(),
        selected: { indicator: [], knowledge: [], skill: [] },
        unitIds: new Set(),
      };
      tasks.set('task', code, row.taskId, acc);
      taskList.push(acc);
    } else if (acc.coverage.level === null && row.level !== null) {
      acc.coverage.level = row.level;
    }
    const select = (kind: 'indicator' | 'knowledge' | 'skill', ids: readonly string[], into: Set<string>) => {
      for (const id of ids) {
        if (into.has(id)) continue;
        into.add(id);
        let item = items.get(kind, code, id);
        if (item === undefined) {
          item = { kind, id, standardCode: code, name: index.nameOf(kind, code, id), taskIds: [], units: [], hours: 0, deepest: null };
          items.set(kind, code, id, item);
          itemList.push(item);
        }
        acc.selected[kind].push(item);
        if (!item.taskIds.includes(row.taskId)) item.taskIds.push(row.taskId);
      }
    };
    select('indicator', row.indicators, acc.indicators);
    select('knowledge', row.knowledge, acc.knowledge);
    select('skill', row.skills, acc.skills);
  }
  for (const attitude of plan.selectedAttitudes) {
    if (items.has('attitude', attitude.standardCode, attitude.id)) continue;
    const item: ItemCoverage = {
      kind: 'attitude', id: attitude.id, standardCode: attitude.standardCode,
      name: index.nameOf('attitude', attitude.standardCode, attitude.id), taskIds: [], units: [], hours: 0, deepest: null,
    };
    items.set('attitude', attitude.standardCode, attitude.id, item);
    itemList.push(item);
  }

  // Units: merge each unit's links, split its hours, attribute each link.
  const linkedBy = new ItemTable<string[]>();
  const outside: OutsideLink[] = [];
  const unitSummaries: UnitCoverageSummary[] = [];
  const hours = { units: 0, linked: 0, inside: 0, outside: 0 };
  for (const unit of plan.units) {
    const links = distinctLinks(unit.links);
    const perLink = links.length === 0 ? 0 : unit.hours / links.length;
    const summary: UnitCoverageSummary = { unitId: unit.id, hours: unit.hours, links: links.length, hoursPerLink: perLink, inside: 0, outside: 0 };
    unitSummaries.push(summary);
    hours.units += unit.hours;
    if (links.length > 0) hours.linked += unit.hours;
    for (const link of links) {
      const by = linkedBy.get(link.kind, link.standardCode, link.id);
      if (by === undefined) linkedBy.set(link.kind, link.standardCode, link.id, [unit.id]);
      else by.push(unit.id);
      const cover: UnitCover = { unitId: unit.id, depth: link.depth, hours: perLink, note: link.note };
      if (attributeInside(unit, link, cover, tasks, items)) {
        summary.inside += 1;
        hours.inside += perLink;
      } else {
        summary.outside += 1;
        hours.outside += perLink;
        outside.push(outsideLink(unit, link, cover, index, tasks));
      }
    }
  }

  // Per task: shares, hours already summed, deepest, uncovered, unselected.
  const unselected = new ItemTable<UnselectedItem>();
  const unselectedList: UnselectedItem[] = [];
  const scopeKnowledge = new ItemTable<true>();
  const scopeSkills = new ItemTable<true>();
  let scopeKnowledgeCovered = 0;
  let scopeSkillsCovered = 0;
  for (const acc of taskList) {
    const t = acc.coverage;
    const count = (selected: readonly ItemCoverage[]) => {
      let covered = 0;
      for (const item of selected) {
        if (item.units.length > 0) covered += 1;
        else t.uncovered.push({ kind: item.kind, id: item.id, standardCode: item.standardCode });
        if (item.deepest !== null) t.deepest = deeper(t.deepest, item.deepest);
      }
      return share(selected.length, covered);
    };
    t.indicators = count(acc.selected.indicator);
    t.knowledge = count(acc.selected.knowledge);
    t.skills = count(acc.selected.skill);
    t.overall = addShares(t.indicators, t.knowledge, t.skills);
    for (const d of t.direct) t.deepest = deeper(t.deepest, d.depth);
    t.unitIds = [...acc.unitIds];

    const task = index.get(t.standardCode)?.tasks.get(t.taskId);
    if (task === undefined) continue;
    const scope = (kind: 'knowledge' | 'skill', ids: readonly string[], selected: Set<string>, into: ItemTable<true>) => {
      let newlyCovered = 0;
      for (const id of ids) {
        if (!into.has(kind, t.standardCode, id)) {
          into.set(kind, t.standardCode, id, true);
          if (linkedBy.has(kind, t.standardCode, id)) newlyCovered += 1;
        }
        if (selected.has(id)) continue;
        t.unselected.push({ kind, id, standardCode: t.standardCode });
        const seen = unselected.get(kind, t.standardCode, id);
        if (seen === undefined) {
          const item: UnselectedItem = {
            kind, id, standardCode: t.standardCode, name: index.nameOf(kind, t.standardCode, id),
            taskIds: [t.taskId], selectedElsewhere: items.has(kind, t.standardCode, id),
            unitIds: linkedBy.get(kind, t.standardCode, id) ?? [],
          };
          unselected.set(kind, t.standardCode, id, item);
          unselectedList.push(item);
        } else if (!seen.taskIds.includes(t.taskId)) {
          seen.taskIds.push(t.taskId);
        }
      }
      return newlyCovered;
    };
    scopeKnowledgeCovered += scope('knowledge', task.knowledge, acc.knowledge, scopeKnowledge);
    scopeSkillsCovered += scope('skill', task.skills, acc.skills, scopeSkills);
  }

  const all = itemList;
  const ofKind = (kind: CoveredKind) => {
    let selected = 0;
    let covered = 0;
    for (const item of all) {
      if (item.kind !== kind) continue;
      selected += 1;
      if (item.units.length > 0) covered += 1;
    }
    return share(selected, covered);
  };
  const course = {
    tasks: share(taskList.length, taskList.filter((acc) => acc.unitIds.size > 0).length),
    indicators: ofKind('indicator'),
    knowledge: ofKind('knowledge'),
    skills: ofKind('skill'),
    attitudes: ofKind('attitude'),
    overall: share(0, 0),
  };
  course.overall = addShares(course.indicators, course.knowledge, course.skills, course.attitudes);

  const scopeK = share(scopeKnowledge.size, scopeKnowledgeCovered);
  const scopeS = share(scopeSkills.size, scopeSkillsCovered);

  return {
    tasks: taskList.map((acc) => acc.coverage),
    items: all,
    course,
    taskScope: { knowledge: scopeK, skills: scopeS, overall: addShares(scopeK, scopeS) },
    uncovered: all.filter((item) => item.units.length === 0),
    outside,
    unselected: unselectedList,
    units: unitSummaries,
    hours,
  };
}

/** Records a link to a selected task or item; false when the selection does not contain it. */
function attributeInside(
  unit: Unit,
  link: MergedLink,
  cover: UnitCover,
  tasks: ItemTable<TaskAcc>,
  items: ItemTable<ItemCoverage>,
): boolean {
  if (link.kind === 'task') {
    const acc = tasks.get('task', link.standardCode, link.id);
    if (acc === undefined) return false;
    acc.coverage.direct.push(cover);
    acc.coverage.hours += cover.hours;
    acc.unitIds.add(unit.id);
    return true;
  }
  const item = items.get(link.kind, link.standardCode, link.id);
  if (item === undefined) return false;
  item.units.push(cover);
  item.hours += cover.hours;
  item.deepest = deeper(item.deepest, cover.depth);
  const perTask = cover.hours / Math.max(1, item.taskIds.length);
  for (const taskId of item.taskIds) {
    const acc = tasks.get('task', item.standardCode, taskId)!;
    acc.coverage.hours += perTask;
    acc.unitIds.add(unit.id);
  }
  return true;
}

function outsideLink(unit: Unit, link: MergedLink, cover: UnitCover, index: StandardsIndex, tasks: ItemTable<TaskAcc>): OutsideLink {
  const base = {
    kind: link.kind, id: link.id, standardCode: link.standardCode, unitId: unit.id,
    depth: link.depth, hours: cover.hours, note: link.note, name: '', taskIds: [] as string[],
  };
  if (index.get(link.standardCode) === undefined) return { ...base, reason: 'unknown-standard' };
  if (!index.has(link.kind, link.standardCode, link.id)) return { ...base, reason: 'unknown-item' };
  const name = index.nameOf(link.kind, link.standardCode, link.id);
  if (link.kind === 'attitude') return { ...base, name, reason: 'not-selected' };
  if (link.kind === 'task') return { ...base, name, reason: 'outside-tasks' };
  const selectedTaskIds = index
    .tasksOf(link.kind, link.standardCode, link.id)
    .filter((taskId) => tasks.has('task', link.standardCode, taskId));
  return { ...base, name, taskIds: selectedTaskIds, reason: selectedTaskIds.length > 0 ? 'not-selected' : 'outside-tasks' };
}
