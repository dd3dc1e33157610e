/**
 * The codes a standard numbers its parts with, and splitting a cell's text into coded items.
 * A code starts where no Latin letter or digit precedes it, so `知識K25` splits but `4K` or `ISO9001` do not.
 */

export type CodeKind = 'duty' | 'task' | 'output' | 'indicator' | 'knowledge' | 'skill' | 'attitude';

const PATTERNS: Record<CodeKind, string> = {
  duty: 'T\\d{1,2}(?![.\\d])',
  task: 'T\\d{1,2}\\.\\d{1,2}(?![.\\d])',
  output: 'O\\d{1,2}(?:\\.\\d{1,2}){1,2}(?![.\\d])',
  // Older standards number indicators `P01`; newer ones `P1.1.1`.
  indicator: 'P\\d{1,2}(?:\\.\\d{1,2}){0,2}(?![.\\d])',
  knowledge: 'K\\d{1,3}(?![.\\d])',
  skill: 'S\\d{1,3}(?![.\\d])',
  attitude: 'A\\d{1,3}(?![.\\d])',
};

const BOUNDARY = '(?<![A-Za-z0-9._\\-/])';

function codeRegex(kinds: readonly CodeKind[], flags = 'g'): RegExp {
  return new RegExp(`${BOUNDARY}(${kinds.map((k) => PATTERNS[k]).join('|')})`, flags);
}

const STARTS_WITH: Record<CodeKind, RegExp> = Object.fromEntries(
  (Object.keys(PATTERNS) as CodeKind[]).map((kind) => [kind, new RegExp(`^\\s*(${PATTERNS[kind]})`)]),
) as Record<CodeKind, RegExp>;

/** The kind of code a text starts with, if any. */
export function leadingCode(text: string, kinds: readonly CodeKind[] = ['duty', 'task', 'output', 'indicator', 'knowledge', 'skill']): { kind: CodeKind; code: string } | undefined {
  for (const kind of kinds) {
    const match = STARTS_WITH[kind].exec(text);
    if (match) return { kind, code: match[1]! };
  }
  return undefined;
}

export interface CodedPiece {
  /** undefined for text before the first code */
  code?: string;
  text: string;
}

/** Cuts text at every code of the given kinds: `K01 基礎樂理 K02 錄音` → K01 / K02 pieces. */
export function splitAtCodes(text: string, kinds: readonly CodeKind[]): CodedPiece[] {
  const pieces: CodedPiece[] = [];
  const regex = codeRegex(kinds);
  let last = 0;
  let code: string | undefined;
  for (const match of text.matchAll(regex)) {
    const before = text.slice(last, match.index);
    if (code !== undefined || before.trim()) pieces.push(code === undefined ? { text: before } : { code, text: before });
    code = match[1]!;
    last = match.index + match[0].length;
  }
  const rest = text.slice(last);
  if (code !== undefined || rest.trim()) pieces.push(code === undefined ? { text: rest } : { code, text: rest });
  return pieces;
}

/** The task (`T1.2`) an output or indicator code is numbered under (`P1.2.3` → `T1.2`). */
export function taskOfNumberedCode(code: string): string | undefined {
  const match = /^[OP](\d+)\.(\d+)\.\d+$/.exec(code);
  return match ? `T${match[1]}.${match[2]}` : undefined;
}

/** `T2.10` → `T2`. */
export function dutyOfTask(taskId: string): string {
  return taskId.split('.')[0]!;
}

/** Numeric order of codes: K2 < K10 < K100, T2.9 < T2.10. */
export function compareCodes(a: string, b: string): number {
  const na = a.match(/\d+/g)?.map(Number) ?? [];
  const nb = b.match(/\d+/g)?.map(Number) ?? [];
  for (let i = 0; i < Math.max(na.length, nb.length); i++) {
    const d = (na[i] ?? -1) - (nb[i] ?? -1);
    if (d !== 0) return d;
  }
  return a.localeCompare(b);
}
