import { describe, expect, it } from 'vitest';
import { coverageOf, distinctLinks } from '../../../shared/plan/coverage';
import { broken, cleanPlan, recordingEngineer, STANDARD_CODE, unit } from './support/recordingCourse';

const S = STANDARD_CODE;
const cover = (plan = cleanPlan()) => coverageOf(plan, [recordingEngineer]);
const item = (c: ReturnType<typeof cover>, kind: string, id: string) => {
  const found = c.items.find((i) => i.kind === kind && i.id === id);
  if (!found) throw new Error(`no ${kind} ${id}`);
  return found;
};
const task = (c: ReturnType<typeof cover>, id: string) => c.tasks.find((t) => t.taskId === id)!;

describe('coverageOf on the clean recording course', () => {
  const c = cover();

  it('counts every selected item once, tasks and course at 100 %', () => {
    expect(c.course.tasks).toEqual({ selected: 2, covered: 2, percent: 100 });
    expect(c.course.indicators).toEqual({ selected: 2, covered: 2, percent: 100 });
    // K01 and K04 are selected under both tasks: 4 + 9 selections, 11 items.
    expect(c.course.knowledge).toEqual({ selected: 11, covered: 11, percent: 100 });
    expect(c.course.skills).toEqual({ selected: 7, covered: 7, percent: 100 });
    expect(c.course.attitudes).toEqual({ selected: 2, covered: 2, percent: 100 });
    expect(c.course.overall).toEqual({ selected: 22, covered: 22, percent: 100 });
    expect(c.uncovered).toEqual([]);
    expect(c.outside).toEqual([]);
    expect(c.unselected).toEqual([]);
  });

  it('lists items in 表1 order with their names, tasks, units and deepest depth', () => {
    expect(c.items.slice(0, 3).map((i) => [i.kind, i.id])).toEqual([['indicator', 'P1.1.1'], ['knowledge', 'K01'], ['knowledge', 'K02']]);
    const k01 = item(c, 'knowledge', 'K01');
    expect(k01).toMatchObject({ name: '基礎樂理', standardCode: S, taskIds: ['T1.1', 'T2.1'], deepest: 'introduced' });
    expect(k01.units.map((u) => u.unitId)).toEqual(['u1']);
    const k04 = item(c, 'knowledge', 'K04');
    expect(k04.units.map((u) => [u.unitId, u.depth])).toEqual([['u1', 'practised'], ['u2', 'practised']]);
    const p111 = item(c, 'indicator', 'P1.1.1');
    expect(p111.deepest).toBe('assessed');
    expect(p111.units[0]!.note).toBe('期末實作：需求訪談紀錄');
    expect(item(c, 'attitude', 'A04').units.map((u) => u.unitId)).toEqual(['u3']);
  });

  it('splits a unit\'s hours equally among its distinct links', () => {
    // u1: 6 h over 8 links; u2: 9 h over 9 links; u3: 6 h over 7 links.
    expect(c.units.map((u) => [u.unitId, u.links, u.hoursPerLink])).toEqual([['u1', 8, 0.75], ['u2', 9, 1], ['u3', 7, 6 / 7]]);
    expect(item(c, 'knowledge', 'K02').hours).toBe(0.75);
    expect(item(c, 'knowledge', 'K04').hours).toBeCloseTo(1.75);
    expect(item(c, 'indicator', 'P2.1.1').hours).toBeCloseTo(1 + 6 / 7);
  });

  it('gives a task its items\' hours, a shared K/S split among the tasks selecting it', () => {
    // T1.1: P1.1.1 .75, K02 .75, K03 .75, S01 .75, S02 .75, K01 .75/2, K04 1.75/2 = 5.
    expect(task(c, 'T1.1').hours).toBeCloseTo(5);
    expect(task(c, 'T1.1').unitIds).toEqual(['u1', 'u2']);
    expect(task(c, 'T2.1').unitIds).toEqual(['u1', 'u2', 'u3']);
    // Nothing is counted twice: tasks + attitudes + outside = hours of linked units.
    const attitudes = c.items.filter((i) => i.kind === 'attitude').reduce((n, i) => n + i.hours, 0);
    expect(task(c, 'T1.1').hours + task(c, 'T2.1').hours + attitudes + c.hours.outside).toBeCloseTo(c.hours.linked);
    expect(c.hours).toMatchObject({ units: 21, linked: 21, outside: 0 });
    expect(c.hours.inside).toBeCloseTo(21);
  });

  it('has every K/S of the selected tasks in the task scope', () => {
    expect(c.taskScope.knowledge).toEqual({ selected: 11, covered: 11, percent: 100 });
    expect(c.taskScope.skills).toEqual({ selected: 7, covered: 7, percent: 100 });
  });
});

describe('coverageOf when something is missing', () => {
  it('reports an item no unit links as uncovered, per task and for the course', () => {
    const c = cover(broken((p) => { unit(p, 'u1').links = unit(p, 'u1').links.filter((l) => l.id !== 'K03'); }));
    expect(c.uncovered.map((i) => i.id)).toEqual(['K03']);
    expect(task(c, 'T1.1').knowledge).toEqual({ selected: 4, covered: 3, percent: 75 });
    expect(task(c, 'T1.1').uncovered).toEqual([{ kind: 'knowledge', id: 'K03', standardCode: S }]);
    expect(task(c, 'T2.1').uncovered).toEqual([]);
    expect(c.course.knowledge).toEqual({ selected: 11, covered: 10, percent: (10 / 11) * 100 });
    expect(c.taskScope.overall).toEqual({ selected: 18, covered: 17, percent: (17 / 18) * 100 });
  });

  it('classifies links outside the selection and gives them their hours', () => {
    const plan = broken((p) => {
      const links = unit(p, 'u1').links;
      const l = (kind: 'task' | 'knowledge' | 'attitude', id: string, standardCode = S) => ({ kind, id, standardCode, depth: 'introduced' as const, note: '' });
      links.push(l('knowledge', 'K12'), l('knowledge', 'K99'), l('knowledge', 'K01', 'XYZ0000-000v1'), l('attitude', 'A02'), l('task', 'T3.1'));
      // K03 stays linked but is no longer selected in 表1.
      p.selectedTasks[0]!.knowledge = ['K01', 'K02', 'K04'];
    });
    const c = cover(plan);
    expect(c.outside.map((o) => [o.kind, o.id, o.standardCode, o.reason, o.taskIds])).toEqual([
      ['knowledge', 'K03', S, 'not-selected', ['T1.1']],
      ['knowledge', 'K12', S, 'outside-tasks', []],
      ['knowledge', 'K99', S, 'unknown-item', []],
      ['knowledge', 'K01', 'XYZ0000-000v1', 'unknown-standard', []],
      ['attitude', 'A02', S, 'not-selected', []],
      ['task', 'T3.1', S, 'outside-tasks', []],
    ]);
    // u1 has 13 distinct links now: 6 h / 13 each, 6 of them outside.
    expect(c.units[0]).toMatchObject({ unitId: 'u1', links: 13, inside: 7, outside: 6 });
    expect(c.hours.outside).toBeCloseTo((6 / 13) * 6);
    expect(c.unselected).toEqual([
      { kind: 'knowledge', id: 'K03', standardCode: S, name: '音樂風格', taskIds: ['T1.1'], selectedElsewhere: false, unitIds: ['u1'] },
    ]);
    expect(c.taskScope.knowledge).toEqual({ selected: 11, covered: 11, percent: 100 });
    expect(c.course.knowledge.selected).toBe(10);
  });

  it('lists K/S of a selected task that 表1 leaves out, with the tasks and units concerned', () => {
    const c = cover(broken((p) => {
      p.selectedTasks[1]!.knowledge = p.selectedTasks[1]!.knowledge.filter((k) => k !== 'K01' && k !== 'K10');
      unit(p, 'u3').links = unit(p, 'u3').links.filter((l) => l.id !== 'K10');
    }));
    expect(c.unselected.map((u) => [u.id, u.taskIds, u.selectedElsewhere, u.unitIds])).toEqual([
      ['K01', ['T2.1'], true, ['u1']],
      ['K10', ['T2.1'], false, []],
    ]);
    expect(task(c, 'T2.1').unselected.map((r) => r.id)).toEqual(['K01', 'K10']);
    expect(c.taskScope.knowledge).toEqual({ selected: 11, covered: 10, percent: (10 / 11) * 100 });
  });

  it('counts a task linked directly as reached, with its share of hours', () => {
    const c = cover(broken((p) => {
      p.selectedTasks.push({ standardCode: S, taskId: 'T3.2', nameEn: '', level: null, indicators: [], knowledge: [], skills: [] });
      unit(p, 'u3').links.push({ kind: 'task', id: 'T3.2', standardCode: S, depth: 'introduced', note: '' });
    }));
    const t32 = task(c, 'T3.2');
    expect(t32.direct.map((d) => d.unitId)).toEqual(['u3']);
    expect(t32.hours).toBeCloseTo(6 / 8);
    expect(t32.unitIds).toEqual(['u3']);
    expect(t32.overall).toEqual({ selected: 0, covered: 0, percent: null });
    expect(t32.unselected.map((r) => r.id)).toEqual(['K01', 'K19', 'K20', 'K28', 'S08', 'S16', 'S17']);
    expect(c.course.tasks).toEqual({ selected: 3, covered: 3, percent: 100 });
  });

  it('merges 表1 rows that repeat a task', () => {
    const c = cover(broken((p) => {
      p.selectedTasks.push({ standardCode: S, taskId: 'T1.1', nameEn: '', level: null, indicators: ['P1.1.1'], knowledge: ['K02'], skills: [] });
    }));
    expect(c.tasks.map((t) => t.taskId)).toEqual(['T1.1', 'T2.1']);
    expect(task(c, 'T1.1').knowledge.selected).toBe(4);
  });

  it('keeps a selection whose standard is not supplied, without names or task scope', () => {
    const c = coverageOf(cleanPlan(), []);
    expect(c.course.knowledge).toEqual({ selected: 11, covered: 11, percent: 100 });
    expect(c.items.every((i) => i.name === '')).toBe(true);
    expect(c.tasks.every((t) => !t.known && t.level === null)).toBe(true);
    expect(c.taskScope.overall).toEqual({ selected: 0, covered: 0, percent: null });
  });

  it('is empty, not broken, for an empty plan', () => {
    const c = cover(broken((p) => { p.selectedTasks = []; p.selectedAttitudes = []; p.units = []; }));
    expect(c.course.overall).toEqual({ selected: 0, covered: 0, percent: null });
    expect(c.items).toEqual([]);
    expect(c.hours).toEqual({ units: 0, linked: 0, inside: 0, outside: 0 });
  });

  it('gives a unit without hours zero hours per link, and a unit without links none', () => {
    const c = cover(broken((p) => { unit(p, 'u1').hours = 0; unit(p, 'u2').links = []; }));
    expect(c.units[0]!.hoursPerLink).toBe(0);
    expect(c.units[1]).toMatchObject({ links: 0, hoursPerLink: 0, inside: 0, outside: 0 });
    expect(c.hours).toMatchObject({ units: 15, linked: 6 });
  });
});

describe('distinctLinks', () => {
  it('merges a unit\'s links to the same item: the deepest depth, the notes joined once each', () => {
    const l = (depth: 'introduced' | 'practised' | 'assessed', note: string) => ({ kind: 'knowledge' as const, id: 'K02', standardCode: S, depth, note });
    expect(distinctLinks([l('introduced', '第 3 頁'), l('assessed', '測驗第 5 題'), l('practised', '第 3 頁'), l('introduced', ' ')])).toEqual([
      { kind: 'knowledge', id: 'K02', standardCode: S, depth: 'assessed', note: '第 3 頁；測驗第 5 題' },
    ]);
  });

  it('keeps the same code of another kind or standard apart', () => {
    const links = distinctLinks([
      { kind: 'knowledge', id: 'K02', standardCode: S, depth: 'introduced', note: '' },
      { kind: 'skill', id: 'K02', standardCode: S, depth: 'introduced', note: '' },
      { kind: 'knowledge', id: 'K02', standardCode: 'IDC3512-002v2', depth: 'introduced', note: '' },
    ]);
    expect(links).toHaveLength(3);
  });
});
