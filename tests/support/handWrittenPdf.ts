/**
 * Test support: PDFs written by hand. One whose pages hold only a picture (a grey image), like a
 * scanned document: a valid file with no text layer at all; one with a few lines of Latin text.
 */
export function imageOnlyPdf(pages = 2): Uint8Array {
  return handWrittenPdf(Array.from({ length: pages }, () => 'q 500 0 0 700 40 40 cm /Im1 Do Q'));
}

/**
 * One page with these lines of ASCII text in Helvetica; with `rotate: 90`, written sideways on a
 * page turned a quarter (/Rotate 90), so that it reads upright on screen.
 */
export function textPdf(lines: readonly string[], { rotate = 0 }: { rotate?: 0 | 90 } = {}): Uint8Array {
  const escape = (line: string) => line.replace(/[()\\]/g, '\\$&');
  const draw = lines
    .map((line, i) => rotate === 90
      ? `BT /F1 12 Tf 0 1 -1 0 ${50 + 16 * i} 50 Tm (${escape(line)}) Tj ET`
      : `BT /F1 12 Tf 50 ${780 - 16 * i} Td (${escape(line)}) Tj ET`)
    .join('\n');
  return handWrittenPdf([draw], rotate);
}

function handWrittenPdf(pageContents: readonly string[], rotate = 0): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pageTree = add('');
  const image = add('<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n' + 'x'.repeat(64) + '\nendstream');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const kids: number[] = [];
  for (const draw of pageContents) {
    const content = add(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 595 842] /Rotate ${rotate} /Resources << /XObject << /Im1 ${image} 0 R >> /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
