export { importStandard, importStandardText, type ImportResult } from './importStandard';
export { officeDocumentText } from './document/importDocument';
export type { ImportFailure, ImportWarning, ImportWarningCode, ImportFailureCode } from './importIssues';
export type { LayoutName } from './parsedDocument';
export type { TextEncoding } from './text/decodeBytes';
