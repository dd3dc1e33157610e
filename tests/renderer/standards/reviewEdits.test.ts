import { describe, expect, it } from 'vitest';
import { StandardSchema } from '../../../shared/standard/schema';
import { applyStandardEdit, reviewProblems, type StandardEdit } from '../../../renderer/src/standards/reviewEdits';
import { deepFreeze, recordingEngineer } from '../support/fixtures';

const bundled = new Set(['ATC3521-004v2']);

function run(...edits: StandardEdit[]) {
  let standard = deepFreeze(structuredClone(recordingEngineer));
  for (const edit of edits) standard = deepFreeze(applyStandardEdit(standard, edit));
  expect(StandardSchema.safeParse(standard).success).toBe(true);
  return standard;
}

describe('correcting an imported standard', () => {
  it('changes the code, keeping its version row pointing at it', () => {
    const standard = run({ type: 'setCode', code: 'ATC3521-004v3' });
    expect(standard.code).toBe('ATC3521-004v3');
    expect(standard.versions.some((v) => v.code === 'ATC3521-004v3')).toBe(true);
  });

  it('corrects names and levels', () => {
    const task = recordingEngineer.tasks[0]!;
    const standard = run(
      { type: 'setName', name: '錄音工程師（修正）' },
      { type: 'setLevel', level: 5 },
      { type: 'setDutyName', dutyId: 'T1', name: '職責' },
      { type: 'setTaskName', taskId: task.id, name: '溝通' },
      { type: 'setTaskLevel', taskId: task.id, level: 3 },
      { type: 'setIndicatorText', taskId: task.id, indicatorId: task.indicators[0]!.id, text: '指標' },
      { type: 'setItemName', kind: 'attitude', id: 'A01', name: '主動積極' },
    );
    expect(standard).toMatchObject({ name: '錄音工程師（修正）', level: 5 });
    expect(standard.duties.find((d) => d.id === 'T1')!.name).toBe('職責');
    expect(standard.tasks[0]).toMatchObject({ name: '溝通', level: 3 });
    expect(standard.tasks[0]!.indicators[0]!.text).toBe('指標');
    expect(standard.attitudes[0]!.name).toBe('主動積極');
  });

  it('renames a K code in its list and in every task that lists it', () => {
    const standard = run({ type: 'setItemCode', kind: 'knowledge', id: 'K01', code: 'K001' });
    expect(standard.knowledge.some((k) => k.id === 'K001')).toBe(true);
    expect(standard.knowledge.some((k) => k.id === 'K01')).toBe(false);
    expect(standard.tasks.some((t) => t.knowledge.includes('K01'))).toBe(false);
    expect(standard.tasks.filter((t) => t.knowledge.includes('K001')).length)
      .toBe(recordingEngineer.tasks.filter((t) => t.knowledge.includes('K01')).length);
  });

  it('renames a task code', () => {
    const standard = run({ type: 'setTaskCode', taskId: 'T1.1', code: 'T1.9' });
    expect(standard.tasks[0]!.id).toBe('T1.9');
  });

  it('returns the same standard when nothing changes', () => {
    const standard = structuredClone(recordingEngineer);
    expect(applyStandardEdit(standard, { type: 'setName', name: standard.name })).toBe(standard);
    expect(applyStandardEdit(standard, { type: 'setTaskName', taskId: 'nope', name: 'x' })).toBe(standard);
    expect(applyStandardEdit(standard, { type: 'setItemCode', kind: 'skill', id: 'S01', code: 'S01' })).toBe(standard);
  });
});

describe('what stops a standard being kept', () => {
  it('refuses a bundled code and accepts a new one', () => {
    expect(reviewProblems(recordingEngineer, bundled)).toEqual([{ code: 'code-bundled', value: 'ATC3521-004v2' }]);
    expect(reviewProblems(run({ type: 'setCode', code: 'ATC3521-904v2' }), bundled)).toEqual([]);
  });

  it('finds a malformed code, a missing name, a duplicated code and a nameless item', () => {
    const standard = run(
      { type: 'setCode', code: 'atc-1' },
      { type: 'setName', name: ' ' },
      { type: 'setItemCode', kind: 'skill', id: 'S02', code: 'S01' },
      { type: 'setItemName', kind: 'knowledge', id: 'K01', name: '' },
    );
    expect(reviewProblems(standard, bundled)).toEqual([
      { code: 'code-format', value: 'atc-1' },
      { code: 'name-missing' },
      { code: 'item-name-missing', kind: 'knowledge', id: 'K01' },
      { code: 'duplicate-code', kind: 'skill', id: 'S01' },
    ]);
  });
});
