import type { Plan } from '../shared/plan/schema';
import type { Standard } from '../shared/standard/schema';
import { bundledStandards } from '../backend/standards/bundledStandards';
import { readStandardFile } from './standardFile';
import type { OptionSpec } from './args';
import type { CliIo } from './io';
import type { Localized } from './language';
import { readPlanFile } from './planFile';

/** `--standard <file>`, as `check` and `export` take it. */
export const STANDARD_OPTION = {
  type: 'string',
  valueName: 'file',
  description: {
    zh: '另一份職能基準（標準 JSON，或 PDF、ODT、DOCX、文字文件）',
    en: 'another standard (canonical JSON, or a PDF, ODT, DOCX or text document)',
  },
} as const satisfies OptionSpec;

export type PlanInput =
  | { ok: true; plan: Plan; standards: Standard[] }
  | { ok: false; file: string; line?: number; message: Localized };

/**
 * What `check` and `export` start from: the plan file and the standards to read it against, the
 * bundled ones plus the one `--standard` names (which wins over a bundled one with its code).
 */
export async function readPlanInput(io: CliIo, planPath: string, standardPath: string | undefined): Promise<PlanInput> {
  const read = readPlanFile(io, planPath);
  if (!read.ok) return { ok: false, file: planPath, ...(read.line === undefined ? {} : { line: read.line }), message: read.message };
  const standards = bundledStandards();
  if (standardPath) {
    const extra = await readStandardFile(io, standardPath);
    if (!extra.ok) return { ok: false, file: standardPath, ...(extra.line === undefined ? {} : { line: extra.line }), message: extra.message };
    standards.unshift(extra.standard);
  }
  return { ok: true, plan: read.plan, standards };
}
