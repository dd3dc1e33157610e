import { isWide } from '../text/spacing';
import type { PdfTextRun } from './pdfContent';

/**
 * A line of text as the eye sees it across the page: the runs whose baselines sit together (a Latin
 * run may sit a little lower than the Chinese beside it), left to right. In a table, one visual
 * line holds a line of each cell in that row; columns and cells are cut out of it later.
 */
export interface VisualLine {
  /** Baseline of the first run, y upwards. */
  y: number;
  /** The largest font size on the line. */
  size: number;
  runs: PdfTextRun[];
}

/** How far apart two baselines may be, as a share of the font size, and still be one line. */
const SAME_LINE = 0.4;
/** A gap wider than this share of the font size between two runs is a space. */
const WORD_GAP = 0.15;
/**
 * Between Chinese and Latin text, word processors leave a gap of their own where the text has no
 * space (LibreOffice's autospace: 0.20 of the font size); a typed space is wider (0.22 in a CJK
 * font, 0.31 in a Latin one). Measured on LibreOffice's PDFs; the margin is thin, see the notes.
 */
const MIXED_SCRIPT_GAP = 0.21;

export function visualLines(runs: readonly PdfTextRun[]): VisualLine[] {
  const sorted = runs.filter((r) => r.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: VisualLine[] = [];
  for (const run of sorted) {
    // Runs come top to bottom, so a run can only join one of the last few lines.
    const line = lines.findLast((l) => Math.abs(l.y - run.y) <= SAME_LINE * Math.min(l.size, run.size));
    if (line) {
      line.runs.push(run);
      line.size = Math.max(line.size, run.size);
    } else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  return lines;
}

export function rightOf(run: PdfTextRun): number {
  return run.x + run.width;
}

/**
 * The runs' text in order, a space where the page leaves one (word spaces are gaps, not characters,
 * once blank runs are dropped), or `separator` where the gap is wider than `cellGap` font sizes.
 */
export function runsText(runs: readonly PdfTextRun[], cellGap = Infinity, separator = '\t'): string {
  let text = '';
  let previous: PdfTextRun | undefined;
  for (const run of runs) {
    if (previous) {
      const gap = run.x - rightOf(previous);
      const size = Math.min(run.size, previous.size);
      const mixed = isWide(previous.text.at(-1) ?? '') !== isWide(run.text[0] ?? '');
      if (gap > cellGap * size) text += separator;
      else if (gap > (mixed ? MIXED_SCRIPT_GAP : WORD_GAP) * size && !text.endsWith(' ')) text += ' ';
    }
    text += run.text;
    previous = run;
  }
  return text.replace(/\s+$/, '');
}

export function lineRight(line: VisualLine): number {
  return Math.max(...line.runs.map(rightOf));
}
