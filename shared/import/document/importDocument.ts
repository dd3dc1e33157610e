import { importFailure, type ImportFailure } from '../importIssues';
import type { ParsedDocument } from '../parsedDocument';
import { documentLayout } from './documentLayout';
import { readDocxBody } from './docxReader';
import type { DocumentBlock, OfficeFormat } from './officeDocument';
import { readOdtBody } from './odtReader';
import { shownText } from '../text/shownText';
import { parseXml } from './xml';
import { readZipEntries } from './zipEntries';

const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';
const PARTS = ['mimetype', 'content.xml', 'word/document.xml'];

export type DocumentRead =
  | { ok: true; format: OfficeFormat; document: ParsedDocument }
  | { ok: false; error: ImportFailure };

const utf8 = (bytes: Uint8Array): string =>
  new (globalThis as unknown as { TextDecoder: new (label: string) => { decode(b: Uint8Array): string } }).TextDecoder('utf-8').decode(bytes);

/** A block's text as the characters it shows (shownText). */
function shownBlock(block: DocumentBlock): DocumentBlock {
  if (block.kind === 'paragraph') return { kind: 'paragraph', text: shownText(block.text) };
  return { kind: 'table', rows: block.rows.map((cells) => cells.map((cell) => ({ ...cell, lines: cell.lines.map(shownText) }))) };
}

/** Reads an ODT or DOCX file (a ZIP archive) into the importer's ParsedDocument. */
export function readOfficeDocument(bytes: Uint8Array): DocumentRead {
  const zip = readZipEntries(bytes, PARTS);
  if (!zip.ok) return zip;
  const { files } = zip;
  const mimetype = files['mimetype'] ? utf8(files['mimetype']).trim() : undefined;
  let format: OfficeFormat;
  let part: Uint8Array;
  if (files['word/document.xml']) {
    format = 'docx';
    part = files['word/document.xml'];
  } else if (files['content.xml'] && (mimetype === ODT_MIMETYPE || mimetype === undefined)) {
    format = 'odt';
    part = files['content.xml'];
  } else {
    return { ok: false, error: importFailure('not-a-document', 1) };
  }
  let blocks: DocumentBlock[];
  try {
    const xml = parseXml(utf8(part));
    blocks = (format === 'docx' ? readDocxBody(xml) : readOdtBody(xml)).map(shownBlock);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: importFailure('damaged-document', 1, { detail }) };
  }
  const document = documentLayout(blocks);
  if (!document) return { ok: false, error: importFailure('not-a-standard', 1) };
  return { ok: true, format, document };
}

/**
 * The text of an ODT or DOCX standard as the importer read it, for showing beside the result (the
 * review step's source pane): header lines, one line per main-table row with its cells separated by
 * tabs (a cell's paragraphs separated by ` / `), then the trailer.
 */
export function documentText({ header, rows, trailer }: ParsedDocument): string {
  const rowLines = rows.map((row) => Object.values(row.cells).map((cell) => cell.map((l) => l.text).join(' / ')).join('\t'));
  return [...header.map((l) => l.text), ...rowLines, ...trailer.map((l) => l.text)].join('\n');
}

/** documentText of a file's bytes; undefined if it cannot be read. */
export function officeDocumentText(bytes: Uint8Array): string | undefined {
  const read = readOfficeDocument(bytes);
  return read.ok ? documentText(read.document) : undefined;
}
