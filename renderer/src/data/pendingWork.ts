/**
 * Saves still running when the user leaves a plan. The plan list waits for them before it asks for
 * the list, so it never shows a plan older than what was just typed.
 */
let pending: Promise<unknown> = Promise.resolve();

export function trackPendingSave(save: Promise<unknown>): void {
  pending = Promise.allSettled([pending, save]);
}

export function pendingSaves(): Promise<unknown> {
  return pending;
}
