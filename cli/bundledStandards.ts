import apa from '../resources/standards/APA2654-001v4.json';
import atc from '../resources/standards/ATC3521-004v2.json';
import idc from '../resources/standards/IDC3512-002v2.json';
import { importStandardFile, type PdfReader } from '../shared/import';
import { bundledPdfReader } from './import/bundledPdfReader';
import { StandardSchema, type Standard } from '../shared/standard/schema';
import { readInputFile, type CliIo } from './io';
import type { Localized } from './language';

/**
 * The standards the command line knows without being told: the bundled ones, built into the
 * program (so it needs no resources folder beside it). `--standard <file>` adds another.
 */
export function bundledStandards(): Standard[] {
  return [apa, atc, idc].map((json) => StandardSchema.parse(json));
}

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
