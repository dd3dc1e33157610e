import type { Plan } from '../../../shared/plan/schema';
import { Autosave, type AutosaveOptions, type SaveState } from './autosave';
import { createHistory, recordEdit, redo, sealHistory, undo, type History } from './history';
import type { PlanEdit } from './planEditor';

/**
 * One open plan: its undo history and its autosave, together. Every edit, undo and redo goes
 * through here, so whatever the user does is both undoable and saved. No React: the screens read
 * `snapshot` through useSyncExternalStore.
 */

export interface SessionSnapshot {
  history: History;
  save: SaveState;
}

export interface PlanSessionOptions extends Omit<AutosaveOptions<Plan>, 'save'> {
  /** The clock for coalescing typing (ms). */
  clock?: () => number;
}

export class PlanSession {
  private current: SessionSnapshot;
  private readonly autosave: Autosave<Plan>;
  private readonly listeners = new Set<() => void>();
  private readonly clock: () => number;

  constructor(plan: Plan, save: (plan: Plan) => Promise<unknown>, options: PlanSessionOptions = {}) {
    const { clock, ...autosaveOptions } = options;
    this.clock = clock ?? Date.now;
    this.autosave = new Autosave(plan, { ...autosaveOptions, save });
    this.current = { history: createHistory(plan), save: this.autosave.state };
    this.autosave.subscribe((state) => this.set({ ...this.current, save: state }));
  }

  get snapshot(): SessionSnapshot {
    return this.current;
  }

  get plan(): Plan {
    return this.current.history.present;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionSnapshot => this.current;

  apply = (edit: PlanEdit): void => {
    this.setHistory(recordEdit(this.current.history, edit, this.clock()));
  };

  undo = (): void => {
    this.setHistory(undo(this.current.history));
  };

  redo = (): void => {
    this.setHistory(redo(this.current.history));
  };

  /** Ends a run of typing (a field lost focus). */
  seal = (): void => {
    const sealed = sealHistory(this.current.history);
    if (sealed !== this.current.history) this.current = { ...this.current, history: sealed };
  };

  retrySave = (): void => {
    this.autosave.retry();
  };

  /** Saves what is pending now; true once stored. */
  flush(): Promise<boolean> {
    return this.autosave.flush();
  }

  get dirty(): boolean {
    return this.autosave.dirty;
  }

  dispose(): void {
    this.autosave.dispose();
    this.listeners.clear();
  }

  private setHistory(history: History): void {
    if (history === this.current.history) return;
    this.current = { ...this.current, history };
    this.autosave.change(history.present);
    this.emit();
  }

  private set(next: SessionSnapshot): void {
    this.current = next;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
