import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/plan/checks';
import type { FindingLocation } from '../../../shared/plan/checks/finding';
import type { Plan } from '../../../shared/plan/schema';
import { fieldId, findingTarget } from '../../../renderer/src/plan/findingTarget';
import { applyEdit } from '../../../renderer/src/plan/planEditor';
import { PLAN_SECTIONS } from '../../../renderer/src/navigation/route';
import { emptyPlan, examplePlan, recordingEngineer } from '../support/fixtures';

const S = 'ATC3521-004v2';

/** The example plan broken in many ways at once, so that nearly every kind of finding appears. */
function brokenPlan(): Plan {
  let plan = examplePlan();
  const edits = [
    { type: 'setCover', field: 'nameZh', value: '錄音工程 4級 認證班' },
    { type: 'setInfo', field: 'totalHours', value: 10 },
    { type: 'setInfo', field: 'needs', value: '字'.repeat(1001) },
    { type: 'setPilot', field: 'graduated', value: 99 },
    { type: 'setCompletion', criterion: 'stageAssessment', adopted: false },
    { type: 'setCompletion', criterion: 'written', adopted: false },
    { type: 'setCompletion', criterion: 'practical', adopted: false },
    { type: 'toggleUnitChoice', unitId: 'u-brief', field: 'assessmentMethods', value: 'none' },
    { type: 'toggleUnitChoice', unitId: 'u-brief', field: 'methods', value: 'other' },
    { type: 'setObjective', unitId: 'u-brief', index: 1, text: '了解錄音' },
    { type: 'toggleLink', unitId: 'u-brief', item: { kind: 'knowledge', id: 'K28', standardCode: S } },
    { type: 'setUnitField', unitId: 'u-studio', field: 'nameZh', value: '' },
    { type: 'setUnitField', unitId: 'u-studio', field: 'level', value: 6 },
    { type: 'addModule', moduleId: 'm-empty', name: '空' },
    { type: 'toggleTaskItem', standardCode: S, taskId: 'T1.1', kind: 'knowledge', id: 'K99' },
  ] as const;
  for (const edit of edits) plan = applyEdit(plan, edit);
  // A unit no module lists, and a module listing a unit that does not exist.
  plan = { ...plan, units: [...plan.units, { ...plan.units[0]!, id: 'u-loose', nameZh: '孤立單元' }] };
  plan = { ...plan, modules: plan.modules.map((m, i) => (i === 0 ? { ...m, unitIds: [...m.unitIds, 'ghost'] } : m)) };
  return plan;
}

describe('findings take the user to their field', () => {
  it('gives every finding of a broken plan a section and an element', () => {
    const plan = brokenPlan();
    const findings = checkPlan(plan, [recordingEngineer]);
    expect(new Set(findings.map((f) => f.location.section)).size).toBeGreaterThanOrEqual(6);
    for (const finding of findings) {
      const target = findingTarget(finding.location, plan);
      expect(PLAN_SECTIONS).toContain(target.section);
      expect(target.elementId).toBeTruthy();
      if (finding.location.section === 'unit') expect(target.unitId).toBe(finding.location.unitId);
    }
  });

  const plan = examplePlan();
  const cases: [string, FindingLocation, ReturnType<typeof findingTarget>['section'], string, string?][] = [
    ['cover field', { section: 'cover', field: 'nameZh' }, 'info', 'cover.nameZh'],
    ['standards', { section: 'cover', field: 'standards' }, 'info', 'cover.standards'],
    ['info field', { section: 'info', field: 'totalHours' }, 'info', 'info.totalHours'],
    ['selected item', { section: 'selection', item: { kind: 'knowledge', id: 'K01', standardCode: S } }, 'selection', `sel.${S}.knowledge.K01`],
    ['the selection as a whole', { section: 'selection' }, 'selection', 'section.selection'],
    ['a unit on the map', { section: 'map', unitId: 'u-brief' }, 'map', 'map.unit.u-brief'],
    ['a missing unit of a module', { section: 'map', moduleId: 'm-plan', unitId: 'ghost', field: 'unitIds' }, 'map', 'map.module.m-plan'],
    ['a unit field', { section: 'unit', unitId: 'u-brief', field: 'hours' }, 'units', 'unit.u-brief.hours', 'u-brief'],
    ['an objective', { section: 'unit', unitId: 'u-brief', field: 'objectives[1]' }, 'units', 'unit.u-brief.objectives.1', 'u-brief'],
    ['a link', { section: 'unit', unitId: 'u-brief', field: 'links', item: { kind: 'skill', id: 'S01', standardCode: S } }, 'units', `unit.u-brief.link.${S}.skill.S01`, 'u-brief'],
    ['a duplicated id', { section: 'unit', unitId: 'u-brief', field: 'id' }, 'units', 'unit.u-brief.nameZh', 'u-brief'],
    ['a unit that is gone', { section: 'unit', unitId: 'nope', field: 'hours' }, 'units', 'section.units'],
    ['pilot counts', { section: 'pilot', field: 'graduated' }, 'delivery', 'pilot.graduated'],
    ['completion', { section: 'completion' }, 'delivery', 'completion'],
    ['completion other', { section: 'completion', field: 'other.description' }, 'delivery', 'completion.other.description'],
    ['settings', { section: 'settings', field: 'disabled' }, 'checks', 'settings.disabled'],
  ];
  it.each(cases)('%s', (_name, location, section, elementId, unitId) => {
    const target = findingTarget(location, plan);
    expect(target.section).toBe(section);
    expect(target.elementId).toBe(elementId);
    expect(target.unitId).toBe(unitId);
    expect(target.fallbackId).toBe(fieldId.section(section));
  });

  it('works on an empty plan', () => {
    const empty = emptyPlan();
    for (const finding of checkPlan(empty, [recordingEngineer])) expect(findingTarget(finding.location, empty).elementId).toBeTruthy();
  });
});
