/**
 * Word documents from a plan: the iCAP report, the syllabus and the coverage matrices. Pure: each
 * builder returns a docx `Document`; `packDocument` turns it into bytes; the caller writes the file.
 */
export { buildReport, REPORT_TITLE, type ReportOptions } from './report';
export { buildSyllabus, SYLLABUS_TITLE, type SyllabusOptions } from './syllabus';
export { buildCoverageMatrix, MATRIX_TITLE, UNITS_PER_PAGE, UNIT_COLUMN_MIN } from './matrix';
export { packDocument } from './pack';
export { DEFAULT_FONTS, EAST_ASIA_FALLBACKS, type DocumentFonts, type ExportOptions } from './documentSetup';
export { cleanText } from './sanitize';
export { buildDocument, DOCUMENT_KINDS, type DocumentKind, type BuildOptions } from './buildDocument';
