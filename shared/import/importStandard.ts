import { StandardSchema, type Standard } from '../standard/schema';
import { documentText, readOfficeDocument } from './document/importDocument';
import type { OfficeFormat } from './document/officeDocument';
import { isZip, tooLarge } from './document/zipEntries';
import { importFailure, importWarning, type ImportFailure, type ImportWarning } from './importIssues';
import { detectLayout } from './layouts/detectLayout';
import { readMarkdown } from './layouts/markdownTable';
import { readPdfText } from './layouts/pdfText';
import { isPdf, type PdfContent, type PdfReader } from './pdf/pdfContent';
import { readPdfLayout } from './pdf/pdfLayout';
import { shownRun } from './pdf/shownRun';
import { readTabSeparated } from './layouts/tabSeparated';
import type { LayoutName, ParsedDocument } from './parsedDocument';
import { readHeader } from './read/header';
import { readMainTable } from './read/mainTable';
import { NamedItems } from './read/namedItems';
import { readTrailer } from './read/trailer';
import { decodeBytes, type TextEncoding } from './text/decodeBytes';
import { shownText } from './text/shownText';
import { toSourceLines, type SourceLine } from './text/sourceLines';

export type ImportResult =
  | {
      ok: true;
      standard: Standard;
      warnings: ImportWarning[];
      /** The text layout it was read in, or the document format (an ODT or DOCX file's tables read cell by cell). */
      layout: LayoutName | OfficeFormat;
      encoding: TextEncoding | 'text';
    }
  | { ok: false; error: ImportFailure };

/** Finds the cells of the document in whichever layout it is in. */
function parseLayout(lines: readonly SourceLine[], warnings: ImportWarning[]): ParsedDocument | undefined {
  switch (detectLayout(lines)) {
    case 'markdown':
      return readMarkdown(lines);
    case 'tab-separated':
      return readTabSeparated(lines);
    case 'pdf-text': {
      const read = readPdfText(lines);
      if (read) warnings.push(...read.warnings);
      return read?.document;
    }
  }
}

/** Reads a standard from text: what a user pasted, or a decoded file. */
export function importStandardText(text: string): ImportResult {
  return importLines(text, 'text');
}

/**
 * Reads a standard from a text, ODT or DOCX file's bytes, whatever their encoding. A PDF needs a
 * PDF reader: `importStandardFile` takes one and passes everything else here.
 */
export function importStandard(bytes: Uint8Array): ImportResult {
  return importBytes(bytes).result;
}

/** A text, ODT or DOCX file's bytes, read once for both the result and the text shown beside it. */
function importBytes(bytes: Uint8Array): FileImport {
  if (isZip(bytes)) return importDocument(bytes);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { result: decoded, sourceText: undefined };
  const result = importLines(decoded.text, decoded.encoding);
  if (result.ok && decoded.truncated) {
    result.warnings.push(importWarning('truncated-file', decoded.text.split('\n').length));
  }
  return { result, sourceText: decoded.text };
}

/** A file read for the review step: the result, and the file's text as the importer saw it. */
export interface FileImport {
  result: ImportResult;
  /**
   * What to show beside the result: a PDF's lines as rebuilt from the page, a document's table rows,
   * or a text file as decoded. Undefined when nothing readable came out.
   */
  sourceText: string | undefined;
}

/**
 * Reads a standard from any file a user may bring: a PDF (through `readPdf`, which runs where a PDF
 * library can), an ODT or DOCX document, or text in any supported encoding; told apart by content.
 */
export async function importStandardFile(bytes: Uint8Array, readPdf: PdfReader): Promise<FileImport> {
  if (isPdf(bytes)) {
    const large = tooLarge(bytes);
    if (large) return { result: { ok: false, error: large }, sourceText: undefined };
    return importPdfContent(await readPdf(bytes));
  }
  return importBytes(bytes);
}

/** A PDF's pages into a standard; a PDF without any text (a scan) says so. */
export function importPdfContent(content: PdfContent): FileImport {
  if (!content.ok) return { result: content, sourceText: undefined };
  if (!content.pages.some((page) => page.runs.some((run) => run.text.trim()))) {
    return { result: { ok: false, error: importFailure('pdf-without-text', 1, { pages: String(content.pages.length) }) }, sourceText: undefined };
  }
  const pages = content.pages.map((page) => ({ rules: page.rules, runs: page.runs.map(shownRun) }));
  const { document, text } = readPdfLayout(pages);
  if (!document) return { result: { ok: false, error: importFailure('not-a-standard', 1) }, sourceText: text };
  return { result: importParsed(document, [], 1, 'utf-8'), sourceText: text };
}

/** An ODT or DOCX file (detected by its content: a ZIP archive holding content.xml or word/document.xml). */
function importDocument(bytes: Uint8Array): FileImport {
  // The ZIP reader refuses a file over the size limit before unpacking anything.
  const read = readOfficeDocument(bytes);
  if (!read.ok) return { result: read, sourceText: undefined };
  const result = importParsed(read.document, [], 1, 'utf-8');
  if (result.ok) result.layout = read.format;
  return { result, sourceText: documentText(read.document) };
}

function importLines(text: string, encoding: TextEncoding | 'text'): ImportResult {
  if (!text.trim()) return { ok: false, error: importFailure('empty', 1) };
  const lines = toSourceLines(shownText(text));
  const warnings: ImportWarning[] = [];
  const document = parseLayout(lines, warnings);
  if (!document) return { ok: false, error: importFailure('not-a-standard', firstTextLine(lines)) };
  return importParsed(document, warnings, firstTextLine(lines), encoding);
}

/** Reads the standard from the cells a layout reader found. */
function importParsed(document: ParsedDocument, warnings: ImportWarning[], firstLine: number, encoding: TextEncoding | 'text'): ImportResult {

  const knowledge = new NamedItems(warnings);
  const skills = new NamedItems(warnings);
  const attitudes = new NamedItems(warnings);
  const header = readHeader(document.header, warnings);
  const table = readMainTable(document.rows, knowledge, skills, warnings);
  if (table.tasks.length === 0) {
    return { ok: false, error: importFailure('no-tasks', document.rows[0]?.line ?? firstLine) };
  }
  const { notes } = readTrailer(document.trailer, attitudes);

  const standard: Standard = StandardSchema.parse({
    ...header,
    duties: table.duties,
    tasks: table.tasks,
    knowledge: knowledge.list(),
    skills: skills.list(),
    attitudes: attitudes.list(),
    notes,
  });
  warnings.sort((a, b) => a.line - b.line);
  return { ok: true, standard, warnings, layout: document.layout, encoding };
}

function firstTextLine(lines: readonly SourceLine[]): number {
  return lines.find((l) => l.text.trim())?.line ?? 1;
}
