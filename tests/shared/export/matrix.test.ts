import { describe, expect, it } from 'vitest';
import { buildCoverageMatrix, UNIT_COLUMN_MIN, UNITS_PER_PAGE } from '../../../shared/export';
import { COLOR } from '../../../shared/export/documentSetup';
import { DEPTH_MARK, INDIRECT_MARK } from '../../../shared/export/labels';
import { columnPages } from '../../../shared/export/matrix';
import { unitsInOrder } from '../../../shared/export/units';
import { coverageOf } from '../../../shared/plan/coverage';
import type { Plan } from '../../../shared/plan/schema';
import { docxOf, emptyPlan, examplePlan, MADE_AT, planOfUnits, planWith, standards } from './support/fixtures';
import { blocksOf, type DocxRow, type DocxTable } from './support/readDocx';

/**
 * The matrices read back and compared with coverageOf for the same plan: every mark, every total,
 * the uncovered rows highlighted, and wide courses split into pages of columns that stay readable.
 */

/** The tables under a matrix heading (one per page of columns). */
function matrixTables(document: string, title: string): DocxTable[] {
  const blocks = blocksOf(document);
  const start = blocks.findIndex((b) => b.kind === 'p' && b.text.startsWith(title));
  const out: DocxTable[] = [];
  if (start < 0) return out;
  for (const block of blocks.slice(start + 1)) {
    if (block.kind === 'p' && /^(對照表|涵蓋位置明細)/.test(block.text)) break;
    if (block.kind === 'table') out.push(block.table);
  }
  return out;
}

/** The unit numbers of a matrix page, from its second header row. */
function unitNumbers(table: DocxTable): number[] {
  return table.rows[1]!.cells.filter((c) => !c.continued).map((c) => Number(c.text.split('\n')[0]));
}

function itemRows(table: DocxTable): DocxRow[] {
  return table.rows.filter((r) => !r.header && r.cells.length > 2 && !r.cells[0]!.text.startsWith('合計'));
}

/** code → unit number → mark, and code → total, over all pages of a matrix. */
function readMatrix(tables: DocxTable[]) {
  const marks = new Map<string, Map<number, string>>();
  const totals = new Map<string, string>();
  const columnTotals = new Map<number, number>();
  for (const table of tables) {
    const numbers = unitNumbers(table);
    for (const row of itemRows(table)) {
      const code = row.cells[0]!.text;
      const byUnit = marks.get(code) ?? new Map<number, string>();
      numbers.forEach((n, i) => {
        const text = row.cells[2 + i]!.text;
        if (text !== '') byUnit.set(n, text);
      });
      marks.set(code, byUnit);
      totals.set(code, row.cells[row.cells.length - 1]!.text);
    }
    const totalRow = table.rows[table.rows.length - 1]!;
    expect(totalRow.cells[0]!.text).toMatch(/^合計/);
    numbers.forEach((n, i) => columnTotals.set(n, Number(totalRow.cells[1 + i]!.text)));
  }
  return { marks, totals, columnTotals };
}

async function matrixOf(plan: Plan) {
  const doc = await docxOf(buildCoverageMatrix(plan, standards, { madeAt: MADE_AT }));
  return {
    doc,
    knowledge: matrixTables(doc.document, '對照表一'),
    tasks: matrixTables(doc.document, '對照表二'),
  };
}

describe('the matrices of the example plan', () => {
  it('units × K/S/A: every mark is the depth coverageOf gives, every row total its number of units', async () => {
    const plan = examplePlan();
    const coverage = coverageOf(plan, standards);
    const numberOf = new Map(unitsInOrder(plan).map((u) => [u.unit.id, u.number]));
    const { knowledge } = await matrixOf(plan);
    expect(knowledge).toHaveLength(1);
    const { marks, totals, columnTotals } = readMatrix(knowledge);
    // Grouped by kind: K, then S, then A, each in the order coverageOf lists them.
    const items = (['knowledge', 'skill', 'attitude'] as const).flatMap((kind) => coverage.items.filter((i) => i.kind === kind));
    expect([...marks.keys()]).toEqual(items.map((i) => i.id));
    for (const item of items) {
      const expected = new Map(item.units.map((u) => [numberOf.get(u.unitId)!, DEPTH_MARK[u.depth]]));
      expect(marks.get(item.id), item.id).toEqual(expected);
      expect(totals.get(item.id)).toBe(String(item.units.length));
    }
    for (const [unitId, n] of numberOf) {
      expect(columnTotals.get(n)).toBe(items.filter((i) => i.units.some((u) => u.unitId === unitId)).length);
    }
  });

  it('units × tasks and indicators: a task row marks direct links by depth and indirect ones with △', async () => {
    const plan = examplePlan();
    const coverage = coverageOf(plan, standards);
    const numberOf = new Map(unitsInOrder(plan).map((u) => [u.unit.id, u.number]));
    const { tasks } = await matrixOf(plan);
    const { marks, totals } = readMatrix(tasks);
    for (const task of coverage.tasks) {
      const expected = new Map(task.unitIds.map((id) => [numberOf.get(id)!, INDIRECT_MARK]));
      for (const d of task.direct) expected.set(numberOf.get(d.unitId)!, DEPTH_MARK[d.depth]);
      expect(marks.get(task.taskId), task.taskId).toEqual(expected);
      expect(totals.get(task.taskId)).toBe(String(task.unitIds.length));
    }
    for (const item of coverage.items.filter((i) => i.kind === 'indicator')) {
      expect(marks.get(item.id), item.id).toEqual(new Map(item.units.map((u) => [numberOf.get(u.unitId)!, DEPTH_MARK[u.depth]])));
    }
  });

  it('has a legend, the overview of shares, the unit key and where each item is covered', async () => {
    const { doc } = await matrixOf(examplePlan());
    for (const text of ['圖例', '○ 導入（introduced）', '◐ 練習（practised）', '● 評量（assessed）', '涵蓋概況', '單元編號對照', '涵蓋位置明細', '講義第 1 章']) {
      expect(doc.text).toContain(text);
    }
    expect(doc.text).toContain('ATC3521-004v2 錄音工程師（V2，2021/05/17，最新版本）');
  });
});

describe('uncovered and outside items', () => {
  it('highlights a selected item no unit covers and says so in its total', async () => {
    const plan = planWith((input) => {
      for (const unit of input.units!) unit.links = unit.links!.filter((l) => l.id !== 'K02');
    });
    const { knowledge } = await matrixOf(plan);
    const row = knowledge.flatMap(itemRows).find((r) => r.cells[0]!.text === 'K02')!;
    expect(row.cells.every((c) => c.fill === COLOR.uncoveredFill)).toBe(true);
    expect(row.cells[row.cells.length - 1]!.text).toBe('0\u3000未涵蓋');
    const covered = knowledge.flatMap(itemRows).find((r) => r.cells[0]!.text === 'K01')!;
    expect(covered.cells[0]!.fill).toBeUndefined();
  });

  it('shows a link to an item 表1 does not select as its own row, shaded apart, not counted in the totals', async () => {
    const plan = planWith((input) => {
      input.units![0]!.links!.push({ kind: 'skill', id: 'S21', standardCode: 'ATC3521-004v2', depth: 'practised' });
      input.selectedTasks = input.selectedTasks!.filter((t) => t.taskId !== 'T3.4');
    });
    const { knowledge } = await matrixOf(plan);
    const row = knowledge.flatMap(itemRows).find((r) => r.cells[0]!.text === 'S21')!;
    expect(row.cells[1]!.text).toContain('不屬於表1選定的工作任務');
    expect(row.cells[0]!.fill).toBe(COLOR.outsideFill);
    expect(row.cells[2]!.text).toBe(DEPTH_MARK.practised);
  });
});

describe('a course wider than a page', () => {
  it.each([UNITS_PER_PAGE, UNITS_PER_PAGE + 1, 40, 200])('%i units: pages of columns, none narrower than the minimum, every unit once, row headings on every page', async (count) => {
    const plan = planOfUnits(count);
    const { knowledge, tasks } = await matrixOf(plan);
    const pages = Math.ceil(count / UNITS_PER_PAGE);
    for (const matrix of [knowledge, tasks]) {
      expect(matrix).toHaveLength(pages);
      const seen = matrix.flatMap(unitNumbers);
      expect(seen).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      for (const table of matrix) {
        expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(['代碼', '名稱', '課程單元（編號見單元編號對照）', '合計（單元數）']);
        expect(table.rows.filter((r) => r.header)).toHaveLength(2);
        const unitWidths = table.grid.slice(2, -1);
        expect(Math.min(...unitWidths)).toBeGreaterThanOrEqual(UNIT_COLUMN_MIN);
        expect(itemRows(table).length).toBe(itemRows(matrix[0]!).length);
      }
    }
  }, 240_000);

  it('splits the columns evenly', () => {
    const sizes = (n: number) => columnPages(Array.from({ length: n }, (_, i) => i)).map((p) => p.length);
    expect(sizes(UNITS_PER_PAGE)).toEqual([UNITS_PER_PAGE]);
    expect(sizes(UNITS_PER_PAGE + 1)).toEqual([Math.ceil((UNITS_PER_PAGE + 1) / 2), Math.floor((UNITS_PER_PAGE + 1) / 2)]);
    expect(sizes(0)).toEqual([]);
  });
});

describe('an empty plan', () => {
  it('says there is nothing to show, with no empty table', async () => {
    const { doc, knowledge } = await matrixOf(emptyPlan());
    expect(knowledge).toHaveLength(0);
    expect(doc.text).toContain('本課程尚無課程單元，故無對照表內容。');
  });
});
