import type { Paragraph, Table } from 'docx';
import { COLOR, STYLE } from './documentSetup';
import { para, paragraphOf, run } from './content';
import type { Provenance } from './sources';
import { buildTable, fitColumns, type CellInput } from './tables';

/** Blocks more than one document prints. */

/** A two-column table of labels and values (the cover, 壹 課程資訊, a syllabus unit). */
export function labelValueTable(width: number, rows: readonly (readonly [string, CellInput])[], labelWidth = 2000): Table {
  const columns = fitColumns(width, [
    { heading: '項目', width: labelWidth },
    { heading: '內容', weight: 1 },
  ]);
  return buildTable({
    columns,
    header: [],
    rows: rows.map(([label, value]) => [
      { children: [para(label, { style: STYLE.tableText, bold: true })], fill: COLOR.totalFill },
      value,
    ]),
  });
}

/** What the document was made from: the standard (code, version), the plan's version, the date made. */
export function provenanceBlock(width: number, provenance: Provenance): Table {
  return labelValueTable(width, [
    ['職能基準', provenance.standards.map((line) => para(line, { style: STYLE.tableText }))],
    ['課程規劃版本', [paragraphOf([run('規劃檔最後修改：'), run(provenance.planUpdated)], { style: STYLE.tableText })]],
    ['製表日期', [para(provenance.made, { style: STYLE.tableText })]],
  ]);
}

/** Space between blocks that must not touch. */
export function gap(): Paragraph {
  return para('', { style: STYLE.note });
}
