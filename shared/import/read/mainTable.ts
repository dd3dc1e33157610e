import { dutyOfTask, leadingCode, taskOfNumberedCode } from '../codes';
import { importWarning, type ImportWarning } from '../importIssues';
import { MAIN_COLUMNS, type MainRow } from '../parsedDocument';
import type { Duty, Indicator, Level, Output, Task } from '../../standard/schema';
import { cellText, readCodedCell, type CodedItem } from './codedItems';
import type { NamedItems } from './namedItems';

/** What the main table holds once read. */
export interface MainTable {
  duties: Duty[];
  tasks: Task[];
}

interface TaskDraft {
  task: Task;
  line: number;
  /** Each block the task was printed in, with its level: a task may be split across levels. */
  blocks: { level: Level | null; indicators: Indicator[]; line: number }[];
}

/**
 * A row that carries a task code starts a block; a row without one continues the last. A duty code
 * alone does not start one: a duty's merged cell may print its name part-way down (centred), in a
 * row that continues the task above, whose lists must not be cut off there.
 */
function joinContinuationRows(rows: readonly MainRow[]): MainRow[] {
  const blocks: MainRow[] = [];
  for (const row of rows) {
    const startsBlock = leadingCode(row.cells.task[0]?.text ?? '', ['task']);
    const previous = blocks.at(-1);
    if (startsBlock || !previous) {
      blocks.push({ line: row.line, cells: { ...row.cells } });
      continue;
    }
    for (const column of MAIN_COLUMNS) previous.cells[column] = [...previous.cells[column], ...row.cells[column]];
  }
  return blocks;
}

function parseLevel(text: string): Level | null {
  const match = /[1-6]/.exec(text);
  return match ? (Number(match[0]) as Level) : null;
}

/**
 * Adds a block's codes to a task's list once each. A code listed twice within the block is reported;
 * one that an earlier block of the same task (another level) already listed is simply shared.
 */
function addCodes(target: string[], items: readonly CodedItem[], taskId: string, warnings: ImportWarning[]): void {
  const inBlock = new Set<string>();
  for (const item of items) {
    if (inBlock.has(item.code)) {
      warnings.push(importWarning('duplicate-code-in-task', item.line, { task: taskId, item: item.code }));
      continue;
    }
    inBlock.add(item.code);
    if (!target.includes(item.code)) target.push(item.code);
  }
}

export function readMainTable(
  rows: readonly MainRow[],
  knowledge: NamedItems,
  skills: NamedItems,
  warnings: ImportWarning[],
): MainTable {
  const duties = new Map<string, Duty>();
  const drafts = new Map<string, TaskDraft>();

  for (const block of joinContinuationRows(rows)) {
    for (const item of readCodedCell(block.cells.duty, ['duty']).items) {
      const existing = duties.get(item.code);
      if (!existing) duties.set(item.code, { id: item.code, name: item.text });
      else if (!existing.name) existing.name = item.text;
    }

    const taskItems = readCodedCell(block.cells.task, ['task']).items;
    if (taskItems.length === 0) continue;
    const level = parseLevel(cellText(block.cells.level));
    const outputs = readCodedCell(block.cells.outputs, ['output']).items;
    const indicators = readCodedCell(block.cells.indicators, ['indicator']).items;
    const knowledgeItems = readCodedCell(block.cells.knowledge, ['knowledge']).items;
    const skillItems = readCodedCell(block.cells.skills, ['skill']).items;
    for (const item of knowledgeItems) knowledge.name(item.code, item.text, item.line);
    for (const item of skillItems) skills.name(item.code, item.text, item.line);

    const blockDrafts = taskItems.map((item) => {
      let draft = drafts.get(item.code);
      if (!draft) {
        draft = {
          line: item.line,
          blocks: [],
          task: { id: item.code, name: item.text, duty: dutyOfTask(item.code), level, outputs: [], indicators: [], knowledge: [], skills: [] },
        };
        drafts.set(item.code, draft);
      }
      draft.blocks.push({ level, indicators: [], line: item.line });
      addCodes(draft.task.knowledge, knowledgeItems, item.code, warnings);
      addCodes(draft.task.skills, skillItems, item.code, warnings);
      return draft;
    });

    // Outputs and indicators are numbered per task (O1.2.1, P1.2.1): with two tasks in one cell, the
    // numbering says whose each is.
    const ownerOf = (item: CodedItem): TaskDraft => {
      const numbered = taskOfNumberedCode(item.code);
      const owner = blockDrafts.find((d) => d.task.id === numbered);
      if (owner) return owner;
      const fallback = blockDrafts[0]!;
      if (numbered) warnings.push(importWarning('indicator-outside-task', item.line, { item: item.code, task: fallback.task.id }));
      return fallback;
    };
    for (const item of outputs) {
      const output: Output = { id: item.code, name: item.text };
      const owner = ownerOf(item);
      if (owner.task.outputs.some((o) => o.id === output.id)) {
        warnings.push(importWarning('duplicate-code-in-task', item.line, { task: owner.task.id, item: item.code }));
      } else owner.task.outputs.push(output);
    }
    for (const item of indicators) {
      const indicator: Indicator = { id: item.code, text: item.text };
      const owner = ownerOf(item);
      if (owner.task.indicators.some((p) => p.id === indicator.id)) {
        warnings.push(importWarning('duplicate-code-in-task', item.line, { task: owner.task.id, item: item.code }));
        continue;
      }
      owner.task.indicators.push(indicator);
      owner.blocks.at(-1)!.indicators.push(indicator);
    }
  }

  const tasks = [...drafts.values()].map((draft) => settleLevel(draft, warnings));
  for (const task of tasks) {
    if (!duties.has(task.duty)) {
      warnings.push(importWarning('task-without-duty', drafts.get(task.id)!.line, { item: task.id }));
    }
    if (task.indicators.length === 0) {
      warnings.push(importWarning('task-without-indicators', drafts.get(task.id)!.line, { item: task.id }));
    }
  }
  return { duties: [...duties.values()], tasks };
}

/** A task printed in blocks at different levels takes the highest; each indicator keeps its own. */
function settleLevel(draft: TaskDraft, warnings: ImportWarning[]): Task {
  const levels = [...new Set(draft.blocks.map((b) => b.level).filter((l): l is Level => l !== null))];
  const task = draft.task;
  if (levels.length === 0) {
    task.level = null;
    warnings.push(importWarning('missing-task-level', draft.line, { item: task.id }));
  } else if (levels.length === 1) {
    task.level = levels[0]!;
  } else {
    task.level = Math.max(...levels) as Level;
    for (const block of draft.blocks) {
      for (const indicator of block.indicators) {
        if (block.level !== null && block.level !== task.level) indicator.level = block.level;
      }
    }
    warnings.push(importWarning('task-split-across-levels', draft.blocks[1]?.line ?? draft.line, {
      item: task.id, levels: levels.join('、'), level: String(task.level),
    }));
  }
  return task;
}
