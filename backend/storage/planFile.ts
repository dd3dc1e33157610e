import { migratePlan } from '../../shared/plan/migrations';
import { PLAN_SCHEMA_VERSION, type Plan } from '../../shared/plan/schema';
import type { Decoded } from './atomicJsonFile';

/** A plan file's JSON, of any known format version, as a current plan (migrated in memory only). */
export function decodePlan(raw: unknown): Decoded<Plan> {
  const result = migratePlan(raw);
  if (result.ok) return { ok: true, value: result.plan, version: result.migratedFrom ?? PLAN_SCHEMA_VERSION };
  return { ok: false, reason: result.reason === 'newer-version' ? 'newer-version' : 'invalid', problems: result.problems };
}

/** The text of a plan as the store writes it and as `exportPlan` hands it out. */
export function planToJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** What a plan file says of itself, read without validating (for listings; loading validates). */
export interface PlanHeader {
  nameZh?: string;
  updatedAt?: string;
  schemaVersion?: number;
}

export function readPlanHeader(text: string): PlanHeader {
  const header: PlanHeader = {};
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    if (typeof raw.updatedAt === 'string') header.updatedAt = raw.updatedAt;
    if (typeof raw.schemaVersion === 'number') header.schemaVersion = raw.schemaVersion;
    // Version 1 called the name `title`.
    const name = (raw.cover as Record<string, unknown> | undefined)?.nameZh ?? raw.title;
    if (typeof name === 'string') header.nameZh = name;
  } catch {
    // Not JSON: nothing to say; loading it will quarantine it and say why.
  }
  return header;
}
