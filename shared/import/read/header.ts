import { importWarning, type ImportWarning } from '../importIssues';
import { compact, type SourceLine } from '../text/sourceLines';
import { joinWrappedLines, normalizeSpacing } from '../text/spacing';
import type { Classification, Level, VersionEntry } from '../../standard/schema';

/** What the document says before its main table. */
export interface StandardHeader {
  code: string;
  name: string;
  level: Level | null;
  versions: VersionEntry[];
  fields: Classification[];
  occupations: Classification[];
  industries: Classification[];
  description: string;
}

const CODE = '[A-Z]{3}\\d{4}-\\d{3}v\\d+';
const VERSION_ROW = new RegExp(`^(V\\d+)\\s+(${CODE})\\s+(.+?)\\s+(最新版本|歷史版本|\\S*版本)\\s+(.*?)\\s*(\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2})$`);

/** A header line's cells as one line of text, single-spaced. */
function flat(line: SourceLine): string {
  return line.text.replace(/\t+/g, ' ').replace(/\s+/g, ' ').trim();
}

function readVersions(lines: readonly SourceLine[]): VersionEntry[] {
  const versions: VersionEntry[] = [];
  for (const line of lines) {
    const match = VERSION_ROW.exec(flat(line));
    if (!match) continue;
    const [, version, code, name, status, note, date] = match;
    versions.push({ version: version!, code: code!, name: normalizeSpacing(name!), status: status!, note: normalizeSpacing(note!), date: date! });
  }
  return versions;
}

/** The standard's own code: on the 職能基準代碼 line that is not the version table's heading. */
function readCode(lines: readonly SourceLine[], versions: readonly VersionEntry[]): string | undefined {
  const index = lines.findIndex((l) => {
    const c = compact(l.text);
    return c.startsWith('職能基準代碼') && !c.includes('狀態');
  });
  if (index >= 0) {
    for (const line of lines.slice(index, index + 3)) {
      const match = new RegExp(CODE).exec(line.text);
      if (match) return match[0];
    }
  }
  return versions[0]?.code;
}

/** The name from the 職業 (or 職類) line of 職能基準名稱, else the title (`…職能基準`), else the version table. */
function readName(lines: readonly SourceLine[], versions: readonly VersionEntry[]): string | undefined {
  for (const label of ['職業', '職類']) {
    for (const line of lines) {
      const match = new RegExp(`^\\s*${[...label].join('\\s*')}(?!別)\\s*(.*)$`).exec(flat(line));
      if (match && match[1]!.trim()) return normalizeSpacing(match[1]!);
    }
  }
  const title = lines.map(flat).find((t) => /職能基準$/.test(compact(t)) && !t.includes('代碼'));
  if (title) return normalizeSpacing(title).replace(/\s*職能基準$/, '');
  return versions[0]?.name;
}

/** Reads one kind of classification (職類別, 職業別, 行業別): names and codes, possibly several. */
function readClassification(text: string, label: string, warnings: ImportWarning[], line: number): Classification[] {
  const spaced = [...label].join('\\s*');
  const match = new RegExp(`${spaced}(?!\\s*代\\s*碼)\\s*([\\s\\S]*?)\\s*${spaced}\\s*代\\s*碼[ \\t]*([^\\n]*)`).exec(text);
  if (!match) {
    warnings.push(importWarning('missing-header-field', line, { field: label }));
    return [];
  }
  const name = joinWrappedLines(match[1]!.split('\n'));
  const codes = match[2]!.split(/[\s、,，;；/／]+/).filter((c) => /^[A-Z0-9]+$/.test(c));
  if (codes.length <= 1) return [{ name, code: codes[0] ?? '' }];
  const names = name.split(/[；;]/).map((n) => n.trim()).filter(Boolean);
  if (names.length === codes.length) return names.map((n, i) => ({ name: n, code: codes[i]! }));
  warnings.push(importWarning('classification-codes-mismatch', line, {
    field: label, names: String(names.length), codes: String(codes.length),
  }));
  return codes.map((code) => ({ name, code }));
}

/**
 * A real header is a few dozen short lines; bounding what the patterns see keeps a hostile or
 * mis-detected file from making them slow.
 */
const HEADER_LINES = 400;
const HEADER_LINE_LENGTH = 2000;

export function readHeader(allLines: readonly SourceLine[], warnings: ImportWarning[]): StandardHeader {
  const lines = allLines.slice(-HEADER_LINES).map((l) => ({ line: l.line, text: l.text.slice(0, HEADER_LINE_LENGTH) }));
  const versions = readVersions(lines);
  const firstLine = lines[0]?.line ?? 1;
  const code = readCode(lines, versions);
  if (!code) warnings.push(importWarning('missing-header-field', firstLine, { field: '職能基準代碼' }));
  const name = readName(lines, versions);
  if (!name) warnings.push(importWarning('missing-header-field', firstLine, { field: '職能基準名稱' }));
  // Everything after the version table, as text with one line per source line and single spaces for cells.
  const body = lines.filter((l) => !VERSION_ROW.test(flat(l))).map(flat).join('\n');
  const levelMatch = /基\s*準\s*級\s*別\s*([1-6])/.exec(body);
  if (!levelMatch) warnings.push(importWarning('missing-standard-level', lines.at(-1)?.line ?? firstLine));
  const description = /工\s*作\s*描\s*述\s*([\s\S]*?)\s*(?=基\s*準\s*級\s*別|$)/.exec(body)?.[1] ?? '';
  return {
    code: code ?? '',
    name: name ?? '',
    level: levelMatch ? (Number(levelMatch[1]) as Level) : null,
    versions,
    fields: readClassification(body, '職類別', warnings, firstLine),
    occupations: readClassification(body, '職業別', warnings, firstLine),
    industries: readClassification(body, '行業別', warnings, firstLine),
    description: joinWrappedLines(description.split('\n')),
  };
}
