import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanStore } from '../../../backend/storage/index';
import { migratePlan } from '../../../shared/plan/migrations';
import { buildStoreChild, startChild } from './support/childProcess';
import { makeTempDir, removeTempDir } from './support/tempDir';

/**
 * A child process saves plans in a tight loop and is killed with SIGKILL at a random moment, again
 * and again (each new child taking over the killed one's lock). After every kill, every plan file
 * and every history version must parse, validate, and hold a complete version that a child started
 * to save; no temp file may be taken for a plan.
 */

const KILLS = 45;
const PLANS = 3;

let work: string;
let childScript: string;

beforeAll(async () => {
  work = await makeTempDir('plan-store-crash-');
  childScript = await buildStoreChild(work);
});

afterAll(() => removeTempDir(work));

interface SaveLog {
  /** Per plan, every counter a child started to save. */
  started: Map<string, Set<number>>;
  /** Per plan, the last counter a child finished saving. */
  lastDone: Map<string, number>;
  highest: number;
  /** The last complete line: `start …` when the child was killed in the middle of a save. */
  lastLine: string;
}

async function readLog(file: string): Promise<SaveLog> {
  const log: SaveLog = { started: new Map(), lastDone: new Map(), highest: 0, lastLine: '' };
  const text = await readFile(file, 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    const match = /^(start|done) (\S+) (\d+)$/.exec(line);
    if (!match) continue; // a line cut short by the kill
    log.lastLine = line;
    const [, what, id, counterText] = match;
    const counter = Number(counterText);
    if (what === 'start') {
      if (!log.started.has(id!)) log.started.set(id!, new Set());
      log.started.get(id!)!.add(counter);
      log.highest = Math.max(log.highest, counter);
    } else {
      log.lastDone.set(id!, counter);
    }
  }
  return log;
}

function counterOf(text: string, where: string): number {
  const parsed = migratePlan(JSON.parse(text));
  if (!parsed.ok) throw new Error(`${where} does not validate: ${JSON.stringify(parsed.problems)}`);
  const match = /^counter=(\d+)$/.exec(parsed.plan.info.needs);
  // A plan as first imported, before any counted save.
  return match ? Number(match[1]) : -1;
}

/** Every plan file and history version on disk: complete, valid, and a version a child started to save. */
async function checkFiles(dataDir: string, log: SaveLog, round: number): Promise<number> {
  const names = await readdir(join(dataDir, 'plans'));
  let checked = 0;
  for (const name of names) {
    if (name.startsWith('.')) {
      expect(name, `round ${round}: only temp files are hidden`).toMatch(/\.tmp$/);
      continue;
    }
    const id = name.replace(/\.json$/, '');
    const counter = counterOf(await readFile(join(dataDir, 'plans', name), 'utf8'), `round ${round}: ${name}`);
    if (counter >= 0) {
      expect(log.started.get(id)?.has(counter), `round ${round}: ${name} holds counter ${counter}, which was never started`).toBe(true);
    }
    // A save that finished is never lost (the kill leaves the page cache alone).
    expect(counter, `round ${round}: ${name} lost a finished save`).toBeGreaterThanOrEqual(log.lastDone.get(id) ?? -1);
    checked++;
    const historyDir = join(dataDir, 'history', id);
    for (const version of await readdir(historyDir).catch(() => [] as string[])) {
      if (version.startsWith('.')) continue;
      const old = counterOf(await readFile(join(historyDir, version), 'utf8'), `round ${round}: history ${id}/${version}`);
      if (old >= 0) expect(log.started.get(id)?.has(old)).toBe(true);
    }
  }
  return checked;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('crash safety', () => {
  it(`keeps every plan file complete and valid through ${KILLS} SIGKILLs mid-save`, async () => {
    const dataDir = join(work, 'data');
    const logFile = join(work, 'saves.log');
    /** Rounds where the kill came between a save's start and its end. */
    let killedWhileSaving = 0;

    for (let round = 1; round <= KILLS; round++) {
      const before = await readLog(logFile);
      const running = startChild(childScript, ['save-loop', dataDir, logFile, String(before.highest + 1), String(PLANS)]);
      // Most rounds are killed mid-save; every fifth is killed at a random moment of starting up
      // (taking over the lock, cleaning temp files, creating plans).
      if (round % 5 === 0 && round > 1) {
        await pause(20 + Math.random() * 150);
      } else {
        await running.printed('ready');
        await pause(Math.random() * 60);
      }
      running.child.kill('SIGKILL');
      const exit = await running.exited;
      expect(exit.signal, `round ${round}: child ended by itself: ${running.stderr()}`).toBe('SIGKILL');

      const after = await readLog(logFile);
      if (after.highest > before.highest && after.lastLine.startsWith('start')) killedWhileSaving++;
      expect(await checkFiles(dataDir, after, round)).toBe(PLANS);
    }
    expect(killedWhileSaving).toBeGreaterThanOrEqual(30);

    // The store opens cleanly afterwards: no problems, the plans and nothing else listed, temp files gone.
    const log = await readLog(logFile);
    const { store, problems } = await PlanStore.open(dataDir);
    try {
      expect(problems).toEqual([]);
      expect(store.listPlans().map((p) => p.id).sort()).toEqual(Array.from({ length: PLANS }, (_, n) => `crash-${n + 1}`));
      expect((await readdir(join(dataDir, 'plans'))).filter((n) => n.startsWith('.'))).toEqual([]);
      for (const { id } of store.listPlans()) {
        const plan = await store.loadPlan(id);
        const counter = Number(/^counter=(\d+)$/.exec(plan.info.needs)?.[1] ?? -1);
        expect(counter).toBeGreaterThanOrEqual(log.lastDone.get(id) ?? -1);
        expect((await store.listHistory(id)).length).toBeLessThanOrEqual(20);
      }
      expect(await readdir(join(dataDir, 'quarantine'))).toEqual([]);
    } finally {
      await store.close();
    }
  }, 180_000);
});
