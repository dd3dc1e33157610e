import { emptyRow, isMainTableHeading, MAIN_COLUMNS, type MainRow } from '../parsedDocument';
import type { SourceLine } from '../text/sourceLines';

/**
 * Rows of a table whose cells the text already separates (tabs, Markdown pipes): one main-table row
 * per line. Continuation rows (a task carried over a page break with empty leading cells) are
 * kept as rows; the main-table reader joins them to the task they continue.
 */
export function rowsFromCells(table: readonly SourceLine[], cellsOf: (text: string) => string[] | undefined): MainRow[] {
  const rows: MainRow[] = [];
  for (const source of table) {
    if (!source.text.trim() || isMainTableHeading(source.text)) continue;
    const cells = cellsOf(source.text);
    if (!cells || cells.every((c) => !c.trim())) continue;
    const row = emptyRow(source.line);
    MAIN_COLUMNS.forEach((column, index) => {
      // A wider row than seven cells (a stray trailing cell) joins its extra cells to the last column.
      const text = index === MAIN_COLUMNS.length - 1 ? cells.slice(index).join(' ') : (cells[index] ?? '');
      if (text.trim()) row.cells[column].push({ text, line: source.line });
    });
    rows.push(row);
  }
  return rows;
}
