import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../../shared/plan/coverage';
import {
  cellCommandOf,
  columnsOf,
  columnTotals,
  itemKey,
  linksByKey,
  matrixGroups,
  moveCell,
  rowTotal,
  uncoveredKeys,
} from '../../../renderer/src/plan/matrixModel';
import { applyEdit } from '../../../renderer/src/plan/planEditor';
import { examplePlan, recordingEngineer } from '../support/fixtures';

const S = 'ATC3521-004v2';

describe('matrix columns', () => {
  const plan = examplePlan();
  const coverage = coverageOf(plan, [recordingEngineer]);

  it('has every selected item once, grouped by task in 表1 order, attitudes last', () => {
    const groups = matrixGroups(coverage);
    expect(groups.map((g) => g.taskId)).toEqual([...plan.selectedTasks.map((r) => r.taskId), null]);
    const keys = columnsOf(groups).map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(coverage.items.length);
    // Within a task: P, then K, then S.
    const kinds = groups[0]!.columns.map((c) => c.ref.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ['indicator', 'knowledge', 'skill'].indexOf(a) - ['indicator', 'knowledge', 'skill'].indexOf(b)));
    expect(groups.at(-1)!.columns.every((c) => c.ref.kind === 'attitude')).toBe(true);
  });

  it('filters one task, showing every item it selects', () => {
    const groups = matrixGroups(coverage, { taskId: 'T2.1', onlyKeys: null });
    expect(groups).toHaveLength(1);
    const row = plan.selectedTasks.find((r) => r.taskId === 'T2.1')!;
    expect(groups[0]!.columns.map((c) => c.ref.id)).toEqual([...row.indicators, ...row.knowledge, ...row.skills]);
  });

  it('filters to the uncovered items', () => {
    const broken = applyEdit(applyEdit(plan, { type: 'removeUnit', unitId: 'u-brief' }), { type: 'removeUnit', unitId: 'u-studio' });
    const brokenCoverage = coverageOf(broken, [recordingEngineer]);
    const only = uncoveredKeys(brokenCoverage);
    expect(only.size).toBeGreaterThan(0);
    const keys = columnsOf(matrixGroups(brokenCoverage, { taskId: null, onlyKeys: only })).map((c) => c.key);
    expect(new Set(keys)).toEqual(only);
  });

  it('counts per row and per column', () => {
    const unit = plan.units[0]!;
    const links = linksByKey(unit);
    const columns = columnsOf(matrixGroups(coverage));
    const inSelection = unit.links.filter((l) => l.kind !== 'task').length;
    expect(rowTotal(links, columns)).toBe(inSelection);
    const totals = columnTotals(coverage);
    const k01 = itemKey({ kind: 'knowledge', id: 'K01', standardCode: S });
    expect(totals.get(k01)).toBe(plan.units.filter((u) => u.links.some((l) => l.id === 'K01')).length);
  });

  it('keeps the deepest depth of a doubled link', () => {
    const unit = { ...plan.units[0]!, links: [{ kind: 'knowledge' as const, id: 'K09', standardCode: S, depth: 'assessed' as const, note: '' }, { kind: 'knowledge' as const, id: 'K09', standardCode: S, depth: 'introduced' as const, note: '' }] };
    expect(linksByKey(unit).get(itemKey({ kind: 'knowledge', id: 'K09', standardCode: S }))).toBe('assessed');
  });
});

describe('keyboard in the grid', () => {
  const at = { row: 2, col: 3 };
  it.each([
    ['ArrowUp', {}, { row: 1, col: 3 }],
    ['ArrowDown', {}, { row: 3, col: 3 }],
    ['ArrowLeft', {}, { row: 2, col: 2 }],
    ['ArrowRight', {}, { row: 2, col: 4 }],
    ['Home', {}, { row: 2, col: 0 }],
    ['End', {}, { row: 2, col: 9 }],
    ['Home', { ctrlKey: true }, { row: 0, col: 0 }],
    ['End', { ctrlKey: true }, { row: 19, col: 9 }],
    ['PageDown', {}, { row: 12, col: 3 }],
    ['PageUp', {}, { row: 0, col: 3 }],
  ])('%s %o', (key, mods, expected) => {
    expect(moveCell(at, { key, ...mods }, 20, 10)).toEqual(expected);
  });

  it('stops at the edges and ignores other keys', () => {
    expect(moveCell({ row: 0, col: 0 }, { key: 'ArrowUp' }, 5, 5)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 4, col: 4 }, { key: 'ArrowRight' }, 5, 5)).toEqual({ row: 4, col: 4 });
    expect(moveCell(at, { key: 'x' }, 5, 5)).toBeNull();
    expect(moveCell(at, { key: 'ArrowUp' }, 0, 5)).toBeNull();
  });

  it('toggles with Space or Enter, cycles depth with D', () => {
    expect(cellCommandOf({ key: ' ' })).toBe('toggle');
    expect(cellCommandOf({ key: 'Enter' })).toBe('toggle');
    expect(cellCommandOf({ key: 'd' })).toBe('depth');
    expect(cellCommandOf({ key: 'D' })).toBe('depth');
    expect(cellCommandOf({ key: 'd', ctrlKey: true })).toBeNull();
    expect(cellCommandOf({ key: 'x' })).toBeNull();
  });
});
