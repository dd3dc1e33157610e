import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PlanStore } from '../../backend/storage/index';
import type { Plan } from '../../shared/plan/schema';
import { realisticPlan } from './realisticPlan';
import { median, type BenchFigure } from './figure';

/**
 * The plan store's speed on a real disk (a folder under the system temp folder), with realistic
 * plans (see realisticPlan: 20 units with links, ~80 kB each):
 *
 * - saving one edit with 50 and with 500 plans in the store: the median of many saves of one plan,
 *   each a full save (previous version kept in history, plan written and fsynced; library.json
 *   follows a moment later, see PlanStore's libraryWriteDelayMs);
 * - renaming a plan with 500 plans in the store, where library.json is written with the plan;
 * - opening the store and listing 500 plans, as at start;
 * - the same when library.json is lost, so that every plan file is read and validated (no goal:
 *   this happens once, after which the library is rebuilt).
 */

export type { BenchFigure } from './figure';

const SAVES = 60;
const OPENS = 7;


const round = (value: number) => Math.round(value * 100) / 100;

async function fillTo(store: PlanStore, count: number): Promise<void> {
  const now = new Date().toISOString();
  for (let n = store.listPlans().length; n < count; n++) {
    const result = await store.importPlan(JSON.stringify(realisticPlan(`bench-${n}`, n, now)), `bench-${n}.json`);
    if (!result.ok) throw new Error(`storageBench: could not add a plan: ${result.messageEn}`);
  }
}

/**
 * Milliseconds for each of `SAVES` edits to one plan in each store, each saved at once as the editor
 * would. The stores take turns, so both meet the same disk (fsync times vary with what else the disk
 * is doing, more than with anything the store does).
 */
async function timeSaves(stores: PlanStore[], id: string): Promise<number[][]> {
  const plans: Plan[] = await Promise.all(stores.map((store) => store.loadPlan(id)));
  const times: number[][] = stores.map(() => []);
  for (let n = 0; n < SAVES; n++) {
    for (const [s, store] of stores.entries()) {
      plans[s]!.units[n % plans[s]!.units.length]!.hours = (n % 6) + 1;
      const start = performance.now();
      await store.savePlan(plans[s]!);
      times[s]!.push(performance.now() - start);
    }
  }
  return times;
}

/** Renames: the list changes, so library.json is written with the plan. */
async function timeRenames(store: PlanStore, id: string): Promise<number[]> {
  const times: number[] = [];
  for (let n = 0; n < SAVES / 3; n++) {
    const start = performance.now();
    await store.renamePlan(id, `改名 ${n}`);
    times.push(performance.now() - start);
  }
  return times;
}

async function timeOpenAndList(dir: string, expected: number): Promise<number> {
  const start = performance.now();
  const { store } = await PlanStore.open(dir);
  const listed = store.listPlans().length;
  const elapsed = performance.now() - start;
  await store.close();
  if (listed !== expected) throw new Error(`storageBench: listed ${listed} plans, expected ${expected}`);
  return elapsed;
}

export async function storageBench(): Promise<BenchFigure[]> {
  const small = await mkdtemp(join(tmpdir(), 'storage-bench-50-'));
  const large = await mkdtemp(join(tmpdir(), 'storage-bench-500-'));
  try {
    const [{ store: smallStore }, { store: largeStore }] = [await PlanStore.open(small), await PlanStore.open(large)];
    await fillTo(smallStore, 50);
    await fillTo(largeStore, 500);
    const [at50, at500] = (await timeSaves([smallStore, largeStore], 'bench-7')).map(median) as [number, number];
    const rename500 = median(await timeRenames(largeStore, 'bench-8'));
    await smallStore.close();
    await largeStore.close();

    await timeOpenAndList(large, 500); // warm the file cache, as a second start would find it
    const opens: number[] = [];
    for (let n = 0; n < OPENS; n++) opens.push(await timeOpenAndList(large, 500));

    await unlink(join(large, 'library.json'));
    const rebuild = await timeOpenAndList(large, 500);

    return [
      { name: 'storage: save one edit, 50 plans in the store (median)', value: round(at50), unit: 'ms', goal: '< 20 ms' },
      { name: 'storage: save one edit, 500 plans in the store (median)', value: round(at500), unit: 'ms', goal: '< 20 ms' },
      { name: 'storage: save time at 500 plans / at 50 plans', value: round(at500 / at50), unit: '×', goal: 'about 1 (does not grow with the number of plans)' },
      { name: 'storage: rename a plan (list changes, library.json written too), 500 plans (median)', value: round(rename500), unit: 'ms' },
      { name: 'storage: open the store and list 500 plans (median)', value: round(median(opens)), unit: 'ms', goal: '< 200 ms' },
      { name: 'storage: open and list 500 plans, library.json lost (every file validated)', value: round(rebuild), unit: 'ms' },
    ];
  } finally {
    await rm(small, { recursive: true, force: true });
    await rm(large, { recursive: true, force: true });
  }
}
