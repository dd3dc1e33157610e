import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../shared/plan/checks';
import { coverageOf } from '../../shared/plan/coverage';
import { migratePlan } from '../../shared/plan/migrations';
import { StandardSchema } from '../../shared/standard/schema';

/** The example plans are what a newcomer, the documents and the UI show first: they must be exemplary. */

const root = join(import.meta.dirname, '..', '..');
const standards = readdirSync(join(root, 'resources', 'standards'))
  .filter((f) => f !== 'index.json' && f.endsWith('.json'))
  .map((f) => StandardSchema.parse(JSON.parse(readFileSync(join(root, 'resources', 'standards', f), 'utf8'))));
const examples = readdirSync(join(root, 'resources', 'examples')).filter((f) => f.endsWith('.json'));

describe.each(examples)('%s', (file) => {
  const migrated = migratePlan(JSON.parse(readFileSync(join(root, 'resources', 'examples', file), 'utf8')));

  it('is a plan of the current schema version, not a migrated one', () => {
    expect(migrated.ok).toBe(true);
    expect(migrated.ok && migrated.migratedFrom).toBeUndefined();
  });

  it('is built on a bundled standard and covers everything it selects', () => {
    if (!migrated.ok) return;
    expect(migrated.plan.standards.every((s) => standards.some((b) => b.code === s.code))).toBe(true);
    const coverage = coverageOf(migrated.plan, standards);
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.outside).toEqual([]);
    expect(coverage.course.overall.percent).toBe(100);
  });

  it('passes every check, with unit hours adding up to the course hours', () => {
    if (!migrated.ok) return;
    expect(checkPlan(migrated.plan, standards).map((f) => `${f.code}: ${f.messageEn}`)).toEqual([]);
    expect(migrated.plan.units.reduce((sum, u) => sum + u.hours, 0)).toBe(migrated.plan.info.totalHours);
  });
});
