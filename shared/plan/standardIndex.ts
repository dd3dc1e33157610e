import type { CompetencyItem, Standard, Task } from '../standard/schema';
import type { ItemKind } from './schema';

/**
 * The standards a plan is checked against, indexed once so that every lookup is a Map access.
 * Built per call of coverageOf/checkPlan (a few microseconds for a standard of 300 items), never
 * cached on the standard objects, so an edited standard is never seen stale.
 */
export interface IndexedStandard {
  standard: Standard;
  tasks: ReadonlyMap<string, Task>;
  /** P code → the task that lists it. */
  indicatorTask: ReadonlyMap<string, Task>;
  /** K code → the tasks that list it (a K serves many tasks). */
  knowledgeTasks: ReadonlyMap<string, readonly Task[]>;
  /** S code → the tasks that list it. */
  skillTasks: ReadonlyMap<string, readonly Task[]>;
  knowledge: ReadonlyMap<string, CompetencyItem>;
  skills: ReadonlyMap<string, CompetencyItem>;
  attitudes: ReadonlyMap<string, CompetencyItem>;
}

export interface StandardsIndex {
  get(standardCode: string): IndexedStandard | undefined;
  /** Whether the standard defines the item: named in its K/S/A lists or listed by one of its tasks. */
  has(kind: ItemKind, standardCode: string, id: string): boolean;
  /** The item's name (a task's name, an indicator's text); '' when unknown or unnamed. */
  nameOf(kind: ItemKind, standardCode: string, id: string): string;
  /** The task ids of the standard that list the item (the task itself for a task; none for attitudes). */
  tasksOf(kind: ItemKind, standardCode: string, id: string): readonly string[];
}

function pushTo(map: Map<string, Task[]>, key: string, task: Task): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [task]);
  else if (!list.includes(task)) list.push(task);
}

export function indexStandard(standard: Standard): IndexedStandard {
  const tasks = new Map<string, Task>();
  const indicatorTask = new Map<string, Task>();
  const knowledgeTasks = new Map<string, Task[]>();
  const skillTasks = new Map<string, Task[]>();
  for (const task of standard.tasks) {
    if (!tasks.has(task.id)) tasks.set(task.id, task);
    for (const indicator of task.indicators) if (!indicatorTask.has(indicator.id)) indicatorTask.set(indicator.id, task);
    for (const id of task.knowledge) pushTo(knowledgeTasks, id, task);
    for (const id of task.skills) pushTo(skillTasks, id, task);
  }
  const byId = (items: readonly CompetencyItem[]) => new Map(items.map((item) => [item.id, item] as const));
  return {
    standard,
    tasks,
    indicatorTask,
    knowledgeTasks,
    skillTasks,
    knowledge: byId(standard.knowledge),
    skills: byId(standard.skills),
    attitudes: byId(standard.attitudes),
  };
}

export function indexStandards(standards: readonly Standard[]): StandardsIndex {
  const byCode = new Map<string, IndexedStandard>();
  for (const standard of standards) if (!byCode.has(standard.code)) byCode.set(standard.code, indexStandard(standard));

  const has = (kind: ItemKind, code: string, id: string): boolean => {
    const s = byCode.get(code);
    if (s === undefined) return false;
    switch (kind) {
      case 'task': return s.tasks.has(id);
      case 'indicator': return s.indicatorTask.has(id);
      case 'knowledge': return s.knowledge.has(id) || s.knowledgeTasks.has(id);
      case 'skill': return s.skills.has(id) || s.skillTasks.has(id);
      case 'attitude': return s.attitudes.has(id);
    }
  };

  const nameOf = (kind: ItemKind, code: string, id: string): string => {
    const s = byCode.get(code);
    if (s === undefined) return '';
    switch (kind) {
      case 'task': return s.tasks.get(id)?.name ?? '';
      case 'indicator': return s.indicatorTask.get(id)?.indicators.find((p) => p.id === id)?.text ?? '';
      case 'knowledge': return s.knowledge.get(id)?.name ?? '';
      case 'skill': return s.skills.get(id)?.name ?? '';
      case 'attitude': return s.attitudes.get(id)?.name ?? '';
    }
  };

  const none: readonly string[] = [];
  const tasksOf = (kind: ItemKind, code: string, id: string): readonly string[] => {
    const s = byCode.get(code);
    if (s === undefined) return none;
    switch (kind) {
      case 'task': return s.tasks.has(id) ? [id] : none;
      case 'indicator': { const t = s.indicatorTask.get(id); return t ? [t.id] : none; }
      case 'knowledge': return s.knowledgeTasks.get(id)?.map((t) => t.id) ?? none;
      case 'skill': return s.skillTasks.get(id)?.map((t) => t.id) ?? none;
      case 'attitude': return none;
    }
  };

  return { get: (code) => byCode.get(code), has, nameOf, tasksOf };
}
