export { importStandard, importStandardFile, importStandardText, importPdfContent, type FileImport, type ImportResult } from './importStandard';
export { isPdf, type PdfContent, type PdfPage, type PdfReader, type PdfRule, type PdfTextRun } from './pdf/pdfContent';
export type { ImportFailure, ImportWarning, ImportWarningCode, ImportFailureCode } from './importIssues';
export type { LayoutName } from './parsedDocument';
export type { TextEncoding } from './text/decodeBytes';
