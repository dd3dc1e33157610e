import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type SaveState } from '../../../renderer/src/plan/autosave';

/** A save function whose calls the test settles one by one. */
function controlledSave() {
  const calls: { value: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  const stored: string[] = [];
  const save = vi.fn((value: string) => new Promise<void>((resolve, reject) => {
    calls.push({ value, resolve: () => { stored.push(value); resolve(); }, reject });
  }));
  return { save, calls, stored };
}

function watch(autosave: Autosave<string>) {
  const states: SaveState['status'][] = [];
  autosave.subscribe((s) => states.push(s.status));
  return states;
}

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('autosave', () => {
  it('starts saved, and saves once after the edits pause', async () => {
    const { save, calls, stored } = controlledSave();
    const autosave = new Autosave('v0', { save, delayMs: 500, now: () => 1234 });
    const states = watch(autosave);
    expect(autosave.state).toEqual({ status: 'saved', savedAt: null });
    autosave.change('v1');
    await vi.advanceTimersByTimeAsync(300);
    autosave.change('v2');
    await vi.advanceTimersByTimeAsync(300);
    expect(save).not.toHaveBeenCalled();
    expect(autosave.state.status).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(200);
    expect(save).toHaveBeenCalledTimes(1);
    expect(autosave.state.status).toBe('saving');
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(stored).toEqual(['v2']);
    expect(autosave.state).toEqual({ status: 'saved', savedAt: 1234 });
    expect(states).toEqual(['unsaved', 'saving', 'saved']);
  });

  it('never loses an edit made while a save is in flight', async () => {
    const { save, calls, stored } = controlledSave();
    const autosave = new Autosave('v0', { save, delayMs: 100 });
    autosave.change('v1');
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(1);
    autosave.change('v2');
    await vi.advanceTimersByTimeAsync(500);
    // Still one save at a time.
    expect(calls).toHaveLength(1);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.value).toBe('v2');
    expect(autosave.state.status).toBe('saving');
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(stored).toEqual(['v1', 'v2']);
    expect(autosave.state.status).toBe('saved');
    expect(autosave.dirty).toBe(false);
  });

  it('says why a save failed, keeps the changes, and retries', async () => {
    const { save, calls, stored } = controlledSave();
    const autosave = new Autosave('v0', { save, delayMs: 100, retryDelaysMs: [1_000], now: () => 99 });
    autosave.change('v1');
    await vi.advanceTimersByTimeAsync(100);
    calls[0]!.reject(new Error('磁碟已滿'));
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.state).toEqual({ status: 'failed', reason: '磁碟已滿', at: 99 });
    expect(autosave.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(stored).toEqual(['v1']);
    expect(autosave.state.status).toBe('saved');
  });

  it('keeps showing the failure while more edits wait, and saves them at the next try', async () => {
    const { save, calls } = controlledSave();
    const autosave = new Autosave('v0', { save, delayMs: 100, retryDelaysMs: [10_000] });
    autosave.change('v1');
    await vi.advanceTimersByTimeAsync(100);
    calls[0]!.reject(new Error('x'));
    await vi.advanceTimersByTimeAsync(0);
    autosave.change('v2');
    expect(autosave.state.status).toBe('failed');
    await vi.advanceTimersByTimeAsync(100);
    expect(calls[1]!.value).toBe('v2');
  });

  it('retries at once on request', async () => {
    const { save, calls } = controlledSave();
    const autosave = new Autosave('v0', { save, delayMs: 100, retryDelaysMs: [60_000] });
    autosave.change('v1');
    await vi.advanceTimersByTimeAsync(100);
    calls[0]!.reject(new Error('x'));
    await vi.advanceTimersByTimeAsync(0);
    autosave.retry();
    expect(calls).toHaveLength(2);
  });

  it('flushes pending edits at once, waiting for the save in flight', async () => {
    const { save, calls, stored } = controlledSave();
    const autosave = new Autosave('v0', { save, delayMs: 10_000 });
    autosave.change('v1');
    const flushed = autosave.flush();
    expect(calls).toHaveLength(1);
    autosave.change('v2');
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    calls[1]!.resolve();
    await expect(flushed).resolves.toBe(true);
    expect(stored).toEqual(['v1', 'v2']);
  });

  it('flush resolves false when the save fails, and true at once when nothing is pending', async () => {
    const { save, calls } = controlledSave();
    const autosave = new Autosave('v0', { save });
    await expect(autosave.flush()).resolves.toBe(true);
    autosave.change('v1');
    const flushed = autosave.flush();
    calls[0]!.reject(new Error('x'));
    await expect(flushed).resolves.toBe(false);
    expect(autosave.state.status).toBe('failed');
  });

  it('uses the reason the caller describes', async () => {
    const save = vi.fn(() => Promise.reject(new Error('EACCES')));
    const autosave = new Autosave('v0', { save, delayMs: 1, describeError: () => '沒有寫入權限' });
    autosave.change('v1');
    await vi.advanceTimersByTimeAsync(1);
    expect(autosave.state).toMatchObject({ status: 'failed', reason: '沒有寫入權限' });
  });

  it('counts going back to the stored value as saved', async () => {
    const { save } = controlledSave();
    const autosave = new Autosave('v0', { save, delayMs: 100 });
    autosave.change('v1');
    autosave.change('v0');
    expect(autosave.state.status).toBe('saved');
    await vi.advanceTimersByTimeAsync(100);
    expect(save).not.toHaveBeenCalled();
    expect(autosave.dirty).toBe(false);
  });

  it('stops its timer when disposed', async () => {
    const { save } = controlledSave();
    const autosave = new Autosave('v0', { save, delayMs: 100 });
    autosave.change('v1');
    autosave.dispose();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).not.toHaveBeenCalled();
  });
});
