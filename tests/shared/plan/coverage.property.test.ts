import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/plan/checks/checkPlan';
import { checkDefinition } from '../../../shared/plan/checks/registry';
import { coverageOf, type Coverage, type Share } from '../../../shared/plan/coverage';
import { PlanSchema, type Plan, type PlanInput } from '../../../shared/plan/schema';
import type { Standard } from '../../../shared/standard/schema';
import { loadStandard } from './support/recordingCourse';

/**
 * Random plans against real standards: 表1 picks random tasks and random subsets of their items (now
 * and then a code of another task or one the standard lacks), units link random items of the whole
 * standard (and unknown codes and standards), with random depths and hours.
 */

const standards = [loadStandard('ATC3521-004v2'), loadStandard('APA2654-001v4')];

const kinds = ['task', 'indicator', 'knowledge', 'skill', 'attitude'] as const;
type Kind = (typeof kinds)[number];

function codesOf(standard: Standard): Record<Kind, string[]> {
  return {
    task: standard.tasks.map((t) => t.id),
    indicator: standard.tasks.flatMap((t) => t.indicators.map((p) => p.id)),
    knowledge: [...new Set([...standard.knowledge.map((k) => k.id), ...standard.tasks.flatMap((t) => t.knowledge)])],
    skill: [...new Set([...standard.skills.map((s) => s.id), ...standard.tasks.flatMap((t) => t.skills)])],
    attitude: standard.attitudes.map((a) => a.id),
  };
}

function planArbitrary(standard: Standard): fc.Arbitrary<Plan> {
  const codes = codesOf(standard);
  const S = standard.code;
  const stray = fc.constantFrom('K999', 'S999', 'P9.9.9');
  const subset = (ids: string[]) => fc.subarray(ids).chain((picked) => fc.tuple(fc.constant(picked), fc.option(stray, { freq: 8 })))
    .map(([picked, extra]) => (extra === null ? picked : [...picked, extra]));
  const row = fc.constantFrom(...standard.tasks).chain((task) => fc.record({
    standardCode: fc.constant(S),
    taskId: fc.constant(task.id),
    level: fc.option(fc.integer({ min: 1, max: 6 }), { freq: 3 }),
    indicators: subset(task.indicators.map((p) => p.id)),
    // Now and then a K/S of another task.
    knowledge: fc.tuple(subset(task.knowledge), fc.option(fc.constantFrom(...codes.knowledge), { freq: 6 }))
      .map(([ids, other]) => (other === null ? ids : [...ids, other])),
    skills: subset(task.skills),
  }));
  const link = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...kinds).chain((kind) => fc.record({ kind: fc.constant(kind), id: fc.constantFrom(...codes[kind]), standardCode: fc.constant(S) })) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom(...kinds), id: fc.constantFrom('K999', 'T9.9', 'A99'), standardCode: fc.constant(S) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom(...kinds), id: fc.constantFrom('K01', 'S01'), standardCode: fc.constant('XYZ0000-000v1') }) },
  ).chain((l) => fc.record({
    kind: fc.constant(l.kind), id: fc.constant(l.id), standardCode: fc.constant(l.standardCode),
    depth: fc.constantFrom('introduced', 'practised', 'assessed'),
    note: fc.constantFrom('', '第 3 頁', '測驗第 2 題'),
  }));
  const units = fc.array(fc.record({
    hours: fc.integer({ min: 0, max: 24 }).map((h) => h / 2),
    links: fc.array(link, { maxLength: 14 }),
    level: fc.option(fc.integer({ min: 1, max: 6 })),
  }), { maxLength: 10 });
  return fc.record({
    rows: fc.array(row, { maxLength: 6 }),
    attitudes: fc.subarray(codes.attitude),
    units,
  }).map(({ rows, attitudes, units: drafts }) => PlanSchema.parse({
    schemaVersion: 2, id: 'random', createdAt: '', updatedAt: '',
    standards: [{ code: S }],
    selectedTasks: rows,
    selectedAttitudes: attitudes.map((id) => ({ standardCode: S, id })),
    units: drafts.map((d, i) => ({ id: `u${i}`, nameZh: `單元 ${i}`, ...d })),
    modules: [{ id: 'm', unitIds: drafts.map((_, i) => `u${i}`) }],
  } satisfies PlanInput));
}

const bothStandards = fc.constantFrom(...standards).chain((standard) => planArbitrary(standard).map((plan) => ({ standard, plan })));

const EPS = 1e-9;
const itemKeyOf = (i: { kind: string; standardCode: string; id: string }) => `${i.standardCode}|${i.kind}|${i.id}`;

function expectShareNotAbove(after: Share, before: Share, where: string) {
  expect(after.selected, where).toBe(before.selected);
  expect(after.covered, where).toBeLessThanOrEqual(before.covered);
  if (before.percent !== null) expect(after.percent!, where).toBeLessThanOrEqual(before.percent + EPS);
}

function expectNotAbove(after: Coverage, before: Coverage) {
  const beforeItems = new Map(before.items.map((i) => [itemKeyOf(i), i]));
  expect(after.items.length).toBe(before.items.length);
  for (const item of after.items) {
    const was = beforeItems.get(itemKeyOf(item))!;
    expect(item.units.length, item.id).toBeLessThanOrEqual(was.units.length);
    expect(item.hours, item.id).toBeLessThanOrEqual(was.hours + EPS);
  }
  for (const [name, share] of Object.entries(after.course)) expectShareNotAbove(share, before.course[name as keyof Coverage['course']], `course.${name}`);
  for (const [name, share] of Object.entries(after.taskScope)) expectShareNotAbove(share, before.taskScope[name as keyof Coverage['taskScope']], `taskScope.${name}`);
  after.tasks.forEach((task, i) => {
    const was = before.tasks[i]!;
    expect(task.taskId).toBe(was.taskId);
    for (const part of ['indicators', 'knowledge', 'skills', 'overall'] as const) expectShareNotAbove(task[part], was[part], `${task.taskId}.${part}`);
    expect(task.unitIds.length).toBeLessThanOrEqual(was.unitIds.length);
    expect(task.hours).toBeLessThanOrEqual(was.hours + EPS);
  });
  expect(after.uncovered.length).toBeGreaterThanOrEqual(before.uncovered.length);
  expect(after.hours.inside).toBeLessThanOrEqual(before.hours.inside + EPS);
}

describe('coverage properties', () => {
  it('removing a unit never increases any coverage count, hours or percentage', () => {
    fc.assert(fc.property(bothStandards, fc.nat(), ({ standard, plan }, pick) => {
      fc.pre(plan.units.length > 0);
      const before = coverageOf(plan, [standard]);
      const gone = plan.units[pick % plan.units.length]!.id;
      const after = coverageOf({ ...plan, units: plan.units.filter((u) => u.id !== gone) }, [standard]);
      expectNotAbove(after, before);
    }), { numRuns: 300 });
  });

  it('counts match a brute-force recount', () => {
    fc.assert(fc.property(bothStandards, ({ standard, plan }) => {
      const coverage = coverageOf(plan, [standard]);
      const S = standard.code;
      // What 表1 and the attitude list select, the slow way.
      const selected: { kind: string; id: string; tasks: string[] }[] = [];
      const find = (kind: string, id: string) => selected.find((s) => s.kind === kind && s.id === id);
      for (const row of plan.selectedTasks) {
        for (const [kind, ids] of [['indicator', row.indicators], ['knowledge', row.knowledge], ['skill', row.skills]] as const) {
          for (const id of ids) {
            const seen = find(kind, id);
            if (!seen) selected.push({ kind, id, tasks: [row.taskId] });
            else if (!seen.tasks.includes(row.taskId)) seen.tasks.push(row.taskId);
          }
        }
      }
      for (const a of plan.selectedAttitudes) if (!find('attitude', a.id)) selected.push({ kind: 'attitude', id: a.id, tasks: [] });

      const links = (u: Plan['units'][number]) => u.links.filter((l) => l.standardCode === S);
      const distinct = (u: Plan['units'][number]) => new Set(u.links.map((l) => itemKeyOf(l))).size;
      expect(coverage.items.map((i) => [i.kind, i.id]).sort()).toEqual(selected.map((s) => [s.kind, s.id]).sort());
      for (const s of selected) {
        const item = coverage.items.find((i) => i.kind === s.kind && i.id === s.id)!;
        const covering = plan.units.filter((u) => links(u).some((l) => l.kind === s.kind && l.id === s.id));
        expect(item.units.map((u) => u.unitId)).toEqual(covering.map((u) => u.id));
        expect(item.taskIds).toEqual(s.tasks);
        const hours = covering.reduce((n, u) => n + u.hours / distinct(u), 0);
        expect(item.hours).toBeCloseTo(hours, 9);
      }
      const count = (kind: string) => {
        const ofKind = selected.filter((s) => s.kind === kind);
        const covered = ofKind.filter((s) => plan.units.some((u) => links(u).some((l) => l.kind === kind && l.id === s.id)));
        return [ofKind.length, covered.length];
      };
      expect([coverage.course.indicators.selected, coverage.course.indicators.covered]).toEqual(count('indicator'));
      expect([coverage.course.knowledge.selected, coverage.course.knowledge.covered]).toEqual(count('knowledge'));
      expect([coverage.course.skills.selected, coverage.course.skills.covered]).toEqual(count('skill'));
      expect([coverage.course.attitudes.selected, coverage.course.attitudes.covered]).toEqual(count('attitude'));
      expect(coverage.uncovered.length).toBe(coverage.course.overall.selected - coverage.course.overall.covered);

      // Task scope: every K/S the standard lists under a selected task.
      const scope = new Set<string>();
      for (const row of plan.selectedTasks) {
        const task = standard.tasks.find((t) => t.id === row.taskId);
        for (const k of task?.knowledge ?? []) scope.add(`knowledge|${k}`);
        for (const s of task?.skills ?? []) scope.add(`skill|${s}`);
      }
      const linked = new Set(plan.units.flatMap((u) => links(u).map((l) => `${l.kind}|${l.id}`)));
      expect(coverage.taskScope.overall.selected).toBe(scope.size);
      expect(coverage.taskScope.overall.covered).toBe([...scope].filter((k) => linked.has(k)).length);

      // Every distinct link is inside or outside, and hours are conserved.
      const totalLinks = plan.units.reduce((n, u) => n + distinct(u), 0);
      expect(coverage.units.reduce((n, u) => n + u.inside + u.outside, 0)).toBe(totalLinks);
      expect(coverage.outside.length).toBe(coverage.units.reduce((n, u) => n + u.outside, 0));
      const attitudeHours = coverage.items.filter((i) => i.kind === 'attitude').reduce((n, i) => n + i.hours, 0);
      const taskHours = coverage.tasks.reduce((n, t) => n + t.hours, 0);
      expect(taskHours + attitudeHours + coverage.hours.outside).toBeCloseTo(coverage.hours.linked, 6);
    }), { numRuns: 300 });
  });

  it('checkPlan never throws, and every finding is registered and points to something that exists', () => {
    fc.assert(fc.property(bothStandards, ({ standard, plan }) => {
      const unitIds = new Set(plan.units.map((u) => u.id));
      for (const finding of checkPlan(plan, [standard])) {
        expect(checkDefinition(finding.code), finding.code).toMatchObject({ tier: finding.tier, severity: finding.severity });
        expect(finding.message).not.toBe('');
        expect(finding.messageEn).not.toBe('');
        if (finding.location.unitId !== undefined && finding.code !== 'consistency.module-unknown-unit') {
          expect(unitIds.has(finding.location.unitId), finding.code).toBe(true);
        }
      }
    }), { numRuns: 200 });
  });
});
