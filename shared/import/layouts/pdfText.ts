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
const COLUMN_NAMES: Record<MainColumn, [string, string]> = {
  duty: ['主要職責', 'duty'],
  task: ['工作任務', 'task'],
  outputs: ['工作產出', 'outputs'],
  indicators: ['行為指標', 'indicators'],
  level: ['職能級別', 'level'],
  knowledge: ['知識', 'knowledge'],
  skills: ['技能', 'skills'],
};
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
  /** Whether the last fragment placed was uncoded text continuing a cell cut by a page break. */
  private continuingCutCell = false;

  constructor(private readonly widths: Record<MainColumn, number>) {}

  pageBreak(): void {
    this.current = -1;
    this.continuingCutCell = true;
  }

  /**
   * `bound`: the column of the next coded fragment in this row (the last column if the row ends
   * first). Cells come out left to right, so text before it cannot belong further right.
   */
  add(fragment: Fragment, bound: number): void {
    if (fragment.column) this.addCoded(fragment, fragment.column);
    else this.addText(fragment, bound);
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
    this.continuingCutCell = false;
  }

  private fits(column: MainColumn, text: string): boolean {
    return displayWidth(text) <= this.widths[column] + FIT_SLACK;
  }

  /**
   * Whether a cell may go on with this text: an indicator until its full stop; another cell when its
   * last line ran to the column's width, or when the text's first word could not have fitted after
   * it (a Latin word wraps whole). Chinese fills a line to its last cell or one short of it.
   */
  private canContinue(column: MainColumn, text: string): boolean {
    const last = this.row?.cells[column].at(-1)?.text;
    if (!last || column === 'level') return false;
    if (column === 'indicators') return !/[。.!！?？]$/.test(last);
    if (/[)）。]$/.test(last)) return false;
    const firstWord = /^[A-Za-z0-9(（]/.test(text) ? (/^\S+/.exec(text)?.[0] ?? text) : (text[0] ?? '');
    return displayWidth(last) + displayWidth(firstWord) > this.widths[column];
  }

  /** `sideBySide`: the fragment stood right of another cell's end on the same line, so it belongs further right. */
  private addText(fragment: Fragment, bound: number, sideBySide = false): void {
    const currentColumn = MAIN_COLUMNS[this.current];
    const text = fragment.text;
    const later = MAIN_COLUMNS.slice(this.current + 1, Math.max(bound, this.current) + 1).filter((c) => this.canContinue(c, text));
    const continuesCurrent = !sideBySide && currentColumn !== undefined && this.canContinue(currentColumn, text);
    const candidates = [...(continuesCurrent ? [currentColumn] : []), ...later];
    for (const [index, column] of candidates.entries()) {
      if (this.fits(column, text)) {
        const alternatives = candidates.slice(index + 1).filter((c) => this.fits(c, text));
        // Going on with an item just begun is the plain reading; a cell cut by the page may instead
        // have ended exactly at its last line, so there the choice is reported.
        const unsure = column !== currentColumn || this.continuingCutCell;
        if (!sideBySide && unsure && alternatives.length > 0) this.warnUnsure(fragment, column, alternatives);
        this.put(column, fragment);
        return;
      }
      if (column === currentColumn) continue;
      // At a page top one line can carry the ends of several cells side by side: `準備 所配置圖`.
      const split = /^(\S+)\s+(\S.*)$/.exec(text);
      if (split && isWide(split[1]!.at(-1)!) && isWide(split[2]![0]!) && this.fits(column, split[1]!)) {
        this.put(column, { ...fragment, text: split[1]! });
        this.addText({ ...fragment, text: split[2]! }, bound, true);
        return;
      }
    }
    if (!sideBySide && currentColumn && this.fits(currentColumn, fragment.text)) {
      this.put(currentColumn, fragment);
      return;
    }
    const fallback = later.at(-1) ?? currentColumn ?? this.lastFilledColumn();
    if (!fallback) {
      this.warnings.push(importWarning('text-outside-task', fragment.line, { text: fragment.text }));
      return;
    }
    this.warnings.push(importWarning('unplaced-text', fragment.line, { text: fragment.text, item: this.codeOfCell(fallback) }));
    this.put(fallback, fragment);
  }

  /** Several unfinished cells could take this line: say which was chosen, so the user can check it. */
  private warnUnsure(fragment: Fragment, chosen: MainColumn, alternatives: readonly MainColumn[]): void {
    this.warnings.push(importWarning('unsure-continuation', fragment.line, {
      text: fragment.text,
      item: this.codeOfCell(chosen),
      column: COLUMN_NAMES[chosen][0],
      columnEn: COLUMN_NAMES[chosen][1],
      others: alternatives.map((c) => COLUMN_NAMES[c][0]).join('、'),
      othersEn: alternatives.map((c) => COLUMN_NAMES[c][1]).join(', '),
    }));
  }

  /** The code a cell's text belongs to (`T2`, `O1.1.1`), for naming it in a warning. */
  private codeOfCell(column: MainColumn): string {
    const lines = this.row?.cells[column] ?? [];
    for (let i = lines.length - 1; i >= 0; i--) {
      const code = leadingCode(lines[i]!.text, CODE_KINDS)?.code;
      if (code) return code;
    }
    return this.row?.cells.task[0]?.text.split(/\s/)[0] ?? '';
  }

  private lastFilledColumn(): MainColumn | undefined {
    const row = this.row;
    return row ? [...MAIN_COLUMNS].reverse().find((c) => row.cells[c].length > 0) : undefined;
  }
}

/** For each fragment, the column of the next coded one in the same row; a new row (or the end) bounds nothing. */
function nextCodedColumns(stream: readonly (Fragment | 'page-break')[]): number[] {
  const bounds = new Array<number>(stream.length);
  let next = MAIN_COLUMNS.length - 1;
  for (let i = stream.length - 1; i >= 0; i--) {
    bounds[i] = next;
    const entry = stream[i]!;
    if (entry === 'page-break' || !entry.column) continue;
    next = entry.column === 'duty' || entry.column === 'task' ? MAIN_COLUMNS.length - 1 : COLUMN_INDEX[entry.column];
  }
  return bounds;
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
  const stream: (Fragment | 'page-break')[] = tableLines.flatMap((entry): (Fragment | 'page-break')[] => (entry === 'page-break' ? [entry] : entry));
  const bounds = nextCodedColumns(stream);
  stream.forEach((entry, index) => {
    if (entry === 'page-break') builder.pageBreak();
    else builder.add(entry, bounds[index]!);
  });
  return {
    document: { layout: 'pdf-text', header: regions.header, rows: builder.rows, trailer: regions.trailer },
    warnings: builder.warnings,
  };
}
