import { splitAtCodes, type CodeKind } from '../codes';
import { joinWrappedLines } from '../text/spacing';
import type { SourceLine } from '../text/sourceLines';

/** An item read from a cell: its code, its name or text, and the line its code stood on. */
export interface CodedItem {
  code: string;
  text: string;
  line: number;
}

export interface CodedCell {
  items: CodedItem[];
  /** Text before the first code, if any, with its line. */
  loose?: { text: string; line: number };
}

/**
 * Reads a cell's lines into coded items (`K01 基礎樂理`, `K02 錄音設備系統`), joining a name broken
 * over lines and splitting two items that share a line.
 */
export function readCodedCell(lines: readonly SourceLine[], kinds: readonly CodeKind[]): CodedCell {
  const parts: { code?: string; line: number; pieces: string[] }[] = [];
  for (const source of lines) {
    for (const piece of splitAtCodes(source.text, kinds)) {
      const last = parts.at(-1);
      if (piece.code === undefined && last) last.pieces.push(piece.text);
      else parts.push({ ...(piece.code ? { code: piece.code } : {}), line: source.line, pieces: [piece.text] });
    }
  }
  const cell: CodedCell = { items: [] };
  for (const part of parts) {
    const text = joinWrappedLines(part.pieces);
    if (part.code) cell.items.push({ code: part.code, text, line: part.line });
    else if (text) cell.loose = { text, line: part.line };
  }
  return cell;
}

/** The whole text of a cell, lines joined as the page wrapped them. */
export function cellText(lines: readonly SourceLine[]): string {
  return joinWrappedLines(lines.map((l) => l.text));
}
