import { splitAtCodes } from '../codes';
import { compact, type SourceLine } from '../text/sourceLines';
import { joinWrappedLines } from '../text/spacing';
import { isTrailerHeading } from '../parsedDocument';
import type { NamedItems } from './namedItems';

/** Markdown decoration around list items and headings: `- `, `* `, `**…**`, `### `. */
function plain(text: string): string {
  return text.replace(/^\s*(#{1,6}\s+|[-*•]\s+)/, '').replace(/\*\*/g, '').replace(/^\s*[-*•]\s+/, '').trim();
}

/** `A01 溝通能力：個人或團體…` → name 溝通能力 and the description; `A01 親和關係。` → 親和關係. */
function splitAttitude(text: string): { name: string; description?: string } {
  const colon = /[：:]/.exec(text);
  if (colon) {
    const name = text.slice(0, colon.index).trim();
    const description = text.slice(colon.index + 1).trim();
    return description ? { name, description } : { name };
  }
  return { name: text.replace(/[。.]$/, '').trim() };
}

/**
 * Reads the attitude list and 說明與補充事項 after the main table. An attitude broken over lines
 * joins up; a repeated section heading (a list continued on the next page) is skipped.
 */
export function readTrailer(lines: readonly SourceLine[], attitudes: NamedItems): { notes: string[] } {
  const notes: string[] = [];
  let section: 'attitudes' | 'notes' = 'attitudes';
  let pending: { code: string; pieces: string[]; line: number } | undefined;
  const flush = () => {
    if (!pending) return;
    const { name, description } = splitAttitude(joinWrappedLines(pending.pieces));
    attitudes.name(pending.code, name, pending.line, description);
    pending = undefined;
  };
  for (const source of lines) {
    const text = plain(source.text);
    if (!text) continue;
    if (isTrailerHeading(text)) {
      flush();
      section = compact(text).startsWith('說明與補充事項') ? 'notes' : 'attitudes';
      continue;
    }
    if (section === 'notes') {
      notes.push(joinWrappedLines([text]));
      continue;
    }
    for (const piece of splitAtCodes(text, ['attitude'])) {
      if (piece.code) {
        flush();
        pending = { code: piece.code, pieces: [piece.text], line: source.line };
      } else pending?.pieces.push(piece.text);
    }
  }
  flush();
  return { notes };
}
