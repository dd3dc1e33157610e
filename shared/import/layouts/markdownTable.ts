import type { ParsedDocument } from '../parsedDocument';
import { splitRegions } from '../parsedDocument';
import type { SourceLine } from '../text/sourceLines';
import { rowsFromCells } from './cellRows';

/** `|----|:--:|`: one character class, so a long line cannot make the match backtrack. */
const SEPARATOR_ROW = /^[\s:|-]+$/;

/** The cells of a Markdown table row; undefined for the `|---|` separator and non-table lines. */
export function markdownCells(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('|') || SEPARATOR_ROW.test(trimmed)) return undefined;
  const inner = trimmed.replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
}

/** Header lines as tab-separated cells, so the header reader sees one shape for every layout. */
function headerLine(line: SourceLine): SourceLine {
  const cells = markdownCells(line.text);
  if (cells) return { text: cells.join('\t'), line: line.line };
  return SEPARATOR_ROW.test(line.text) && line.text.includes('-') ? { text: '', line: line.line } : line;
}

/** A standard converted to Markdown (pipe tables, `**` and `###` around headings). */
export function readMarkdown(lines: readonly SourceLine[]): ParsedDocument | undefined {
  const regions = splitRegions(lines);
  if (!regions) return undefined;
  return {
    layout: 'markdown',
    header: regions.header.map(headerLine),
    rows: rowsFromCells(regions.table, markdownCells),
    trailer: regions.trailer,
  };
}
