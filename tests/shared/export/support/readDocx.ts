import { inflateRawSync } from 'node:zlib';

/**
 * Reads a .docx back for tests: unzips it (central directory, stored or deflated entries, which is
 * all a .docx uses) and picks the WordprocessingML apart with a few patterns. Enough for documents
 * docx writes; not a general OOXML reader.
 */

export function unzip(bytes: Uint8Array): Map<string, string> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let n = 0; n < count; n++) {
    if (data.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const method = data.readUInt16LE(at + 10);
    const compressedSize = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const localOffset = data.readUInt32LE(at + 42);
    const name = data.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const localNameLength = data.readUInt16LE(localOffset + 26);
    const localExtraLength = data.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLength + localExtraLength;
    const raw = data.subarray(start, start + compressedSize);
    const content = method === 0 ? raw : method === 8 ? inflateRawSync(raw) : null;
    if (content === null) throw new Error(`${name}: compression method ${method}`);
    files.set(name, content.toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** Attribute `name` of the first element `tag` in the XML, or undefined. */
export function attribute(xml: string, tag: string, name: string): string | undefined {
  const element = new RegExp(`<${tag}\\b[^>]*>`).exec(xml)?.[0];
  if (element === undefined) return undefined;
  return new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];
}

/** The text of some XML: `w:t` contents, paragraphs joined by `\n`, line breaks kept. */
export function textOf(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : unescapeXml(m[1]!))).join(''))
    .filter((p, i, all) => p !== '' || i < all.length - 1)
    .join('\n')
    .replace(/\n+$/, '');
}

export interface DocxCell {
  xml: string;
  text: string;
  /** tcW w:w in DXA (NaN when missing or not DXA). */
  width: number;
  span: number;
  /** A cell continuing a vertical merge. */
  continued: boolean;
  fill: string | undefined;
}

export interface DocxRow {
  xml: string;
  header: boolean;
  cantSplit: boolean;
  cells: DocxCell[];
}

export interface DocxTable {
  xml: string;
  /** tblW in DXA (NaN when not DXA). */
  width: number;
  layout: string | undefined;
  grid: number[];
  rows: DocxRow[];
  /** The paragraph text just before the table (its caption, usually). */
  before: string;
}

/** The body's top-level blocks in order: paragraphs (as text) and tables. */
export type Block = { kind: 'p'; text: string; xml: string } | { kind: 'table'; table: DocxTable };

function dxa(element: string | undefined): number {
  if (element === undefined) return NaN;
  const type = /w:type="([^"]*)"/.exec(element)?.[1];
  const w = /w:w="(\d+)"/.exec(element)?.[1];
  return type === 'dxa' && w !== undefined ? Number(w) : NaN;
}

function parseTable(xml: string, before: string): DocxTable {
  const tblPr = /<w:tblPr>[\s\S]*?<\/w:tblPr>/.exec(xml)?.[0] ?? '';
  const rows = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m): DocxRow => {
    const rowXml = m[0];
    const trPr = /<w:trPr>[\s\S]*?<\/w:trPr>/.exec(rowXml)?.[0] ?? '';
    const cells = [...rowXml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c): DocxCell => {
      const cellXml = c[0];
      const tcPr = /<w:tcPr>[\s\S]*?<\/w:tcPr>/.exec(cellXml)?.[0] ?? '';
      return {
        xml: cellXml,
        text: textOf(cellXml),
        width: dxa(/<w:tcW\b[^>]*\/>/.exec(tcPr)?.[0]),
        span: Number(/<w:gridSpan w:val="(\d+)"/.exec(tcPr)?.[1] ?? 1),
        continued: /<w:vMerge(?: w:val="continue")?\/>/.test(tcPr),
        fill: /<w:shd\b[^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(tcPr)?.[1]?.toUpperCase(),
      };
    });
    return { xml: rowXml, header: /<w:tblHeader\/>/.test(trPr), cantSplit: /<w:cantSplit\/>/.test(trPr), cells };
  });
  return {
    xml,
    width: dxa(/<w:tblW\b[^>]*\/>/.exec(tblPr)?.[0]),
    layout: /<w:tblLayout w:type="([^"]*)"/.exec(tblPr)?.[1],
    grid: [...(/<w:tblGrid>[\s\S]*?<\/w:tblGrid>/.exec(xml)?.[0] ?? '').matchAll(/<w:gridCol w:w="(\d+)"/g)].map((g) => Number(g[1])),
    rows,
    before,
  };
}

/** The body of document.xml as blocks (tables are not nested in these documents). */
export function blocksOf(documentXml: string): Block[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? '';
  const blocks: Block[] = [];
  const pattern = /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p\b[^>]*\/>|<w:p\b[\s\S]*?<\/w:p>/g;
  let lastText = '';
  for (const m of body.matchAll(pattern)) {
    if (m[0].startsWith('<w:tbl>')) {
      blocks.push({ kind: 'table', table: parseTable(m[0], lastText) });
    } else {
      const text = textOf(m[0]);
      blocks.push({ kind: 'p', text, xml: m[0] });
      if (text.trim() !== '') lastText = text;
    }
  }
  return blocks;
}

export function tablesOf(documentXml: string): DocxTable[] {
  return blocksOf(documentXml).flatMap((b) => (b.kind === 'table' ? [b.table] : []));
}

/**
 * The first table after the first paragraph that starts with `caption`, if no other caption-like
 * paragraph (`表N`, a heading) comes between them: a section that says it has nothing has no table.
 */
export function tableAfter(documentXml: string, caption: string): DocxTable | undefined {
  const blocks = blocksOf(documentXml);
  const start = blocks.findIndex((b) => b.kind === 'p' && b.text.startsWith(caption));
  if (start < 0) return undefined;
  for (const block of blocks.slice(start + 1)) {
    if (block.kind === 'table') return block.table;
    if (/^(表\d+\u3000|[壹貳參]、|[一二三四五六]、|對照表)/.test(block.text)) return undefined;
  }
  return undefined;
}

export interface ReadDocx {
  files: Map<string, string>;
  document: string;
  styles: string;
  /** All body text, paragraphs joined by `\n`. */
  text: string;
}

export function readDocx(bytes: Uint8Array): ReadDocx {
  const files = unzip(bytes);
  const document = files.get('word/document.xml');
  if (document === undefined) throw new Error('no word/document.xml');
  return { files, document, styles: files.get('word/styles.xml') ?? '', text: textOf(document) };
}
