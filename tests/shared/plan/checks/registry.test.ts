import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../../shared/plan/checks/checkPlan';
import { coverageOf } from '../../../../shared/plan/coverage';
import { CHECK_DEFINITIONS, CHECKS, checkDefinition, isSwitchable } from '../../../../shared/plan/checks/registry';
import { syntheticPlan, syntheticStandard } from '../../../../scripts/bench/syntheticCourse';
import { broken, cleanPlan, findings, recordingEngineer } from '../support/recordingCourse';

describe('the check registry', () => {
  it('lists every check once, with a stable dotted code, a tier, a severity and titles in both languages', () => {
    const codes = CHECK_DEFINITIONS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of CHECK_DEFINITIONS) {
      expect(d.code).toMatch(/^(form|consistency|advisory|name)\.[a-z0-9-]+$/);
      expect(['form', 'consistency', 'advisory']).toContain(d.tier);
      expect(['error', 'warning']).toContain(d.severity);
      expect(d.title).not.toBe('');
      expect(d.titleEn).not.toBe('');
      if (d.tier === 'advisory') expect(d.severity).toBe('warning');
      if (!d.code.startsWith('name.')) expect(d.code.split('.')[0]).toBe(d.tier);
    }
    expect(CHECK_DEFINITIONS).toHaveLength(CHECKS.length);
  });

  it('holds the codes the UI and the settings refer to', () => {
    expect(CHECK_DEFINITIONS.map((d) => d.code)).toEqual(expect.arrayContaining([
      'form.hours-sum', 'form.pilot-counts', 'form.completion-missing', 'form.text-too-long', 'form.none-combined', 'form.other-text-missing',
      'name.missing', 'name.level', 'name.certification', 'name.competency-term', 'name.licence', 'name.exaggeration', 'name.authority', 'name.occupation-title',
      'consistency.item-uncovered', 'consistency.link-outside-tasks', 'consistency.assessment-unbacked', 'consistency.objective-verb',
      'advisory.task-items-unselected', 'advisory.coverage-target', 'advisory.minimum-hours', 'advisory.historical-standard', 'advisory.level-task', 'advisory.level-unit',
    ]));
  });

  it('lets only advisory checks be switched off', () => {
    expect(isSwitchable('advisory.minimum-hours')).toBe(true);
    expect(isSwitchable('name.occupation-title')).toBe(true);
    expect(isSwitchable('form.hours-sum')).toBe(false);
    expect(isSwitchable('name.level')).toBe(false);
    expect(isSwitchable('nothing')).toBe(false);
    expect(checkDefinition('form.hours-sum')).toMatchObject({ tier: 'form', severity: 'error' });
  });
});

describe('checkPlan', () => {
  it('gives each finding its registry tier and severity', () => {
    const plan = broken((p) => { p.info.totalHours = 1; p.info.level = null; p.cover.nameZh = '速成'; });
    for (const f of findings(plan)) expect(f).toMatchObject({ tier: checkDefinition(f.code)!.tier, severity: checkDefinition(f.code)!.severity });
    expect(findings(plan).map((f) => f.code)).toEqual(['form.hours-sum', 'name.exaggeration', 'advisory.level-missing']);
  });

  it('uses the coverage it is given', () => {
    const plan = cleanPlan();
    const coverage = coverageOf(plan, [recordingEngineer]);
    expect(checkPlan(plan, [recordingEngineer], coverage)).toEqual([]);
    coverage.uncovered = [coverage.items[1]!];
    expect(checkPlan(plan, [recordingEngineer], coverage).map((f) => f.code)).toEqual(['consistency.item-uncovered']);
  });

  it('finds the planted problems of the synthetic benchmark plan, no more', () => {
    const standard = syntheticStandard();
    const byCode = new Map<string, number>();
    for (const f of checkPlan(syntheticPlan(standard), [standard])) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    expect(Object.fromEntries(byCode)).toEqual({
      'consistency.objective-verb': 6, // units 1, 12, 23, 34, 45, 56
      'consistency.link-unknown': 4, // K999 in units 1, 18, 35, 52
    });
  });
});
