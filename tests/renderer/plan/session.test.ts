import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../../shared/plan/schema';
import { PlanSession } from '../../../renderer/src/plan/session';
import { emptyPlan } from '../support/fixtures';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('a plan session', () => {
  it('saves what the user edits, undoes and redoes, and tells its listeners', async () => {
    const saved: Plan[] = [];
    let t = 0;
    const session = new PlanSession(emptyPlan(), async (plan) => { saved.push(plan); }, { delayMs: 100, clock: () => (t += 10_000) });
    const listener = vi.fn();
    session.subscribe(listener);
    session.apply({ type: 'setInfo', field: 'totalHours', value: 18 });
    expect(session.plan.info.totalHours).toBe(18);
    expect(session.snapshot.save.status).toBe('unsaved');
    expect(listener).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(saved.at(-1)!.info.totalHours).toBe(18);
    expect(session.snapshot.save.status).toBe('saved');

    session.undo();
    expect(session.plan.info.totalHours).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(saved.at(-1)!.info.totalHours).toBe(0);

    session.redo();
    expect(await session.flush()).toBe(true);
    expect(saved.at(-1)!.info.totalHours).toBe(18);
  });

  it('keeps typing as one step until sealed', () => {
    const session = new PlanSession(emptyPlan(), async () => undefined, { clock: () => 0 });
    session.apply({ type: 'setCover', field: 'nameEn', value: 'a' });
    session.apply({ type: 'setCover', field: 'nameEn', value: 'ab' });
    expect(session.snapshot.history.past).toHaveLength(1);
    session.seal();
    session.apply({ type: 'setCover', field: 'nameEn', value: 'abc' });
    expect(session.snapshot.history.past).toHaveLength(2);
  });

  it('keeps the same snapshot while nothing changes', () => {
    const session = new PlanSession(emptyPlan(), async () => undefined);
    const before = session.getSnapshot();
    session.apply({ type: 'setInfo', field: 'totalHours', value: 0 });
    session.undo();
    expect(session.getSnapshot()).toBe(before);
  });
});
