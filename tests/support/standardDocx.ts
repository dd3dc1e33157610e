/**
 * Test support and fixture generator: a `Standard` as a .docx in the official layout
 * (standardPrint.ts): merged duty cells (w:vMerge), the heading row repeated on each page
 * (w:tblHeader), a page header (the standard's code and name) and a footer (`第 1 頁,總共 6 頁`), as
 * the official PDFs have; the PDF importer must strip them.
 */
import {
  AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType, PageOrientation,
} from 'docx';
import type { Standard } from '../../shared/standard/schema';
import { ATTITUDE_HEADING, NOTES_HEADING, printedStandard, type CellSpec, type DocxShapes, type PrintedTable } from './standardPrint';

export { DOCX_TABLE_HEADING, type DocxShapes } from './standardPrint';

const FONT = '標楷體';
const para = (text: string, bold = false): Paragraph => new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 20 })] });
const small = (children: (string | TextRun)[]) => children.map((c) => (typeof c === 'string' ? new TextRun({ text: c, font: FONT, size: 16 }) : c));

const cell = (spec: CellSpec): TableCell =>
  new TableCell({
    children: (spec.merge === 'continue' || spec.lines.length === 0 ? [''] : spec.lines).map((t) => para(t)),
    ...(spec.span && spec.span > 1 ? { columnSpan: spec.span } : {}),
    ...(spec.merge ? { verticalMerge: spec.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
  });

const table = ({ rows, headingRows, widths }: PrintedTable): Table =>
  new Table({
    rows: rows.map((cells, r) => new TableRow({ children: cells.map(cell), ...(r < headingRows ? { tableHeader: true } : {}) })),
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
  });

/** The standard as a .docx in the official layout. */
export async function standardToDocx(std: Standard, shapes: DocxShapes = {}): Promise<Uint8Array> {
  const printed = printedStandard(std, shapes);
  const doc = new Document({
    creator: 'course-planner fixtures',
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: small([`${std.code} ${std.name}`]) })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: small([
                  '第 ',
                  new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 16 }),
                  ' 頁,總共 ',
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], font: FONT, size: 16 }),
                  ' 頁',
                ]),
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: printed.title, bold: true, font: FONT, size: 32 })] }),
          table(printed.versions),
          para(''),
          table(printed.header),
          para(''),
          table(printed.main),
          para(''),
          para(ATTITUDE_HEADING, true),
          ...printed.attitudeLines.map((t) => para(t)),
          para(''),
          para(NOTES_HEADING, true),
          ...printed.notes.map((t) => para(t)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
