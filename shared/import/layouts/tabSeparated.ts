import type { ParsedDocument } from '../parsedDocument';
import { splitRegions } from '../parsedDocument';
import type { SourceLine } from '../text/sourceLines';
import { rowsFromCells } from './cellRows';

/** Table text copied with tabs between cells (a word processor's or a web page's table). */
export function readTabSeparated(lines: readonly SourceLine[]): ParsedDocument | undefined {
  const regions = splitRegions(lines);
  if (!regions) return undefined;
  return {
    layout: 'tab-separated',
    header: regions.header,
    rows: rowsFromCells(regions.table, (text) => text.split('\t')),
    trailer: regions.trailer,
  };
}
