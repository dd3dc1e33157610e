import type { PdfRule } from './pdfContent';

/**
 * A page's ruling lines: the borders a table is drawn with. The vertical ones crossing a line of
 * text cut it into cells; a horizontal one between two lines of text ends a table row.
 */

/** Rules this close (points) are one border drawn twice, or a border's two edges. */
const SAME_RULE = 1.5;

export class PageRules {
  private readonly verticals: PdfRule[];
  private readonly horizontals: PdfRule[];

  constructor(rules: readonly PdfRule[]) {
    this.verticals = rules.filter((r) => r.x2 - r.x1 < SAME_RULE && r.y2 - r.y1 >= SAME_RULE * 4);
    this.horizontals = rules.filter((r) => r.y2 - r.y1 < SAME_RULE && r.x2 - r.x1 >= SAME_RULE * 4);
  }

  get isEmpty(): boolean {
    return this.verticals.length === 0 && this.horizontals.length === 0;
  }

  /** The x of each vertical rule that crosses the height y, left to right, once each. */
  cutsAt(y: number): number[] {
    const xs = this.verticals.filter((r) => r.y1 - SAME_RULE <= y && y <= r.y2 + SAME_RULE).map((r) => (r.x1 + r.x2) / 2);
    return dedupe(xs);
  }

  /** How far down and up the vertical rules at these x reach: the table's extent on this page. */
  extentOf(xs: readonly number[]): { bottom: number; top: number } | undefined {
    const matching = this.verticals.filter((r) => xs.some((x) => Math.abs((r.x1 + r.x2) / 2 - x) <= SAME_RULE));
    if (matching.length === 0) return undefined;
    return { bottom: Math.min(...matching.map((r) => r.y1)), top: Math.max(...matching.map((r) => r.y2)) };
  }

  /**
   * Whether a horizontal rule lies between an upper and a lower baseline, clear of the lower line's
   * letters, over some of the span from left to right.
   */
  ruledBetween(upper: { y: number; size: number }, lower: { y: number; size: number }, left: number, right: number): boolean {
    const floor = lower.y + 0.3 * lower.size;
    return this.horizontals.some((r) => {
      const y = (r.y1 + r.y2) / 2;
      return y > floor && y < upper.y && r.x1 < right - SAME_RULE && r.x2 > left + SAME_RULE;
    });
  }
}

function dedupe(xs: number[]): number[] {
  const out: number[] = [];
  for (const x of xs.sort((a, b) => a - b)) if (out.length === 0 || x - out.at(-1)! > SAME_RULE) out.push(x);
  return out;
}
