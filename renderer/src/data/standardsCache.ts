import type { Standard } from '../../../shared/standard/schema';
import { api, type StandardSummary } from '../api';

/**
 * The standards the renderer has asked for, kept for the session: a standard is the same object
 * every time (so memoised views stay put) until the list changes (an import or a delete).
 */
const full = new Map<string, Promise<Standard>>();
let summaries: Promise<StandardSummary[]> | null = null;
const listeners = new Set<() => void>();

export function listStandards(): Promise<StandardSummary[]> {
  summaries ??= api.listStandards().catch((error: unknown) => {
    summaries = null;
    throw error;
  });
  return summaries;
}

export function getStandard(code: string): Promise<Standard> {
  let found = full.get(code);
  if (found === undefined) {
    found = api.getStandard({ code }).then((answer) => answer.standard);
    found.catch(() => full.delete(code));
    full.set(code, found);
  }
  return found;
}

/** Every standard in full (for search), bundled first as the list gives them. */
export async function allStandards(): Promise<Standard[]> {
  const list = await listStandards();
  return Promise.all(list.map((s) => getStandard(s.code)));
}

/**
 * The standards a plan refers to (its 職能依據 and every code in 表1, the attitudes and the links)
 * that exist; codes that do not are left out (the checks report them).
 */
export async function standardsForCodes(codes: Iterable<string>): Promise<Standard[]> {
  const list = await listStandards();
  const known = new Set(list.map((s) => s.code));
  const wanted = [...new Set(codes)].filter((code) => known.has(code));
  return Promise.all(wanted.map(getStandard));
}

/** Forget what was loaded: after importing, replacing or deleting a standard. */
export function invalidateStandards(): void {
  summaries = null;
  full.clear();
  for (const listener of listeners) listener();
}

export function onStandardsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
