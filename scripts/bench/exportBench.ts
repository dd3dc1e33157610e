import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, packDocument } from '../../shared/export';
import { migratePlan } from '../../shared/plan/migrations';
import type { Plan } from '../../shared/plan/schema';
import { StandardSchema, type Standard } from '../../shared/standard/schema';
import { projectRoot } from '../standardResources';
import { median, type BenchFigure } from './figure';
import { realisticPlan } from './realisticPlan';

/**
 * The full iCAP report (every table, with the coverage matrices appended: the heaviest document the
 * app makes), built and packed to the bytes of a .docx: for a 60-unit plan of realistic size (goal
 * under 1 s) and for the example plan (goal under 300 ms). Medians after warm-up runs; packing is
 * included because it is what the user waits for. For `npm run bench` (scripts/bench.ts) to list.
 */

const WARMUP = 3;
const RUNS = 15;

async function time(run: () => Promise<unknown>, runs: number): Promise<number> {
  for (let i = 0; i < WARMUP; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function loadStandards(root: string): Standard[] {
  return ['ATC3521-004v2', 'APA2654-001v4', 'IDC3512-002v2'].map((code) =>
    StandardSchema.parse(JSON.parse(readFileSync(join(root, 'resources', 'standards', `${code}.json`), 'utf8'))));
}

function examplePlan(root: string): Plan {
  const result = migratePlan(JSON.parse(readFileSync(join(root, 'resources', 'examples', 'recording-engineering-course.json'), 'utf8')));
  if (!result.ok) throw new Error('the example plan does not load');
  return result.plan;
}

export async function exportBench(runs = RUNS): Promise<BenchFigure[]> {
  const root = projectRoot(import.meta.url);
  const standards = loadStandards(root);
  const example = examplePlan(root);
  const large = realisticPlan('bench-export-60', 1, '2026-11-22T00:00:00.000Z', 60);
  const madeAt = new Date('2026-11-22T00:00:00.000Z');
  const report = (plan: Plan, withMatrix = true) => () => packDocument(buildReport(plan, standards, { madeAt, withMatrix }));

  const largeBytes = (await report(large)()).length;
  const largeMs = await time(report(large), runs);
  const exampleMs = await time(report(example), runs);
  const withoutMatrices = await time(report(large, false), runs);
  const buildOnly = await time(async () => buildReport(large, standards, { madeAt, withMatrix: true }), runs);
  return [
    { name: `full report with the matrices appended, ${large.units.length}-unit plan, built and packed (median of ${runs})`, value: largeMs, unit: 'ms', goal: '< 1000 ms' },
    { name: `full report with the matrices appended, example plan (${example.units.length} units), built and packed`, value: exampleMs, unit: 'ms', goal: '< 300 ms' },
    { name: `report without the matrices, ${large.units.length}-unit plan, built and packed`, value: withoutMatrices, unit: 'ms' },
    { name: `of the ${large.units.length}-unit full report: building the document (no packing)`, value: buildOnly, unit: 'ms' },
    { name: `size of the ${large.units.length}-unit full report`, value: Math.round(largeBytes / 1024), unit: 'KB' },
  ];
}
