import type { Plan } from './schema';

/**
 * The codes of every standard a plan refers to (its 職能依據, the codes in 表1, the attitudes and the
 * units' links), once each and sorted: the standards its checks are run with.
 */
export function standardCodesOf(plan: Plan): string[] {
  const codes = new Set<string>();
  for (const ref of plan.standards) codes.add(ref.code);
  for (const row of plan.selectedTasks) codes.add(row.standardCode);
  for (const attitude of plan.selectedAttitudes) codes.add(attitude.standardCode);
  for (const unit of plan.units) for (const link of unit.links) codes.add(link.standardCode);
  return [...codes].sort();
}
