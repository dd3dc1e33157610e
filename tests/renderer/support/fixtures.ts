import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newPlan } from '../../../shared/plan/newPlan';
import { PlanSchema, type Plan } from '../../../shared/plan/schema';
import { StandardSchema, type Standard } from '../../../shared/standard/schema';

const root = join(import.meta.dirname, '..', '..', '..');

export function loadStandard(code: string): Standard {
  return StandardSchema.parse(JSON.parse(readFileSync(join(root, 'resources', 'standards', `${code}.json`), 'utf8')));
}

export const recordingEngineer: Standard = loadStandard('ATC3521-004v2');

/** The bundled 60-hour recording-engineering example plan. */
export function examplePlan(): Plan {
  return PlanSchema.parse(JSON.parse(readFileSync(join(root, 'resources', 'examples', 'recording-engineering-course.json'), 'utf8')));
}

/** An empty plan on ATC3521-004v2. */
export function emptyPlan(): Plan {
  return newPlan({ id: 'p1', now: '2026-01-01T00:00:00.000Z', nameZh: '錄音課', standard: recordingEngineer });
}

/** Deep-freezes a value so that any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
