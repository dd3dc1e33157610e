/**
 * An office document (DOCX or ODT) reduced to what the importer reads: its body in order, as
 * paragraphs and tables, each table as rows of cells, each cell as its paragraphs' text.
 */

export interface DocumentCell {
  /** Each paragraph's text; empty for a cell merged into the one above (or covered by a span). */
  lines: string[];
  /** How many grid columns the cell spans (1 unless merged across). */
  span: number;
}

export type DocumentBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: DocumentCell[][] };

export type OfficeFormat = 'docx' | 'odt';
