import { childElements, firstChild, type XmlElement } from './xml';
import type { DocumentBlock, DocumentCell } from './officeDocument';

/** The text of an ODT paragraph or heading: spans, links, spaces (text:s), tabs and line breaks. */
function paragraphText(p: XmlElement): string {
  let out = '';
  const walk = (el: XmlElement): void => {
    for (const child of el.children) {
      if (typeof child === 'string') {
        out += child;
        continue;
      }
      switch (child.name) {
        case 'text:s':
          out += ' '.repeat(Math.min(100, Math.max(1, Number(child.attributes['text:c'] ?? 1) || 1)));
          break;
        case 'text:tab':
        case 'text:line-break':
          out += ' ';
          break;
        case 'text:note':
        case 'office:annotation':
        case 'text:tracked-changes':
          break;
        default:
          walk(child);
      }
    }
  };
  walk(p);
  return out;
}

/** Paragraphs within a cell or a section, lists included, in order. */
function paragraphsIn(el: XmlElement, out: string[]): void {
  for (const child of childElements(el)) {
    if (child.name === 'text:p' || child.name === 'text:h') out.push(paragraphText(child));
    else if (child.name === 'table:table') {
      for (const row of readTable(child)) for (const cell of row) out.push(...cell.lines);
    } else paragraphsIn(child, out);
  }
}

function hasText(el: XmlElement): boolean {
  return el.children.some((c) => (typeof c === 'string' ? c.trim() !== '' : hasText(c)));
}

function rowsOf(table: XmlElement): XmlElement[] {
  const rows: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    for (const child of childElements(el)) {
      if (child.name === 'table:table-row') {
        // LibreOffice writes runs of identical (usually empty) rows once with a repeat count: an
        // empty row is read once (empty rows are skipped anyway), a row with text at most 100 times.
        const repeat = hasText(child) ? Math.min(100, Math.max(1, Number(child.attributes['table:number-rows-repeated'] ?? 1) || 1)) : 1;
        for (let k = 0; k < repeat; k++) rows.push(child);
      } else if (child.name === 'table:table-header-rows' || child.name === 'table:table-rows' || child.name === 'table:table-row-group') walk(child);
    }
  };
  walk(table);
  return rows;
}

function readTable(table: XmlElement): DocumentCell[][] {
  return rowsOf(table).map((tr) => {
    const cells: DocumentCell[] = [];
    // A cell spanning columns is followed by covered cells for the other columns it takes: those are
    // dropped, so that each cell's span alone says how many grid columns it uses. Other covered cells
    // (under a cell spanning rows) stand for an empty cell.
    let coveredByLeft = 0;
    for (const tc of childElements(tr)) {
      if (tc.name !== 'table:table-cell' && tc.name !== 'table:covered-table-cell') continue;
      const repeated = Math.max(1, Number(tc.attributes['table:number-columns-repeated'] ?? 1) || 1);
      if (tc.name === 'table:covered-table-cell') {
        const taken = Math.min(coveredByLeft, repeated);
        coveredByLeft -= taken;
        if (repeated > taken) cells.push({ lines: [], span: Math.min(repeated - taken, 1000) });
        continue;
      }
      coveredByLeft = 0;
      const span = Math.min(1000, Math.max(1, Number(tc.attributes['table:number-columns-spanned'] ?? 1) || 1));
      if (repeated > 1 && !hasText(tc)) {
        // A run of empty cells: one cell as wide as the run.
        cells.push({ lines: [], span: Math.min(repeated * span, 1000) });
        continue;
      }
      for (let k = 0; k < Math.min(100, repeated); k++) {
        const lines: string[] = [];
        paragraphsIn(tc, lines);
        cells.push({ lines, span });
      }
      coveredByLeft = span - 1;
    }
    return cells;
  });
}

/** The body of content.xml as paragraphs and tables, in order. */
export function readOdtBody(content: XmlElement): DocumentBlock[] {
  const body = firstChild(content, 'office:body');
  const text = body && firstChild(body, 'office:text');
  if (!text) throw new Error('content.xml has no office:text body');
  const blocks: DocumentBlock[] = [];
  const walk = (el: XmlElement): void => {
    for (const child of childElements(el)) {
      if (child.name === 'text:p' || child.name === 'text:h') blocks.push({ kind: 'paragraph', text: paragraphText(child) });
      else if (child.name === 'table:table') blocks.push({ kind: 'table', rows: readTable(child) });
      else if (child.name === 'text:list' || child.name === 'text:list-item' || child.name === 'text:section' || child.name === 'text:list-header') walk(child);
    }
  };
  walk(text);
  return blocks;
}
