/** A line of the decoded text with its 1-based line number, so every finding can name its place. */
export interface SourceLine {
  text: string;
  line: number;
}

/** `第 1 頁,總共 6 頁`, `第1頁/共6頁`, `- 2 -`, `Page 3 of 6`: page footers a copy from a PDF carries. */
const PAGE_FOOTER = /^\s*(第\s*\d+\s*頁\s*[,，、/／]?\s*(總共|共)\s*\d+\s*頁|-\s*\d+\s*-|page\s+\d+\s+(of|\/)\s+\d+)\s*$/i;

export function isPageFooter(text: string): boolean {
  return PAGE_FOOTER.test(text);
}

/** Splits text into numbered lines, without page footers, HTML paragraph tags or trailing spaces. */
export function toSourceLines(text: string): SourceLine[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\f/);
  const result: SourceLine[] = [];
  lines.forEach((raw, index) => {
    if (PAGE_FOOTER.test(raw)) return;
    const cleaned = raw
      .replace(/<\/?(p|br|div|span)\b[^>]*>/gi, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/[\u00a0\u2002-\u200b\u202f\u205f]/g, ' ')
      // trimEnd, not /\s+$/: that pattern is quadratic on a long run of spaces.
      .trimEnd();
    result.push({ text: cleaned, line: index + 1 });
  });
  return result;
}

/** The text with all white space removed, for matching labels printed letter-spaced (`職 能 基 準`). */
export function compact(text: string): string {
  return text.replace(/[\s\u3000*#|]+/g, '');
}
