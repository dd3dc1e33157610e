import { buildDocument, packDocument } from '../../shared/export';
import type { DocumentBuilder } from '../handlers/deps';

/**
 * A plan's document of the kind asked for, packed as .docx bytes. Main and the server load this module
 * on first export (docx is large, most sessions export nothing); the command line bundles it on its own
 * (`out/cli/course-planner-export.cjs`), loaded by `export` only.
 */
export const buildDocx: DocumentBuilder = async (kind, plan, standards, options) => packDocument(buildDocument(kind, plan, standards, options));
