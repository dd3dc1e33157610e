import { describe, expect, it } from 'vitest';
import { characterCount, INFO_TEXT_LIMIT } from '../../../../shared/plan/checks/form';
import { broken, cleanPlan, findings, pinned, unit } from '../support/recordingCourse';

describe('the clean recording course', () => {
  it('passes every check', () => {
    expect(findings(cleanPlan())).toEqual([]);
  });
});

describe('form.hours-sum', () => {
  it('fires when unit hours do not add up to 課程時數, pointing to 課程時數', () => {
    const plan = broken((p) => { unit(p, 'u2').hours = 10; });
    expect(pinned(plan)).toEqual([{ code: 'form.hours-sum', location: { section: 'info', field: 'totalHours' } }]);
    const [finding] = findings(plan);
    expect(finding).toMatchObject({ tier: 'form', severity: 'error' });
    expect(finding!.message).toContain('22');
    expect(finding!.message).toContain('21');
    expect(finding!.messageEn).toContain('22 h');
  });

  it('fires when 課程時數 is changed alone', () => {
    expect(pinned(broken((p) => { p.info.totalHours = 24; })).map((f) => f.code)).toEqual(['form.hours-sum']);
  });

  it('accepts thirds that add up', () => {
    const plan = broken((p) => { p.info.totalHours = 22; unit(p, 'u1').hours = 6 + 1 / 3; unit(p, 'u2').hours = 9 + 1 / 3; unit(p, 'u3').hours = 6 + 1 / 3; });
    expect(pinned(plan)).toEqual([]);
  });
});

describe('form.pilot-counts', () => {
  it('fires when 結訓 exceeds 完訓, at 結訓', () => {
    expect(pinned(broken((p) => { p.pilot.graduated = 19; }))).toEqual([
      { code: 'form.pilot-counts', location: { section: 'pilot', field: 'graduated' } },
    ]);
  });

  it('fires when 完訓 exceeds 參訓, at 完訓', () => {
    expect(pinned(broken((p) => { p.pilot.completed = 21; }))).toEqual([
      { code: 'form.pilot-counts', location: { section: 'pilot', field: 'completed' } },
    ]);
  });

  it('bounds 結訓 by 參訓 when 完訓 is not filled in, and says nothing about counts not given', () => {
    expect(pinned(broken((p) => { p.pilot.completed = null; p.pilot.graduated = 25; }))).toEqual([
      { code: 'form.pilot-counts', location: { section: 'pilot', field: 'graduated' } },
    ]);
    expect(pinned(broken((p) => { p.pilot = { start: '', end: '', enrolled: null, completed: null, graduated: null }; }))).toEqual([]);
  });
});

describe('form.completion-missing', () => {
  it('fires when no 結訓標準 is adopted', () => {
    const plan = broken((p) => { p.completion.practical.adopted = false; });
    expect(pinned(plan)).toEqual([{ code: 'form.completion-missing', location: { section: 'completion' } }]);
  });
});

describe('form.text-too-long', () => {
  it.each(['needs', 'summary', 'purpose'] as const)('fires for %s over %i characters', (field) => {
    expect(pinned(broken((p) => { p.info[field] = '需'.repeat(INFO_TEXT_LIMIT + 1); }))).toEqual([
      { code: 'form.text-too-long', location: { section: 'info', field } },
    ]);
    expect(pinned(broken((p) => { p.info[field] = '需'.repeat(INFO_TEXT_LIMIT); }))).toEqual([]);
  });

  it('counts a character outside the BMP once', () => {
    expect(characterCount('𠀀a需')).toBe(3);
    expect(pinned(broken((p) => { p.info.needs = '𠀀'.repeat(INFO_TEXT_LIMIT); }))).toEqual([]);
  });
});

describe('form.none-combined', () => {
  it.each(['assessmentMethods', 'assessmentTools'] as const)('fires when 「無」 is ticked with another option in %s', (field) => {
    const plan = broken((p) => {
      if (field === 'assessmentMethods') unit(p, 'u2').assessmentMethods = ['none', 'practical'];
      else unit(p, 'u2').assessmentTools = ['checklist', 'none'];
    });
    expect(pinned(plan)).toEqual([{ code: 'form.none-combined', location: { section: 'unit', unitId: 'u2', field } }]);
    expect(findings(plan)[0]!.message).toContain('單元「錄音室場地與設備配置」');
  });

  it('accepts 「無」 alone', () => {
    expect(pinned(broken((p) => { unit(p, 'u2').assessmentMethods = ['none']; unit(p, 'u2').assessmentTools = ['none']; }))).toEqual([]);
  });
});

describe('form.other-text-missing', () => {
  it.each([
    ['methods', 'methodsOther'],
    ['equipment', 'equipmentOther'],
    ['assessmentMethods', 'assessmentMethodsOther'],
    ['assessmentTools', 'assessmentToolsOther'],
  ] as const)('fires when %s has 「其他」 and %s is empty', (list, text) => {
    const plan = broken((p) => { (unit(p, 'u3')[list] as string[]).push('other'); });
    expect(pinned(plan)).toEqual([{ code: 'form.other-text-missing', location: { section: 'unit', unitId: 'u3', field: text } }]);
    const described = broken((p) => { (unit(p, 'u3')[list] as string[]).push('other'); unit(p, 'u3')[text] = '錄音室實地參訪'; });
    expect(pinned(described)).toEqual([]);
  });

  it('fires for an adopted 「其他」 completion criterion without its text', () => {
    expect(pinned(broken((p) => { p.completion.other.adopted = true; }))).toEqual([
      { code: 'form.other-text-missing', location: { section: 'completion', field: 'other.description' } },
    ]);
  });
});
