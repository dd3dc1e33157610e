import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  COALESCE_MS,
  createHistory,
  historyCommandOf,
  recordEdit,
  redo,
  redoEdit,
  sealHistory,
  undo,
  undoEdit,
} from '../../../renderer/src/plan/history';
import type { PlanEdit } from '../../../renderer/src/plan/planEditor';
import { emptyPlan } from '../support/fixtures';

const typeName = (value: string): PlanEdit => ({ type: 'setCover', field: 'nameZh', value });
const K01 = { kind: 'knowledge', id: 'K01', standardCode: 'ATC3521-004v2' } as const;

/** A history with one module and one unit, each added as its own step. */
function withUnit() {
  let h = createHistory(emptyPlan());
  h = recordEdit(h, { type: 'addModule', moduleId: 'm1', name: '一' }, 0);
  h = recordEdit(h, { type: 'addUnit', moduleId: 'm1', unit: { id: 'a' } }, 10);
  return h;
}

describe('undo and redo', () => {
  it('undoes and redoes each edit, in order', () => {
    const start = emptyPlan();
    let h = createHistory(start);
    expect(canUndo(h)).toBe(false);
    h = recordEdit(h, { type: 'setInfo', field: 'totalHours', value: 18 }, 0);
    h = recordEdit(h, { type: 'setInfo', field: 'level', value: 3 }, 5_000);
    const end = h.present;
    h = undo(h);
    expect(h.present.info).toMatchObject({ totalHours: 18, level: start.info.level });
    h = undo(h);
    expect(h.present).toBe(start);
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe(end);
    expect(canRedo(h)).toBe(false);
    expect(redo(h)).toBe(h);
  });

  it('forgets the redo steps when a new edit is made', () => {
    let h = withUnit();
    h = undo(h);
    expect(canRedo(h)).toBe(true);
    h = recordEdit(h, { type: 'renameModule', moduleId: 'm1', name: '二' }, 100);
    expect(canRedo(h)).toBe(false);
  });

  it('records nothing for an edit that changes nothing', () => {
    const h = withUnit();
    expect(recordEdit(h, { type: 'setUnitField', unitId: 'a', field: 'hours', value: 0 }, 20)).toBe(h);
  });

  it('names the edit undo and redo would take', () => {
    let h = withUnit();
    h = recordEdit(h, { type: 'toggleLink', unitId: 'a', item: K01 }, 20);
    expect(undoEdit(h)?.type).toBe('toggleLink');
    h = undo(h);
    expect(redoEdit(h)?.type).toBe('toggleLink');
    expect(undoEdit(h)?.type).toBe('addUnit');
  });

  it('keeps at most the limit of steps', () => {
    let h = createHistory(emptyPlan());
    for (let i = 1; i <= 12; i += 1) h = recordEdit(h, { type: 'setInfo', field: 'level', value: ((i % 6) + 1) as 1 }, i * 10_000, 10);
    expect(h.past).toHaveLength(10);
  });
});

describe('typing in one field is one step', () => {
  it('coalesces keystrokes in one field into one undo step', () => {
    const start = emptyPlan();
    let h = createHistory(start);
    let t = 0;
    for (const value of ['錄', '錄音', '錄音工', '錄音工程']) h = recordEdit(h, typeName(value), (t += 300));
    expect(h.past).toHaveLength(1);
    expect(h.present.cover.nameZh).toBe('錄音工程');
    h = undo(h);
    expect(h.present).toBe(start);
    h = redo(h);
    expect(h.present.cover.nameZh).toBe('錄音工程');
  });

  it('starts a new step after a pause, in another field, after sealing, or after undo', () => {
    let h = createHistory(emptyPlan());
    h = recordEdit(h, typeName('a'), 0);
    h = recordEdit(h, typeName('ab'), COALESCE_MS + 1);
    expect(h.past).toHaveLength(2);
    h = recordEdit(h, { type: 'setCover', field: 'nameEn', value: 'x' }, COALESCE_MS + 2);
    expect(h.past).toHaveLength(3);
    h = recordEdit(sealHistory(h), { type: 'setCover', field: 'nameEn', value: 'xy' }, COALESCE_MS + 3);
    expect(h.past).toHaveLength(4);
    h = undo(h);
    h = recordEdit(h, { type: 'setCover', field: 'nameEn', value: 'xz' }, COALESCE_MS + 4);
    expect(h.past).toHaveLength(4);
    expect(h.present.cover.nameEn).toBe('xz');
    h = undo(h);
    expect(h.present.cover.nameEn).toBe('x');
  });

  it('never coalesces toggles', () => {
    let h = withUnit();
    h = recordEdit(h, { type: 'toggleLink', unitId: 'a', item: K01 }, 20);
    h = recordEdit(h, { type: 'toggleLink', unitId: 'a', item: { ...K01, id: 'K02' } }, 21);
    expect(h.past).toHaveLength(4);
  });

  it('seals without a change when nothing is being typed', () => {
    const h = withUnit();
    expect(sealHistory(h)).toBe(h);
  });
});

describe('keyboard commands', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
    ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

  it('maps Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and their ⌘ forms', () => {
    expect(historyCommandOf(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyCommandOf(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyCommandOf(key('y', { ctrlKey: true }))).toBe('redo');
    expect(historyCommandOf(key('z', { metaKey: true }))).toBe('undo');
    expect(historyCommandOf(key('z', { metaKey: true, shiftKey: true }))).toBe('redo');
  });

  it('ignores other keys', () => {
    expect(historyCommandOf(key('z'))).toBeNull();
    expect(historyCommandOf(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyCommandOf(key('x', { ctrlKey: true }))).toBeNull();
    expect(historyCommandOf(key('y', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
});
