import { importStandardFile, type PdfReader } from '../shared/import';
import { bundledPdfReader } from './import/bundledPdfReader';
import { StandardSchema, type Standard } from '../shared/standard/schema';
import { readInputFile, type CliIo } from './io';
import type { Localized } from './language';

export type StandardFileResult = { ok: true; standard: Standard } | { ok: false; line?: number; message: Localized };

/** A standard given on the command line: its canonical JSON, or a document to import (PDF too). */
export async function readStandardFile(io: CliIo, path: string, readPdf: PdfReader = bundledPdfReader): Promise<StandardFileResult> {
  const read = readInputFile(io, path);
  if (!read.ok) return { ok: false, message: read.message };
  const text = new TextDecoder('utf-8').decode(read.bytes);
  if (text.trimStart().startsWith('{')) {
    try {
      const parsed = StandardSchema.safeParse(JSON.parse(text));
      if (parsed.success) return { ok: true, standard: parsed.data };
    } catch {
      // Not JSON after all: read it as a document below.
    }
  }
  const { result: imported } = await importStandardFile(read.bytes, readPdf);
  if (imported.ok) return { ok: true, standard: imported.standard };
  return { ok: false, line: imported.error.line, message: { zh: imported.error.message, en: imported.error.messageEn } };
}
