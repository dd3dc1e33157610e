/**
 * Spacing in text taken out of a PDF or a word processor: Chinese has no spaces between words, so a
 * space between two Chinese characters is an artefact of justification (`溝 通`) and goes; spaces in
 * Latin text are real and stay. A line break is where the page wrapped a cell, not a word boundary.
 */

/** Han, kana, CJK punctuation and full-width forms: characters that take two columns on the page. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2026\u2014\u201c\u201d\u2018\u2019]/;
const LATIN_WORD = /[A-Za-z0-9]/;

export function isWide(char: string): boolean {
  return WIDE.test(char);
}

/** Width as laid out on the page: wide characters count two, others one. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char) ? 2 : 1;
  return width;
}

/**
 * Collapses runs of white space; drops a space that touches a wide character unless the other side
 * is a Latin letter or digit (`除錯 Debug` keeps its space, `( 藝術、 技術 )` loses them), and the
 * spaces just inside brackets.
 */
export function normalizeSpacing(text: string): string {
  const collapsed = text.replace(/[\s\u3000]+/g, ' ').trim();
  let out = '';
  for (let i = 0; i < collapsed.length; i++) {
    const char = collapsed[i]!;
    if (char === ' ') {
      const before = collapsed[i - 1] ?? '';
      const after = collapsed[i + 1] ?? '';
      const touchesWide = isWide(before) || isWide(after);
      const latinNeighbour = LATIN_WORD.test(before) || LATIN_WORD.test(after);
      if (touchesWide && !latinNeighbour) continue;
      // Inside brackets a space is never meant: `( Session )`.
      if (/[([{（［]/.test(before) || /[)\]}）］]/.test(after)) continue;
      if (isWide(before) && isWide(after)) continue;
    }
    out += char;
  }
  return out;
}

/**
 * Joins the lines of one wrapped cell. Wide text joins directly; Latin text broken inside a word
 * (`(Recordin` + `g)`) joins directly too, while two whole Latin words get their space back.
 */
export function joinWrappedLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (out && needsSpaceBetween(out[out.length - 1]!, line[0]!)) out += ' ';
    out += line;
  }
  return normalizeSpacing(out);
}

function needsSpaceBetween(before: string, after: string): boolean {
  if (isWide(before) || isWide(after)) return false;
  if (/[a-z]/.test(before) && /[a-z)]/.test(after)) return false;
  return LATIN_WORD.test(before) && LATIN_WORD.test(after);
}
