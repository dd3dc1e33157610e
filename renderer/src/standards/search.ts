import type { Standard } from '../../../shared/standard/schema';

/**
 * Search across standards: their codes and names, duties, tasks, outputs, indicators, and the K, S
 * and A texts. Text extracted from PDFs carries stray spaces inside Chinese words (`溝 通`) and
 * full-width letters, so both the text and the query are compared without spaces, NFKC-normalised
 * and lower-cased. Every word of the query must appear in the same entry.
 */

export type SearchHitKind = 'standard' | 'duty' | 'task' | 'output' | 'indicator' | 'knowledge' | 'skill' | 'attitude';

export interface SearchHit {
  kind: SearchHitKind;
  /** The item's code (`K24`, `T1.1`), or the standard's code. */
  id: string;
  text: string;
}

export interface StandardSearchResult {
  code: string;
  name: string;
  /** Entries that match, in document order (at most `limit`). */
  hits: SearchHit[];
  /** How many matched in all. */
  total: number;
}

export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The words of a query, normalised; empty when the query is blank. */
export function queryTerms(query: string): string[] {
  return query.normalize('NFKC').split(/\s+/).map(normaliseForSearch).filter(Boolean);
}

/** Every searchable entry of a standard, in document order. */
export function searchEntries(standard: Standard): SearchHit[] {
  const entries: SearchHit[] = [{ kind: 'standard', id: standard.code, text: standard.name }];
  for (const duty of standard.duties) entries.push({ kind: 'duty', id: duty.id, text: duty.name });
  for (const task of standard.tasks) {
    entries.push({ kind: 'task', id: task.id, text: task.name });
    for (const output of task.outputs) entries.push({ kind: 'output', id: output.id, text: output.name });
    for (const indicator of task.indicators) entries.push({ kind: 'indicator', id: indicator.id, text: indicator.text });
  }
  const named = (kind: 'knowledge' | 'skill' | 'attitude', items: Standard['knowledge']) => {
    for (const item of items) {
      const text = [item.name, ...(item.otherNames ?? []), item.description ?? ''].filter(Boolean).join(' / ');
      entries.push({ kind, id: item.id, text });
    }
  };
  named('knowledge', standard.knowledge);
  named('skill', standard.skills);
  named('attitude', standard.attitudes);
  return entries;
}

/** Search one standard: the entries where every query word appears (the code counts as part of the text). */
export function searchStandard(standard: Standard, terms: readonly string[], limit = 50): StandardSearchResult {
  const hits: SearchHit[] = [];
  let total = 0;
  if (terms.length > 0) {
    for (const entry of searchEntries(standard)) {
      const haystack = normaliseForSearch(`${entry.kind === 'standard' ? standard.code : entry.id} ${entry.text}`);
      if (!terms.every((term) => haystack.includes(term))) continue;
      total += 1;
      if (hits.length < limit) hits.push(entry);
    }
  }
  return { code: standard.code, name: standard.name, hits, total };
}

/** The standards that match the query, each with its matching entries; every standard when the query is blank. */
export function searchStandards(standards: readonly Standard[], query: string, limit = 50): StandardSearchResult[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return standards.map((s) => ({ code: s.code, name: s.name, hits: [], total: 0 }));
  return standards.map((s) => searchStandard(s, terms, limit)).filter((r) => r.total > 0);
}
