import type { Document } from 'docx';
import type { Plan } from '../plan/schema';
import type { Standard } from '../standard/schema';
import type { ExportOptions } from './documentSetup';
import { buildCoverageMatrix } from './matrix';
import { buildReport } from './report';
import { buildSyllabus } from './syllabus';

import type { DocumentKind } from './documentKinds';

export { DOCUMENT_KINDS, type DocumentKind } from './documentKinds';

export interface BuildOptions extends ExportOptions {
  /** Append the coverage matrices to the report or the syllabus (the matrix document is nothing else). */
  withMatrix?: boolean;
}

/** One entry point for the command line and the app: the document of the kind asked for. */
export function buildDocument(kind: DocumentKind, plan: Plan, standards: readonly Standard[], options: BuildOptions = {}): Document {
  switch (kind) {
    case 'report': return buildReport(plan, standards, options);
    case 'syllabus': return buildSyllabus(plan, standards, options);
    case 'matrix': return buildCoverageMatrix(plan, standards, options);
  }
}
