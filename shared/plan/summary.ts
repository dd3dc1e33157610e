import type { Finding, Severity, Tier } from './checks/finding';

/** How a plan stands, for the plan list: counts of findings and one word for its state. */
export interface FindingCounts {
  errors: number;
  warnings: number;
  byTier: Record<Tier, { errors: number; warnings: number }>;
}

export type PlanStatus = 'ok' | 'warnings' | 'errors';

export function countFindings(findings: readonly Pick<Finding, 'tier' | 'severity'>[]): FindingCounts {
  const counts: FindingCounts = {
    errors: 0,
    warnings: 0,
    byTier: { form: { errors: 0, warnings: 0 }, consistency: { errors: 0, warnings: 0 }, advisory: { errors: 0, warnings: 0 } },
  };
  for (const finding of findings) {
    const key = finding.severity === 'error' ? 'errors' : 'warnings';
    counts[key] += 1;
    counts.byTier[finding.tier][key] += 1;
  }
  return counts;
}

export function planStatus(counts: Pick<FindingCounts, 'errors' | 'warnings'>): PlanStatus {
  return counts.errors > 0 ? 'errors' : counts.warnings > 0 ? 'warnings' : 'ok';
}

/** 「2 個錯誤、3 個警告」 / "2 errors, 3 warnings" / 「沒有問題」 / "no findings". */
export function describeCounts(counts: Pick<FindingCounts, 'errors' | 'warnings'>): { zh: string; en: string } {
  const { errors, warnings } = counts;
  if (errors === 0 && warnings === 0) return { zh: '沒有問題', en: 'no findings' };
  const zh: string[] = [];
  const en: string[] = [];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (errors > 0) { zh.push(`${errors} 個錯誤`); en.push(plural(errors, 'error')); }
  if (warnings > 0) { zh.push(`${warnings} 個警告`); en.push(plural(warnings, 'warning')); }
  return { zh: zh.join('、'), en: en.join(', ') };
}

/** The worst severity among findings, null when there are none (an icon for the plan list). */
export function worstSeverity(findings: readonly Pick<Finding, 'severity'>[]): Severity | null {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  return findings.length > 0 ? 'warning' : null;
}
