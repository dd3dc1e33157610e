import { describe, expect, it } from 'vitest';
import type { ItemRef } from '../../../shared/plan/itemRef';
import { PlanSchema, type Plan } from '../../../shared/plan/schema';
import {
  applyEdit,
  blankUnit,
  coalesceKey,
  freshId,
  insertInOrder,
  linkDepth,
  nextDepth,
  unitPosition,
  unitsInMapOrder,
  type PlanEdit,
} from '../../../renderer/src/plan/planEditor';
import { deepFreeze, emptyPlan, examplePlan, recordingEngineer } from '../support/fixtures';

const S = 'ATC3521-004v2';
const K01: ItemRef = { kind: 'knowledge', id: 'K01', standardCode: S };

/** Applies edits in turn to a frozen plan (so any mutation throws) and checks the result is still a valid plan. */
function run(plan: Plan, ...edits: PlanEdit[]): Plan {
  let current = deepFreeze(plan);
  for (const edit of edits) current = deepFreeze(applyEdit(current, edit));
  expect(PlanSchema.safeParse(current).success).toBe(true);
  return current;
}

/** A plan with two modules: m1 [a, b, c], m2 [d]. */
function mapPlan(): Plan {
  return run(emptyPlan(),
    { type: 'addModule', moduleId: 'm1', name: '一' },
    { type: 'addModule', moduleId: 'm2', name: '二' },
    { type: 'addUnit', moduleId: 'm1', unit: { id: 'a', nameZh: 'A' } },
    { type: 'addUnit', moduleId: 'm1', unit: { id: 'b', nameZh: 'B' } },
    { type: 'addUnit', moduleId: 'm1', unit: { id: 'c', nameZh: 'C' } },
    { type: 'addUnit', moduleId: 'm2', unit: { id: 'd', nameZh: 'D' } });
}

const mapOf = (plan: Plan) => plan.modules.map((m) => `${m.id}:${m.unitIds.join('')}`).join(' ');
const unitOrder = (plan: Plan) => plan.units.map((u) => u.id).join('');

describe('cover and course information', () => {
  it('sets a cover field, and only that', () => {
    const before = emptyPlan();
    const after = run(before, { type: 'setCover', field: 'nameEn', value: 'Recording' });
    expect(after.cover.nameEn).toBe('Recording');
    expect(after.cover.nameZh).toBe(before.cover.nameZh);
    expect(after.info).toBe(before.info);
    expect(after.units).toBe(before.units);
  });

  it('sets the competency basis and application type', () => {
    const after = run(emptyPlan(), { type: 'setCover', field: 'basis', value: 'self-analysis' }, { type: 'setCover', field: 'applicationType', value: 'renewal-2' });
    expect(after.cover.basis).toBe('self-analysis');
    expect(after.cover.applicationType).toBe('renewal-2');
  });

  it('sets an info field: text, hours, level', () => {
    const after = run(emptyPlan(),
      { type: 'setInfo', field: 'needs', value: '業界需要' },
      { type: 'setInfo', field: 'totalHours', value: 18 },
      { type: 'setInfo', field: 'level', value: 3 });
    expect(after.info).toMatchObject({ needs: '業界需要', totalHours: 18, level: 3 });
  });

  it('returns the same plan when a field gets the value it has', () => {
    const plan = emptyPlan();
    expect(applyEdit(plan, { type: 'setCover', field: 'nameZh', value: plan.cover.nameZh })).toBe(plan);
    expect(applyEdit(plan, { type: 'setInfo', field: 'level', value: plan.info.level })).toBe(plan);
  });

  it('adds and removes a standard the course is based on, once', () => {
    const added = run(emptyPlan(), { type: 'addStandardRef', code: 'IDC3512-002v2', name: '影音串流工程助理', version: 'V2' });
    expect(added.standards.map((s) => s.code)).toEqual([S, 'IDC3512-002v2']);
    expect(applyEdit(added, { type: 'addStandardRef', code: S, name: '', version: '' })).toBe(added);
    expect(run(added, { type: 'removeStandardRef', code: S }).standards.map((s) => s.code)).toEqual(['IDC3512-002v2']);
  });
});

describe('表1: tasks, indicators, K and S', () => {
  const taskOrder = recordingEngineer.tasks.map((t) => t.id);
  const t21 = recordingEngineer.tasks.find((t) => t.id === 'T2.1')!;

  it('selects a task with the items given, in the standard\'s task order', () => {
    const plan = run(emptyPlan(),
      { type: 'selectTask', standardCode: S, taskId: 'T2.1', taskOrder, indicators: ['P2.1.1'], knowledge: t21.knowledge, skills: t21.skills },
      { type: 'selectTask', standardCode: S, taskId: 'T1.1', taskOrder });
    expect(plan.selectedTasks.map((r) => r.taskId)).toEqual(['T1.1', 'T2.1']);
    expect(plan.selectedTasks[1]).toMatchObject({ indicators: ['P2.1.1'], knowledge: t21.knowledge, skills: t21.skills, level: null, nameEn: '' });
    expect(plan.selectedTasks[0]!.knowledge).toEqual([]);
  });

  it('does not select a task twice', () => {
    const plan = run(emptyPlan(), { type: 'selectTask', standardCode: S, taskId: 'T1.1' });
    expect(applyEdit(plan, { type: 'selectTask', standardCode: S, taskId: 'T1.1' })).toBe(plan);
  });

  it('unselects a task', () => {
    const plan = run(emptyPlan(), { type: 'selectTask', standardCode: S, taskId: 'T1.1' }, { type: 'unselectTask', standardCode: S, taskId: 'T1.1' });
    expect(plan.selectedTasks).toEqual([]);
    expect(applyEdit(plan, { type: 'unselectTask', standardCode: S, taskId: 'T1.1' })).toBe(plan);
  });

  it('toggles a P, K or S of a selected task, inserting it in the standard\'s order', () => {
    const order = t21.knowledge;
    let plan = run(emptyPlan(), { type: 'selectTask', standardCode: S, taskId: 'T2.1', knowledge: [order[0]!, order[2]!] });
    plan = run(plan, { type: 'toggleTaskItem', standardCode: S, taskId: 'T2.1', kind: 'knowledge', id: order[1]!, order });
    expect(plan.selectedTasks[0]!.knowledge).toEqual(order.slice(0, 3));
    plan = run(plan, { type: 'toggleTaskItem', standardCode: S, taskId: 'T2.1', kind: 'knowledge', id: order[0]!, order });
    expect(plan.selectedTasks[0]!.knowledge).toEqual(order.slice(1, 3));
    plan = run(plan,
      { type: 'toggleTaskItem', standardCode: S, taskId: 'T2.1', kind: 'indicator', id: 'P2.1.1' },
      { type: 'toggleTaskItem', standardCode: S, taskId: 'T2.1', kind: 'skill', id: 'S03' });
    expect(plan.selectedTasks[0]).toMatchObject({ indicators: ['P2.1.1'], skills: ['S03'] });
  });

  it('sets all of a row\'s items at once, and clears them', () => {
    let plan = run(emptyPlan(), { type: 'selectTask', standardCode: S, taskId: 'T2.1' });
    plan = run(plan, { type: 'setTaskItems', standardCode: S, taskId: 'T2.1', indicators: ['P2.1.1'], knowledge: t21.knowledge, skills: t21.skills });
    expect(plan.selectedTasks[0]).toMatchObject({ indicators: ['P2.1.1'], knowledge: t21.knowledge, skills: t21.skills });
    expect(applyEdit(plan, { type: 'setTaskItems', standardCode: S, taskId: 'T2.1', indicators: ['P2.1.1'], knowledge: t21.knowledge, skills: t21.skills })).toBe(plan);
    plan = run(plan, { type: 'setTaskItems', standardCode: S, taskId: 'T2.1', indicators: [], knowledge: [], skills: [] });
    expect(plan.selectedTasks[0]).toMatchObject({ indicators: [], knowledge: [], skills: [] });
  });

  it('ignores an item of a task that is not selected', () => {
    const plan = emptyPlan();
    expect(applyEdit(plan, { type: 'toggleTaskItem', standardCode: S, taskId: 'T9.9', kind: 'knowledge', id: 'K01' })).toBe(plan);
  });

  it('sets a row\'s English name and level', () => {
    const plan = run(emptyPlan(), { type: 'selectTask', standardCode: S, taskId: 'T1.1' },
      { type: 'setTaskRow', standardCode: S, taskId: 'T1.1', field: 'nameEn', value: 'Communicate' },
      { type: 'setTaskRow', standardCode: S, taskId: 'T1.1', field: 'level', value: 4 });
    expect(plan.selectedTasks[0]).toMatchObject({ nameEn: 'Communicate', level: 4 });
  });

  it('toggles an attitude, in the standard\'s order', () => {
    const order = recordingEngineer.attitudes.map((a) => a.id);
    let plan = run(emptyPlan(), { type: 'toggleAttitude', standardCode: S, id: 'A03', order }, { type: 'toggleAttitude', standardCode: S, id: 'A01', order });
    expect(plan.selectedAttitudes.map((a) => a.id)).toEqual(['A01', 'A03']);
    plan = run(plan, { type: 'toggleAttitude', standardCode: S, id: 'A03', order });
    expect(plan.selectedAttitudes.map((a) => a.id)).toEqual(['A01']);
  });
});

describe('表2: modules and units', () => {
  it('adds modules and units, keeping plan.units in map order', () => {
    const plan = mapPlan();
    expect(mapOf(plan)).toBe('m1:abc m2:d');
    expect(unitOrder(plan)).toBe('abcd');
    expect(plan.units[0]).toEqual(blankUnit({ id: 'a', nameZh: 'A' }));
    const inserted = run(plan, { type: 'addUnit', moduleId: 'm1', unit: { id: 'x', hours: 3 }, index: 1 });
    expect(mapOf(inserted)).toBe('m1:axbc m2:d');
    expect(unitOrder(inserted)).toBe('axbcd');
    expect(inserted.units[1]!.hours).toBe(3);
  });

  it('adds a module at a position', () => {
    const plan = run(mapPlan(), { type: 'addModule', moduleId: 'm0', name: '零', index: 0 });
    expect(plan.modules.map((m) => m.id)).toEqual(['m0', 'm1', 'm2']);
  });

  it('refuses a unit id already used, or an unknown module', () => {
    const plan = mapPlan();
    expect(applyEdit(plan, { type: 'addUnit', moduleId: 'm1', unit: { id: 'a' } })).toBe(plan);
    expect(applyEdit(plan, { type: 'addUnit', moduleId: 'nope', unit: { id: 'z' } })).toBe(plan);
    expect(applyEdit(plan, { type: 'addModule', moduleId: 'm1', name: '' })).toBe(plan);
  });

  it('renames a module', () => {
    expect(run(mapPlan(), { type: 'renameModule', moduleId: 'm2', name: '混音' }).modules[1]!.name).toBe('混音');
  });

  it('removes a module with its units', () => {
    const plan = run(mapPlan(), { type: 'removeModule', moduleId: 'm1' });
    expect(mapOf(plan)).toBe('m2:d');
    expect(unitOrder(plan)).toBe('d');
  });

  it('removes a unit from the units and the map', () => {
    const plan = run(mapPlan(), { type: 'removeUnit', unitId: 'b' });
    expect(mapOf(plan)).toBe('m1:ac m2:d');
    expect(unitOrder(plan)).toBe('acd');
  });

  it('moves a unit within its module and into another (drag)', () => {
    const within = run(mapPlan(), { type: 'moveUnit', unitId: 'a', moduleId: 'm1', toIndex: 2 });
    expect(mapOf(within)).toBe('m1:bca m2:d');
    expect(unitOrder(within)).toBe('bcad');
    const across = run(mapPlan(), { type: 'moveUnit', unitId: 'b', moduleId: 'm2', toIndex: 0 });
    expect(mapOf(across)).toBe('m1:ac m2:bd');
    expect(unitOrder(across)).toBe('acbd');
    const plan = mapPlan();
    expect(applyEdit(plan, { type: 'moveUnit', unitId: 'a', moduleId: 'm1', toIndex: 0 })).toBe(plan);
  });

  it('moves a unit one step with the keyboard, across module edges', () => {
    let plan = run(mapPlan(), { type: 'moveUnitBy', unitId: 'c', delta: 1 });
    expect(mapOf(plan)).toBe('m1:ab m2:cd');
    plan = run(plan, { type: 'moveUnitBy', unitId: 'c', delta: -1 });
    expect(mapOf(plan)).toBe('m1:abc m2:d');
    plan = run(plan, { type: 'moveUnitBy', unitId: 'b', delta: -1 });
    expect(mapOf(plan)).toBe('m1:bac m2:d');
    // At the very top and very bottom nothing moves.
    expect(applyEdit(plan, { type: 'moveUnitBy', unitId: 'b', delta: -1 })).toBe(plan);
    expect(applyEdit(plan, { type: 'moveUnitBy', unitId: 'd', delta: 1 })).toBe(plan);
  });

  it('moves a module by drag and by keyboard, units following', () => {
    const dragged = run(mapPlan(), { type: 'moveModule', moduleId: 'm2', toIndex: 0 });
    expect(mapOf(dragged)).toBe('m2:d m1:abc');
    expect(unitOrder(dragged)).toBe('dabc');
    const keyed = run(mapPlan(), { type: 'moveModuleBy', moduleId: 'm1', delta: 1 });
    expect(mapOf(keyed)).toBe('m2:d m1:abc');
    expect(applyEdit(keyed, { type: 'moveModuleBy', moduleId: 'm2', delta: -1 })).toBe(keyed);
  });

  it('keeps units no module lists at the end, and reports where a unit is', () => {
    const plan = { ...mapPlan(), units: [blankUnit({ id: 'orphan' }), ...mapPlan().units] };
    expect(unitOrder(unitsInMapOrder(plan))).toBe('abcdorphan');
    expect(unitPosition(plan, 'c')).toEqual({ moduleIndex: 0, index: 2 });
    expect(unitPosition(plan, 'orphan')).toBeUndefined();
  });

  it('makes fresh ids', () => {
    const plan = mapPlan();
    expect(freshId(plan, 'u')).toBe('u1');
    expect(freshId(plan, 'm')).toBe('m3');
  });

  it('leaves every other unit object untouched', () => {
    const plan = mapPlan();
    const after = run(plan, { type: 'setUnitField', unitId: 'b', field: 'hours', value: 6 });
    expect(after.units[0]).toBe(plan.units[0]);
    expect(after.units[1]).not.toBe(plan.units[1]);
    expect(after.modules).toBe(plan.modules);
  });
});

describe('unit details', () => {
  it('sets every kind of unit field', () => {
    const plan = run(mapPlan(),
      { type: 'setUnitField', unitId: 'a', field: 'nameZh', value: '錄音前置' },
      { type: 'setUnitField', unitId: 'a', field: 'nameEn', value: 'Preparation' },
      { type: 'setUnitField', unitId: 'a', field: 'hours', value: 4.5 },
      { type: 'setUnitField', unitId: 'a', field: 'level', value: 3 },
      { type: 'setUnitField', unitId: 'a', field: 'outline', value: '1. 流程' },
      { type: 'setUnitField', unitId: 'a', field: 'materials', value: '講義' },
      { type: 'setUnitField', unitId: 'a', field: 'evidence', value: '作業' });
    expect(plan.units[0]).toMatchObject({ nameZh: '錄音前置', nameEn: 'Preparation', hours: 4.5, level: 3, outline: '1. 流程', materials: '講義', evidence: '作業' });
  });

  it('toggles choices and keeps them in the report\'s order', () => {
    const plan = run(mapPlan(),
      { type: 'toggleUnitChoice', unitId: 'a', field: 'methods', value: 'practice' },
      { type: 'toggleUnitChoice', unitId: 'a', field: 'methods', value: 'lecture' },
      { type: 'toggleUnitChoice', unitId: 'a', field: 'equipment', value: 'computer' },
      { type: 'toggleUnitChoice', unitId: 'a', field: 'assessmentMethods', value: 'practical' },
      { type: 'toggleUnitChoice', unitId: 'a', field: 'assessmentTools', value: 'checklist' });
    expect(plan.units[0]).toMatchObject({ methods: ['lecture', 'practice'], equipment: ['computer'], assessmentMethods: ['practical'], assessmentTools: ['checklist'] });
    const off = run(plan, { type: 'toggleUnitChoice', unitId: 'a', field: 'methods', value: 'lecture' });
    expect(off.units[0]!.methods).toEqual(['practice']);
  });

  it('adds, edits and removes objectives', () => {
    let plan = run(mapPlan(),
      { type: 'addObjective', unitId: 'a', text: '能規劃錄音' },
      { type: 'addObjective', unitId: 'a' },
      { type: 'setObjective', unitId: 'a', index: 1, text: '能配置麥克風' },
      { type: 'addObjective', unitId: 'a', text: '能溝通', index: 0 });
    expect(plan.units[0]!.objectives).toEqual(['能溝通', '能規劃錄音', '能配置麥克風']);
    plan = run(plan, { type: 'removeObjective', unitId: 'a', index: 1 });
    expect(plan.units[0]!.objectives).toEqual(['能溝通', '能配置麥克風']);
    expect(applyEdit(plan, { type: 'setObjective', unitId: 'a', index: 5, text: 'x' })).toBe(plan);
    expect(applyEdit(plan, { type: 'removeObjective', unitId: 'a', index: -1 })).toBe(plan);
  });

  it('sets staff requirements and members', () => {
    let plan = run(mapPlan(),
      { type: 'setStaffRequirement', unitId: 'a', role: 'teacher', text: '五年經驗' },
      { type: 'addStaffMember', unitId: 'a', role: 'assessor' },
      { type: 'setStaffMember', unitId: 'a', index: 0, field: 'name', value: '王小明' },
      { type: 'setStaffMember', unitId: 'a', index: 0, field: 'qualifications', value: '錄音師' },
      { type: 'setStaffMember', unitId: 'a', index: 0, field: 'role', value: 'teacher' });
    expect(plan.units[0]!.staffRequirements.teacher).toBe('五年經驗');
    expect(plan.units[0]!.staff).toEqual([{ role: 'teacher', name: '王小明', qualifications: '錄音師' }]);
    plan = run(plan, { type: 'removeStaffMember', unitId: 'a', index: 0 });
    expect(plan.units[0]!.staff).toEqual([]);
  });

  it('ignores edits to a unit that does not exist', () => {
    const plan = mapPlan();
    expect(applyEdit(plan, { type: 'setUnitField', unitId: 'nope', field: 'hours', value: 3 })).toBe(plan);
    expect(applyEdit(plan, { type: 'toggleLink', unitId: 'nope', item: K01 })).toBe(plan);
  });
});

describe('links in the matrix', () => {
  it('toggles a link on and off', () => {
    const on = run(mapPlan(), { type: 'toggleLink', unitId: 'a', item: K01 });
    expect(on.units[0]!.links).toEqual([{ ...K01, depth: 'introduced', note: '' }]);
    expect(linkDepth(on.units[0]!, K01)).toBe('introduced');
    const off = run(on, { type: 'toggleLink', unitId: 'a', item: K01 });
    expect(off.units[0]!.links).toEqual([]);
    expect(linkDepth(off.units[0]!, K01)).toBeNull();
  });

  it('removes every duplicate of a link at once', () => {
    const plan = run(mapPlan(), { type: 'toggleLink', unitId: 'a', item: K01 });
    const doubled = { ...plan, units: [{ ...plan.units[0]!, links: [...plan.units[0]!.links, { ...K01, depth: 'assessed' as const, note: 'x' }] }, ...plan.units.slice(1)] };
    expect(run(doubled, { type: 'toggleLink', unitId: 'a', item: K01 }).units[0]!.links).toEqual([]);
  });

  it('cycles the depth introduced → practised → assessed → introduced, adding the link if absent', () => {
    expect(nextDepth('introduced')).toBe('practised');
    expect(nextDepth('assessed')).toBe('introduced');
    let plan = run(mapPlan(), { type: 'cycleLinkDepth', unitId: 'a', item: K01 });
    expect(linkDepth(plan.units[0]!, K01)).toBe('introduced');
    const seen: (string | null)[] = [];
    for (let i = 0; i < 3; i += 1) {
      plan = run(plan, { type: 'cycleLinkDepth', unitId: 'a', item: K01 });
      seen.push(linkDepth(plan.units[0]!, K01));
    }
    expect(seen).toEqual(['practised', 'assessed', 'introduced']);
    expect(plan.units[0]!.links).toHaveLength(1);
  });

  it('merges a doubled link when its depth changes, keeping both notes', () => {
    const base = mapPlan();
    const doubled = {
      ...base,
      units: [{ ...base.units[0]!, links: [{ ...K01, depth: 'introduced' as const, note: '講義' }, { ...K01, depth: 'practised' as const, note: '練習' }] }, ...base.units.slice(1)],
    };
    const plan = run(doubled, { type: 'cycleLinkDepth', unitId: 'a', item: K01 });
    expect(plan.units[0]!.links).toEqual([{ ...K01, depth: 'assessed', note: '講義；練習' }]);
  });

  it('sets a depth and a note', () => {
    let plan = run(mapPlan(), { type: 'setLinkDepth', unitId: 'a', item: K01, depth: 'assessed' });
    expect(linkDepth(plan.units[0]!, K01)).toBe('assessed');
    expect(applyEdit(plan, { type: 'setLinkDepth', unitId: 'a', item: K01, depth: 'assessed' })).toBe(plan);
    plan = run(plan, { type: 'setLinkNote', unitId: 'a', item: K01, note: '第 15 題' });
    expect(plan.units[0]!.links[0]!.note).toBe('第 15 題');
    // No link, no note.
    expect(applyEdit(plan, { type: 'setLinkNote', unitId: 'b', item: K01, note: 'x' })).toBe(plan);
  });
});

describe('pilot, completion, evidence, settings', () => {
  it('sets pilot dates and counts', () => {
    const plan = run(emptyPlan(),
      { type: 'setPilot', field: 'start', value: '2026-03-01' },
      { type: 'setPilot', field: 'enrolled', value: 20 },
      { type: 'setPilot', field: 'completed', value: 18 },
      { type: 'setPilot', field: 'graduated', value: null });
    expect(plan.pilot).toMatchObject({ start: '2026-03-01', enrolled: 20, completed: 18, graduated: null });
  });

  it('adopts and describes completion criteria', () => {
    const plan = run(emptyPlan(),
      { type: 'setCompletion', criterion: 'practical', adopted: true },
      { type: 'setCompletion', criterion: 'practical', description: '作品合格' });
    expect(plan.completion.practical).toEqual({ adopted: true, description: '作品合格' });
    expect(plan.completion.written).toEqual({ adopted: false, description: '' });
    expect(applyEdit(plan, { type: 'setCompletion', criterion: 'practical', adopted: true })).toBe(plan);
  });

  it('files evidence and stakeholder records', () => {
    const plan = run(emptyPlan(), { type: 'setEvidence', indicator: '1.1', text: '對照表' }, { type: 'setStakeholders', phase: 'design', text: '業界審閱' });
    expect(plan.evidence['1.1']).toBe('對照表');
    expect(plan.stakeholders.design).toBe('業界審閱');
    expect(applyEdit(plan, { type: 'setEvidence', indicator: '1.1', text: '對照表' })).toBe(plan);
  });

  it('tunes and switches advisory checks', () => {
    let plan = run(emptyPlan(),
      { type: 'setCheckSetting', field: 'minimumHours', value: 18 },
      { type: 'setCheckSetting', field: 'coverageTarget', value: 80 },
      { type: 'toggleCheckDisabled', code: 'advisory.level-unit' });
    expect(plan.checkSettings).toEqual({ minimumHours: 18, coverageTarget: 80, disabled: ['advisory.level-unit'] });
    plan = run(plan, { type: 'toggleCheckDisabled', code: 'advisory.level-unit' });
    expect(plan.checkSettings.disabled).toEqual([]);
  });
});

describe('helpers', () => {
  it('inserts in the order given, unknown values last', () => {
    const order = ['K01', 'K02', 'K03', 'K04'];
    expect(insertInOrder(['K02', 'K04'], 'K03', order)).toEqual(['K02', 'K03', 'K04']);
    expect(insertInOrder(['K02', 'K04'], 'K01', order)).toEqual(['K01', 'K02', 'K04']);
    expect(insertInOrder(['K02'], 'K99', order)).toEqual(['K02', 'K99']);
    expect(insertInOrder(['K02'], 'K01', undefined)).toEqual(['K02', 'K01']);
  });

  it('coalesces typing per field, never toggles or moves', () => {
    expect(coalesceKey({ type: 'setCover', field: 'nameZh', value: 'a' })).toBe(coalesceKey({ type: 'setCover', field: 'nameZh', value: 'ab' }));
    expect(coalesceKey({ type: 'setCover', field: 'nameZh', value: 'a' })).not.toBe(coalesceKey({ type: 'setCover', field: 'nameEn', value: 'a' }));
    expect(coalesceKey({ type: 'setUnitField', unitId: 'a', field: 'hours', value: 1 }))
      .not.toBe(coalesceKey({ type: 'setUnitField', unitId: 'b', field: 'hours', value: 1 }));
    expect(coalesceKey({ type: 'toggleLink', unitId: 'a', item: K01 })).toBeNull();
    expect(coalesceKey({ type: 'moveUnitBy', unitId: 'a', delta: 1 })).toBeNull();
    expect(coalesceKey({ type: 'setInfo', field: 'level', value: 3 })).toBeNull();
    expect(coalesceKey({ type: 'setCompletion', criterion: 'other', adopted: true })).toBeNull();
    expect(coalesceKey({ type: 'setCompletion', criterion: 'other', description: 'x' })).not.toBeNull();
  });

  it('works on the example plan without disturbing what it does not touch', () => {
    const plan = examplePlan();
    const after = run(plan, { type: 'toggleLink', unitId: 'u-mixing', item: K01 });
    expect(after.units.filter((u, i) => u !== plan.units[i]).map((u) => u.id)).toEqual(['u-mixing']);
  });
});
