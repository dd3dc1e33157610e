/**
 * Saves a value some time after it last changed, and says where it stands: saved, saving, unsaved
 * changes, or failed (with the reason). Independent of React and of the API: the caller gives the
 * save function; the screen subscribes to the state.
 *
 * Guarantees:
 * - An edit made while a save is in flight is never lost: when that save ends, the newer value is
 *   saved in turn. Only one save runs at a time, so they land in order.
 * - A failed save keeps the changes marked unsaved, says why, and is tried again (after
 *   `retryDelaysMs`, at the next change, or at `flush`).
 * - `flush()` (leaving the plan, closing the window) saves what is pending now and resolves once
 *   everything is saved (true) or a save failed (false).
 */

export type SaveState =
  | { status: 'saved'; savedAt: number | null }
  | { status: 'unsaved' }
  | { status: 'saving' }
  | { status: 'failed'; reason: string; at: number };

export interface AutosaveOptions<T> {
  save(value: T): Promise<unknown>;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Waits before retrying after a failure, one per consecutive failure; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** The reason shown for a failure. */
  describeError?(error: unknown): string;
  now?(): number;
}

type Listener = (state: SaveState) => void;

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class Autosave<T> {
  private latest: T;
  private saved: T;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private lastError: { reason: string; at: number } | null = null;
  private savedAt: number | null = null;
  private disposed = false;
  private readonly listeners = new Set<Listener>();
  private current: SaveState;
  private readonly delayMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly now: () => number;
  private readonly describe: (error: unknown) => string;

  /** `initial` is the value as it is already stored. */
  constructor(initial: T, private readonly options: AutosaveOptions<T>) {
    this.latest = initial;
    this.saved = initial;
    this.delayMs = options.delayMs ?? 800;
    this.retryDelaysMs = options.retryDelaysMs ?? [2_000, 5_000, 15_000, 30_000];
    this.now = options.now ?? Date.now;
    this.describe = options.describeError ?? errorText;
    this.current = { status: 'saved', savedAt: null };
  }

  get state(): SaveState {
    return this.current;
  }

  /** Whether the latest value is not yet stored. */
  get dirty(): boolean {
    return this.latest !== this.saved;
  }

  /** The value most recently given (saved or not). */
  get value(): T {
    return this.latest;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A new value to store; compared by identity. */
  change(value: T): void {
    if (this.disposed || value === this.latest) return;
    this.latest = value;
    this.schedule(this.delayMs);
    this.update();
  }

  /** Saves at once whatever is pending; resolves true once all is stored, false if a save failed. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (!this.dirty) return true;
      const failuresBefore = this.failures;
      this.clearTimer();
      await this.start();
      if (this.failures > failuresBefore) return false;
    }
  }

  /** Tries a failed save again now. */
  retry(): void {
    if (this.dirty && !this.inFlight) void this.start();
  }

  /** Stops timers and listeners; an in-flight save still completes. Call flush() first to keep edits. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.listeners.clear();
  }

  private schedule(delay: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      // A save in flight starts the next one when it ends; an undo back to the stored value needs none.
      if (this.inFlight || !this.dirty) return;
      void this.start();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private start(): Promise<void> {
    const value = this.latest;
    const run = (async () => {
      try {
        await this.options.save(value);
        this.saved = value;
        this.savedAt = this.now();
        this.failures = 0;
        this.lastError = null;
      } catch (error) {
        this.failures += 1;
        this.lastError = { reason: this.describe(error), at: this.now() };
      }
    })();
    this.inFlight = run.then(() => {
      this.inFlight = null;
      this.afterSave();
    });
    this.update();
    return this.inFlight;
  }

  private afterSave(): void {
    if (this.disposed) return;
    if (this.dirty && this.timer === null) {
      if (this.lastError !== null) {
        const delays = this.retryDelaysMs;
        this.schedule(delays[Math.min(this.failures - 1, delays.length - 1)] ?? 30_000);
      } else {
        // Changed while the save was in flight: save the newer value now.
        void this.start();
        return;
      }
    }
    this.update();
  }

  private update(): void {
    const next: SaveState = this.inFlight
      ? { status: 'saving' }
      : this.lastError !== null && this.dirty
        ? { status: 'failed', reason: this.lastError.reason, at: this.lastError.at }
        : this.dirty
          ? { status: 'unsaved' }
          : { status: 'saved', savedAt: this.savedAt };
    const same = next.status === this.current.status
      && (next.status !== 'failed' || (this.current.status === 'failed' && this.current.reason === next.reason && this.current.at === next.at))
      && (next.status !== 'saved' || (this.current.status === 'saved' && this.current.savedAt === next.savedAt));
    if (same) return;
    this.current = next;
    for (const listener of this.listeners) listener(next);
  }
}
