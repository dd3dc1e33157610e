import type { ImportFailure } from '../importIssues';

/**
 * What a PDF reader hands the importer: each page's text runs and ruling lines, with positions in
 * the page's own coordinates (points, y upwards, as PDF draws them). The importer rebuilds the
 * document's tables from where things sit, not from the order they were drawn in. Reading the file
 * itself (pdf.js) happens outside `shared/`, which stays free of I/O and of any one PDF library.
 */

export interface PdfTextRun {
  text: string;
  /** Left end of the run's baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size: how tall the run stands above its baseline, near enough. */
  size: number;
}

/** A stroked line or a thin filled bar, straightened to horizontal or vertical. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  runs: PdfTextRun[];
  rules: PdfRule[];
}

export type PdfContent = { ok: true; pages: PdfPage[] } | { ok: false; error: ImportFailure };

/** Reads a PDF file's pages; supplied by the side that can run pdf.js (main process, command line). */
export type PdfReader = (bytes: Uint8Array) => Promise<PdfContent>;

/** A PDF file starts with `%PDF-` (a few bytes of junk before it are tolerated, as readers do). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Math.min(bytes.length, 1024);
  for (let i = 0; i + 4 < head; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}
