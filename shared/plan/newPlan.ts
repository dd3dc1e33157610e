import type { Standard } from '../standard/schema';
import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from './schema';

export interface NewPlanOptions {
  /** A unique id; the caller makes it (crypto.randomUUID in main, a counter in tests). */
  id: string;
  /** ISO timestamp of creation. */
  now: string;
  nameZh?: string;
  /** The standard the course is built on, if chosen at once. */
  standard?: Standard;
}

/** An empty plan, valid from its first moment: every field at its default. */
export function newPlan({ id, now, nameZh = '', standard }: NewPlanOptions): Plan {
  return PlanSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    id,
    createdAt: now,
    updatedAt: now,
    cover: { nameZh },
    info: { level: standard?.level ?? null },
    standards: standard
      ? [{ code: standard.code, name: standard.name, version: standard.versions.find((v) => v.code === standard.code)?.version ?? '' }]
      : [],
  });
}
