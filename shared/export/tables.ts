import {
  BorderStyle, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type Paragraph,
} from 'docx';
import { COLOR, STYLE } from './documentSetup';
import { CELL_PADDING, emsOf, para, TABLE_EM, textEms, type Align } from './content';

/**
 * Tables as LibreOffice and Word both lay them out the same: every width in DXA (twentieths of a
 * point; LibreOffice ignores percentages), the grid (`w:tblGrid`) and each cell's `w:tcW` agreeing,
 * a fixed layout so long text wraps instead of widening a column, and only the top row(s) marked as
 * the header that repeats on every page. Body rows may break across pages, so a cell taller than a
 * page is continued rather than cut.
 */

export interface ColumnSpec {
  heading: string;
  /** DXA */
  width: number;
  align?: Align;
}

export interface CellSpec {
  children: Paragraph[];
  /** Columns spanned (1 by default). */
  span?: number;
  /** Rows spanned (1 by default): leave the cell out of the rows below, docx continues it there. */
  rowSpan?: number;
  fill?: string;
  align?: Align;
}

/** A cell: plain text, paragraphs, or a spec with span and shading. */
export type CellInput = string | Paragraph[] | CellSpec;

export interface RowSpec {
  cells: CellInput[];
  /** Shading for every cell of the row that sets none. */
  fill?: string;
  /** Keep with the next row (a group's heading row). */
  keepNext?: boolean;
  /**
   * Keep the row whole on one page. By default a row is kept whole when its estimated height is well
   * under a page; a taller row must be allowed to break, or Word cuts it.
   */
  cantSplit?: boolean;
}

export interface TableSpec {
  columns: ColumnSpec[];
  /** Header rows, repeated on every page. Defaults to one row of the column headings. */
  header?: CellInput[][];
  rows: (CellInput[] | RowSpec)[];
  /** Paragraph style of plain-text cells. */
  textStyle?: string;
}

const CELL_MARGINS = { top: 40, bottom: 40, left: 85, right: 85 };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

function toSpec(input: CellInput, align: Align | undefined, style: string): CellSpec {
  if (typeof input === 'string') return { children: [para(input, { style, align })] };
  if (Array.isArray(input)) return { children: input.length > 0 ? input : [para('', { style })] };
  return { ...input, children: input.children.length > 0 ? input.children : [para('', { style })] };
}

/**
 * The cells of one row. `carry[c]` counts the rows below a cell spanning rows down at column c that
 * are still to come: those columns are skipped (docx inserts the continuation cells).
 */
function cellsOf(
  inputs: readonly CellInput[],
  columns: readonly ColumnSpec[],
  style: string,
  rowFill: string | undefined,
  header: boolean,
  carry: number[],
): TableCell[] {
  const cells: TableCell[] = [];
  let column = 0;
  const skipCarried = () => {
    while (column < columns.length && (carry[column] ?? 0) > 0) {
      carry[column] = carry[column]! - 1;
      column += 1;
    }
  };
  for (const input of inputs) {
    skipCarried();
    const spec = toSpec(input, header ? 'center' : columns[column]?.align, style);
    const span = Math.max(1, Math.min(spec.span ?? 1, columns.length - column));
    const rowSpan = Math.max(1, spec.rowSpan ?? 1);
    const width = columns.slice(column, column + span).reduce((sum, c) => sum + c.width, 0);
    const fill = spec.fill ?? rowFill;
    cells.push(new TableCell({
      children: spec.children,
      width: { size: width, type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      rowSpan: rowSpan > 1 ? rowSpan : undefined,
      shading: fill ? { fill, type: ShadingType.CLEAR, color: 'auto' } : undefined,
      // Margins are the table's (w:tblCellMar); top alignment is the default. Each element a cell
      // does not repeat is time saved on the thousands of cells of a wide matrix.
      verticalAlign: header ? VerticalAlignTable.CENTER : undefined,
    }));
    if (rowSpan > 1) for (let c = column; c < column + span; c += 1) carry[c] = rowSpan - 1;
    column += span;
  }
  skipCarried();
  if (column !== columns.length) throw new Error(`a table row fills ${column} of ${columns.length} columns`);
  return cells;
}

/** Rows of at most this many lines (a third of a landscape page) are kept whole on a page. */
const KEEP_WHOLE_LINES = 14;

/** The lines the tallest cell of a row takes, estimated from the width of its text. */
function estimatedLines(inputs: readonly CellInput[], columns: readonly ColumnSpec[]): number {
  let column = 0;
  let tallest = 0;
  for (const input of inputs) {
    const span = typeof input === 'string' || Array.isArray(input) ? 1 : Math.max(1, input.span ?? 1);
    const width = columns.slice(column, column + span).reduce((sum, c) => sum + c.width, 0);
    const perLine = Math.max(1, (width - CELL_PADDING) / TABLE_EM);
    const lines = typeof input === 'string'
      ? Math.max(1, Math.ceil(textEms(input) / perLine))
      : (Array.isArray(input) ? input : input.children).reduce((sum, p) => sum + Math.max(1, Math.ceil(emsOf(p) / perLine)), 0);
    tallest = Math.max(tallest, lines);
    column += span;
  }
  return tallest;
}

export function tableWidth(columns: readonly ColumnSpec[]): number {
  return columns.reduce((sum, c) => sum + c.width, 0);
}

export function buildTable(spec: TableSpec): Table {
  const { columns } = spec;
  const style = spec.textStyle ?? STYLE.tableText;
  const header = spec.header ?? [columns.map((c) => c.heading)];
  const carry: number[] = columns.map(() => 0);
  const rows: TableRow[] = header.map((cells) => new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cellsOf(cells.map((c) => (typeof c === 'string' ? { children: [para(c, { style: STYLE.tableHead })] } : c)), columns, style, COLOR.headerFill, true, carry),
  }));
  for (const row of spec.rows) {
    const r: RowSpec = Array.isArray(row) ? { cells: row } : row;
    const cantSplit = r.cantSplit ?? estimatedLines(r.cells, columns) <= KEEP_WHOLE_LINES;
    rows.push(new TableRow({ keepNext: r.keepNext, cantSplit, children: cellsOf(r.cells, columns, style, r.fill, false, carry) }));
  }
  const width = tableWidth(columns);
  return new Table({
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: CELL_MARGINS,
  });
}

/**
 * Column widths for a table that fills `total` DXA: fixed columns keep their width, the others share
 * the rest in proportion to their weights. Rounded to whole DXA, the last flexible column taking the
 * remainder so the sum is exact.
 */
export function fitColumns(total: number, columns: readonly (ColumnSpec | (Omit<ColumnSpec, 'width'> & { weight: number }))[]): ColumnSpec[] {
  const fixed = columns.reduce((sum, c) => sum + ('width' in c ? c.width : 0), 0);
  const weights = columns.reduce((sum, c) => sum + ('weight' in c ? c.weight : 0), 0);
  const free = Math.max(0, total - fixed);
  const out: ColumnSpec[] = [];
  let given = 0;
  let lastFlexible = -1;
  columns.forEach((c, i) => {
    if ('width' in c) out.push({ heading: c.heading, width: c.width, align: c.align });
    else {
      const width = Math.floor((free * c.weight) / weights);
      given += width;
      lastFlexible = i;
      out.push({ heading: c.heading, width, align: c.align });
    }
  });
  if (lastFlexible >= 0) out[lastFlexible]!.width += free - given;
  return out;
}
