import { leadingCode, splitAtCodes, type CodeKind } from '../codes';
import { importWarning, type ImportWarning } from '../importIssues';
import { emptyRow, isMainTableHeading, MAIN_COLUMNS, splitRegions, type MainColumn, type MainRow, type ParsedDocument } from '../parsedDocument';
import { displayWidth, isWide } from '../text/spacing';
import { compact, type SourceLine } from '../text/sourceLines';

/**
 * Text copied out of a PDF: the table comes out cell by cell, column by column within a row, each
 * cell wrapped at its column's width, with the heading repeated at every page top and a row's
 * remaining lines after it. Codes (T, O, P, K, S) say where most lines belong; a line without a
 * code continues the column in progress, or after a page break the column left unfinished, judged
 * by the widths the document itself shows for each column.
 */

const COLUMN_OF: Partial<Record<CodeKind, MainColumn>> = {
  duty: 'duty',
  task: 'task',
  output: 'outputs',
  indicator: 'indicators',
  knowledge: 'knowledge',
  skill: 'skills',
};
const CODE_KINDS: CodeKind[] = ['duty', 'task', 'output', 'indicator', 'knowledge', 'skill'];
const COLUMN_INDEX = Object.fromEntries(MAIN_COLUMNS.map((c, i) => [c, i])) as Record<MainColumn, number>;

/** Widths (CJK = 2) assumed for a column the document shows no whole line of. */
const DEFAULT_WIDTHS: Record<MainColumn, number> = {
  duty: 8, task: 12, outputs: 10, indicators: 44, level: 2, knowledge: 28, skills: 28,
};
/** Slack when deciding whether a line fits a column: proportional fonts do not fill exactly. */
const FIT_SLACK = 2;

/** The labels under the heading row: 職能 / 級別 / 職能內涵 / （K=knowledge知識）. */
const HEADING_LABEL = /^(職能|級別|職能級別|職能內涵|[（(][KSA]=[^）)]*[）)]|[（(]?[KS]=\w*|知識[）)]?|技能[）)]?)$/i;

interface Fragment {
  column: MainColumn | undefined;
  code?: string;
  text: string;
  line: number;
}

/** Cuts one line into fragments at codes, and takes a printed level (`4 K01 …`) off the text before a K or S. */
function fragmentsOf(source: SourceLine): Fragment[] {
  const text = source.text.trim();
  if (/^[1-6]$/.test(text)) return [{ column: 'level', text, line: source.line }];
  const pieces = splitAtCodes(text, CODE_KINDS);
  const fragments: Fragment[] = [];
  pieces.forEach((piece, index) => {
    const next = pieces[index + 1];
    let pieceText = (piece.code ? piece.code + piece.text : piece.text).trimEnd();
    let level: string | undefined;
    if (next?.code && /^[KS]/.test(next.code)) {
      const match = /(^|\s)([1-6])$/.exec(pieceText);
      if (match && !/^[KS]/.test(piece.code ?? '')) {
        level = match[2];
        pieceText = pieceText.slice(0, match.index);
      }
    }
    if (pieceText.trim()) {
      const kind = piece.code ? leadingCode(piece.code, CODE_KINDS)?.kind : undefined;
      fragments.push({
        column: kind ? COLUMN_OF[kind] : undefined,
        ...(piece.code ? { code: piece.code } : {}),
        text: pieceText.trim(),
        line: source.line,
      });
    }
    if (level) fragments.push({ column: 'level', text: level, line: source.line });
  });
  return fragments;
}

/** The widest whole line the document shows for each column: a line that is one coded fragment. */
function measureColumnWidths(lines: readonly Fragment[][]): Record<MainColumn, number> {
  const measured: Partial<Record<MainColumn, number>> = {};
  for (const fragments of lines) {
    const only = fragments[0];
    if (fragments.length !== 1 || !only?.column || !only.code) continue;
    measured[only.column] = Math.max(measured[only.column] ?? 0, displayWidth(only.text));
  }
  return Object.fromEntries(MAIN_COLUMNS.map((c) => [c, measured[c] ?? DEFAULT_WIDTHS[c]])) as Record<MainColumn, number>;
}

class RowBuilder {
  readonly rows: MainRow[] = [];
  readonly warnings: ImportWarning[] = [];
  private row: MainRow | undefined;
  /** The column the last fragment went to; -1 at a page top. */
  private current = -1;

  constructor(private readonly widths: Record<MainColumn, number>) {}

  pageBreak(): void {
    this.current = -1;
  }

  add(fragment: Fragment): void {
    if (fragment.column) this.addCoded(fragment, fragment.column);
    else this.addText(fragment);
  }

  private startRow(line: number): MainRow {
    this.row = emptyRow(line);
    this.rows.push(this.row);
    return this.row;
  }

  private put(column: MainColumn, fragment: Fragment): void {
    const row = this.row ?? this.startRow(fragment.line);
    row.cells[column].push({ text: fragment.text, line: fragment.line });
    this.current = COLUMN_INDEX[column];
  }

  private addCoded(fragment: Fragment, column: MainColumn): void {
    const row = this.row;
    const startsRow =
      !row ||
      column === 'duty' ||
      // A second task code starts a new row unless nothing but task names came since (two tasks in one cell).
      (column === 'task' && row.cells.task.length > 0 && MAIN_COLUMNS.slice(2).some((c) => row.cells[c].length > 0));
    if (startsRow) this.startRow(fragment.line);
    this.put(column, fragment);
  }

  private fits(column: MainColumn, text: string): boolean {
    return displayWidth(text) <= this.widths[column] + FIT_SLACK;
  }

  /** A cell is unfinished when its last line ran to the column's width (or an indicator lacks its full stop). */
  private isOpen(column: MainColumn): boolean {
    const last = this.row?.cells[column].at(-1)?.text;
    if (!last || column === 'level') return false;
    if (column === 'indicators') return !/[。.!！?？]$/.test(last);
    return displayWidth(last) >= this.widths[column] - FIT_SLACK && !/[)）。]$/.test(last);
  }

  /** `sideBySide`: the fragment stood right of another cell's end on the same line, so it belongs further right. */
  private addText(fragment: Fragment, sideBySide = false): void {
    const currentColumn = MAIN_COLUMNS[this.current];
    if (!sideBySide && currentColumn && this.isOpen(currentColumn) && this.fits(currentColumn, fragment.text)) {
      this.put(currentColumn, fragment);
      return;
    }
    const later = MAIN_COLUMNS.slice(this.current + 1).filter((c) => this.isOpen(c));
    for (const column of later) {
      if (this.fits(column, fragment.text)) {
        this.put(column, fragment);
        return;
      }
      // At a page top one line can carry the ends of several cells side by side: `準備 所配置圖`.
      const split = /^(\S+)\s+(\S.*)$/.exec(fragment.text);
      if (split && isWide(split[1]!.at(-1)!) && isWide(split[2]![0]!) && this.fits(column, split[1]!)) {
        this.put(column, { ...fragment, text: split[1]! });
        this.addText({ ...fragment, text: split[2]! }, true);
        return;
      }
    }
    if (!sideBySide && currentColumn && this.fits(currentColumn, fragment.text)) {
      this.put(currentColumn, fragment);
      return;
    }
    const fallback = later.at(-1) ?? currentColumn ?? this.lastFilledColumn();
    if (!fallback) return;
    const task = this.row?.cells.task[0]?.text.split(/\s/)[0] ?? fallback;
    this.warnings.push(importWarning('unplaced-text', fragment.line, { text: fragment.text, item: task }));
    this.put(fallback, fragment);
  }

  private lastFilledColumn(): MainColumn | undefined {
    const row = this.row;
    return row ? [...MAIN_COLUMNS].reverse().find((c) => row.cells[c].length > 0) : undefined;
  }
}

export function readPdfText(lines: readonly SourceLine[]): { document: ParsedDocument; warnings: ImportWarning[] } | undefined {
  const regions = splitRegions(lines);
  if (!regions) return undefined;
  const tableLines: (Fragment[] | 'page-break')[] = [];
  let inHeading = false;
  for (const source of regions.table) {
    if (!source.text.trim()) continue;
    if (isMainTableHeading(source.text)) {
      tableLines.push('page-break');
      inHeading = true;
      continue;
    }
    if (inHeading && HEADING_LABEL.test(compact(source.text))) continue;
    inHeading = false;
    tableLines.push(fragmentsOf(source));
  }
  const builder = new RowBuilder(measureColumnWidths(tableLines.filter((l): l is Fragment[] => l !== 'page-break')));
  for (const entry of tableLines) {
    if (entry === 'page-break') builder.pageBreak();
    else for (const fragment of entry) builder.add(fragment);
  }
  return {
    document: { layout: 'pdf-text', header: regions.header, rows: builder.rows, trailer: regions.trailer },
    warnings: builder.warnings,
  };
}
