import { STANDARD_CODE_PATTERN, type CompetencyItem, type Level, type Standard, type Task } from '../../../shared/standard/schema';

/**
 * The corrections a user makes to an imported standard before keeping it: names, levels and codes.
 * Pure and immutable, like the plan editor; `reviewProblems` says what still stops it being kept.
 */

export type NamedKind = 'knowledge' | 'skill' | 'attitude';

const LIST: Record<NamedKind, 'knowledge' | 'skills' | 'attitudes'> = { knowledge: 'knowledge', skill: 'skills', attitude: 'attitudes' };

export type StandardEdit =
  | { type: 'setCode'; code: string }
  | { type: 'setName'; name: string }
  | { type: 'setLevel'; level: Level | null }
  | { type: 'setDutyName'; dutyId: string; name: string }
  | { type: 'setTaskName'; taskId: string; name: string }
  | { type: 'setTaskLevel'; taskId: string; level: Level | null }
  | { type: 'setTaskCode'; taskId: string; code: string }
  | { type: 'setIndicatorText'; taskId: string; indicatorId: string; text: string }
  | { type: 'setItemName'; kind: NamedKind; id: string; name: string }
  /** Renames a K, S or A code in its list and in every task that lists it. */
  | { type: 'setItemCode'; kind: NamedKind; id: string; code: string };

function mapTask(standard: Standard, taskId: string, change: (task: Task) => Task): Standard {
  let changed = false;
  const tasks = standard.tasks.map((task) => {
    if (task.id !== taskId) return task;
    const next = change(task);
    if (next !== task) changed = true;
    return next;
  });
  return changed ? { ...standard, tasks } : standard;
}

function mapItem(standard: Standard, kind: NamedKind, id: string, change: (item: CompetencyItem) => CompetencyItem): Standard {
  const key = LIST[kind];
  let changed = false;
  const items = standard[key].map((item) => {
    if (item.id !== id) return item;
    const next = change(item);
    if (next !== item) changed = true;
    return next;
  });
  return changed ? { ...standard, [key]: items } : standard;
}

export function applyStandardEdit(standard: Standard, edit: StandardEdit): Standard {
  switch (edit.type) {
    case 'setCode': {
      if (standard.code === edit.code) return standard;
      // Keep the version table's row for this standard pointing at it.
      const versions = standard.versions.map((v) => (v.code === standard.code ? { ...v, code: edit.code } : v));
      return { ...standard, code: edit.code, versions };
    }
    case 'setName':
      return standard.name === edit.name ? standard : { ...standard, name: edit.name };
    case 'setLevel':
      return standard.level === edit.level ? standard : { ...standard, level: edit.level };
    case 'setDutyName': {
      if (!standard.duties.some((d) => d.id === edit.dutyId && d.name !== edit.name)) return standard;
      return { ...standard, duties: standard.duties.map((d) => (d.id === edit.dutyId ? { ...d, name: edit.name } : d)) };
    }
    case 'setTaskName':
      return mapTask(standard, edit.taskId, (t) => (t.name === edit.name ? t : { ...t, name: edit.name }));
    case 'setTaskLevel':
      return mapTask(standard, edit.taskId, (t) => (t.level === edit.level ? t : { ...t, level: edit.level }));
    case 'setTaskCode':
      if (edit.code === edit.taskId) return standard;
      return mapTask(standard, edit.taskId, (t) => ({ ...t, id: edit.code }));
    case 'setIndicatorText':
      return mapTask(standard, edit.taskId, (t) => {
        if (!t.indicators.some((p) => p.id === edit.indicatorId && p.text !== edit.text)) return t;
        return { ...t, indicators: t.indicators.map((p) => (p.id === edit.indicatorId ? { ...p, text: edit.text } : p)) };
      });
    case 'setItemName':
      return mapItem(standard, edit.kind, edit.id, (item) => (item.name === edit.name ? item : { ...item, name: edit.name }));
    case 'setItemCode': {
      if (edit.code === edit.id) return standard;
      const renamed = mapItem(standard, edit.kind, edit.id, (item) => ({ ...item, id: edit.code }));
      if (edit.kind === 'attitude') return renamed;
      const key = edit.kind === 'knowledge' ? 'knowledge' : 'skills';
      return {
        ...renamed,
        tasks: renamed.tasks.map((t) => (t[key].includes(edit.id) ? { ...t, [key]: t[key].map((c) => (c === edit.id ? edit.code : c)) } : t)),
      };
    }
  }
}

export type ReviewProblem =
  | { code: 'code-format'; value: string }
  | { code: 'code-bundled'; value: string }
  | { code: 'name-missing' }
  | { code: 'duplicate-code'; kind: NamedKind | 'task'; id: string }
  | { code: 'item-name-missing'; kind: NamedKind | 'task'; id: string };

/**
 * What stops the standard being kept as it is: a code not like `ATC3521-004v2`, a code a bundled
 * standard has, no name, a code used twice in one list, a nameless task or item.
 */
export function reviewProblems(standard: Standard, bundledCodes: ReadonlySet<string>): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  if (!STANDARD_CODE_PATTERN.test(standard.code)) problems.push({ code: 'code-format', value: standard.code });
  else if (bundledCodes.has(standard.code)) problems.push({ code: 'code-bundled', value: standard.code });
  if (standard.name.trim() === '') problems.push({ code: 'name-missing' });
  const lists: [NamedKind | 'task', readonly { id: string; name: string }[]][] = [
    ['task', standard.tasks],
    ['knowledge', standard.knowledge],
    ['skill', standard.skills],
    ['attitude', standard.attitudes],
  ];
  for (const [kind, items] of lists) {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) problems.push({ code: 'duplicate-code', kind, id: item.id });
      seen.add(item.id);
      if (item.name.trim() === '') problems.push({ code: 'item-name-missing', kind, id: item.id });
    }
  }
  return problems;
}
