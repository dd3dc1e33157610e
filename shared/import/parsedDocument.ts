import { compact, type SourceLine } from './text/sourceLines';

/**
 * What every layout reader produces and the rest of the importer consumes: the document cut into
 * its header, the rows of the seven-column main table, and what follows the table. Layout readers
 * only find cells; codes, names and levels are read from the cells by one shared reader.
 */

export const MAIN_COLUMNS = ['duty', 'task', 'outputs', 'indicators', 'level', 'knowledge', 'skills'] as const;
export type MainColumn = (typeof MAIN_COLUMNS)[number];

/** How the cells were found: in text (copied from a PDF, tab-separated, Markdown) or in a PDF file's page positions. */
export type LayoutName = 'pdf-text' | 'tab-separated' | 'markdown' | 'pdf';

export interface MainRow {
  /** Line the row starts on. */
  line: number;
  /** Each cell's text lines in source order, with their line numbers. */
  cells: Record<MainColumn, SourceLine[]>;
}

export interface ParsedDocument {
  layout: LayoutName;
  /** Lines before the main table; table cells within a line are separated by tabs. */
  header: SourceLine[];
  rows: MainRow[];
  /** Lines after the main table: the attitude list and 說明與補充事項. */
  trailer: SourceLine[];
}

export function emptyRow(line: number): MainRow {
  return { line, cells: { duty: [], task: [], outputs: [], indicators: [], level: [], knowledge: [], skills: [] } };
}

/** The heading row of the main table (also repeated at each page top). */
export function isMainTableHeading(text: string): boolean {
  const c = compact(text);
  return c.includes('主要職責') && c.includes('工作任務');
}

/** Where the main table ends: the attitude list or the notes. */
export function isTrailerHeading(text: string): boolean {
  const c = compact(text);
  return (/^職能內涵[（(]?A=/i.test(c) || /^職能內涵.*態度/.test(c) || c.startsWith('說明與補充事項'));
}

export interface Regions {
  header: SourceLine[];
  table: SourceLine[];
  trailer: SourceLine[];
}

/** Cuts the lines at the first main-table heading and at the attitude or notes heading after it. */
export function splitRegions(lines: readonly SourceLine[]): Regions | undefined {
  const start = lines.findIndex((l) => isMainTableHeading(l.text));
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && isTrailerHeading(l.text));
  if (end < 0) end = lines.length;
  return { header: lines.slice(0, start), table: lines.slice(start, end), trailer: lines.slice(end) };
}
