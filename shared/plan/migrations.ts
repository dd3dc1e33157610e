import * as z from 'zod';
import { validate, type Problem } from '../validation/validate';
import { PLAN_SCHEMA_VERSION, PlanSchema, type CoverageLink, type ItemKind, type Plan } from './schema';

/**
 * Plan files written by older versions of the app are brought up to the current schema on load.
 * Each step takes the previous version's shape to the next; the chain runs in order.
 */

/** Version 1: one standard per plan, and a unit's coverage as a bare list of codes. */
const PlanV1Schema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  title: z.string().default(''),
  standardCode: z.string().default(''),
  totalHours: z.number().min(0).default(0),
  tasks: z.array(z.object({
    taskId: z.string(),
    indicators: z.array(z.string()).default([]),
    knowledge: z.array(z.string()).default([]),
    skills: z.array(z.string()).default([]),
  })).default([]),
  units: z.array(z.object({
    id: z.string(),
    name: z.string().default(''),
    hours: z.number().min(0).default(0),
    outline: z.string().default(''),
    covers: z.array(z.string()).default([]),
  })).default([]),
});

function kindOfCode(code: string): ItemKind | undefined {
  if (/^T\d+\.\d+$/.test(code)) return 'task';
  const kinds: Record<string, ItemKind> = { P: 'indicator', K: 'knowledge', S: 'skill', A: 'attitude' };
  return kinds[code[0] ?? ''];
}

function fromV1(raw: unknown): Validated1 {
  const v1 = validate(PlanV1Schema, raw);
  if (!v1.ok) return v1;
  const old = v1.value;
  const standardCode = old.standardCode;
  return {
    ok: true,
    value: {
      schemaVersion: 2,
      id: old.id,
      createdAt: old.createdAt,
      updatedAt: old.updatedAt,
      cover: { nameZh: old.title },
      info: { totalHours: old.totalHours },
      standards: standardCode ? [{ code: standardCode }] : [],
      selectedTasks: old.tasks.map((t) => ({ standardCode, taskId: t.taskId, indicators: t.indicators, knowledge: t.knowledge, skills: t.skills })),
      modules: old.units.length ? [{ id: 'module-1', name: '', unitIds: old.units.map((u) => u.id) }] : [],
      units: old.units.map((u) => ({
        id: u.id,
        nameZh: u.name,
        hours: u.hours,
        outline: u.outline,
        links: u.covers.flatMap((code): Partial<CoverageLink>[] => {
          const kind = kindOfCode(code);
          return kind ? [{ kind, id: code, standardCode, depth: 'introduced' }] : [];
        }),
      })),
    },
  };
}
type Validated1 = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

const STEPS: Record<number, (raw: unknown) => Validated1> = { 1: fromV1 };

export type MigrationResult =
  | { ok: true; plan: Plan; migratedFrom?: number }
  | { ok: false; reason: 'no-version' | 'newer-version' | 'invalid'; version?: number; problems: Problem[] };

/** Reads a plan of any known version into the current schema, or says exactly what is wrong. */
export function migratePlan(raw: unknown): MigrationResult {
  const version = typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      reason: 'no-version',
      problems: [{ path: 'schemaVersion', message: '缺少或無效的 schemaVersion：這不是課程規劃檔', messageEn: 'schemaVersion is missing or invalid: this is not a plan file' }],
    };
  }
  if (version > PLAN_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: 'newer-version',
      version,
      problems: [{
        path: 'schemaVersion',
        message: `此檔由較新版本的程式建立（格式第 ${version} 版，本程式支援到第 ${PLAN_SCHEMA_VERSION} 版）；請更新程式`,
        messageEn: `made by a newer version of the app (format ${version}; this app reads up to ${PLAN_SCHEMA_VERSION}); please update`,
      }],
    };
  }
  let current: unknown = raw;
  for (let v = version; v < PLAN_SCHEMA_VERSION; v++) {
    const step = STEPS[v]!(current);
    if (!step.ok) return { ok: false, reason: 'invalid', version, problems: step.problems };
    current = step.value;
  }
  const plan = validate(PlanSchema, current);
  if (!plan.ok) return { ok: false, reason: 'invalid', version, problems: plan.problems };
  return version === PLAN_SCHEMA_VERSION ? { ok: true, plan: plan.value } : { ok: true, plan: plan.value, migratedFrom: version };
}
