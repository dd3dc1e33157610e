/**
 * Test support: print a `Standard` in the three text layouts real standards arrive in, and generate
 * realistic standards, so importer tests can check a round trip on ANY standard, not only the seeds:
 * `importer(renderX(std))` should give back `std`.
 *
 * The layouts follow the fixtures in tests/fixtures/standards/:
 * - tab-separated (APA2654-001v4.tab-separated.txt): rows of cells, the table heading repeated
 *   every `rowsPerPage` rows, a row on the last slot of a page continued on the next page in a row
 *   with empty duty, task and level cells;
 * - Markdown (IDC3512-002v2.markdown.txt): the same as pipe tables, one table per page;
 * - PDF text (ATC3521-004v2.pdf-text.txt): each row's cells emitted column by column, every item
 *   wrapped at its column's display width, the heading lines repeated every `linesPerPage` table
 *   lines, possibly inside a row.
 *
 * Deliberately simpler than the real documents:
 * - items (O, P, K, S) are never cut between cells: a continuation row carries the second half of
 *   each of the row's lists (outputs, indicators, K, S), whole items only;
 * - several classifications of one kind on one line (names joined by `；`, codes by `、`);
 *   行業別 on one line in the PDF text;
 * - `Indicator.level`, `CompetencyItem.otherNames` and unnamed items are not printed specially;
 * - a duty's cell is printed on its first task's row only; rows follow `std.tasks` order;
 * - no spurious spaces, letter-spaced labels, page footers or two items on one PDF line.
 */
import fc from 'fast-check';
import type { CompetencyItem, Classification, Standard, Task } from '../../shared/standard/schema';

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

/** Display width of one character: ASCII counts 1, anything else (CJK, full-width punctuation) 2. */
export function charWidth(ch: string): number {
  return (ch.codePointAt(0) ?? 0) < 0x80 ? 1 : 2;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

const isSpace = (ch: string | undefined): boolean => ch === ' ';
const isAscii = (ch: string | undefined): boolean => ch !== undefined && charWidth(ch) === 1;

/**
 * Wrap `text` into lines of at most `width` display columns, the way a PDF lays out a table cell:
 * each line as full as it can be, broken next to a Chinese character (or full-width punctuation);
 * a run of Latin characters is broken inside only when it does not fit on a line of its own room.
 * A break is never put next to a space, so no line starts or ends with one, and joining the lines
 * with no separator gives back `text` exactly. (A single character wider than `width` still gets
 * a line.)
 */
export function wrapToWidth(text: string, width: number): string[] {
  const chars = Array.from(text);
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let used = 0;
    while (end < chars.length) {
      const w = charWidth(chars[end] ?? '');
      if (end > start && used + w > width) break;
      used += w;
      end += 1;
    }
    if (end < chars.length) {
      const noSpace = (b: number): boolean => !isSpace(chars[b - 1]) && !isSpace(chars[b]);
      const clean = (b: number): boolean => noSpace(b) && !(isAscii(chars[b - 1]) && isAscii(chars[b]));
      let b = end;
      while (b > start + 1 && !clean(b)) b -= 1;
      if (!clean(b)) {
        b = end;
        while (b > start + 1 && !noSpace(b)) b -= 1;
      }
      if (noSpace(b)) end = b;
    }
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  return lines;
}

const nameOf = (items: CompetencyItem[]): ((code: string) => string) => {
  const names = new Map(items.map((item) => [item.id, item.name]));
  return (code) => names.get(code) ?? '';
};

/** `code sep name`, or the bare code when the document has no name for it. */
const item = (code: string, sep: string, name: string): string => (name === '' ? code : `${code}${sep}${name}`);

const attitudeText = (a: CompetencyItem, sep: string): string =>
  `${a.id}${sep}${a.name}${a.description === undefined ? '' : `：${a.description}`}`;

/** Several classifications of one kind share a line: names joined by `；`, codes by `、`. */
const classNames = (list: Classification[]): string => list.map((c) => c.name).join('；');
const classCodes = (list: Classification[]): string => list.map((c) => c.code).join('、');

/** The header block (職能基準代碼 … 基準級別) as six-column rows, as in the TSV and Markdown fixtures. */
function headerBlockRows(std: Standard): string[][] {
  const classRows = (label: string, codeLabel: string, list: Classification[]): string[][] =>
    list.length === 0 ? [] : [['', label, classNames(list), '', codeLabel, classCodes(list)]];
  const rows: string[][] = [
    ['職能基準代碼', '', std.code, '', '', ''],
    ['職能基準名稱 (擇一填寫)', '', '職類', '', '', ''],
    ['', '', '職業', std.name, '', ''],
    ...classRows('職類別', '職類別代碼', std.fields),
    ...classRows('職業別', '職業別代碼', std.occupations),
    ...classRows('行業別', '行業別代碼', std.industries),
    ['工作描述', '', std.description, '', '', ''],
    ['基準級別', '', std.level === null ? '' : String(std.level), '', '', ''],
  ];
  const firstClass = rows[3];
  if (firstClass !== undefined && std.fields.length + std.occupations.length + std.industries.length > 0) {
    firstClass[0] = '所屬 類別';
  }
  return rows;
}

const VERSION_HEADING = ['版本', '職能基準代碼', '職能基準名稱', '狀態', '更新說明', '發展更新日期'];

const versionRows = (std: Standard): string[][] =>
  std.versions.map((v) => [v.version, v.code, v.name, v.status, v.note, v.date]);

/** One row of the main table, its list cells still as items. */
interface TableRow {
  duty: string;
  task: string;
  outputs: string[];
  indicators: string[];
  level: string;
  knowledge: string[];
  skills: string[];
}

/** Between an item's code and its name, per column (`T1進行`, `T1.1 溝通`, `K01 基礎樂理`). */
interface Separators {
  duty: string;
  task: string;
  outputs: string;
  indicators: string;
  competencies: string;
}

/** The main table's rows, one per task, in `std.tasks` order; the duty cell on a duty's first task. */
function tableRows(std: Standard, sep: Separators): TableRow[] {
  const kName = nameOf(std.knowledge);
  const sName = nameOf(std.skills);
  const dutyName = new Map(std.duties.map((d) => [d.id, d.name]));
  let previousDuty: string | undefined;
  return std.tasks.map((task) => {
    const firstOfDuty = task.duty !== previousDuty;
    previousDuty = task.duty;
    return {
      duty: firstOfDuty ? item(task.duty, sep.duty, dutyName.get(task.duty) ?? '') : '',
      task: item(task.id, sep.task, task.name),
      outputs: task.outputs.map((o) => item(o.id, sep.outputs, o.name)),
      indicators: task.indicators.map((p) => item(p.id, sep.indicators, p.text)),
      level: task.level === null ? '' : String(task.level),
      knowledge: task.knowledge.map((k) => item(k, sep.competencies, kName(k))),
      skills: task.skills.map((s) => item(s, sep.competencies, sName(s))),
    };
  });
}

const uniform = (s: string): Separators => ({ duty: s, task: s, outputs: s, indicators: s, competencies: s });

const half = (list: string[]): [string[], string[]] => {
  const cut = Math.ceil(list.length / 2);
  return [list.slice(0, cut), list.slice(cut)];
};

/**
 * Split a row at a page break: the first half of each list stays, the rest goes to a continuation
 * row with empty duty, task and level cells. Undefined when there is nothing to carry over.
 */
function splitRow(row: TableRow): [TableRow, TableRow] | undefined {
  const [o1, o2] = half(row.outputs);
  const [p1, p2] = half(row.indicators);
  const [k1, k2] = half(row.knowledge);
  const [s1, s2] = half(row.skills);
  if (o2.length + p2.length + k2.length + s2.length === 0) return undefined;
  return [
    { ...row, outputs: o1, indicators: p1, knowledge: k1, skills: s1 },
    { duty: '', task: '', outputs: o2, indicators: p2, level: '', knowledge: k2, skills: s2 },
  ];
}

/**
 * Cut rows into pages of at most `rowsPerPage` rows. A task row that takes a page's last slot is
 * split (`splitRow`) and continued as the first row of the next page.
 */
function paginate(rows: TableRow[], rowsPerPage: number): TableRow[][] {
  if (!Number.isInteger(rowsPerPage) || rowsPerPage < 1) throw new RangeError(`rowsPerPage must be a positive integer, got ${rowsPerPage}`);
  const pages: TableRow[][] = [[]];
  const current = (): TableRow[] => pages[pages.length - 1] as TableRow[];
  for (const row of rows) {
    if (current().length === rowsPerPage) pages.push([]);
    const parts = current().length === rowsPerPage - 1 ? splitRow(row) : undefined;
    if (parts === undefined) {
      current().push(row);
    } else {
      current().push(parts[0]);
      pages.push([parts[1]]);
    }
  }
  return pages;
}

const rowCells = (row: TableRow): string[] => [
  row.duty,
  row.task,
  row.outputs.join(' '),
  row.indicators.join(' '),
  row.level,
  row.knowledge.join(' '),
  row.skills.join(' '),
];

// ---------------------------------------------------------------------------------------------
// Tab-separated
// ---------------------------------------------------------------------------------------------

/** The main table's heading row on its first page, and as repeated on later pages (TSV fixture). */
export const TSV_TABLE_HEADING = ['主要職責', '工作任務', '工作產出', '行為指標', '職能 級別', '職能內涵 (K=knowledge 知識)', '職能內涵 (S=skills 技能)'];
export const TSV_TABLE_HEADING_REPEATED = ['主要職責', '工作任務', '工作產出', '行為指標', '職能級別', '職能內涵 ( K=knowledge 知識 )', '職能內涵 ( S=skills 技能 )'];

/** Tab-separated rows as in APA2654-001v4.tab-separated.txt. `rowsPerPage` defaults to 4. */
export function renderTabSeparated(std: Standard, opts: { rowsPerPage?: number } = {}): string {
  const tsv = (cells: string[]): string => cells.join('\t');
  const lines: string[] = ['', '', `${std.name}職能基準`, ''];
  lines.push(tsv(VERSION_HEADING), ...versionRows(std).map(tsv), '');
  lines.push(...headerBlockRows(std).map(tsv), '');
  paginate(tableRows(std, uniform(' ')), opts.rowsPerPage ?? 4).forEach((page, i) => {
    if (i > 0) lines.push('');
    lines.push(tsv(i === 0 ? TSV_TABLE_HEADING : TSV_TABLE_HEADING_REPEATED), ...page.map((row) => tsv(rowCells(row))));
  });
  lines.push('', '**職能內涵 ( A=attitude 態度 )**', '');
  lines.push(...std.attitudes.map((a) => `- ${attitudeText(a, ' ')}`));
  lines.push('', '### 說明與補充事項');
  for (const note of std.notes) lines.push('', `- ${note}`);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

export const MARKDOWN_TABLE_HEADING = ['主要職責', '工作任務', '工作產出', '行為指標', '職能 級別', '職能內涵 (K=knowledge 知識)', '職能內涵 (S=skills 技能)'];
export const MARKDOWN_TABLE_HEADING_REPEATED = ['主要職責', '工作任務', '工作產出', '行為指標', '職能級別', '職能內涵 (K=knowledge 知識)', '職能內涵 (S=skills 技能)'];

const mdRow = (cells: string[]): string => `|${cells.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`;
const mdTable = (heading: string[], rows: string[][]): string[] => [
  mdRow(heading),
  `|${heading.map(() => '---').join('|')}|`,
  ...rows.map(mdRow),
];

/** Markdown pipe tables as in IDC3512-002v2.markdown.txt. `rowsPerPage` defaults to 4. */
export function renderMarkdown(std: Standard, opts: { rowsPerPage?: number } = {}): string {
  const lines: string[] = ['', '', `${std.name}職能基準`, ''];
  lines.push(...mdTable(VERSION_HEADING, versionRows(std)), '');
  lines.push(...mdTable(['', '', '', '', '', ''], headerBlockRows(std)), '');
  paginate(tableRows(std, uniform('')), opts.rowsPerPage ?? 4).forEach((page, i) => {
    if (i > 0) lines.push('');
    lines.push(...mdTable(i === 0 ? MARKDOWN_TABLE_HEADING : MARKDOWN_TABLE_HEADING_REPEATED, page.map(rowCells)));
  });
  lines.push('', '職能內涵 (A=attitude 態度)');
  for (const a of std.attitudes) lines.push('', attitudeText(a, ''));
  lines.push('', '說明與補充事項');
  for (const note of std.notes) lines.push('', note);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// PDF text
// ---------------------------------------------------------------------------------------------

/** Display width of each column of the main table in the PDF layout. */
export const PDF_COLUMN_WIDTHS = { duty: 6, task: 10, outputs: 8, indicators: 42, knowledge: 28, skills: 28 } as const;

/**
 * The main table's heading lines as the PDF text prints them at the top of the table
 * (ATC3521-004v2.pdf-text.txt): the first two with no blank line between them, as in the fixture.
 */
export const PDF_TABLE_HEADING_LINES = [
  '主要職責 工作任務 工作產出 行為指標 \n職能 ',
  '級別 ',
  '職能內涵 ',
  '（K=knowledge知識） ',
  '職能內涵 ',
  '（S=skills技能） ',
] as const;

/** The same, repeated at every page break: there the first line starts with a space. */
export const PDF_TABLE_HEADING_LINES_REPEATED = [` ${PDF_TABLE_HEADING_LINES[0]}`, ...PDF_TABLE_HEADING_LINES.slice(1)] as const;

/** One item wrapped to its column; its last line ends with a space, as the fixture's do. */
const pdfItem = (text: string, width: number): string[] => {
  const lines = wrapToWidth(text, width);
  const last = lines.length - 1;
  if (last >= 0) lines[last] = `${lines[last]} `;
  return lines;
};

/** A row's cells as wrapped lines, in column order: duty (first task of a duty only), task, O, P, level + K, S. */
function pdfRowColumns(row: TableRow): string[][] {
  const w = PDF_COLUMN_WIDTHS;
  const kLines = row.knowledge.flatMap((k) => pdfItem(k, w.knowledge));
  if (row.level !== '') {
    if (kLines.length > 0) kLines[0] = `${row.level} ${kLines[0]}`;
    else kLines.push(`${row.level} `);
  }
  return [
    row.duty !== '' ? pdfItem(row.duty, w.duty) : [],
    pdfItem(row.task, w.task),
    row.outputs.flatMap((o) => pdfItem(o, w.outputs)),
    row.indicators.flatMap((p) => pdfItem(p, w.indicators)),
    kLines,
    row.skills.flatMap((s) => pdfItem(s, w.skills)),
  ];
}

/**
 * Lays rows onto pages as a PDF does: a row is as tall as its tallest cell; when it does not fit
 * on the page, every cell is cut at the same height, the top parts come out column by column, then
 * the page heading, then the rest of each cell column by column.
 */
function paginateRows(rows: string[][][], linesPerPage: number): string[] {
  const out: string[] = [];
  let used = 0;
  for (let columns of rows) {
    for (;;) {
      const height = Math.max(...columns.map((c) => c.length));
      const room = linesPerPage - used;
      if (height <= room) {
        for (const column of columns) out.push(...column);
        used += height;
        break;
      }
      if (room > 0) for (const column of columns) out.push(...column.slice(0, room));
      out.push(...PDF_TABLE_HEADING_LINES_REPEATED);
      columns = columns.map((column) => column.slice(Math.max(room, 0)));
      used = 0;
    }
  }
  return out;
}

/**
 * Text copied out of a PDF as in ATC3521-004v2.pdf-text.txt: lines separated by blank lines, each
 * ending with a space; the table's heading lines repeated after every `linesPerPage` table lines
 * (default 30), cutting a row that does not fit across the page as a PDF does.
 */
export function renderPdfText(std: Standard, opts: { linesPerPage?: number } = {}): string {
  const linesPerPage = opts.linesPerPage ?? 30;
  if (!Number.isInteger(linesPerPage) || linesPerPage < 1) throw new RangeError(`linesPerPage must be a positive integer, got ${linesPerPage}`);
  const spaced = (cells: string[]): string => `${cells.join(' ')} `;
  const lines: string[] = [` ${spaced(VERSION_HEADING)}`, ...versionRows(std).map(spaced), ' '];
  lines.push(`${std.name}職能基準 `, `職能基準代碼 ${std.code} `, '職能基準名稱 ', '(擇一填寫) ', '職類  ', `職業 ${std.name} `, '所屬', '類別 ');
  const classLines = (label: string, list: Classification[]): string[] =>
    list.length === 0 ? [] : [`${label} ${classNames(list)} ${label}代碼 ${classCodes(list)} `];
  lines.push(...classLines('職類別', std.fields), ...classLines('職業別', std.occupations), ...classLines('行業別', std.industries));
  lines.push(`工作描述 ${std.description} `, `基準級別 ${std.level ?? ''} `, ' ');

  const separators = { duty: '', task: ' ', outputs: '', indicators: '', competencies: ' ' };
  lines.push(...PDF_TABLE_HEADING_LINES);
  lines.push(...paginateRows(tableRows(std, separators).map(pdfRowColumns), linesPerPage));

  lines.push(' ', '職能內涵（A=attitude態度） ', ...std.attitudes.map((a) => `${attitudeText(a, ' ')} `));
  lines.push(' ', '說明與補充事項 ', ...std.notes.map((note) => `${note} `));
  return `${lines.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Arbitrary standards
// ---------------------------------------------------------------------------------------------

const CJK_POOL = Array.from(
  '錄音工程規劃設備管理分析溝通協調節目製作安全知識能力系統操作資料處理品質客戶服務數位訊號平台維護測試執行計畫預算成本評估市場專案技術需求流程環境檢查報告建立整合',
);
/**
 * Latin words as real standards print them inside Chinese names: single words (no inner space), no
 * digits, nothing like a code. A bracketed word is glued to the Chinese before it (`處理(Mastering)`),
 * a bare one glued or after a space (`除錯 Debug`).
 */
const BRACKETED_WORDS = ['(Mastering)', '(Recording)', '(Editing)'];
const BARE_WORDS = ['Debug', 'API', 'Linux'];

const cjk = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...CJK_POOL), { minLength, maxLength }).map((chars) => chars.join(''));

/** A name: Chinese characters, sometimes followed by a Latin word. Spaces stand only before a bare Latin word. */
const nameArb = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      cjk(minLength, maxLength),
      fc.oneof(
        { weight: 10, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom(...BRACKETED_WORDS) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom('', ' '), fc.constantFrom(...BARE_WORDS)).map(([space, word]) => space + word) },
      ),
    )
    .map(([word, latin]) => (latin === null ? word : word + latin));

/** A sentence: clauses joined by ， ending in 。 */
const sentenceArb = (maxClauses = 3): fc.Arbitrary<string> =>
  fc.array(nameArb(3, 12), { minLength: 1, maxLength: maxClauses }).map((clauses) => `${clauses.join('，')}。`);

const upper = (length: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: length, maxLength: length }).map((a) => a.join(''));
const digits = (length: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length }).map((a) => a.join(''));

/** `K01`…`K99`, `K100`…: two digits at least. */
const competencyCode = (letter: string, n: number): string => `${letter}${String(n).padStart(2, '0')}`;

const formatDate = (day: number): string => {
  const d = new Date(Date.UTC(2012, 0, 1) + day * 86_400_000);
  return `${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}`;
};

/** Up to how many K (S) codes a standard numbers: a small pool (much sharing) or one past K99. */
const poolSizeArb = (large: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 3, max: 40 }), fc.integer({ min: 100, max: large }));

/**
 * Realistic valid standards: code `ABC1234-001v2`, 1–3 versions (newest first), 1–2 of each
 * classification, 1–5 duties of 1–12 tasks, 0–4 outputs and 1–5 indicators per task, levels 1–6,
 * K and S codes numbered over the whole document (two or three digits, with gaps) and shared
 * between tasks, attitudes A01…, notes.
 *
 * Invariants the renderers rely on: `knowledge` and `skills` hold exactly the codes some task lists,
 * sorted by number; tasks are grouped by duty in duty order; no text holds a digit (outside codes,
 * dates and notes), a tab, a pipe, `；` or a line break; a space stands only between a Chinese
 * character and a bare Latin word (`除錯 Debug`); no `otherNames`, no indicator `level`, no null level.
 */
export function arbitraryStandard(): fc.Arbitrary<Standard> {
  return fc
    .record({ maxK: poolSizeArb(120), maxS: poolSizeArb(130) })
    .chain(({ maxK, maxS }) => {
      const taskArb = fc.record({
        name: nameArb(2, 10),
        level: fc.integer({ min: 1, max: 6 }),
        outputs: fc.oneof(fc.constant<string[]>([]), fc.array(nameArb(2, 8), { minLength: 1, maxLength: 4 })),
        indicators: fc.array(sentenceArb(), { minLength: 1, maxLength: 5 }),
        knowledge: fc.uniqueArray(fc.integer({ min: 1, max: maxK }), { minLength: 1, maxLength: Math.min(10, maxK) }),
        skills: fc.uniqueArray(fc.integer({ min: 1, max: maxS }), { minLength: 1, maxLength: Math.min(12, maxS) }),
      });
      const classification = (code: fc.Arbitrary<string>): fc.Arbitrary<{ name: string; code: string }> =>
        fc.record({ name: fc.tuple(cjk(2, 6), fc.option(cjk(2, 8))).map(([a, b]) => (b === null ? a : `${a}／${b}`)), code });
      return fc.record({
        letters: upper(3),
        occupationCode: digits(4),
        serial: fc.integer({ min: 1, max: 30 }),
        name: cjk(3, 10),
        level: fc.integer({ min: 1, max: 6 }),
        versions: fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 3 }).chain((days) =>
          fc.tuple(fc.constant([...days].sort((a, b) => b - a)), fc.array(fc.option(cjk(3, 10), { freq: 2 }), { minLength: days.length, maxLength: days.length }), fc.constantFrom('略', '新增工作任務', '修訂行為指標')),
        ),
        field: classification(fc.constant('')),
        extraField: fc.option(classification(upper(3)), { freq: 4 }),
        occupation: classification(fc.constant('')),
        extraOccupation: fc.option(classification(digits(4)), { freq: 4 }),
        industries: fc.array(classification(fc.tuple(upper(1), digits(4)).map(([l, d]) => l + d)), { minLength: 1, maxLength: 2 }),
        description: sentenceArb(4),
        duties: fc.array(fc.record({ name: nameArb(2, 10), tasks: fc.array(taskArb, { minLength: 1, maxLength: 12 }) }), { minLength: 1, maxLength: 5 }),
        kNames: fc.array(nameArb(2, 10), { minLength: maxK, maxLength: maxK }),
        sNames: fc.array(nameArb(2, 10), { minLength: maxS, maxLength: maxS }),
        attitudes: fc.array(fc.record({ name: cjk(2, 6), description: fc.option(sentenceArb(2)) }), { minLength: 1, maxLength: 12 }),
        notes: fc.array(sentenceArb(2), { minLength: 0, maxLength: 3 }),
      });
    })
    .map((g): Standard => {
      const prefix = `${g.letters}${g.occupationCode}-${String(g.serial).padStart(3, '0')}`;
      const [days, oldNames, latestNote] = g.versions;
      const count = days.length;
      const tasks: Task[] = g.duties.flatMap((duty, d) =>
        duty.tasks.map((t, i) => {
          const id = `T${d + 1}.${i + 1}`;
          return {
            id,
            name: t.name,
            duty: `T${d + 1}`,
            level: t.level,
            outputs: t.outputs.map((name, k) => ({ id: `O${d + 1}.${i + 1}.${k + 1}`, name })),
            indicators: t.indicators.map((text, k) => ({ id: `P${d + 1}.${i + 1}.${k + 1}`, text })),
            knowledge: t.knowledge.map((n) => competencyCode('K', n)),
            skills: t.skills.map((n) => competencyCode('S', n)),
          };
        }),
      );
      const used = (numbers: number[], letter: string, names: string[]): CompetencyItem[] =>
        [...new Set(numbers)].sort((a, b) => a - b).map((n) => ({ id: competencyCode(letter, n), name: names[n - 1] ?? '知識' }));
      const allTasks = g.duties.flatMap((duty) => duty.tasks);
      return {
        code: `${prefix}v${count}`,
        name: g.name,
        level: g.level,
        versions: days.map((day, i) => ({
          version: `V${count - i}`,
          code: `${prefix}v${count - i}`,
          name: i === 0 ? g.name : (oldNames[i] ?? g.name),
          status: i === 0 ? '最新版本' : '歷史版本',
          note: i === 0 ? latestNote : `已被《${prefix}v${count - i + 1}》取代`,
          date: formatDate(day),
        })),
        fields: [{ ...g.field, code: g.letters }, ...(g.extraField === null ? [] : [g.extraField])],
        occupations: [{ ...g.occupation, code: g.occupationCode }, ...(g.extraOccupation === null ? [] : [g.extraOccupation])],
        industries: g.industries,
        description: g.description,
        duties: g.duties.map((duty, d) => ({ id: `T${d + 1}`, name: duty.name })),
        tasks,
        knowledge: used(allTasks.flatMap((t) => t.knowledge), 'K', g.kNames),
        skills: used(allTasks.flatMap((t) => t.skills), 'S', g.sNames),
        attitudes: g.attitudes.map((a, i) => ({
          id: competencyCode('A', i + 1),
          name: a.name,
          ...(a.description === null ? {} : { description: a.description }),
        })),
        notes: ['建議擔任此職類／職業之學歷／經驗／或能力條件：', ...g.notes],
      };
    });
}
