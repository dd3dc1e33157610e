import { childElements, firstChild, type XmlElement } from './xml';
import type { DocumentBlock, DocumentCell } from './officeDocument';

/** The text of a DOCX paragraph (w:p): its runs' text, tabs and breaks. */
function paragraphText(p: XmlElement): string {
  let out = '';
  const walk = (el: XmlElement): void => {
    for (const child of el.children) {
      if (typeof child === 'string') continue;
      switch (child.name) {
        case 'w:t':
          out += child.children.filter((c): c is string => typeof c === 'string').join('');
          break;
        case 'w:tab':
          out += ' ';
          break;
        case 'w:br':
        case 'w:cr':
          out += ' ';
          break;
        case 'w:noBreakHyphen':
          out += '-';
          break;
        case 'w:delText':
        case 'w:instrText':
        case 'w:rPr':
        case 'w:pPr':
          break;
        default:
          walk(child);
      }
    }
  };
  walk(p);
  return out;
}

/** Paragraphs of a cell, including those nested in inline content controls; a nested table's paragraphs too. */
function cellLines(tc: XmlElement): string[] {
  const lines: string[] = [];
  const walk = (el: XmlElement): void => {
    for (const child of childElements(el)) {
      if (child.name === 'w:p') lines.push(paragraphText(child));
      else if (child.name !== 'w:tcPr') walk(child);
    }
  };
  walk(tc);
  return lines;
}

function readTable(tbl: XmlElement): DocumentCell[][] {
  const rows: DocumentCell[][] = [];
  const rowElements: XmlElement[] = [];
  const collectRows = (el: XmlElement): void => {
    for (const child of childElements(el)) {
      if (child.name === 'w:tr') rowElements.push(child);
      else if (child.name === 'w:sdt' || child.name === 'w:sdtContent' || child.name === 'w:customXml') collectRows(child);
    }
  };
  collectRows(tbl);
  for (const tr of rowElements) {
    const cells: DocumentCell[] = [];
    const trPr = firstChild(tr, 'w:trPr');
    const before = Number(firstChild(trPr ?? tr, 'w:gridBefore')?.attributes['w:val'] ?? 0);
    for (let k = 0; k < before; k++) cells.push({ lines: [], span: 1 });
    const cellElements: XmlElement[] = [];
    const collectCells = (el: XmlElement): void => {
      for (const child of childElements(el)) {
        if (child.name === 'w:tc') cellElements.push(child);
        else if (child.name === 'w:sdt' || child.name === 'w:sdtContent' || child.name === 'w:customXml') collectCells(child);
      }
    };
    collectCells(tr);
    for (const tc of cellElements) {
      const tcPr = firstChild(tc, 'w:tcPr');
      const span = Math.max(1, Number(tcPr && firstChild(tcPr, 'w:gridSpan')?.attributes['w:val']) || 1);
      const vMerge = tcPr && firstChild(tcPr, 'w:vMerge');
      // A cell merged from above: <w:vMerge/> or w:val="continue"; "restart" begins a merge and keeps its text.
      const continued = vMerge !== undefined && vMerge.attributes['w:val'] !== 'restart';
      cells.push({ lines: continued ? [] : cellLines(tc), span });
    }
    rows.push(cells);
  }
  return rows;
}

/** The body of word/document.xml as paragraphs and tables, in order. */
export function readDocxBody(document: XmlElement): DocumentBlock[] {
  const body = firstChild(document, 'w:body');
  if (!body) throw new Error('word/document.xml has no w:body');
  const blocks: DocumentBlock[] = [];
  const walk = (el: XmlElement): void => {
    for (const child of childElements(el)) {
      if (child.name === 'w:p') blocks.push({ kind: 'paragraph', text: paragraphText(child) });
      else if (child.name === 'w:tbl') blocks.push({ kind: 'table', rows: readTable(child) });
      else if (child.name === 'w:sdt' || child.name === 'w:sdtContent' || child.name === 'w:customXml') walk(child);
    }
  };
  walk(body);
  return blocks;
}
