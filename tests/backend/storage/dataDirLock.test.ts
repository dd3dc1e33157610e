import { spawnSync } from 'node:child_process';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, PlanStore } from '../../../backend/storage/index';
import { buildStoreChild, startChild, type RunningChild } from './support/childProcess';
import { makeTempDir, removeTempDir } from './support/tempDir';

let buildDir: string;
let childScript: string;
let dir: string;
const children: RunningChild[] = [];
const stores: PlanStore[] = [];

beforeAll(async () => {
  buildDir = await makeTempDir('plan-store-child-');
  childScript = await buildStoreChild(buildDir);
});

afterAll(() => removeTempDir(buildDir));

beforeEach(async () => {
  dir = await makeTempDir();
});

afterEach(async () => {
  for (const running of children.splice(0)) {
    if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGKILL');
    await running.exited;
  }
  await Promise.all(stores.splice(0).map((store) => store.close()));
  await removeTempDir(dir);
});

function child(args: string[]): RunningChild {
  const running = startChild(childScript, args);
  children.push(running);
  return running;
}

async function openStore(): Promise<PlanStore> {
  const { store } = await PlanStore.open(dir);
  stores.push(store);
  return store;
}

const lockFile = () => join(dir, 'course-planner.lock');

/** A pid that belonged to a process that has exited. */
function deadPid(): number {
  const done = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(done.stdout);
}

describe('one writer per data folder', () => {
  it('refuses a second store in the same process, in both languages, until the first closes', async () => {
    const first = await openStore();
    const error = await PlanStore.open(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirInUseError);
    const inUse = error as DataDirInUseError;
    expect(inUse.code).toBe('data-dir-in-use');
    expect(inUse.holder?.pid).toBe(process.pid);
    expect(inUse.messageZh).toContain('另一個「職能課程規劃」程式正在使用資料夾');
    expect(inUse.messageEn).toContain('Another copy of the app is using the data folder');
    expect(inUse.message).toContain(dir);

    await first.close();
    stores.splice(0);
    await openStore();
  });

  it('refuses a store while another process holds the folder, and takes the lock over once that process is killed', async () => {
    const holder = child(['hold', dir]);
    await holder.printed('ready');
    const error = await PlanStore.open(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirInUseError);
    expect((error as DataDirInUseError).holder?.pid).toBe(holder.child.pid);

    holder.child.kill('SIGKILL');
    await holder.exited;
    const store = await openStore();
    expect(JSON.parse(await readFile(lockFile(), 'utf8')).pid).toBe(process.pid);
    await store.createPlan({ nameZh: '接手之後' });
  });

  it('makes another process give up while this one holds the folder', async () => {
    const store = await openStore();
    const refused = child(['try', dir]);
    expect((await refused.exited).code).toBe(3);
    expect(JSON.parse(refused.stdout())).toMatchObject({ code: 'data-dir-in-use' });
    expect(JSON.parse(refused.stdout()).message).toMatch(/另一個.*\n.*Another copy/s);

    await store.close();
    stores.splice(0);
    const allowed = child(['try', dir]);
    expect((await allowed.exited).code).toBe(0);
    expect(allowed.stdout()).toBe('opened\n');
  });
});

describe('stale locks', () => {
  const holder = (pid: number, processStartedAt: string, host = hostname()) =>
    JSON.stringify({ pid, hostname: host, processStartedAt, lockedAt: processStartedAt, token: 'old' });

  it('takes over a lock whose process is gone', async () => {
    await openStore().then((store) => store.close());
    stores.splice(0);
    await writeFile(lockFile(), holder(deadPid(), new Date().toISOString()));
    await openStore();
    expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('takes over a lock from before the computer last started, even if its pid is alive now', async () => {
    await writeFile(lockFile(), holder(process.pid, '2001-01-01T00:00:00.000Z'));
    await openStore();
    expect(JSON.parse(await readFile(lockFile(), 'utf8')).token).not.toBe('old');
  });

  it('takes over an unreadable lock once it is old, but not while it may still be being written', async () => {
    await writeFile(lockFile(), '');
    const old = new Date(Date.now() - 60_000);
    await utimes(lockFile(), old, old);
    await openStore();
    expect(JSON.parse(await readFile(lockFile(), 'utf8')).pid).toBe(process.pid);
  });

  it('does not take over a lock held from another computer (a shared folder)', async () => {
    await writeFile(lockFile(), holder(deadPid(), new Date().toISOString(), 'another-computer'));
    const error = await PlanStore.open(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirInUseError);
    expect((error as DataDirInUseError).messageEn).toContain('another-computer');
  });
});
