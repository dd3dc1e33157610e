import { isMainTableHeading } from '../parsedDocument';
import { isPageFooter } from '../text/sourceLines';
import type { PageRules } from './rulings';
import { runsText, type VisualLine } from './visualLines';

/**
 * Page headers and footers: lines at a page's top or bottom, outside any table, that are a page
 * number (`第 2 頁,總共 6 頁`, `- 2 -`, `Page 2 of 6`) or that recur on other pages at the same
 * height with only their digits changed.
 */

/** How many lines at each end of a page may be furniture. */
const EDGE_LINES = 2;
/** Heights (points) this close are the same place on two pages. */
const SAME_PLACE = 3;

const shape = (line: VisualLine): string => runsText(line.runs).replace(/\d+/g, '#').replace(/\s+/g, '');

export function withoutFurniture(pages: readonly VisualLine[][], rules: readonly PageRules[]): VisualLine[][] {
  const candidates = pages.map((lines, p) => {
    const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]);
    // A table's heading repeated at each page top is the table's, not the page's.
    return [...edges].filter((line) => rules[p]!.cutsAt(line.y).length < 2 && !isMainTableHeading(runsText(line.runs)));
  });
  const recurs = (line: VisualLine, page: number): boolean =>
    candidates.some((others, p) => p !== page && others.some((o) => Math.abs(o.y - line.y) <= SAME_PLACE && shape(o) === shape(line)));
  return pages.map((lines, p) => {
    const furniture = new Set(candidates[p]!.filter((line) => isPageFooter(runsText(line.runs)) || recurs(line, p)));
    return lines.filter((line) => !furniture.has(line));
  });
}
