import { describe, expect, it } from 'vitest';
import { normaliseForSearch, queryTerms, searchEntries, searchStandards } from '../../../renderer/src/standards/search';
import { loadStandard, recordingEngineer } from '../support/fixtures';

const all = [recordingEngineer, loadStandard('APA2654-001v4'), loadStandard('IDC3512-002v2')];

describe('standard search', () => {
  it('lists every standard for a blank query', () => {
    expect(searchStandards(all, '  ').map((r) => r.code)).toEqual(all.map((s) => s.code));
  });

  it('finds a standard by code and by name', () => {
    expect(searchStandards(all, 'atc3521').map((r) => r.code)).toEqual(['ATC3521-004v2']);
    expect(searchStandards(all, '錄音工程師').map((r) => r.code)).toContain('ATC3521-004v2');
  });

  it('finds K, S and A by code and by text, ignoring spaces and width', () => {
    const k = recordingEngineer.knowledge[0]!;
    const byCode = searchStandards([recordingEngineer], k.id.toLowerCase())[0]!;
    expect(byCode.hits.some((h) => h.kind === 'knowledge' && h.id === k.id)).toBe(true);
    const spaced = k.name.split('').join(' ');
    const byText = searchStandards([recordingEngineer], spaced)[0]!;
    expect(byText.hits.some((h) => h.id === k.id)).toBe(true);
    const attitude = recordingEngineer.attitudes[0]!;
    expect(searchStandards([recordingEngineer], attitude.name)[0]!.hits.some((h) => h.kind === 'attitude')).toBe(true);
    expect(normaliseForSearch('ＡＴＣ 3521')).toBe('atc3521');
  });

  it('needs every word of the query in one entry', () => {
    const task = recordingEngineer.tasks[0]!;
    const result = searchStandards([recordingEngineer], `${task.id} ${task.name}`)[0]!;
    expect(result.hits.map((h) => h.id)).toContain(task.id);
    expect(searchStandards(all, `${task.name} 不存在的字`)).toEqual([]);
  });

  it('finds indicators by their text', () => {
    const indicator = recordingEngineer.tasks[0]!.indicators[0]!;
    const words = indicator.text.slice(2, 8);
    expect(searchStandards([recordingEngineer], words)[0]!.hits.some((h) => h.kind === 'indicator')).toBe(true);
  });

  it('searches every part of a standard', () => {
    const entries = searchEntries(recordingEngineer);
    const kinds = new Set(entries.map((e) => e.kind));
    for (const kind of ['standard', 'duty', 'task', 'indicator', 'knowledge', 'skill', 'attitude']) expect(kinds).toContain(kind);
    expect(queryTerms(' a  b ')).toEqual(['a', 'b']);
  });

  it('limits the hits kept but counts them all', () => {
    const result = searchStandards([recordingEngineer], 'k', 3)[0]!;
    expect(result.hits).toHaveLength(3);
    expect(result.total).toBeGreaterThan(3);
  });
});
