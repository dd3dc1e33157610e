import { describe, expect, it } from 'vitest';
import { PlanSchema, type Plan } from '../../../shared/plan/schema';
import { createHistory, recordEdit, redo, undo } from '../../../renderer/src/plan/history';
import { applyEdit, type PlanEdit, type PlanEditType } from '../../../renderer/src/plan/planEditor';
import { deepFreeze, examplePlan } from '../support/fixtures';

const S = 'ATC3521-004v2';
const K05 = { kind: 'knowledge', id: 'K05', standardCode: S } as const;

/**
 * One edit of every type, on the example plan. The record is typed by the edit types, so a new type
 * does not compile until it has an example here, and so a test.
 */
const EXAMPLES: { [T in PlanEditType]: Extract<PlanEdit, { type: T }> } = {
  setCover: { type: 'setCover', field: 'nameEn', value: 'Recording' },
  setInfo: { type: 'setInfo', field: 'totalHours', value: 48 },
  addStandardRef: { type: 'addStandardRef', code: 'IDC3512-002v2', name: '影音串流工程助理', version: 'V2' },
  removeStandardRef: { type: 'removeStandardRef', code: S },
  selectTask: { type: 'selectTask', standardCode: S, taskId: 'T4.1', knowledge: ['K26'] },
  unselectTask: { type: 'unselectTask', standardCode: S, taskId: 'T1.1' },
  toggleTaskItem: { type: 'toggleTaskItem', standardCode: S, taskId: 'T1.1', kind: 'knowledge', id: 'K01' },
  setTaskItems: { type: 'setTaskItems', standardCode: S, taskId: 'T1.1', indicators: [], knowledge: [], skills: [] },
  setTaskRow: { type: 'setTaskRow', standardCode: S, taskId: 'T1.1', field: 'nameEn', value: 'Talk to the producer' },
  toggleAttitude: { type: 'toggleAttitude', standardCode: S, id: 'A06' },
  addModule: { type: 'addModule', moduleId: 'm-new', name: '新模組' },
  renameModule: { type: 'renameModule', moduleId: 'm-plan', name: '前置作業' },
  removeModule: { type: 'removeModule', moduleId: 'm-finish' },
  moveModule: { type: 'moveModule', moduleId: 'm-finish', toIndex: 0 },
  moveModuleBy: { type: 'moveModuleBy', moduleId: 'm-plan', delta: 1 },
  addUnit: { type: 'addUnit', moduleId: 'm-plan', unit: { id: 'u-new', nameZh: '新單元', hours: 3 } },
  removeUnit: { type: 'removeUnit', unitId: 'u-editing' },
  moveUnit: { type: 'moveUnit', unitId: 'u-brief', moduleId: 'm-finish', toIndex: 1 },
  moveUnitBy: { type: 'moveUnitBy', unitId: 'u-studio', delta: -1 },
  setUnitField: { type: 'setUnitField', unitId: 'u-brief', field: 'hours', value: 7 },
  toggleUnitChoice: { type: 'toggleUnitChoice', unitId: 'u-brief', field: 'equipment', value: 'microphone' },
  addObjective: { type: 'addObjective', unitId: 'u-brief', text: '能撰寫需求單' },
  setObjective: { type: 'setObjective', unitId: 'u-brief', index: 0, text: '能訪談製作人' },
  removeObjective: { type: 'removeObjective', unitId: 'u-brief', index: 1 },
  setStaffRequirement: { type: 'setStaffRequirement', unitId: 'u-brief', role: 'assistant', text: '具錄音室經驗' },
  addStaffMember: { type: 'addStaffMember', unitId: 'u-brief', role: 'teacher' },
  setStaffMember: { type: 'setStaffMember', unitId: 'u-mixing', index: 0, field: 'name', value: '陳老師' },
  removeStaffMember: { type: 'removeStaffMember', unitId: 'u-mixing', index: 0 },
  toggleLink: { type: 'toggleLink', unitId: 'u-brief', item: K05 },
  cycleLinkDepth: { type: 'cycleLinkDepth', unitId: 'u-brief', item: { kind: 'knowledge', id: 'K01', standardCode: S } },
  setLinkDepth: { type: 'setLinkDepth', unitId: 'u-brief', item: { kind: 'knowledge', id: 'K01', standardCode: S }, depth: 'assessed' },
  setLinkNote: { type: 'setLinkNote', unitId: 'u-brief', item: { kind: 'knowledge', id: 'K01', standardCode: S }, note: '第 3 頁' },
  setPilot: { type: 'setPilot', field: 'graduated', value: 15 },
  setCompletion: { type: 'setCompletion', criterion: 'other', adopted: true, description: '出席率 80%' },
  setEvidence: { type: 'setEvidence', indicator: '5.3', text: '檢討會議紀錄' },
  setStakeholders: { type: 'setStakeholders', phase: 'evaluation', text: '業界評審' },
  setCheckSetting: { type: 'setCheckSetting', field: 'coverageTarget', value: 75 },
  toggleCheckDisabled: { type: 'toggleCheckDisabled', code: 'advisory.level-unit' },
};

/** The example plan with a staff member in u-mixing, so the staff edits have someone to edit. */
function base(): Plan {
  const plan = examplePlan();
  return deepFreeze({
    ...plan,
    units: plan.units.map((u) => (u.id === 'u-mixing' ? { ...u, staff: [{ role: 'teacher' as const, name: '王老師', qualifications: '混音師' }] } : u)),
  });
}

describe.each(Object.values(EXAMPLES).map((edit) => [edit.type, edit] as const))('%s', (_type, edit) => {
  it('changes the plan without touching the original, and keeps it a valid plan', () => {
    const before = base();
    const after = applyEdit(before, edit);
    expect(after).not.toBe(before);
    expect(after).not.toEqual(before);
    expect(PlanSchema.safeParse(after).success).toBe(true);
  });

  it('is undone and redone exactly', () => {
    const before = base();
    const history = recordEdit(createHistory(before), edit, 0);
    const after = history.present;
    expect(undo(history).present).toBe(before);
    expect(redo(undo(history)).present).toBe(after);
  });
});
