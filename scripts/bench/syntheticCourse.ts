import { PlanSchema, type Plan, type PlanInput } from '../../shared/plan/schema';
import { StandardSchema, type Standard } from '../../shared/standard/schema';

/**
 * A synthetic standard of the size of a large real one (30 tasks, 150 K + 150 S = 300 K/S items,
 * 10 attitudes) and a 60-unit plan against it, for the coverage benchmark and its tests. Deterministic:
 * the same call gives the same data.
 *
 * The plan is realistic rather than clean: every third task's row leaves its last K to the neighbouring
 * task's row, four units link a code the standard lacks (K999) and six objectives use 了解, so the
 * checks find and word real problems (10 findings) while the coverage is nearly complete.
 */

const pad = (n: number) => String(n).padStart(3, '0');
export const SYNTHETIC_CODE = 'SYN9999-001v1';

export function syntheticStandard(): Standard {
  const tasks = [];
  for (let t = 0; t < 30; t += 1) {
    const duty = Math.floor(t / 3) + 1;
    const id = `T${duty}.${(t % 3) + 1}`;
    // Each task lists 10 K and 10 S in a sliding window, so neighbouring tasks share items.
    const knowledge = Array.from({ length: 10 }, (_, i) => `K${pad(((t * 5 + i) % 150) + 1)}`);
    const skills = Array.from({ length: 10 }, (_, i) => `S${pad(((t * 5 + i) % 150) + 1)}`);
    tasks.push({
      id, name: `任務 ${id}`, duty: `T${duty}`, level: 3 + (t % 2), outputs: [],
      indicators: [1, 2, 3].map((p) => ({ id: `P${duty}.${(t % 3) + 1}.${p}`, text: `行為指標 ${id}-${p}` })),
      knowledge, skills,
    });
  }
  return StandardSchema.parse({
    code: SYNTHETIC_CODE, name: '合成職務', level: 4,
    versions: [{ version: 'V1', code: SYNTHETIC_CODE, name: '合成職務', status: '最新版本', note: '', date: '2025/01/01' }],
    fields: [], occupations: [{ name: '合成職業', code: '9999' }], industries: [], description: '',
    duties: Array.from({ length: 10 }, (_, d) => ({ id: `T${d + 1}`, name: `職責 ${d + 1}` })),
    tasks,
    knowledge: Array.from({ length: 150 }, (_, i) => ({ id: `K${pad(i + 1)}`, name: `知識 ${i + 1}` })),
    skills: Array.from({ length: 150 }, (_, i) => ({ id: `S${pad(i + 1)}`, name: `技能 ${i + 1}` })),
    attitudes: Array.from({ length: 10 }, (_, i) => ({ id: `A${String(i + 1).padStart(2, '0')}`, name: `態度 ${i + 1}` })),
    notes: [],
  });
}

/** 60 units of 3 hours, two per task, each linking the task's indicators and about 10 K/S. */
export function syntheticPlan(standard: Standard = syntheticStandard()): Plan {
  const S = standard.code;
  const selectedTasks = standard.tasks.map((task, t) => ({
    standardCode: S, taskId: task.id,
    indicators: task.indicators.map((p) => p.id),
    // Leave the last K of every third task unselected, for the advisory check.
    knowledge: t % 3 === 0 ? task.knowledge.slice(0, -1) : task.knowledge,
    skills: task.skills,
  }));
  const units: NonNullable<PlanInput['units']> = [];
  standard.tasks.forEach((task, t) => {
    for (let half = 0; half < 2; half += 1) {
      const n = t * 2 + half;
      const k = task.knowledge.slice(half * 5, half * 5 + 5);
      const s = task.skills.slice(half * 5, half * 5 + 5);
      const links = [
        ...task.indicators.slice(half, half + 2).map((p) => ({ kind: 'indicator' as const, id: p.id, standardCode: S, depth: 'practised' as const })),
        ...k.map((id) => ({ kind: 'knowledge' as const, id, standardCode: S })),
        ...s.map((id) => ({ kind: 'skill' as const, id, standardCode: S, depth: half ? 'assessed' as const : 'practised' as const })),
        { kind: 'attitude' as const, id: `A${String((n % 10) + 1).padStart(2, '0')}`, standardCode: S },
      ];
      if (n % 17 === 0) links.push({ kind: 'knowledge', id: 'K999', standardCode: S });
      units.push({
        id: `u${n + 1}`, nameZh: `單元 ${n + 1}：${task.name}${half ? '實作' : '概論'}`, nameEn: `Unit ${n + 1}`, level: 3, hours: 3,
        objectives: [n % 11 === 0 ? `了解${task.name}` : `能完成${task.name}的${half ? '實作' : '規劃'}`],
        links,
        methods: half ? ['demonstration', 'practice'] : ['lecture', 'discussion'],
        assessmentMethods: half ? ['practical'] : ['test'],
        assessmentTools: half ? ['checklist'] : ['test-paper'],
      });
    }
  });
  return PlanSchema.parse({
    schemaVersion: 2, id: 'synthetic', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    cover: { nameZh: '合成課程實務', nameEn: 'Synthetic course' },
    info: { totalHours: 180, level: 4 },
    standards: [{ code: S, name: standard.name, version: 'V1' }],
    selectedTasks,
    selectedAttitudes: standard.attitudes.map((a) => ({ standardCode: S, id: a.id })),
    modules: Array.from({ length: 6 }, (_, m) => ({
      id: `m${m + 1}`, name: `模組 ${m + 1}`, unitIds: units.slice(m * 10, m * 10 + 10).map((u) => u.id),
    })),
    units,
    pilot: { enrolled: 20, completed: 18, graduated: 17 },
    completion: { practical: { adopted: true, description: '實作 70 分' } },
  } satisfies PlanInput);
}
