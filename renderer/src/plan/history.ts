import type { Plan } from '../../../shared/plan/schema';
import { applyEdit, coalesceKey, type PlanEdit } from './planEditor';

/**
 * Undo and redo over whole plans. Each step keeps the plan before it and the edit that made it, so
 * the buttons can say what they will undo ("復原：修改單元時數"). Plans share every unchanged part
 * with their neighbours, so a long history costs little memory.
 *
 * Typing in one field is one step: an edit whose coalesce key matches the previous edit's, made
 * within `COALESCE_MS` of it, replaces the present instead of adding a step. Leaving the field
 * (`sealHistory`) or any other edit ends the run.
 */

export const COALESCE_MS = 2_000;
export const HISTORY_LIMIT = 500;

export interface HistoryStep {
  plan: Plan;
  edit: PlanEdit;
}

export interface History {
  /** Oldest first; each entry is the plan before `edit` was made. */
  readonly past: readonly HistoryStep[];
  readonly present: Plan;
  /** Next redo last; each entry is the plan after `edit` is redone. */
  readonly future: readonly HistoryStep[];
  /** The run of typing the next edit may join. */
  readonly run: { key: string; at: number } | null;
}

export function createHistory(plan: Plan): History {
  return { past: [], present: plan, future: [], run: null };
}

/**
 * Applies an edit and records it. `now` is the time in milliseconds (the caller's clock, so tests
 * can pass their own). An edit that changes nothing leaves the history as it is.
 */
export function recordEdit(history: History, edit: PlanEdit, now: number, limit = HISTORY_LIMIT): History {
  const next = applyEdit(history.present, edit);
  if (next === history.present) return history;
  const key = coalesceKey(edit);
  const joins = key !== null && history.run !== null && history.run.key === key && now - history.run.at <= COALESCE_MS
    && history.past.length > 0;
  if (joins) {
    // Keep the step that started the run (the plan before the first keystroke), update its edit.
    const past = history.past.slice();
    past[past.length - 1] = { plan: past[past.length - 1]!.plan, edit };
    return { past, present: next, future: [], run: { key, at: now } };
  }
  const past = [...history.past, { plan: history.present, edit }];
  if (past.length > limit) past.splice(0, past.length - limit);
  return { past, present: next, future: [], run: key === null ? null : { key, at: now } };
}

/** Ends a run of typing: the next edit, even to the same field, is a step of its own. */
export function sealHistory(history: History): History {
  return history.run === null ? history : { ...history, run: null };
}

export const canUndo = (history: History): boolean => history.past.length > 0;
export const canRedo = (history: History): boolean => history.future.length > 0;

export function undo(history: History): History {
  const step = history.past[history.past.length - 1];
  if (step === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: step.plan,
    future: [...history.future, { plan: history.present, edit: step.edit }],
    run: null,
  };
}

export function redo(history: History): History {
  const step = history.future[history.future.length - 1];
  if (step === undefined) return history;
  return {
    past: [...history.past, { plan: history.present, edit: step.edit }],
    present: step.plan,
    future: history.future.slice(0, -1),
    run: null,
  };
}

/** The edit undo would take back, for the button's label. */
export const undoEdit = (history: History): PlanEdit | undefined => history.past[history.past.length - 1]?.edit;
/** The edit redo would make again. */
export const redoEdit = (history: History): PlanEdit | undefined => history.future[history.future.length - 1]?.edit;

export type HistoryCommand = 'undo' | 'redo';

/**
 * The history command a key press asks for: Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z (⌘⇧Z) and Ctrl+Y redo.
 * Alt with it, or none of Ctrl/⌘, is not a command.
 */
export function historyCommandOf(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): HistoryCommand | null {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}
