import type { LayoutName } from '../parsedDocument';
import type { SourceLine } from '../text/sourceLines';

/**
 * Tells the layout from the text itself, not from a file name: Markdown tables have rows between
 * pipes, tab-separated text has rows of tabs, and anything else is taken as text copied from a PDF.
 */
export function detectLayout(lines: readonly SourceLine[]): LayoutName {
  let pipeRows = 0;
  let tabRows = 0;
  for (const { text } of lines) {
    if (text.trimStart().startsWith('|') && count(text, '|') >= 4) pipeRows++;
    else if (count(text, '\t') >= 3) tabRows++;
  }
  if (pipeRows >= 3 && pipeRows >= tabRows) return 'markdown';
  if (tabRows >= 3) return 'tab-separated';
  return 'pdf-text';
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}
