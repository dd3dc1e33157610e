/**
 * Text from a plan goes into WordprocessingML. XML 1.0 forbids most control characters, and Word
 * refuses a document that holds one ("unreadable content"), so every string a document prints
 * passes through here. `<`, `>`, `&` and quotes are left alone: docx escapes them when it writes XML.
 *
 * Removed: C0 controls except tab, line feed and carriage return; DEL and the C1 controls (valid XML,
 * but invisible and meaningless in a document); lone surrogate halves (a string cut in the middle of an
 * emoji); U+FFFE and U+FFFF (not characters).
 */

// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without characters XML or Word cannot hold; line breaks become `\n`, tabs a space. */
export function cleanText(text: string): string {
  return text.replace(INVALID, '').replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}

/** The text's lines, cleaned and trimmed at the end; blank lines at the start and end dropped. */
export function textLines(text: string): string[] {
  const lines = cleanText(text).split('\n').map((line) => line.trimEnd());
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines;
}

/** Whether the text has anything to print once cleaned. */
export function hasText(text: string | null | undefined): text is string {
  return typeof text === 'string' && cleanText(text).trim() !== '';
}
