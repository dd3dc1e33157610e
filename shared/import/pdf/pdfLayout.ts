import { emptyRow, isMainTableHeading, isTrailerHeading, MAIN_COLUMNS, type MainRow, type ParsedDocument } from '../parsedDocument';
import { compact, type SourceLine } from '../text/sourceLines';
import { joinWrappedLines } from '../text/spacing';
import type { PdfPage, PdfTextRun } from './pdfContent';
import { withoutFurniture } from './pageFurniture';
import { PageRules } from './rulings';
import { lineRight, runsText, visualLines, type VisualLine } from './visualLines';

/**
 * Rebuilds a PDF standard's tables from where its text sits. The main table's columns are the
 * vertical rules under its heading row (or, in a PDF drawn without borders, the heading labels'
 * left edges); its rows are the bands between horizontal rules (or each line, when there are none,
 * and the main-table reader joins the lines that carry no task code). Before the main table, each
 * ruled row becomes one line of tab-separated cells, as in the other layouts; after it, lines
 * wrapped at the right margin join up again.
 *
 * Line numbers count the lines of `text`, the PDF's text as read (a `〔第 N 頁〕` line opens each
 * page), which the review step shows beside the result so a warning's line can be found.
 */

export interface PdfLayout {
  /** Undefined when no main table was found. */
  document: ParsedDocument | undefined;
  text: string;
}

/** Beyond this many font sizes, a gap between runs on a line without rules separates cells. */
const CELL_GAP = 1.2;
/** A line ending within this many font sizes of the right margin was wrapped there. */
const WRAP_MARGIN = 2;
/** A run starting this close (points) to a column's left edge still belongs to it. */
const EDGE_SLACK = 1.5;

/** The heading's second lines, when no rule marks where the heading row ends: `級別`, `（K=knowledge 知識）`, `能）`. */
const HEADING_REST = /^(職能|級別|內涵|[（(）)]|[KSA]=[A-Za-z]*|知|識|技|能|態度)+$/i;
/** A line that starts a list item or a coded item, never the tail of a wrapped one. */
const ITEM_START = /^\s*(\d+[.、．)）]|[（(]\d+[）)]|[一二三四五六七八九十]+、|[A-Z]\d+|[-•＊*])/;

interface NumberedLine extends VisualLine {
  page: number;
  line: number;
}

/** A ruled row before the main table: its cells' lines, merged across the visual lines it spans. */
interface HeaderRow {
  line: number;
  last: NumberedLine;
  cuts: number[];
  cells: string[][];
}

/** Runs split at the cuts: cell k holds the runs between cuts[k] and cuts[k + 1]. */
function cellsAt(runs: readonly PdfTextRun[], cuts: readonly number[]): PdfTextRun[][] {
  const cells: PdfTextRun[][] = Array.from({ length: Math.max(1, cuts.length - 1) }, () => []);
  for (const run of runs) {
    let index = cuts.findLastIndex((x) => x <= run.x + EDGE_SLACK);
    index = Math.min(Math.max(index, 0), cells.length - 1);
    cells[index]!.push(run);
  }
  return cells;
}

const sameCuts = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= EDGE_SLACK);

/**
 * The left edges of the seven columns and the table's right edge. Each heading label lies in its
 * column: a column starts at the last vertical rule left of its label, or without rules, just
 * left of the label.
 */
function columnEdges(heading: readonly PdfTextRun[], cuts: readonly number[]): number[] | undefined {
  const clusters: { left: number; right: number; size: number }[] = [];
  for (const run of [...heading].sort((a, b) => a.x - b.x)) {
    const last = clusters.at(-1);
    if (last && run.x <= last.right + 0.5 * run.size) last.right = Math.max(last.right, run.x + run.width);
    else clusters.push({ left: run.x, right: run.x + run.width, size: run.size });
  }
  if (clusters.length !== MAIN_COLUMNS.length) return undefined;
  const edges = clusters.map((c) => cuts.filter((x) => x <= c.left + EDGE_SLACK).at(-1) ?? c.left - 0.5 * c.size);
  const right = cuts.at(-1);
  return [...edges, right !== undefined && right > clusters.at(-1)!.right ? right : Infinity];
}

export function readPdfLayout(pages: readonly PdfPage[]): PdfLayout {
  const rules = pages.map((page) => new PageRules(page.rules));
  const pageLines = withoutFurniture(pages.map((page) => visualLines(page.runs)), rules);

  // Number the lines as the source text shows them.
  const text: string[] = [];
  const lines: NumberedLine[] = [];
  pageLines.forEach((visual, page) => {
    text.push(`〔第 ${page + 1} 頁〕`);
    for (const line of visual) {
      const cuts = rules[page]!.cutsAt(line.y);
      const shown = cuts.length >= 2 ? cellsAt(line.runs, cuts).map((cell) => runsText(cell)).join('\t') : runsText(line.runs, CELL_GAP);
      text.push(shown);
      lines.push({ ...line, page, line: text.length });
    }
  });
  const margin = Math.max(0, ...lines.map(lineRight));

  const headerRows: HeaderRow[] = [];
  const rows: MainRow[] = [];
  const trailer: SourceLine[] = [];
  let state: 'header' | 'heading' | 'table' | 'trailer' = 'header';
  let heading: PdfTextRun[] = [];
  let headingLine: NumberedLine | undefined;
  let headingCuts: number[] = [];
  let edges: number[] = [];
  /** Whether the main table is drawn with borders (else it runs until the attitude or notes heading). */
  let ruledTable = false;
  let band: { row: MainRow; last: NumberedLine } | undefined;
  let lastTrailer: NumberedLine | undefined;

  const addHeaderLine = (line: NumberedLine) => {
    const cuts = rules[line.page]!.cutsAt(line.y);
    const previous = headerRows.at(-1);
    const ruled = cuts.length >= 2;
    const cells = ruled ? cellsAt(line.runs, cuts).map((cell) => runsText(cell)) : runsText(line.runs, CELL_GAP).split('\t');
    const continues =
      ruled && previous && previous.last.page === line.page && sameCuts(previous.cuts, cuts) &&
      !rules[line.page]!.ruledBetween(previous.last, line, cuts[0]!, cuts.at(-1)!);
    if (continues) {
      cells.forEach((cell, k) => previous.cells[k]!.push(cell));
      previous.last = line;
    } else headerRows.push({ line: line.line, last: line, cuts: ruled ? cuts : [], cells: cells.map((cell) => [cell]) });
  };

  const addTrailerLine = (line: NumberedLine) => {
    const content = runsText(line.runs, CELL_GAP, ' ');
    const previous = trailer.at(-1);
    const wrapped =
      previous && lastTrailer && lastTrailer.page === line.page && lineRight(lastTrailer) >= margin - WRAP_MARGIN * lastTrailer.size &&
      !ITEM_START.test(content) && !isTrailerHeading(content) && !isTrailerHeading(previous.text);
    if (wrapped) previous.text = joinWrappedLines([previous.text, content]);
    else trailer.push({ text: content, line: line.line });
    lastTrailer = line;
  };

  /** Whether the line lies within the main table on its page (where the table's rules reach). */
  const inTable = (line: NumberedLine): boolean => {
    if (!ruledTable) return true;
    const extent = rules[line.page]!.extentOf(edges.filter(Number.isFinite));
    return extent !== undefined && line.y >= extent.bottom && line.y <= extent.top;
  };

  const addTableLine = (line: NumberedLine) => {
    const pageRules = rules[line.page]!;
    const newBand =
      !band || band.last.page !== line.page || pageRules.isEmpty ||
      pageRules.ruledBetween(band.last, line, edges[0]!, Math.min(edges.at(-1)!, margin));
    if (newBand) {
      band = { row: emptyRow(line.line), last: line };
      rows.push(band.row);
    }
    const cells = cellsAt(line.runs, edges);
    MAIN_COLUMNS.forEach((column, k) => {
      const content = runsText(cells[k]!);
      if (content) band!.row.cells[column].push({ text: content, line: line.line });
    });
    band!.last = line;
  };

  for (const line of lines) {
    const content = runsText(line.runs);
    if (state === 'heading') {
      // Still in the heading row: above the rule under it, or (without rules) only heading words.
      const headingRow = headingCuts.length >= 2
        ? !rules[line.page]!.ruledBetween(headingLine!, line, headingCuts[0]!, headingCuts.at(-1)!)
        : HEADING_REST.test(compact(content));
      if (headingRow && line.page === headingLine!.page) {
        heading.push(...line.runs);
        continue;
      }
      // The first row's borders are the columns, when it has all eight: the heading may merge cells
      // (職能內涵 over K and S). Else the heading labels place them; a repeated heading that cannot
      // be read keeps the columns found before.
      const bodyCuts = rules[line.page]!.cutsAt(line.y);
      const found = bodyCuts.length === MAIN_COLUMNS.length + 1 ? bodyCuts : (columnEdges(heading, headingCuts) ?? (edges.length > 0 ? edges : undefined));
      if (!found) return { document: undefined, text: text.join('\n') };
      edges = found;
      ruledTable = headingCuts.length >= 2 || bodyCuts.length >= 2;
      state = 'table';
    }
    if (state === 'header' || state === 'table') {
      if (isMainTableHeading(content)) {
        // The heading, first met or repeated at a page top: its labels place the columns.
        heading = [...line.runs];
        headingLine = line;
        headingCuts = rules[line.page]!.cutsAt(line.y);
        state = 'heading';
        band = undefined;
        continue;
      }
    }
    if (state === 'header') addHeaderLine(line);
    else if (state === 'table') {
      const first = cellsAt(line.runs, edges).find((cell) => cell.length > 0);
      if (!inTable(line) || isTrailerHeading(runsText(first ?? []))) {
        state = 'trailer';
        addTrailerLine(line);
      } else addTableLine(line);
    } else addTrailerLine(line);
  }
  if (state === 'header' || state === 'heading') return { document: undefined, text: text.join('\n') };

  const header = headerRows.map((row) => ({ line: row.line, text: row.cells.map((cell) => joinWrappedLines(cell)).filter(Boolean).join('\t') }));
  return { document: { layout: 'pdf', header, rows, trailer }, text: text.join('\n') };
}
