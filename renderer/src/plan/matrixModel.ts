import type { Coverage, CoveredKind, ItemCoverage } from '../../../shared/plan/coverage';
import type { ItemRef } from '../../../shared/plan/itemRef';
import type { Depth, Unit } from '../../../shared/plan/schema';

/**
 * The coverage matrix as data: units are rows, the items the course selected (表1's P, K, S, then
 * the attitudes) are columns, grouped by task. Pure, so the screen only draws it.
 */

export interface MatrixColumn {
  /** Unique per item: `ATC3521-004v2|knowledge|K01`. */
  key: string;
  ref: ItemRef & { kind: CoveredKind };
  name: string;
  /** The selected tasks listing the item (empty for attitudes). */
  taskIds: readonly string[];
}

export interface MatrixGroup {
  /** A task id, or `attitudes`. */
  key: string;
  taskId: string | null;
  /** The task's name in the standard ('' for the attitudes group). */
  name: string;
  columns: MatrixColumn[];
}

export interface MatrixFilter {
  /** Only items of this task (a task id); null for all. */
  taskId: string | null;
  /** Only these items (keys), e.g. those uncovered when the filter was switched on; null for all. */
  onlyKeys: ReadonlySet<string> | null;
}

export const NO_FILTER: MatrixFilter = { taskId: null, onlyKeys: null };

export const itemKey = (ref: ItemRef): string => `${ref.standardCode}|${ref.kind}|${ref.id}`;

const KIND_ORDER: Readonly<Record<CoveredKind, number>> = { indicator: 0, knowledge: 1, skill: 2, attitude: 3 };

function columnOf(item: ItemCoverage): MatrixColumn {
  return {
    key: itemKey(item),
    ref: { kind: item.kind, id: item.id, standardCode: item.standardCode },
    name: item.name,
    taskIds: item.taskIds,
  };
}

/**
 * The groups of columns. An item selected under several tasks appears once, under the first of
 * them, unless one task is filtered: then every item of that task shows.
 */
export function matrixGroups(coverage: Coverage, filter: MatrixFilter = NO_FILTER): MatrixGroup[] {
  const keep = (item: ItemCoverage) => filter.onlyKeys === null || filter.onlyKeys.has(itemKey(item));
  const groups: MatrixGroup[] = [];
  for (const task of coverage.tasks) {
    if (filter.taskId !== null && task.taskId !== filter.taskId) continue;
    const items = coverage.items.filter((item) =>
      item.kind !== 'attitude' && item.standardCode === task.standardCode && keep(item)
      && (filter.taskId !== null ? item.taskIds.includes(task.taskId) : item.taskIds[0] === task.taskId));
    items.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    if (items.length > 0) groups.push({ key: `${task.standardCode}|${task.taskId}`, taskId: task.taskId, name: task.name, columns: items.map(columnOf) });
  }
  if (filter.taskId === null) {
    const attitudes = coverage.items.filter((item) => item.kind === 'attitude' && keep(item));
    if (attitudes.length > 0) groups.push({ key: 'attitudes', taskId: null, name: '', columns: attitudes.map(columnOf) });
  }
  return groups;
}

export const columnsOf = (groups: readonly MatrixGroup[]): MatrixColumn[] => groups.flatMap((g) => g.columns);

/** The keys of the selected items no unit covers yet. */
export function uncoveredKeys(coverage: Coverage): Set<string> {
  return new Set(coverage.uncovered.map(itemKey));
}

/** A unit's links by item key, with the deepest depth of each. */
export function linksByKey(unit: Unit): Map<string, Depth> {
  const rank: Record<Depth, number> = { introduced: 1, practised: 2, assessed: 3 };
  const map = new Map<string, Depth>();
  for (const link of unit.links) {
    const key = itemKey(link);
    const seen = map.get(key);
    if (seen === undefined || rank[link.depth] > rank[seen]) map.set(key, link.depth);
  }
  return map;
}

/** How many of the columns a unit links. */
export function rowTotal(links: ReadonlyMap<string, Depth>, columns: readonly MatrixColumn[]): number {
  let n = 0;
  for (const column of columns) if (links.has(column.key)) n += 1;
  return n;
}

/** How many units link each item, by key (from the coverage, so it is computed once per edit). */
export function columnTotals(coverage: Coverage): Map<string, number> {
  return new Map(coverage.items.map((item) => [itemKey(item), item.units.length] as const));
}

// ————— keyboard movement in the grid —————

export interface CellPosition {
  row: number;
  col: number;
}

export interface GridKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** Rows a PageUp / PageDown moves. */
export const PAGE_ROWS = 10;

/**
 * The cell a navigation key moves the focus to in a grid of `rows` × `cols` data cells, or null when
 * the key is not a navigation key. Arrows move one cell (stopping at the edges), Home / End go to
 * the row's first / last cell, Ctrl+Home / Ctrl+End to the grid's first / last cell, PageUp /
 * PageDown move ten rows.
 */
export function moveCell(at: CellPosition, event: GridKey, rows: number, cols: number): CellPosition | null {
  if (rows === 0 || cols === 0) return null;
  const clamp = (row: number, col: number): CellPosition => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  const ctrl = event.ctrlKey === true || event.metaKey === true;
  switch (event.key) {
    case 'ArrowUp': return clamp(at.row - 1, at.col);
    case 'ArrowDown': return clamp(at.row + 1, at.col);
    case 'ArrowLeft': return clamp(at.row, at.col - 1);
    case 'ArrowRight': return clamp(at.row, at.col + 1);
    case 'Home': return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End': return ctrl ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1);
    case 'PageUp': return clamp(at.row - PAGE_ROWS, at.col);
    case 'PageDown': return clamp(at.row + PAGE_ROWS, at.col);
    default: return null;
  }
}

/** What a key does to the link in the focused cell: Space or Enter toggles it, D cycles its depth. */
export function cellCommandOf(event: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): 'toggle' | 'depth' | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === ' ' || event.key === 'Enter') return 'toggle';
  if (event.key === 'd' || event.key === 'D') return 'depth';
  return null;
}
