/**
 * Test support and fixture generator: print a `Standard` as a .docx in the official layout of a
 * competency standard (職能基準): title, version table, header table (職能基準代碼, 名稱, 所屬類別 with
 * 職類別／職業別／行業別 and their codes, 工作描述, 基準級別), the seven-column main table with each
 * duty's cell merged down its tasks (w:vMerge) and the heading row repeated on each page, then the
 * attitude list and 說明與補充事項 as paragraphs. Each item is a paragraph of its own within its cell.
 *
 * Shapes beyond one row per task, for fixtures:
 * - `sharedRows`: tasks printed together in one row (two task codes in one cell); they must share
 *   level, knowledge and skills;
 * - `splitTasks`: tasks printed over two rows, the task and level cells merged down, the lists cut
 *   in half (a task continued in the next row).
 * Each page has a header (the standard's code and name) and a footer (`第 1 頁,總共 6 頁`), as the
 * official PDFs do; the PDF importer must strip them.
 * A second name (`otherNames`) of K or S is printed where the item is listed again; of an attitude,
 * as another line of the attitude list.
 */
import {
  AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType, PageOrientation,
} from 'docx';
import type { Classification, CompetencyItem, Standard, Task } from '../../shared/standard/schema';

export interface DocxShapes {
  sharedRows?: string[][];
  splitTasks?: string[];
}

const FONT = '標楷體';
const para = (text: string, bold = false): Paragraph => new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 20 })] });

interface CellSpec {
  lines: string[];
  span?: number;
  merge?: 'restart' | 'continue';
}

const cell = (spec: CellSpec): TableCell =>
  new TableCell({
    children: (spec.merge === 'continue' || spec.lines.length === 0 ? [''] : spec.lines).map((t) => para(t)),
    ...(spec.span && spec.span > 1 ? { columnSpan: spec.span } : {}),
    ...(spec.merge ? { verticalMerge: spec.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
  });

const row = (cells: CellSpec[], opts: { header?: boolean } = {}): TableRow =>
  new TableRow({ children: cells.map(cell), ...(opts.header ? { tableHeader: true } : {}) });

const table = (rows: TableRow[], widths: number[]): Table =>
  new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: widths });

const VERSION_HEADING = ['版本', '職能基準代碼', '職能基準名稱', '狀態', '更新說明', '發展更新日期'];
export const DOCX_TABLE_HEADING = ['主要職責', '工作任務', '工作產出', '行為指標', '職能級別', '職能內涵（K=knowledge 知識）', '職能內涵（S=skills 技能）'];

const classNames = (list: Classification[]): string => list.map((c) => c.name).join('；');
const classCodes = (list: Classification[]): string => list.map((c) => c.code).join('、');
const item = (code: string, name: string): string => (name === '' ? code : `${code} ${name}`);

function headerTable(std: Standard): Table {
  const kinds: [string, Classification[]][] = [
    ['職類別', std.fields],
    ['職業別', std.occupations],
    ['行業別', std.industries],
  ];
  const present = kinds.filter(([, list]) => list.length > 0);
  const rows: TableRow[] = [
    row([{ lines: ['職能基準代碼'], span: 2 }, { lines: [std.code], span: 4 }]),
    row([{ lines: ['職能基準名稱 (擇一填寫)'], span: 2, merge: 'restart' }, { lines: ['職類'] }, { lines: [], span: 3 }]),
    row([{ lines: [], span: 2, merge: 'continue' }, { lines: ['職業'] }, { lines: [std.name], span: 3 }]),
    ...present.map(([label, list], i) =>
      row([
        { lines: ['所屬類別'], merge: i === 0 ? 'restart' : 'continue' },
        { lines: [label] },
        { lines: [classNames(list)], span: 2 },
        { lines: [`${label}代碼`] },
        { lines: [classCodes(list)] },
      ]),
    ),
    row([{ lines: ['工作描述'], span: 2 }, { lines: [std.description], span: 4 }]),
    row([{ lines: ['基準級別'], span: 2 }, { lines: [std.level === null ? '' : String(std.level)], span: 4 }]),
  ];
  return table(rows, [900, 900, 2400, 1600, 1400, 2400]);
}

function versionTable(std: Standard): Table {
  return table(
    [
      row(VERSION_HEADING.map((t) => ({ lines: [t] })), { header: true }),
      ...std.versions.map((v) => row([v.version, v.code, v.name, v.status, v.note, v.date].map((t) => ({ lines: [t] })))),
    ],
    [700, 1800, 2400, 1200, 2400, 1400],
  );
}

/** Each code's names in the order they are printed: the name first, then any other names. */
function namer(items: CompetencyItem[]): (code: string) => string {
  const seen = new Map<string, number>();
  const byId = new Map(items.map((i) => [i.id, [i.name, ...(i.otherNames ?? [])]]));
  return (code) => {
    const names = byId.get(code) ?? [''];
    const n = seen.get(code) ?? 0;
    seen.set(code, n + 1);
    return names[Math.min(n, names.length - 1)] ?? '';
  };
}

const halves = <T>(list: T[]): [T[], T[]] => {
  const cut = Math.ceil(list.length / 2);
  return [list.slice(0, cut), list.slice(cut)];
};

function mainTable(std: Standard, shapes: DocxShapes): Table {
  const kName = namer(std.knowledge);
  const sName = namer(std.skills);
  const dutyName = new Map(std.duties.map((d) => [d.id, d.name]));
  // Group tasks into printed rows.
  const groups: Task[][] = [];
  const done = new Set<string>();
  for (const task of std.tasks) {
    if (done.has(task.id)) continue;
    const shared = shapes.sharedRows?.find((ids) => ids[0] === task.id);
    const group = shared ? std.tasks.filter((t) => shared.includes(t.id)) : [task];
    for (const t of group) done.add(t.id);
    groups.push(group);
  }
  const rows: TableRow[] = [row(DOCX_TABLE_HEADING.map((t) => ({ lines: [t] })), { header: true })];
  let previousDuty: string | undefined;
  for (const group of groups) {
    const first = group[0]!;
    const newDuty = first.duty !== previousDuty;
    previousDuty = first.duty;
    const duty: CellSpec = newDuty ? { lines: [item(first.duty, dutyName.get(first.duty) ?? '')], merge: 'restart' } : { lines: [], merge: 'continue' };
    const taskLines = group.map((t) => item(t.id, t.name));
    const outputs = group.flatMap((t) => t.outputs.map((o) => item(o.id, o.name)));
    const indicators = group.flatMap((t) => t.indicators.map((p) => item(p.id, p.text)));
    const knowledge = first.knowledge.map((k) => item(k, kName(k)));
    const skills = first.skills.map((s) => item(s, sName(s)));
    const level = first.level === null ? '' : String(first.level);
    if (shapes.splitTasks?.includes(first.id)) {
      const [o1, o2] = halves(outputs);
      const [p1, p2] = halves(indicators);
      const [k1, k2] = halves(knowledge);
      const [s1, s2] = halves(skills);
      rows.push(row([duty, { lines: taskLines, merge: 'restart' }, { lines: o1 }, { lines: p1 }, { lines: [level], merge: 'restart' }, { lines: k1 }, { lines: s1 }]));
      rows.push(row([{ lines: [], merge: 'continue' }, { lines: [], merge: 'continue' }, { lines: o2 }, { lines: p2 }, { lines: [], merge: 'continue' }, { lines: k2 }, { lines: s2 }]));
    } else {
      rows.push(row([duty, { lines: taskLines }, { lines: outputs }, { lines: indicators }, { lines: [level] }, { lines: knowledge }, { lines: skills }]));
    }
  }
  return table(rows, [1100, 1300, 1300, 3400, 600, 2200, 2200]);
}

/** The standard as a .docx in the official layout. */
export async function standardToDocx(std: Standard, shapes: DocxShapes = {}): Promise<Uint8Array> {
  const attitudeLines = std.attitudes.flatMap((a) => [
    `${a.id} ${a.name}${a.description === undefined ? '' : `：${a.description}`}`,
    ...(a.otherNames ?? []).map((other) => `${a.id} ${other}`),
  ]);
  const doc = new Document({
    creator: 'course-planner fixtures',
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${std.code} ${std.name}`, font: FONT, size: 16 })] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: '第 ', font: FONT, size: 16 }),
                  new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 16 }),
                  new TextRun({ text: ' 頁,總共 ', font: FONT, size: 16 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], font: FONT, size: 16 }),
                  new TextRun({ text: ' 頁', font: FONT, size: 16 }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${std.name}職能基準`, bold: true, font: FONT, size: 32 })] }),
          versionTable(std),
          para(''),
          headerTable(std),
          para(''),
          mainTable(std, shapes),
          para(''),
          para('職能內涵（A=attitude 態度）', true),
          ...attitudeLines.map((t) => para(t)),
          para(''),
          para('說明與補充事項', true),
          ...std.notes.map((t) => para(t)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
