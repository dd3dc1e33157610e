import { describe, expect, it } from 'vitest';
import { deeper, ItemTable } from '../../../shared/plan/itemRef';
import { indexStandards } from '../../../shared/plan/standardIndex';
import { recordingEngineer, STANDARD_CODE } from './support/recordingCourse';

const S = STANDARD_CODE;

describe('indexStandards', () => {
  const index = indexStandards([recordingEngineer]);

  it('knows each item of the standard by kind and code', () => {
    expect(index.has('task', S, 'T3.1')).toBe(true);
    expect(index.has('indicator', S, 'P3.1.2')).toBe(true);
    expect(index.has('knowledge', S, 'K28')).toBe(true);
    expect(index.has('skill', S, 'K28')).toBe(false);
    expect(index.has('attitude', S, 'A10')).toBe(true);
    expect(index.has('knowledge', 'XYZ0000-000v1', 'K01')).toBe(false);
  });

  it('names items, an indicator by its text', () => {
    expect(index.nameOf('task', S, 'T3.3')).toBe('混音');
    expect(index.nameOf('knowledge', S, 'K01')).toBe('基礎樂理');
    expect(index.nameOf('indicator', S, 'P1.1.1')).toMatch(/^依據作品主題/);
    expect(index.nameOf('skill', S, 'S99')).toBe('');
  });

  it('gives the tasks that list an item: a K or S serves many', () => {
    expect(index.tasksOf('knowledge', S, 'K28')).toEqual(['T3.1', 'T3.2', 'T3.3', 'T3.4']);
    expect(index.tasksOf('skill', S, 'S08')).toEqual(['T3.1', 'T3.2', 'T3.3', 'T3.4']);
    expect(index.tasksOf('indicator', S, 'P2.1.1')).toEqual(['T2.1']);
    expect(index.tasksOf('attitude', S, 'A01')).toEqual([]);
  });
});

describe('ItemTable and depths', () => {
  it('keys by standard, kind and code, and counts distinct items', () => {
    const table = new ItemTable<number>();
    table.set('knowledge', S, 'K01', 1);
    table.set('skill', S, 'K01', 2);
    table.set('knowledge', 'IDC3512-002v2', 'K01', 3);
    table.set('knowledge', S, 'K01', 4);
    expect(table.size).toBe(3);
    expect(table.get('knowledge', S, 'K01')).toBe(4);
    expect(table.has('attitude', S, 'K01')).toBe(false);
  });

  it('orders depths introduced < practised < assessed', () => {
    expect(deeper(null, 'introduced')).toBe('introduced');
    expect(deeper('practised', 'introduced')).toBe('practised');
    expect(deeper('practised', 'assessed')).toBe('assessed');
  });
});
