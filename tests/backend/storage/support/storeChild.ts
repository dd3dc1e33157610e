/**
 * A second process for the storage tests, bundled by esbuild (see childProcess.ts) and run with node:
 *
 *   hold <dataDir>                         open the store, print "ready", keep it open until killed
 *   try <dataDir>                          open the store and close it; print "opened" or the error as JSON
 *   save-loop <dataDir> <log> <first> <n>  open, make plans crash-1…crash-n if missing, print "ready", then
 *                                          save them in turn forever, counter first, first+1, …, writing
 *                                          "start <id> <counter>" to <log> before each save and
 *                                          "done <id> <counter>" after it
 */
import { openSync, writeSync } from 'node:fs';
import { PlanStore, StorageError } from '../../../../backend/storage/index';
import type { Plan } from '../../../../shared/plan/schema';
import { realisticPlan } from '../../../../scripts/bench/realisticPlan';

const [mode, dataDir, ...rest] = process.argv.slice(2);

async function main(): Promise<void> {
  if (!dataDir) throw new Error('usage: storeChild <mode> <dataDir> …');
  if (mode === 'hold') {
    await PlanStore.open(dataDir);
    process.stdout.write('ready\n');
    setInterval(() => undefined, 60_000);
    return;
  }
  if (mode === 'try') {
    try {
      const { store } = await PlanStore.open(dataDir);
      await store.close();
      process.stdout.write('opened\n');
    } catch (error) {
      const code = error instanceof StorageError ? error.code : 'other';
      process.stdout.write(`${JSON.stringify({ code, message: error instanceof Error ? error.message : String(error) })}\n`);
      process.exitCode = 3;
    }
    return;
  }
  if (mode === 'save-loop') {
    const [logFile, firstText, countText] = rest;
    const log = openSync(logFile!, 'a');
    const { store } = await PlanStore.open(dataDir);
    const count = Number(countText);
    const listed = new Set(store.listPlans().map((p) => p.id));
    const plans: Plan[] = [];
    for (let n = 1; n <= count; n++) {
      const id = `crash-${n}`;
      if (!listed.has(id)) {
        const result = await store.importPlan(JSON.stringify(realisticPlan(id, n, new Date().toISOString())), `${id}.json`);
        if (!result.ok || result.plan.id !== id) throw new Error(`could not create ${id}`);
      }
      plans.push(await store.loadPlan(id));
    }
    process.stdout.write('ready\n');
    for (let counter = Number(firstText); ; counter++) {
      const plan = plans[counter % plans.length]!;
      plan.info.needs = `counter=${counter}`;
      plan.units[counter % plan.units.length]!.hours = counter % 40;
      writeSync(log, `start ${plan.id} ${counter}\n`);
      await store.savePlan(plan);
      writeSync(log, `done ${plan.id} ${counter}\n`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
