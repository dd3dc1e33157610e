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

function rowsOf(table: XmlElement): XmlElement[] {
  const rows: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    for (const child of childElements(el)) {
      if (child.name === 'table:table-row') {
        const repeat = Math.min(1000, Math.max(1, Number(child.attributes['table:number-rows-repeated'] ?? 1) || 1));
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
    for (const tc of childElements(tr)) {
      if (tc.name !== 'table:table-cell' && tc.name !== 'table:covered-table-cell') continue;
      const repeat = Math.min(100, Math.max(1, Number(tc.attributes['table:number-columns-repeated'] ?? 1) || 1));
      for (let k = 0; k < repeat; k++) {
        if (tc.name === 'table:covered-table-cell') {
          // Covered by a cell spanning rows (from above) or columns (from the left): a column-span
          // cover is already counted in that cell's span.
          cells.push({ lines: [], span: 1 });
          continue;
        }
        const lines: string[] = [];
        paragraphsIn(tc, lines);
        cells.push({ lines, span: Math.max(1, Number(tc.attributes['table:number-columns-spanned'] ?? 1) || 1) });
      }
    }
    // A cell spanning columns is followed by covered cells for the columns it takes: drop those so
    // that each cell's span alone says how many grid columns it uses.
    const result: DocumentCell[] = [];
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k]!;
      result.push(cell);
      if (cell.span > 1) k += cell.span - 1;
    }
    return result;
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
