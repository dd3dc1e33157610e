import { checkPlan } from '../../shared/plan/checks/checkPlan';
import { coverageOf } from '../../shared/plan/coverage';
import { syntheticPlan, syntheticStandard } from './syntheticCourse';
import { median, type BenchFigure } from './figure';

/**
 * Coverage plus every check on a 60-unit plan against a standard with 300 K/S items (goal under
 * 5 ms, the figure), as the median of many runs after a warm-up. Also reported apart: coverage
 * alone and the checks alone, so a regression shows where it is.
 */

export type { BenchFigure } from './figure';

const WARMUP = 50;
const RUNS = 400;

function time(run: () => unknown, runs: number): number {
  for (let i = 0; i < WARMUP; i += 1) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function coverageBench(runs = RUNS): Promise<BenchFigure[]> {
  const standard = syntheticStandard();
  const plan = syntheticPlan(standard);
  const standards = [standard];
  const coverage = coverageOf(plan, standards);
  const findings = checkPlan(plan, standards, coverage);

  const both = time(() => checkPlan(plan, standards, coverageOf(plan, standards)), runs);
  await Promise.resolve();
  const coverageOnly = time(() => coverageOf(plan, standards), runs);
  await Promise.resolve();
  const checksOnly = time(() => checkPlan(plan, standards, coverage), runs);

  const items = standard.knowledge.length + standard.skills.length;
  return [
    { name: `coverage + every check, ${plan.units.length} units × ${items} K/S (median of ${runs})`, value: both, unit: 'ms', goal: '< 5 ms' },
    { name: 'coverage alone', value: coverageOnly, unit: 'ms', goal: '< 5 ms' },
    { name: 'checks alone (coverage given)', value: checksOnly, unit: 'ms' },
    { name: 'findings on the synthetic plan', value: findings.length, unit: 'findings' },
  ];
}
