import { Packer, type Document } from 'docx';
import { EAST_ASIA_FALLBACKS, fontsOf, type DocumentFonts } from './documentSetup';

/**
 * A built document as the bytes of a .docx file. Pure (no Buffer): the caller writes the bytes.
 *
 * The font table is written here rather than left empty as docx leaves it: it names the document's
 * East Asian font with the Big5 character set (88) and an alternative name, so Word on a machine
 * without that font substitutes a Traditional Chinese font instead of one without Chinese glyphs.
 */
export async function packDocument(document: Document): Promise<Uint8Array> {
  return Packer.pack(document, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml(fontsOf(document)) }]);
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function fontTableXml(fonts: DocumentFonts): string {
  const font = (name: string, charset: string, family: string, altName?: string) =>
    `<w:font w:name="${escapeAttribute(name)}">` +
    (altName && altName !== name ? `<w:altName w:val="${escapeAttribute(altName)}"/>` : '') +
    `<w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`;
  const fallback = EAST_ASIA_FALLBACKS.find((name) => name !== fonts.eastAsia);
  const entries = [
    font(fonts.latin, '00', 'swiss'),
    font(fonts.eastAsia, '88', 'swiss', fallback),
    ...EAST_ASIA_FALLBACKS.filter((name) => name !== fonts.eastAsia).slice(0, 2).map((name) => font(name, '88', name === '新細明體' ? 'roman' : 'swiss')),
  ];
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entries.join('') +
    '</w:fonts>';
}
