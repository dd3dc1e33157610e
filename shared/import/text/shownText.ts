/** Kangxi radicals (⼈ U+2F08) and CJK radical supplements, which look like the ideographs they stand for. */
const RADICALS = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;

/**
 * A bullet drawn from a symbol font (Wingdings, U+F06C) where a line or a cell starts: list
 * decoration in the private use area, which shows as an empty box anywhere else.
 */
const SYMBOL_BULLET = /(^|\t)[ \u3000]*[\uf000-\uf0ff][ \u3000]*/gm;

/**
 * Text as the characters it shows, before anything is matched in it. Unicode's composed form (NFC):
 * text copied from some PDFs carries CJK compatibility ideographs (歷 U+F98C for 歷 U+6B77), the same
 * character by Unicode's own rule. And radicals as their ideographs: a CJK font draws 人 and the
 * radical ⼈ with one glyph, and a PDF that maps the glyph back to text may name the radical
 * (Chromium's PDFs do), so 工作任務 would read ⼯作任務 and no label would match. And no bullets
 * from symbol fonts.
 */
export function shownText(text: string): string {
  return text.normalize('NFC').replace(RADICALS, (radical) => radical.normalize('NFKC')).replace(SYMBOL_BULLET, '$1');
}
