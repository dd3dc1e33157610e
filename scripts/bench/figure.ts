/** One measured figure of a benchmark module, with the goal it is judged against (`< 20 ms`). */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  goal?: string;
}

const TO_MS: Record<string, number> = { ms: 1, s: 1000 };

/**
 * Whether a figure meets a goal written as `< N unit`; undefined for goals a number cannot decide
 * (`about 1`), which are shown for the reader to judge.
 */
export function meetsGoal(figure: BenchFigure): boolean | undefined {
  const match = /^<\s*([\d.]+)\s*(ms|s)\b/.exec(figure.goal ?? '');
  if (!match || !(figure.unit in TO_MS)) return undefined;
  return figure.value * TO_MS[figure.unit]! < Number(match[1]) * TO_MS[match[2]!]!;
}

/** The middle of the samples (the mean of the two middle ones for an even count). */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
