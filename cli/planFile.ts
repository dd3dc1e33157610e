import { migratePlan } from '../shared/plan/migrations';
import type { Plan } from '../shared/plan/schema';
import { describeProblems } from '../shared/validation/validate';
import { readInputFile, type CliIo } from './io';
import type { Localized } from './language';

export type PlanFileResult =
  | { ok: true; plan: Plan; migratedFrom?: number }
  | { ok: false; line?: number; message: Localized };

/** `Unexpected token } in JSON at position 123` → the line of position 123. */
function lineOfJsonError(text: string, error: unknown): number | undefined {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  return position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
}

/**
 * Reads a plan file (`.json`, any schema version this program knows) for the commands that take one:
 * a file that is not JSON names its line, a plan that fails the schema names its fields.
 */
export function readPlanFile(io: CliIo, path: string): PlanFileResult {
  const read = readInputFile(io, path);
  if (!read.ok) return { ok: false, message: read.message };
  const text = new TextDecoder('utf-8').decode(read.bytes).replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const line = lineOfJsonError(text, error);
    return {
      ok: false,
      ...(line === undefined ? {} : { line }),
      message: { zh: '這不是有效的 JSON 檔（課程規劃檔應為 JSON）', en: 'this is not valid JSON (a plan file is JSON)' },
    };
  }
  const migrated = migratePlan(raw);
  if (!migrated.ok) {
    return {
      ok: false,
      message: {
        zh: `不是可用的課程規劃檔：\n${describeProblems(migrated.problems, 'zh')}`,
        en: `not a usable plan file:\n${describeProblems(migrated.problems, 'en')}`,
      },
    };
  }
  return migrated.migratedFrom === undefined ? { ok: true, plan: migrated.plan } : { ok: true, plan: migrated.plan, migratedFrom: migrated.migratedFrom };
}
