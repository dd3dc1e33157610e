import { describe, expect, it } from 'vitest';
import { countFindings, describeCounts, planStatus, worstSeverity } from '../../../shared/plan/summary';
import { broken, findings } from './support/recordingCourse';

describe('summary', () => {
  it('counts errors and warnings, per tier, for the plan list', () => {
    const plan = broken((p) => { p.info.totalHours = 30; p.info.level = null; p.units[0]!.objectives = ['了解錄音']; });
    const counts = countFindings(findings(plan));
    expect(counts).toEqual({
      errors: 1,
      warnings: 2,
      byTier: { form: { errors: 1, warnings: 0 }, consistency: { errors: 0, warnings: 1 }, advisory: { errors: 0, warnings: 1 } },
    });
    expect(planStatus(counts)).toBe('errors');
    expect(describeCounts(counts)).toEqual({ zh: '1 個錯誤、2 個警告', en: '1 error, 2 warnings' });
    expect(worstSeverity(findings(plan))).toBe('error');
  });

  it('says a clean plan is ok', () => {
    const counts = countFindings([]);
    expect(planStatus(counts)).toBe('ok');
    expect(describeCounts(counts)).toEqual({ zh: '沒有問題', en: 'no findings' });
    expect(worstSeverity([])).toBeNull();
    expect(planStatus({ errors: 0, warnings: 3 })).toBe('warnings');
    expect(describeCounts({ errors: 0, warnings: 3 })).toEqual({ zh: '3 個警告', en: '3 warnings' });
  });
});
