import type { Standard } from '../../standard/schema';
import { coverageWithIndex, type Coverage } from '../coverage';
import type { Plan } from '../schema';
import { indexStandards } from '../standardIndex';
import { createContext } from './context';
import type { Finding } from './finding';
import { CHECKS } from './registry';

/**
 * Every check of the iCAP reviewers' rules on a plan against its standards. Pass the coverage when it is already
 * computed (the UI shows both); it must be the coverage of this plan and these standards.
 * Advisory checks listed in plan.checkSettings.disabled are skipped; other tiers always run.
 */
export function checkPlan(plan: Plan, standards: readonly Standard[], coverage?: Coverage): Finding[] {
  const index = indexStandards(standards);
  const context = createContext(plan, standards, index, coverage ?? coverageWithIndex(plan, index));
  const disabled = new Set(plan.checkSettings.disabled);
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    if (check.tier === 'advisory' && disabled.has(check.code)) continue;
    for (const report of check.run(context)) {
      findings.push({ code: check.code, tier: check.tier, severity: check.severity, ...report });
    }
  }
  return findings;
}
