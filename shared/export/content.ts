import { AlignmentType, HeadingLevel, Paragraph, TextRun, type IRunOptions } from 'docx';
import { COLOR, STYLE } from './documentSetup';
import { cleanText, hasText, textLines } from './sanitize';

/**
 * Paragraph helpers. Every string from a plan or a standard reaches the document through one of
 * these, so every string is cleaned (see sanitize.ts).
 */

export type Align = 'left' | 'center' | 'right';

const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

export interface ParaOptions {
  style?: string;
  bold?: boolean;
  color?: string;
  size?: number;
  align?: Align;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** Left indent in DXA. */
  indent?: number;
}

/** Printed where a field of the plan is empty. */
export const NOT_FILLED = '（未填）';

export function run(text: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
  const clean = cleanText(text);
  const made = new TextRun({ ...options, text: clean });
  runEms.set(made, textEms(clean));
  return made;
}

/** How wide the text of each run and paragraph made here is, in ems, for tables to judge row heights. */
const runEms = new WeakMap<TextRun, number>();
const paragraphEms = new WeakMap<Paragraph, number>();

/** The width of a paragraph's text in ems (0 for a paragraph not made here). */
export function emsOf(paragraph: Paragraph): number {
  return paragraphEms.get(paragraph) ?? 0;
}

function paragraphProps(options: ParaOptions) {
  return {
    style: options.style,
    alignment: options.align ? ALIGNMENT[options.align] : undefined,
    keepNext: options.keepNext,
    pageBreakBefore: options.pageBreakBefore,
    indent: options.indent ? { left: options.indent } : undefined,
  };
}

/** One paragraph of runs. */
export function paragraphOf(runs: TextRun[], options: ParaOptions = {}): Paragraph {
  const made = new Paragraph({ ...paragraphProps(options), children: runs });
  paragraphEms.set(made, runs.reduce((sum, r) => sum + (runEms.get(r) ?? 0), 0));
  return made;
}

/** One paragraph of text (line breaks inside the text are kept as line breaks). */
export function para(text: string, options: ParaOptions = {}): Paragraph {
  const lines = cleanText(text).split('\n');
  const runs = lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: options.bold, color: options.color, size: options.size }));
  const made = new Paragraph({ ...paragraphProps(options), children: runs });
  paragraphEms.set(made, lines.reduce((sum, line) => sum + Math.max(textEms(line), 1), 0));
  return made;
}

/** Free text from the plan: a paragraph per line, or 「（未填）」 in grey when empty. */
export function textBlock(text: string, options: ParaOptions = {}): Paragraph[] {
  const lines = textLines(text);
  if (lines.length === 0) return [para(NOT_FILLED, { ...options, color: COLOR.muted })];
  return lines.map((line) => para(line, options));
}

export function heading(level: 1 | 2 | 3, text: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  const headingLevel = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: headingLevel, pageBreakBefore: options.pageBreakBefore, children: [run(text)] });
}

/** The title above a table (「表1 本課程之職能表」). */
export function caption(text: string): Paragraph {
  return para(text, { style: STYLE.caption });
}

export function note(text: string, options: ParaOptions = {}): Paragraph {
  return para(text, { style: STYLE.note, ...options });
}

/** What a section with nothing to show prints instead of an empty table. */
export function nothingToShow(text: string): Paragraph {
  return paragraphOf([run(text, { color: COLOR.muted })], { style: STYLE.tableText });
}

/**
 * The run fonts for text with symbols such as ■ □ ○ ●: East Asian width in Chinese text, but
 * "ambiguous" to the font slots, so a run starting with one takes the Latin font (smaller, or without
 * the glyph) unless every slot names the East Asian font. Word also honours the hint; LibreOffice
 * only the names.
 */
export function symbolFont(eastAsia: string) {
  return { ascii: eastAsia, hAnsi: eastAsia, eastAsia, cs: eastAsia, hint: 'eastAsia' };
}

/** A symbol (■, ○, ●) in the East Asian font on every slot. */
export function symbolRun(text: string, eastAsia: string, options: Omit<IRunOptions, 'text' | 'children' | 'font'> = {}): TextRun {
  return run(text, { ...options, font: symbolFont(eastAsia) });
}

/** `K01 基礎樂理`: the code in bold, then the name as the standard gives it. */
export function coded(code: string, name: string, options: ParaOptions & { missing?: string; suffix?: string } = {}): Paragraph {
  const runs = [run(code, { bold: true })];
  if (hasText(name)) runs.push(run(` ${name}`));
  else runs.push(run(` ${options.missing ?? '（基準中查無此代碼）'}`, { color: COLOR.uncoveredText }));
  if (options.suffix) runs.push(run(options.suffix, { color: COLOR.muted }));
  return paragraphOf(runs, { style: STYLE.tableText, ...options });
}

/** Text size of table cells in DXA per em (9.5 pt). */
export const TABLE_EM = 190;
/** Cell margins left and right, in DXA (see tables.ts). */
export const CELL_PADDING = 170;

/** A rough width of text in ems: Chinese and the boxes one em, other characters about half. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += ch.codePointAt(0)! >= 0x2e80 || ch === '■' || ch === '□' ? 1 : 0.55;
  return ems;
}

/**
 * A list as one paragraph, `講述、討論、案例`, broken into lines between items (never inside one) to fit
 * a cell of the given width.
 */
export function wrappedList(items: readonly string[], cellWidth: number, separator = '、'): Paragraph {
  const available = (cellWidth - CELL_PADDING) / TABLE_EM - 0.5;
  const lines: string[] = [];
  let line = '';
  for (const item of items.map((i) => cleanText(i).trim()).filter((i) => i !== '')) {
    const next = line === '' ? item : `${line}${separator}${item}`;
    if (line !== '' && textEms(next) > available) {
      lines.push(`${line}${separator}`);
      line = item;
    } else {
      line = next;
    }
  }
  if (line !== '') lines.push(line);
  return para(lines.join('\n'), { style: STYLE.tableText });
}

/**
 * A check-box line as the paper form prints it: every option, ■ ticked, □ not; 「其他」 with its text.
 * Given the cell's width, the options are laid out in lines so that no option is split at a line
 * end (Chinese may break between any two characters, and LibreOffice ignores word joiners there).
 */
export function checkboxes<K extends string>(
  options: readonly (readonly [K, string])[],
  selected: readonly K[],
  layout: {
    /** The East Asian font: the boxes are set in it on every slot (see `symbolFont`). */
    font: string;
    /** The text of 「其他」. */
    other?: string;
    /** The cell's width in DXA, to break lines between options. */
    width?: number;
  },
): Paragraph {
  const otherText = layout.other ?? '';
  const cellWidth = layout.width;
  const available = cellWidth === undefined ? Infinity : (cellWidth - CELL_PADDING) / TABLE_EM - 0.5;
  // Runs of the same look are merged (ticked options bold, the others grey): a table of 60 units
  // prints hundreds of these lines.
  const segments: { text: string; on: boolean; breakBefore: boolean }[] = [];
  const add = (text: string, on: boolean, breakBefore = false) => {
    const last = segments[segments.length - 1];
    if (last !== undefined && last.on === on && !breakBefore) last.text += text;
    else segments.push({ text, on, breakBefore });
  };
  let used = 0;
  options.forEach(([key, label], i) => {
    const on = selected.includes(key);
    let text = `${on ? '■' : '□'}${label}`;
    const ems = textEms(text);
    let breakBefore = false;
    if (i > 0) {
      if (used + 1 + ems > available) {
        breakBefore = true;
        used = 0;
      } else {
        text = `\u3000${text}`;
        used += 1;
      }
    }
    if (key === 'other' && on) text += `：${hasText(otherText) ? cleanText(otherText).trim() : NOT_FILLED}`;
    add(text, on, breakBefore);
    used += ems;
  });
  const runs = segments.map((segment) => {
    const made = new TextRun({
      text: cleanText(segment.text),
      break: segment.breakBefore ? 1 : undefined,
      font: symbolFont(layout.font),
      ...(segment.on ? { bold: true } : { color: COLOR.muted }),
    });
    runEms.set(made, textEms(segment.text));
    return made;
  });
  return paragraphOf(runs, { style: STYLE.tableText });
}
