/**
 * Test support and fixture generator: a `Standard` as an HTML page in the official layout
 * (standardPrint.ts), for Chromium to print to PDF: another producer than LibreOffice, which draws
 * borders as filled bars, spaces as glyphs, splits rows across pages on its own and repeats the
 * table's heading (`thead`) at each page top. Merged cells become `rowspan` and `colspan`.
 */
import type { Standard } from '../../shared/standard/schema';
import { ATTITUDE_HEADING, NOTES_HEADING, printedStandard, type DocxShapes, type PrintedTable } from './standardPrint';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** How many rows a `restart` cell at grid column `column` covers: itself and the `continue` cells below. */
function rowSpan(table: PrintedTable, row: number, column: number): number {
  let span = 1;
  for (const cells of table.rows.slice(row + 1)) {
    let at = 0;
    const below = cells.find((cell) => {
      const here = at;
      at += cell.span ?? 1;
      return here === column;
    });
    if (below?.merge !== 'continue') break;
    span += 1;
  }
  return span;
}

function tableHtml(table: PrintedTable): string {
  const total = table.widths.reduce((a, b) => a + b, 0);
  const cols = table.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
  const rowHtml = (r: number): string => {
    let column = 0;
    const cells = table.rows[r]!.map((cell) => {
      const here = column;
      column += cell.span ?? 1;
      if (cell.merge === 'continue') return '';
      const rows = cell.merge === 'restart' ? rowSpan(table, r, here) : 1;
      const attributes = `${(cell.span ?? 1) > 1 ? ` colspan="${cell.span}"` : ''}${rows > 1 ? ` rowspan="${rows}"` : ''}`;
      return `<td${attributes}>${cell.lines.map((line) => `<p>${escape(line)}</p>`).join('')}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  };
  const indices = table.rows.map((_, r) => r);
  const head = indices.slice(0, table.headingRows).map(rowHtml).join('');
  const body = indices.slice(table.headingRows).map(rowHtml).join('');
  return `<table><colgroup>${cols}</colgroup>${head ? `<thead>${head}</thead>` : ''}<tbody>${body}</tbody></table>`;
}

const STYLE = `
  body { font-family: "Noto Sans CJK TC", "Noto Sans CJK JP", sans-serif; font-size: 10pt; margin: 0; }
  h1 { font-size: 16pt; text-align: center; margin: 0 0 8pt; }
  table { border-collapse: collapse; width: 100%; margin: 0 0 10pt; table-layout: fixed; }
  td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
  td p, body > p { margin: 0; }
  thead { display: table-header-group; }
  h2 { font-size: 10pt; font-weight: bold; margin: 10pt 0 0; }
`;

export function standardToHtml(std: Standard, shapes: DocxShapes = {}): string {
  const printed = printedStandard(std, shapes);
  return `<!doctype html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>${escape(printed.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escape(printed.title)}</h1>
${tableHtml(printed.versions)}
${tableHtml(printed.header)}
${tableHtml(printed.main)}
<h2>${escape(ATTITUDE_HEADING)}</h2>
${printed.attitudeLines.map((line) => `<p>${escape(line)}</p>`).join('\n')}
<h2>${escape(NOTES_HEADING)}</h2>
${printed.notes.map((line) => `<p>${escape(line)}</p>`).join('\n')}
</body></html>`;
}

/** Chromium's page header and footer for `page.pdf`: the code and name, and `第 N 頁,總共 M 頁`. */
export function chromiumPageTemplates(std: Standard): { headerTemplate: string; footerTemplate: string } {
  const box = 'font-family: "Noto Sans CJK TC", sans-serif; font-size: 8pt; width: 100%; margin: 0 15mm;';
  return {
    headerTemplate: `<div style='${box} text-align: right;'>${escape(`${std.code} ${std.name}`)}</div>`,
    footerTemplate: `<div style='${box} text-align: center;'>第 <span class="pageNumber"></span> 頁,總共 <span class="totalPages"></span> 頁</div>`,
  };
}
