import { isWide } from '../text/spacing';
import { shownText } from '../text/shownText';
import type { PdfTextRun } from './pdfContent';

/** Drawn at least this share of the font size wide, a glyph is a full-width (CJK) one. */
const FULL_WIDTH = 0.8;

/**
 * A PDF text run's characters as the page shows them. Besides what all text gets (shownText), what
 * a PDF's glyph-to-text map gets wrong: control characters for glyphs it does not map, and the
 * division slash ∕ (U+2215) named for the full-width slash ／ that a CJK font draws with the same glyph
 * (Chromium's PDFs do this). The full-width one is told by the wide characters beside it or, when it
 * is a run of its own, by being drawn a full em wide.
 */
export function shownRun(run: PdfTextRun): PdfTextRun {
  // Control characters are what the map gives for glyphs it does not know: exactly what to drop.
  // eslint-disable-next-line no-control-regex
  const text = shownText(run.text).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  const alone = [...text].length === 1 && run.width >= FULL_WIDTH * run.size;
  return {
    ...run,
    text: text.replace(/\u2215/g, (slash, at: number) => (alone || isWide(text[at - 1] ?? '') || isWide(text[at + 1] ?? '') ? '／' : slash)),
  };
}
