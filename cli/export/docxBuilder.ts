import { buildDocument, packDocument, type BuildOptions, type DocumentKind } from '../../shared/export';
import type { Plan } from '../../shared/plan/schema';
import type { Standard } from '../../shared/standard/schema';

/**
 * The entry of the second command-line bundle, `out/cli/course-planner-export.cjs`: the document
 * builders and docx (about 1 MB), loaded by `export` only. Every other command starts without them.
 */
export async function buildDocx(kind: DocumentKind, plan: Plan, standards: readonly Standard[], options: BuildOptions): Promise<Uint8Array> {
  return packDocument(buildDocument(kind, plan, standards, options));
}
