import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNEL_NAMES } from '../../../shared/ipc/contract';
import type { Handlers } from '../../../backend/handlers/index';
import { setupIpc, type IpcRegistry } from '../../../electron/main/ipc';
import type { AppLocation } from '../../../electron/main/securityPolicy';

const rendererDir = '/opt/course-planner/out/renderer';
const location: AppLocation = { rendererDir };
const appPage = pathToFileURL(join(rendererDir, 'index.html')).href;

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** A stand-in for ipcMain: records what was registered, and lets a test invoke it as the renderer would. */
class FakeIpcMain implements IpcRegistry {
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.listeners.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.listeners.delete(channel);
  }
  invoke(channel: string, event: unknown, input: unknown): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return Promise.resolve(listener(event as IpcMainInvokeEvent, input));
  }
}

const ownContents = { id: 1 } as unknown as WebContents;
const strangerContents = { id: 2 } as unknown as WebContents;

/** An invoke event as Electron gives it: the sender's webContents and the frame that sent it. */
function fakeEvent(options: { url?: string; sender?: WebContents; frame?: 'gone' | 'subframe' } = {}) {
  const top = { url: options.url ?? appPage, parent: null };
  const senderFrame = options.frame === 'gone' ? null : options.frame === 'subframe' ? { url: top.url, parent: top } : top;
  return { sender: options.sender ?? ownContents, senderFrame };
}

function fakeHandlers() {
  const none = { errors: 0, warnings: 0 };
  const findings = { ok: true, counts: { ...none, byTier: { form: none, consistency: none, advisory: none } } };
  const listPlans = vi.fn(async () => [{ id: 'p1', nameZh: '錄音工程實務', standardCodes: ['ATC3521-004v2'], updatedAt: '2026-11-22T00:00:00.000Z', findings }]);
  const loadPlan = vi.fn(async () => {
    throw new Error('disk on fire at /secret/path');
  });
  const renamePlan = vi.fn(async ({ id, nameZh }: { id: string; nameZh: string }) => ({ id, nameZh, standardCodes: [], updatedAt: 'now' }));
  // A handler that strays from its contract (a number where a string belongs).
  const listDeletedPlans = vi.fn(async () => [{ id: 'x', nameZh: 1, deletedAt: 'now' }]);
  const handlers = { 'plans.list': listPlans, 'plans.load': loadPlan, 'plans.rename': renamePlan, 'plans.listDeleted': listDeletedPlans } as unknown as Handlers;
  return { handlers, listPlans, loadPlan, renamePlan, listDeletedPlans };
}

function setup(validateOutput = true) {
  const ipcMain = new FakeIpcMain();
  const fakes = fakeHandlers();
  const log = vi.fn();
  const dispose = setupIpc(ipcMain, { handlers: fakes.handlers, location, isOwnWindow: (contents) => contents === ownContents, validateOutput, log });
  return { ipcMain, log, dispose, ...fakes };
}

afterEach(() => vi.restoreAllMocks());

describe('setupIpc', () => {
  it('registers every channel of the contract, once, and removes them again', () => {
    const { ipcMain, dispose } = setup();
    expect([...ipcMain.listeners.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    dispose();
    expect(ipcMain.listeners.size).toBe(0);
  });

  it('answers a good call from the app\'s own window with the handler\'s value', async () => {
    const { ipcMain, listPlans } = setup();
    const answer = await ipcMain.invoke('plans.list', fakeEvent(), {});
    expect(answer).toEqual({ ok: true, value: await listPlans.mock.results[0]!.value });
    expect(listPlans).toHaveBeenCalledTimes(1);
  });

  it('passes the parsed input to the handler', async () => {
    const { ipcMain, renamePlan } = setup();
    const answer = await ipcMain.invoke('plans.rename', fakeEvent(), { id: 'p1', nameZh: '新名稱' });
    expect(answer).toMatchObject({ ok: true, value: { id: 'p1', nameZh: '新名稱' } });
    expect(renamePlan).toHaveBeenCalledWith({ id: 'p1', nameZh: '新名稱' });
  });
});

describe('the sender check', () => {
  const refusedSenders: [string, ReturnType<typeof fakeEvent>][] = [
    ['a remote page', fakeEvent({ url: 'https://evil.example/' })],
    ['a file outside the renderer folder', fakeEvent({ url: 'file:///home/user/Downloads/evil.html' })],
    ['a look-alike folder', fakeEvent({ url: pathToFileURL(`${rendererDir}-evil/index.html`).href })],
    ['a data: URL', fakeEvent({ url: 'data:text/html,<script>1</script>' })],
    ['a window that is not ours', fakeEvent({ sender: strangerContents })],
    ['a subframe', fakeEvent({ frame: 'subframe' })],
    ['a frame that is gone', fakeEvent({ frame: 'gone' })],
  ];

  it.each(refusedSenders)('refuses %s without running the handler', async (_name, event) => {
    const { ipcMain, listPlans, log } = setup();
    const answer = await ipcMain.invoke('plans.list', event, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(listPlans).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('refused a call'));
  });

  it('accepts the dev server only in development', async () => {
    const ipcMain = new FakeIpcMain();
    const { handlers, listPlans } = fakeHandlers();
    setupIpc(ipcMain, { handlers, location: { rendererDir, devServerUrl: 'http://localhost:5173/' }, isOwnWindow: () => true, validateOutput: true, log: () => undefined });
    await expect(ipcMain.invoke('plans.list', fakeEvent({ url: 'http://localhost:5173/#/plans' }), {})).resolves.toMatchObject({ ok: true });
    await expect(ipcMain.invoke('plans.list', fakeEvent({ url: 'http://localhost:5174/' }), {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(listPlans).toHaveBeenCalledTimes(1);
  });
});

describe('the payload check', () => {
  const badPayloads: [string, string, unknown][] = [
    ['a missing field', 'plans.rename', { id: 'p1' }],
    ['a wrong type', 'plans.rename', { id: 'p1', nameZh: 42 }],
    ['an unknown field', 'plans.rename', { id: 'p1', nameZh: 'x', extra: true }],
    ['no object at all', 'plans.rename', 'p1'],
    ['undefined', 'plans.rename', undefined],
    ['an empty id', 'plans.rename', { id: '', nameZh: 'x' }],
    ['an input to a channel that takes none', 'plans.list', { id: 'p1' }],
    ['a prototype-polluting key', 'plans.rename', JSON.parse('{"id":"p1","nameZh":"x","__proto__":{"admin":true}}')],
  ];

  it.each(badPayloads)('refuses %s, logs it, and never runs the handler', async (_name, channel, payload) => {
    const { ipcMain, renamePlan, listPlans, log } = setup();
    const answer = (await ipcMain.invoke(channel, fakeEvent(), payload)) as { ok: boolean; error?: { code: string; problems?: unknown[] } };
    expect(answer.ok).toBe(false);
    expect(answer.error?.code).toBe('invalid-input');
    expect(answer.error?.problems?.length).toBeGreaterThan(0);
    expect(renamePlan).not.toHaveBeenCalled();
    expect(listPlans).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('does not fit the contract'));
  });
});

describe('answers', () => {
  it('turns an unexpected failure into an internal error without its message or stack', async () => {
    const { ipcMain, log } = setup();
    const answer = await ipcMain.invoke('plans.load', fakeEvent(), { id: 'p1' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(answer)).not.toContain('/secret/path');
    expect(JSON.stringify(answer)).not.toContain('at ');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('disk on fire'));
  });

  it('catches an answer that strays from the contract when validating output', async () => {
    const { ipcMain, log } = setup(true);
    await expect(ipcMain.invoke('plans.listDeleted', fakeEvent(), {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('does not fit the contract'));
  });

  it('passes answers through unchecked when output validation is off (packaged app)', async () => {
    const { ipcMain } = setup(false);
    await expect(ipcMain.invoke('plans.listDeleted', fakeEvent(), {})).resolves.toMatchObject({ ok: true });
  });
});
