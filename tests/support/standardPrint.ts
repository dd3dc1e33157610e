/**
 * Test support and fixture generator: a `Standard` laid out as the official document of a
 * competency standard (職能基準) prints it, independent of the file format: title, version table,
 * header table (職能基準代碼, 名稱, 所屬類別 with 職類別／職業別／行業別 and their codes, 工作描述,
 * 基準級別), the seven-column main table with each duty's cell merged down its tasks and the heading
 * row repeated on each page, then the attitude list and 說明與補充事項 as paragraphs. Each item is a
 * paragraph of its own within its cell. standardDocx.ts and standardHtml.ts render it.
 *
 * Shapes beyond one row per task, for fixtures:
 * - `sharedRows`: tasks printed together in one row (two task codes in one cell); they must share
 *   level, knowledge and skills;
 * - `splitTasks`: tasks printed over two rows, the task and level cells merged down, the lists cut
 *   in half (a task continued in the next row).
 * A second name (`otherNames`) of K or S is printed where the item is listed again; of an attitude,
 * as another line of the attitude list.
 */
import type { Classification, CompetencyItem, Standard, Task } from '../../shared/standard/schema';

export interface DocxShapes {
  sharedRows?: string[][];
  splitTasks?: string[];
}

export interface CellSpec {
  lines: string[];
  span?: number;
  /** Merged with the cells below it (`restart`), or covered by the one above (`continue`). */
  merge?: 'restart' | 'continue';
}

export interface PrintedTable {
  rows: CellSpec[][];
  /** How many leading rows are the heading, repeated at each page top. */
  headingRows: number;
  /** Relative column widths (twentieths of a point, as Word counts). */
  widths: number[];
}

export interface PrintedStandard {
  title: string;
  versions: PrintedTable;
  header: PrintedTable;
  main: PrintedTable;
  attitudeLines: string[];
  notes: string[];
}

const VERSION_HEADING = ['版本', '職能基準代碼', '職能基準名稱', '狀態', '更新說明', '發展更新日期'];
export const DOCX_TABLE_HEADING = ['主要職責', '工作任務', '工作產出', '行為指標', '職能級別', '職能內涵（K=knowledge 知識）', '職能內涵（S=skills 技能）'];
export const ATTITUDE_HEADING = '職能內涵（A=attitude 態度）';
export const NOTES_HEADING = '說明與補充事項';

const classNames = (list: Classification[]): string => list.map((c) => c.name).join('；');
const classCodes = (list: Classification[]): string => list.map((c) => c.code).join('、');
const item = (code: string, name: string): string => (name === '' ? code : `${code} ${name}`);
const plain = (...texts: string[]): CellSpec[] => texts.map((t) => ({ lines: [t] }));

function headerTable(std: Standard): PrintedTable {
  const kinds: [string, Classification[]][] = [
    ['職類別', std.fields],
    ['職業別', std.occupations],
    ['行業別', std.industries],
  ];
  const present = kinds.filter(([, list]) => list.length > 0);
  const rows: CellSpec[][] = [
    [{ lines: ['職能基準代碼'], span: 2 }, { lines: [std.code], span: 4 }],
    [{ lines: ['職能基準名稱 (擇一填寫)'], span: 2, merge: 'restart' }, { lines: ['職類'] }, { lines: [], span: 3 }],
    [{ lines: [], span: 2, merge: 'continue' }, { lines: ['職業'] }, { lines: [std.name], span: 3 }],
    ...present.map(([label, list], i): CellSpec[] => [
      { lines: ['所屬類別'], merge: i === 0 ? 'restart' : 'continue' },
      { lines: [label] },
      { lines: [classNames(list)], span: 2 },
      { lines: [`${label}代碼`] },
      { lines: [classCodes(list)] },
    ]),
    [{ lines: ['工作描述'], span: 2 }, { lines: [std.description], span: 4 }],
    [{ lines: ['基準級別'], span: 2 }, { lines: [std.level === null ? '' : String(std.level)], span: 4 }],
  ];
  return { rows, headingRows: 0, widths: [900, 900, 2400, 1600, 1400, 2400] };
}

function versionTable(std: Standard): PrintedTable {
  return {
    rows: [plain(...VERSION_HEADING), ...std.versions.map((v) => plain(v.version, v.code, v.name, v.status, v.note, v.date))],
    headingRows: 1,
    widths: [700, 1800, 2400, 1200, 2400, 1400],
  };
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

function mainTable(std: Standard, shapes: DocxShapes): PrintedTable {
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
  const rows: CellSpec[][] = [plain(...DOCX_TABLE_HEADING)];
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
      rows.push([duty, { lines: taskLines, merge: 'restart' }, { lines: o1 }, { lines: p1 }, { lines: [level], merge: 'restart' }, { lines: k1 }, { lines: s1 }]);
      rows.push([{ lines: [], merge: 'continue' }, { lines: [], merge: 'continue' }, { lines: o2 }, { lines: p2 }, { lines: [], merge: 'continue' }, { lines: k2 }, { lines: s2 }]);
    } else {
      rows.push([duty, { lines: taskLines }, { lines: outputs }, { lines: indicators }, { lines: [level] }, { lines: knowledge }, { lines: skills }]);
    }
  }
  return { rows, headingRows: 1, widths: [1100, 1300, 1300, 3400, 600, 2200, 2200] };
}

export function printedStandard(std: Standard, shapes: DocxShapes = {}): PrintedStandard {
  return {
    title: `${std.name}職能基準`,
    versions: versionTable(std),
    header: headerTable(std),
    main: mainTable(std, shapes),
    attitudeLines: std.attitudes.flatMap((a) => [
      `${a.id} ${a.name}${a.description === undefined ? '' : `：${a.description}`}`,
      ...(a.otherNames ?? []).map((other) => `${a.id} ${other}`),
    ]),
    notes: std.notes,
  };
}
