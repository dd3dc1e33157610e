import { emptyRow, isMainTableHeading, isTrailerHeading, MAIN_COLUMNS, type MainRow, type ParsedDocument } from '../parsedDocument';
import type { SourceLine } from '../text/sourceLines';
import { joinWrappedLines } from '../text/spacing';
import type { DocumentBlock, DocumentCell } from './officeDocument';

/**
 * Turns a document's paragraphs and tables into the importer's ParsedDocument: what comes before
 * the main table's heading row is the header (a table row as one line of tab-separated cells, each
 * cell's paragraphs joined), the rows under it are main-table rows (each cell's paragraphs as its
 * lines; repeated heading rows skipped), and from the attitude or notes heading on, the trailer.
 *
 * Line numbers count the document's paragraphs and table rows in order, so a warning can still
 * point at a place ("line" 57 is the 57th paragraph or row).
 */
export function documentLayout(blocks: readonly DocumentBlock[]): ParsedDocument | undefined {
  const header: SourceLine[] = [];
  const rows: MainRow[] = [];
  const trailer: SourceLine[] = [];
  /** Paragraphs between parts of the main table: kept for the trailer unless the table goes on. */
  let between: SourceLine[] = [];
  let state: 'header' | 'table' | 'trailer' = 'header';
  let line = 1;

  const gridCells = (cells: readonly DocumentCell[]): string[][] => {
    const grid: string[][] = [];
    for (const cell of cells) {
      grid.push(cell.lines);
      for (let k = 1; k < cell.span; k++) grid.push([]);
    }
    return grid;
  };
  const flatCell = (lines: readonly string[]): string => joinWrappedLines(lines);
  /**
   * A header row as one line. Several classifications may stand one per paragraph (names in one
   * cell, codes in another): then the names are joined by `；` and the codes by `、`, as the header
   * reader expects; any other cell's paragraphs are a wrapped text and join up.
   */
  const headerLine = (grid: readonly string[][]): string => {
    const paragraphs = (cell: readonly string[]) => cell.filter((l) => l.trim()).map((l) => l.trim());
    const codeCell = grid.find((cell) => {
      const p = paragraphs(cell);
      return p.length > 1 && p.every((l) => /^[A-Z0-9]+$/.test(l));
    });
    const count = codeCell ? paragraphs(codeCell).length : 0;
    return grid
      .map((cell) => {
        if (cell === codeCell) return paragraphs(cell).join('、');
        if (count > 1 && paragraphs(cell).length === count) return paragraphs(cell).map((l) => joinWrappedLines([l])).join('；');
        return flatCell(cell);
      })
      .join('\t');
  };

  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const text = block.text.replace(/\t/g, ' ');
      const source = { text, line: line++ };
      if (state === 'header') header.push(source);
      else if (state === 'trailer') trailer.push(source);
      else if (isTrailerHeading(text)) {
        state = 'trailer';
        trailer.push(...between, source);
        between = [];
      } else if (text.trim()) between.push(source);
      continue;
    }
    for (const cells of block.rows) {
      const grid = gridCells(cells);
      const rowText = grid.map(flatCell).join('\t');
      if (state === 'header') {
        if (!isMainTableHeading(rowText)) {
          header.push({ text: headerLine(grid), line: line++ });
          continue;
        }
        state = 'table';
      }
      if (state === 'table') {
        if (isMainTableHeading(rowText)) {
          line++;
          between = [];
          continue;
        }
        const first = grid.find((c) => c.some((l) => l.trim()));
        if (first && isTrailerHeading(first.join(''))) {
          state = 'trailer';
          trailer.push(...between);
          between = [];
        } else {
          between = [];
          if (!grid.some((c) => c.some((l) => l.trim()))) continue;
          const row = emptyRow(line);
          let height = 1;
          MAIN_COLUMNS.forEach((column, index) => {
            // A row wider than seven cells joins its extra cells to the last column.
            const lines = index === MAIN_COLUMNS.length - 1 ? grid.slice(index).flat() : (grid[index] ?? []);
            let k = 0;
            for (const text of lines) {
              if (text.trim()) row.cells[column].push({ text, line: line + k++ });
            }
            height = Math.max(height, k);
          });
          rows.push(row);
          line += height;
          continue;
        }
      }
      // Trailer rows: each cell's paragraphs as lines of their own (an attitude list printed in a table).
      for (const cell of grid) for (const text of cell) trailer.push({ text: text.replace(/\t/g, ' '), line: line++ });
    }
  }
  if (state === 'header') return undefined;
  trailer.push(...between);
  return { layout: 'tab-separated', header, rows, trailer };
}
