import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanStore, StorageError, type PlanStoreOptions } from '../../../backend/storage/index';
import { PLAN_SCHEMA_VERSION, type Plan } from '../../../shared/plan/schema';
import { realisticPlan } from '../../../scripts/bench/realisticPlan';
import { makeTempDir, removeTempDir } from './support/tempDir';

let dir: string;
const open: PlanStore[] = [];

beforeEach(async () => {
  dir = await makeTempDir();
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
  await removeTempDir(dir);
});

/** Opens a store on the test's folder (closed after the test). */
async function openStore(options: PlanStoreOptions = {}) {
  const opened = await PlanStore.open(dir, options);
  open.push(opened.store);
  return opened;
}

async function reopen(store: PlanStore, options: PlanStoreOptions = {}) {
  await store.close();
  return openStore(options);
}

/** A clock that moves one second per reading, from a fixed start. */
function steppingClock(start = Date.parse('2026-03-01T08:00:00.000Z')): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

/** A plan file in the version 1 shape of shared/plan/migrations.ts, written as an old app would. */
const V1_PLAN = {
  schemaVersion: 1,
  id: 'old-plan',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-02-01T00:00:00.000Z',
  title: '舊版錄音工程課程',
  standardCode: 'ATC3521-004v2',
  totalHours: 30,
  tasks: [{ taskId: 'T1.1', indicators: ['P1.1.1'], knowledge: ['K01'], skills: ['S01'] }],
  units: [
    { id: 'u1', name: '錄音室訊號流程', hours: 3, outline: '訊號流程與增益結構', covers: ['T1.1', 'P1.1.1', 'K01', 'S01', 'A03', 'X9'] },
    { id: 'u2', name: '麥克風架設', hours: 6 },
  ],
};

const planPath = (id: string) => join(dir, 'plans', `${id}.json`);

describe('saving and reloading', () => {
  it('keeps a saved plan across stores, with updatedAt set by the store and the library listing it', async () => {
    const clock = steppingClock();
    const { store, problems } = await openStore({ now: clock });
    expect(problems).toEqual([]);
    const created = await store.createPlan({ nameZh: '錄音工程實務班' });
    expect(created.schemaVersion).toBe(PLAN_SCHEMA_VERSION);

    const edited: Plan = realisticPlan(created.id, 1, created.createdAt);
    edited.cover.nameZh = '錄音工程實務班（修訂）';
    const saved = await store.savePlan(edited);
    expect(saved.updatedAt > created.updatedAt).toBe(true);

    const { store: again, problems: later } = await reopen(store);
    expect(later).toEqual([]);
    expect(again.listPlans()).toEqual([
      { id: created.id, nameZh: '錄音工程實務班（修訂）', standardCodes: ['ATC3521-004v2'], updatedAt: saved.updatedAt, fileVersion: PLAN_SCHEMA_VERSION },
    ]);
    expect(await again.loadPlan(created.id)).toEqual(saved);
    expect(again.recentPlans().map((p) => p.id)).toEqual([created.id]);

    const library = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
    expect(library.plans.map((p: { id: string }) => p.id)).toEqual([created.id]);
  });

  it('refuses a plan that fails the schema and leaves the file as it was', async () => {
    const { store } = await openStore();
    const plan = await store.createPlan({ nameZh: '甲' });
    const before = await readFile(planPath(plan.id), 'utf8');
    const bad = { ...plan, units: [{ id: 'u1', hours: -3 }] };
    const error = await store.savePlan(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('invalid-plan');
    expect((error as StorageError).problems.map((p) => p.path)).toContain('units[0].hours');
    expect(await readFile(planPath(plan.id), 'utf8')).toBe(before);
  });

  it('does not save a plan it does not know (a deleted plan is not brought back by a late save)', async () => {
    const { store } = await openStore();
    const plan = await store.createPlan();
    await store.deletePlan(plan.id);
    await expect(store.savePlan(plan)).rejects.toMatchObject({ code: 'plan-not-found' });
    expect(store.listPlans()).toEqual([]);
  });

  it('renames and duplicates', async () => {
    const { store } = await openStore({ now: steppingClock() });
    const plan = await store.createPlan({ nameZh: '原名' });
    await store.renamePlan(plan.id, '新名');
    const copy = await store.duplicatePlan(plan.id);
    expect(copy.id).not.toBe(plan.id);
    expect(copy.cover.nameZh).toBe('新名（副本）');
    expect(store.listPlans().map((p) => p.nameZh).sort()).toEqual(['新名', '新名（副本）']);
  });

  it('keeps settings and the recent list in library.json', async () => {
    const { store } = await openStore({ now: steppingClock() });
    const a = await store.createPlan({ nameZh: '甲' });
    const b = await store.createPlan({ nameZh: '乙' });
    await store.loadPlan(a.id);
    await store.updateSettings({ language: 'en' });
    const { store: again } = await reopen(store);
    expect(again.settings()).toEqual({ language: 'en' });
    expect(again.recentPlans().map((p) => p.id)).toEqual([a.id, b.id]);
  });

  it('reads the language of an older library.json, stored as zh-TW, as the one code of today', async () => {
    const { store } = await openStore();
    await store.updateSettings({ language: 'en' });
    await store.close();
    const file = join(dir, 'library.json');
    const library = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...library, settings: { language: 'zh-TW' } }));
    const { store: again } = await openStore();
    expect(again.settings()).toEqual({ language: 'zh' });
  });

  it('corrects a library.json that lags behind the plan files (the app died before writing it)', async () => {
    const { store } = await openStore({ libraryWriteDelayMs: 60_000, now: steppingClock() });
    const plan = await store.createPlan({ nameZh: '甲' });
    const edited = realisticPlan(plan.id, 1, plan.createdAt);
    edited.cover.nameZh = '甲';
    edited.standards = [];
    const saved = await store.savePlan(edited);
    const library = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
    expect(library.plans[0].updatedAt).toBe(plan.updatedAt); // not yet written: the list did not change
    store.releaseLockSync(); // as if the process ended here
    open.splice(0);

    const { store: again, problems } = await openStore();
    expect(problems).toEqual([]);
    expect(again.listPlans()[0]!.updatedAt).toBe(saved.updatedAt);
    expect(await again.loadPlan(plan.id)).toEqual(saved);
  });

  it('writes library.json at once when the list changes, and soon after when only a plan changed', async () => {
    const { store } = await openStore({ libraryWriteDelayMs: 20 });
    const plan = await store.createPlan({ nameZh: '甲' });
    const listed = async () => JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')).plans;
    expect((await listed()).map((p: { id: string }) => p.id)).toEqual([plan.id]);
    await store.renamePlan(plan.id, '乙');
    expect((await listed())[0].nameZh).toBe('乙');
    const saved = await store.savePlan({ ...plan, cover: { ...plan.cover, nameZh: '乙' }, info: { ...plan.info, summary: '改了內容' } });
    // Written after the delay, not at once: wait for it (a loaded machine may take longer than 20 ms).
    await vi.waitFor(async () => expect((await listed())[0].updatedAt).toBe(saved.updatedAt), { timeout: 10_000, interval: 20 });
  });

  it('says clearly when the data folder cannot be used', async () => {
    await writeFile(join(dir, 'a-file'), 'not a folder');
    const error = await PlanStore.open(join(dir, 'a-file')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'bad-data-dir' });
    expect((error as StorageError).messageEn).toContain('Cannot use the data folder');
  });

  it('refuses everything once closed, and leaves no lock behind', async () => {
    const { store } = await openStore();
    await store.close();
    await expect(store.createPlan()).rejects.toMatchObject({ code: 'closed' });
    expect(await readdir(dir)).not.toContain('course-planner.lock');
  });
});

describe('older and newer files', () => {
  it('migrates a version 1 file in memory and rewrites it only on the next save, keeping the old file in history', async () => {
    const v1Text = `${JSON.stringify(V1_PLAN, null, 2)}\n`;
    await PlanStore.open(dir).then(({ store }) => store.close()); // lays out the folder
    await writeFile(planPath('old-plan'), v1Text);

    const { store, problems } = await openStore();
    expect(problems).toEqual([]);
    expect(store.listPlans()).toEqual([
      { id: 'old-plan', nameZh: '舊版錄音工程課程', standardCodes: ['ATC3521-004v2'], updatedAt: '2024-02-01T00:00:00.000Z', fileVersion: 1 },
    ]);

    const plan = await store.loadPlan('old-plan');
    expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(plan.info.totalHours).toBe(30);
    expect(plan.units.map((u) => u.nameZh)).toEqual(['錄音室訊號流程', '麥克風架設']);
    expect(plan.units[0]!.links.map((l) => `${l.kind}:${l.id}`)).toEqual(['task:T1.1', 'indicator:P1.1.1', 'knowledge:K01', 'skill:S01', 'attitude:A03']);
    expect(plan.modules).toEqual([{ id: 'module-1', name: '', unitIds: ['u1', 'u2'] }]);
    // Reading did not write.
    expect(await readFile(planPath('old-plan'), 'utf8')).toBe(v1Text);

    await store.savePlan(plan);
    const rewritten = JSON.parse(await readFile(planPath('old-plan'), 'utf8'));
    expect(rewritten.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    const history = await store.listHistory('old-plan');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ schemaVersion: 1, nameZh: '舊版錄音工程課程', updatedAt: '2024-02-01T00:00:00.000Z' });
    expect(await readFile(join(dir, 'history', 'old-plan', `${history[0]!.versionId}.json`), 'utf8')).toBe(v1Text);

    const { store: again } = await reopen(store);
    expect(again.listPlans()[0]!.fileVersion).toBe(PLAN_SCHEMA_VERSION);
  });

  it('leaves a plan from a newer app untouched, reports it, and never reuses its id', async () => {
    await PlanStore.open(dir).then(({ store }) => store.close());
    const newer = `${JSON.stringify({ schemaVersion: 99, id: 'from-future', hologram: true })}\n`;
    await writeFile(planPath('from-future'), newer);

    const { store, problems } = await openStore();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'newer-version', file: planPath('from-future'), planId: 'from-future' });
    expect(problems[0]!.message).toContain('較新版本');
    expect(problems[0]!.messageEn).toContain('newer version');
    expect(problems[0]!.details[0]!.path).toBe('schemaVersion');
    expect(store.listPlans()).toEqual([]);
    expect(await readdir(join(dir, 'quarantine'))).toEqual([]);

    const imported = await store.importPlan(JSON.stringify(realisticPlan('from-future', 1, '2026-01-01T00:00:00.000Z')), 'x.json');
    expect(imported.ok && imported.copyOf).toBe('from-future');
    await expect(store.loadPlan('from-future')).rejects.toMatchObject({ code: 'plan-not-found' });
    expect(await readFile(planPath('from-future'), 'utf8')).toBe(newer);

    // Still there, still untouched, on the next start.
    const { problems: later } = await reopen(store);
    expect(later.map((p) => p.kind)).toEqual(['newer-version']);
    expect(await readFile(planPath('from-future'), 'utf8')).toBe(newer);
  });

  it('leaves a library.json from a newer app untouched and still lists the plans', async () => {
    const { store } = await openStore();
    const plan = await store.createPlan({ nameZh: '甲' });
    await store.close();
    const newer = JSON.stringify({ libraryVersion: 5, everything: 'different' });
    await writeFile(join(dir, 'library.json'), newer);

    const { store: again, problems } = await openStore();
    expect(problems.map((p) => p.kind)).toEqual(['newer-version']);
    expect(again.listPlans().map((p) => p.id)).toEqual([plan.id]);
    await again.savePlan(await again.loadPlan(plan.id));
    expect(await readFile(join(dir, 'library.json'), 'utf8')).toBe(newer);
  });
});

describe('quarantine', () => {
  it('moves aside a file that does not parse and one that fails the schema, says why, and opens every other plan', async () => {
    const { store } = await openStore();
    const good = await store.createPlan({ nameZh: '好的課程' });
    await store.close();

    const truncated = '{ "schemaVersion": 2, "id": "broken", "cover": { "nameZh": "半';
    const wrong = JSON.stringify({ ...realisticPlan('wrong', 1, '2026-01-01T00:00:00.000Z'), units: [{ id: 'u1', hours: -1 }] });
    await writeFile(planPath('broken'), truncated);
    await writeFile(planPath('wrong'), wrong);
    await writeFile(planPath('empty'), '');

    const { store: again, problems } = await openStore();
    expect(problems.map((p) => [p.kind, p.planId])).toEqual([
      ['quarantined', 'broken'],
      ['quarantined', 'empty'],
      ['quarantined', 'wrong'],
    ]);
    const [broken, empty, invalid] = problems;
    expect(broken!.file).toBe(planPath('broken'));
    expect(broken!.message).toContain('不是有效的 JSON');
    expect(broken!.messageEn).toContain('not valid JSON');
    expect(empty!.details[0]!.messageEn).toBe('the file is empty');
    expect(invalid!.details.map((d) => d.path)).toContain('units[0].hours');
    expect(invalid!.details.every((d) => d.message !== '' && d.messageEn !== '')).toBe(true);
    for (const problem of problems) {
      expect(problem.movedTo!.startsWith(join(dir, 'quarantine'))).toBe(true);
      expect(problem.message).toContain(problem.movedTo!);
    }

    // The files are kept byte for byte, each with a note of why.
    expect(await readFile(broken!.movedTo!, 'utf8')).toBe(truncated);
    expect(await readFile(invalid!.movedTo!, 'utf8')).toBe(wrong);
    expect(await readFile(`${invalid!.movedTo!}.why.txt`, 'utf8')).toContain('units[0].hours');

    expect(again.listPlans().map((p) => p.id)).toEqual([good.id]);
    expect((await again.loadPlan(good.id)).cover.nameZh).toBe('好的課程');

    // Nothing more to report on the next start; quarantine untouched.
    const quarantined = (await readdir(join(dir, 'quarantine'))).sort();
    const { problems: later } = await reopen(again);
    expect(later).toEqual([]);
    expect((await readdir(join(dir, 'quarantine'))).sort()).toEqual(quarantined);
  });

  it('never overwrites a quarantined file, even at the same moment under the same name', async () => {
    const fixed = () => new Date('2026-05-05T05:05:05.005Z');
    await PlanStore.open(dir).then(({ store }) => store.close());
    const contents = ['not json 1', 'not json 2', 'not json 3'];
    for (const text of contents) {
      await writeFile(planPath('same'), text);
      const { store, problems } = await openStore({ now: fixed });
      expect(problems).toHaveLength(1);
      await store.close();
    }
    const names = (await readdir(join(dir, 'quarantine'))).filter((n) => n.endsWith('.json')).sort();
    expect(names).toHaveLength(3);
    const kept = await Promise.all(names.map((n) => readFile(join(dir, 'quarantine', n), 'utf8')));
    expect(kept.sort()).toEqual(contents);
  });

  it('quarantines a plan broken while the store was open, when it is loaded', async () => {
    const { store } = await openStore();
    const plan = await store.createPlan({ nameZh: '甲' });
    await writeFile(planPath(plan.id), '{"schemaVersion": 2');
    const error = await store.loadPlan(plan.id).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'rejected-file' });
    expect((error as StorageError).messageEn).toContain('quarantine');
    expect(store.listPlans()).toEqual([]);
  });

  it('rebuilds the list from the plan files when library.json is corrupt', async () => {
    const { store } = await openStore();
    const a = await store.createPlan({ nameZh: '甲' });
    const b = await store.createPlan({ nameZh: '乙' });
    await store.close();
    await writeFile(join(dir, 'library.json'), '{"libraryVersion": 1, "plans": "oops"}');

    const { store: again, problems } = await openStore();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'quarantined', file: join(dir, 'library.json') });
    expect(problems[0]!.details.map((d) => d.path)).toContain('plans');
    expect(again.listPlans().map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    const rewritten = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
    expect(rewritten.plans).toHaveLength(2);
  });

  it('removes temp files left by a killed writer without taking them for plans', async () => {
    const { store } = await openStore();
    const plan = await store.createPlan({ nameZh: '甲' });
    await store.close();
    await writeFile(join(dir, 'plans', `.${plan.id}.json.4242.deadbeef.tmp`), '{"schemaVersion": 2, "id": "half');
    await writeFile(join(dir, '.library.json.4242.deadbeef.tmp'), '{');

    const { store: again, problems } = await openStore();
    expect(problems).toEqual([]);
    expect(again.listPlans().map((p) => p.id)).toEqual([plan.id]);
    expect(await readdir(join(dir, 'plans'))).toEqual([`${plan.id}.json`]);
  });

  it('uses the file name when the id inside a plan file differs, and says so', async () => {
    await PlanStore.open(dir).then(({ store }) => store.close());
    await writeFile(planPath('copied-by-hand'), JSON.stringify(realisticPlan('original-id', 1, '2026-01-01T00:00:00.000Z')));
    const { store, problems } = await openStore();
    expect(problems.map((p) => p.kind)).toEqual(['id-mismatch']);
    expect(store.listPlans().map((p) => p.id)).toEqual(['copied-by-hand']);
    expect((await store.loadPlan('copied-by-hand')).id).toBe('copied-by-hand');
  });
});

describe('history', () => {
  it('keeps the previous version before each save and restores one, keeping the current one first', async () => {
    const { store } = await openStore({ now: steppingClock() });
    const plan = await store.createPlan({ nameZh: '第一版' });
    for (const name of ['第二版', '第三版', '第四版']) await store.renamePlan(plan.id, name);

    const history = await store.listHistory(plan.id);
    expect(history.map((v) => v.nameZh)).toEqual(['第三版', '第二版', '第一版']);
    expect(history.every((v) => v.size > 0 && v.replacedAt !== '')).toBe(true);

    const restored = await store.restoreVersion(plan.id, history[2]!.versionId);
    expect(restored.cover.nameZh).toBe('第一版');
    expect((await store.loadPlan(plan.id)).cover.nameZh).toBe('第一版');
    expect(store.listPlans()[0]!.nameZh).toBe('第一版');

    const after = await store.listHistory(plan.id);
    expect(after.map((v) => v.nameZh)).toEqual(['第四版', '第三版', '第二版', '第一版']);
    // And restoring is itself undoable.
    await store.restoreVersion(plan.id, after[0]!.versionId);
    expect((await store.loadPlan(plan.id)).cover.nameZh).toBe('第四版');
  });

  it('keeps the last 20 versions', async () => {
    const { store } = await openStore();
    const plan = await store.createPlan({ nameZh: '版本 0' });
    for (let n = 1; n <= 25; n++) await store.renamePlan(plan.id, `版本 ${n}`);
    const history = await store.listHistory(plan.id);
    expect(history).toHaveLength(20);
    expect(history[0]!.nameZh).toBe('版本 24');
    expect(history[19]!.nameZh).toBe('版本 5');
    const ids = history.map((v) => v.versionId);
    expect([...ids].sort().reverse()).toEqual(ids);
  });

  it('refuses a version id it did not make, and quarantines a damaged version', async () => {
    const { store } = await openStore({ now: steppingClock() });
    const plan = await store.createPlan({ nameZh: '甲' });
    await store.renamePlan(plan.id, '乙');
    await expect(store.restoreVersion(plan.id, '../../library')).rejects.toMatchObject({ code: 'version-not-found' });
    const [version] = await store.listHistory(plan.id);
    await writeFile(join(dir, 'history', plan.id, `${version!.versionId}.json`), '{broken');
    const error = await store.restoreVersion(plan.id, version!.versionId).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'rejected-file' });
    expect((await store.loadPlan(plan.id)).cover.nameZh).toBe('乙');
    expect(await store.listHistory(plan.id)).toEqual([]);
    expect((await readdir(join(dir, 'quarantine'))).some((n) => n.includes(`history__${plan.id}`))).toBe(true);
  });
});

describe('trash', () => {
  it('moves a deleted plan to the trash and restores it, with its history', async () => {
    const { store } = await openStore({ now: steppingClock() });
    const keep = await store.createPlan({ nameZh: '留下' });
    const gone = await store.createPlan({ nameZh: '刪掉' });
    await store.renamePlan(gone.id, '刪掉（改）');
    await store.deletePlan(gone.id);

    expect(store.listPlans().map((p) => p.id)).toEqual([keep.id]);
    expect(store.listDeleted()).toMatchObject([{ id: gone.id, nameZh: '刪掉（改）' }]);
    expect(await readdir(join(dir, 'trash'))).toEqual([`${gone.id}.json`]);
    await expect(store.loadPlan(gone.id)).rejects.toMatchObject({ code: 'plan-not-found' });

    const { store: again } = await reopen(store, { now: steppingClock(Date.parse('2026-04-01T00:00:00Z')) });
    expect(again.listDeleted().map((d) => d.id)).toEqual([gone.id]);
    const summary = await again.restoreDeleted(gone.id);
    expect(summary).toMatchObject({ id: gone.id, nameZh: '刪掉（改）' });
    expect(again.listDeleted()).toEqual([]);
    expect((await again.loadPlan(gone.id)).cover.nameZh).toBe('刪掉（改）');
    expect((await again.listHistory(gone.id)).map((v) => v.nameZh)).toEqual(['刪掉']);
    await expect(again.restoreDeleted(gone.id)).rejects.toMatchObject({ code: 'plan-not-found' });
  });
});

describe('import and export', () => {
  it('exports a plan as JSON text that imports back', async () => {
    const { store } = await openStore();
    const plan = await store.createPlan({ nameZh: '匯出' });
    const text = await store.exportPlan(plan.id);
    expect(JSON.parse(text)).toEqual(await store.loadPlan(plan.id));

    await store.deletePlan(plan.id);
    // The id is still taken by the plan in the trash: a copy.
    const result = await store.importPlan(text, '匯出.json');
    expect(result.ok && result.copyOf).toBe(plan.id);
  });

  it('imports a plan whose id exists as a copy with a new id, and says so', async () => {
    const { store } = await openStore();
    const plan = await store.createPlan({ nameZh: '原本' });
    const before = await readFile(planPath(plan.id), 'utf8');
    const result = await store.importPlan(await store.exportPlan(plan.id), '同事的版本.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.copyOf).toBe(plan.id);
    expect(result.plan.id).not.toBe(plan.id);
    expect(result.message).toContain('副本');
    expect(result.messageEn).toContain('as a copy');
    expect(store.listPlans()).toHaveLength(2);
    expect(await readFile(planPath(plan.id), 'utf8')).toBe(before);
  });

  it('imports a new plan under its own id, and an older-format one migrated', async () => {
    const { store } = await openStore();
    const fresh = await store.importPlan(JSON.stringify(realisticPlan('shared-plan', 2, '2026-01-01T00:00:00.000Z')), 'a.json');
    expect(fresh).toMatchObject({ ok: true, summary: { id: 'shared-plan' } });
    expect(fresh.ok && fresh.copyOf).toBeUndefined();

    const old = await store.importPlan(`\uFEFF${JSON.stringify(V1_PLAN)}`, 'old.json');
    expect(old).toMatchObject({ ok: true, migratedFrom: 1, summary: { id: 'old-plan', fileVersion: PLAN_SCHEMA_VERSION } });
    expect(JSON.parse(await readFile(planPath('old-plan'), 'utf8')).schemaVersion).toBe(PLAN_SCHEMA_VERSION);
  });

  it('gives a plan with an unsafe id a new one', async () => {
    const { store } = await openStore();
    const result = await store.importPlan(JSON.stringify(realisticPlan('../../escape', 1, '2026-01-01T00:00:00.000Z')), 'evil.json');
    expect(result.ok && result.copyOf).toBe('../../escape');
    expect(await readdir(join(dir, 'plans'))).toHaveLength(1);
  });

  it('refuses text that is not a plan, saying where and why', async () => {
    const { store } = await openStore();
    const notJson = await store.importPlan('{"schemaVersion": 2,', 'bad.json');
    expect(notJson).toMatchObject({ ok: false, reason: 'unparseable' });
    expect(!notJson.ok && notJson.message).toContain('bad.json');

    const invalid = await store.importPlan(JSON.stringify({ schemaVersion: 2, id: 'x', createdAt: 'a', updatedAt: 'b', units: [{ id: '' }] }), 'x.json');
    expect(invalid).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!invalid.ok && invalid.problems.map((p) => p.path)).toContain('units[0].id');

    const newer = await store.importPlan(JSON.stringify({ schemaVersion: 3, id: 'y' }), 'y.json');
    expect(newer).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(store.listPlans()).toEqual([]);
  });
});
