import {
  AlignmentType, Document, Footer, PageNumber, PageOrientation, Paragraph, TextRun,
  type FileChild, type IParagraphStyleOptions, type ISectionOptions, type IStylesOptions,
} from 'docx';
import { cleanText } from './sanitize';

/**
 * What every document shares: A4 pages with 2 cm margins, fonts set per slot with a Traditional
 * Chinese font for East Asian text, zh-TW as the East Asian language, the paragraph styles, and a
 * footer that says what the document was made from, on every page.
 */

/** The fonts of a document. Each run names all three slots, so Word and LibreOffice agree. */
export interface DocumentFonts {
  /** ascii, hAnsi and cs: Latin letters, digits, punctuation. */
  latin: string;
  /** eastAsia: the Chinese text. */
  eastAsia: string;
}

/**
 * Noto Sans CJK TC: free, on every Linux with fonts-noto-cjk, installable on Windows and macOS.
 * Where it is missing, Word substitutes by the font table, which `packDocument` writes with the
 * Big5 character set and `EAST_ASIA_FALLBACKS[0]` as the alternative name, so Windows shows
 * 微軟正黑體 (or 新細明體) rather than a font without Chinese. LibreOffice substitutes through
 * fontconfig by language (zh-TW). Designers who must hand in 標楷體 pass `fonts: { eastAsia: '標楷體' }`.
 */
export const DEFAULT_FONTS: DocumentFonts = { latin: 'Arial', eastAsia: 'Noto Sans CJK TC' };

/** In order of preference where the chosen East Asian font is missing. */
export const EAST_ASIA_FALLBACKS = ['微軟正黑體', '新細明體', 'PingFang TC', 'Noto Sans TC'] as const;

/** A4 in twentieths of a point (DXA). */
export const A4 = { width: 11906, height: 16838 } as const;
/** 2 cm on every side; header and footer 1 cm from the edge. */
export const MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } as const;

export type Orientation = 'portrait' | 'landscape';

/** The width a table may take, in DXA. */
export const CONTENT_WIDTH: Readonly<Record<Orientation, number>> = {
  portrait: A4.width - MARGIN.left - MARGIN.right,
  landscape: A4.height - MARGIN.left - MARGIN.right,
};

/** Font sizes in half-points. */
export const SIZE = { body: 21, table: 19, matrix: 18, note: 17, footer: 16, h1: 30, h2: 26, h3: 22, title: 36 } as const;

export const COLOR = {
  muted: '595959',
  headerFill: 'D9E2F3',
  groupFill: 'EDEDED',
  uncoveredFill: 'FBE0E0',
  uncoveredText: 'A50021',
  outsideFill: 'FFF2CC',
  totalFill: 'F2F2F2',
} as const;

export const STYLE = {
  tableText: 'TableText',
  tableHead: 'TableHead',
  note: 'Note',
  caption: 'Caption',
  footer: 'Footer',
  cover: 'CoverTitle',
} as const;

function styles(fonts: DocumentFonts): IStylesOptions {
  const font = { ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin, eastAsia: fonts.eastAsia };
  const heading = (size: number, before: number, after: number, outlineLevel: number) => ({
    run: { font, size, bold: true, color: '000000' },
    paragraph: { spacing: { before, after, line: 264 }, keepNext: true, keepLines: true, outlineLevel },
  });
  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: STYLE.tableText, name: 'Table Text', basedOn: 'Normal', quickFormat: true,
      run: { size: SIZE.table },
      paragraph: { spacing: { before: 0, after: 0, line: 252 } },
    },
    {
      id: STYLE.tableHead, name: 'Table Heading', basedOn: STYLE.tableText, quickFormat: true,
      run: { bold: true },
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
    },
    {
      id: STYLE.note, name: 'Note', basedOn: 'Normal', quickFormat: true,
      run: { size: SIZE.note, color: COLOR.muted },
      paragraph: { spacing: { before: 40, after: 80, line: 252 } },
    },
    {
      id: STYLE.caption, name: 'Table Caption', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { size: SIZE.h3, bold: true },
      paragraph: { spacing: { before: 240, after: 100, line: 264 }, keepNext: true, keepLines: true },
    },
    {
      id: STYLE.cover, name: 'Cover Title', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { size: SIZE.title, bold: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240 } },
    },
    {
      id: STYLE.footer, name: 'Footer', basedOn: 'Normal', quickFormat: true,
      run: { size: SIZE.footer, color: COLOR.muted },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } },
    },
  ];
  return {
    default: {
      document: {
        run: { font, size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-TW' } },
        paragraph: { spacing: { before: 0, after: 100, line: 276 } },
      },
      title: { run: { font, size: SIZE.title, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
      heading1: heading(SIZE.h1, 360, 160, 0),
      heading2: heading(SIZE.h2, 280, 120, 1),
      heading3: heading(SIZE.h3, 200, 100, 2),
    },
    paragraphStyles,
  };
}

/** The fonts each built document was made with, so `packDocument` writes the matching font table. */
const fontsOfDocument = new WeakMap<Document, DocumentFonts>();

export function fontsOf(document: Document): DocumentFonts {
  return fontsOfDocument.get(document) ?? DEFAULT_FONTS;
}

export interface DocumentPart {
  orientation: Orientation;
  children: FileChild[];
}

/**
 * One document from its parts, each part a section of its own orientation. Every section has the
 * footer: what the document was made from, and the page number.
 */
export function createDocument(options: {
  title: string;
  description: string;
  fonts: DocumentFonts;
  footer: string;
  parts: DocumentPart[];
}): Document {
  const sections: ISectionOptions[] = options.parts.map((part) => ({
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: part.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { ...MARGIN },
      },
    },
    footers: { default: footer(options.footer) },
    children: part.children,
  }));
  const document = new Document({
    title: cleanText(options.title),
    description: cleanText(options.description),
    creator: '職能課程規劃 course-planner',
    styles: styles(options.fonts),
    sections,
  });
  fontsOfDocument.set(document, options.fonts);
  return document;
}

function footer(text: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [
          new TextRun(`${cleanText(text)}\u3000\u3000第 `),
          new TextRun({ children: [PageNumber.CURRENT] }),
          new TextRun(' 頁，共 '),
          new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
          new TextRun(' 頁'),
        ],
      }),
    ],
  });
}

/** Options every builder takes. */
export interface ExportOptions {
  /** When the document is made; printed on it. Defaults to now. */
  madeAt?: Date;
  fonts?: Partial<DocumentFonts>;
}

export function resolveFonts(fonts: Partial<DocumentFonts> | undefined): DocumentFonts {
  const pick = (value: string | undefined, fallback: string) => (value && cleanText(value).trim()) || fallback;
  return { latin: pick(fonts?.latin, DEFAULT_FONTS.latin), eastAsia: pick(fonts?.eastAsia, DEFAULT_FONTS.eastAsia) };
}
