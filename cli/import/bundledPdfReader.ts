import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfReader } from '../../shared/import';

export const PDF_BUNDLE = 'course-planner-pdf.mjs';

/**
 * The PDF reader (pdf.js) is a bundle of its own beside the program (`course-planner-pdf.mjs`,
 * built from ./pdfReader.ts), loaded only when a file is a PDF, so every other command and file
 * starts as fast as before.
 */
export const bundledPdfReader: PdfReader = async (bytes) => {
  const dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  const loaded = (await import(pathToFileURL(join(dir, PDF_BUNDLE)).href)) as { readPdf: PdfReader };
  return loaded.readPdf(bytes);
};
