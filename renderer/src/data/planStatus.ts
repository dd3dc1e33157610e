import { checkPlan } from '../../../shared/plan/checks';
import { countFindings, type FindingCounts } from '../../../shared/plan/summary';
import { api } from '../api';
import { standardsForCodes } from './standardsCache';

/**
 * Findings of stored plans for the plan list, computed here with the same checks as the plan screen.
 * Kept per plan and updatedAt, so a plan is opened and checked once until it changes.
 */
const cache = new Map<string, { updatedAt: string; counts: Promise<FindingCounts> }>();

export function planFindingCounts(id: string, updatedAt: string): Promise<FindingCounts> {
  const seen = cache.get(id);
  if (seen && seen.updatedAt === updatedAt) return seen.counts;
  const counts = (async () => {
    const plan = await api.loadPlan({ id });
    const codes = [
      ...plan.standards.map((s) => s.code),
      ...plan.selectedTasks.map((r) => r.standardCode),
      ...plan.selectedAttitudes.map((a) => a.standardCode),
    ];
    const standards = await standardsForCodes(codes);
    return countFindings(checkPlan(plan, standards));
  })();
  counts.catch(() => cache.delete(id));
  cache.set(id, { updatedAt, counts });
  return counts;
}

/** Runs tasks with at most `limit` at a time. */
export async function eachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      await run(item).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
