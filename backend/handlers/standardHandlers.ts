import { importStandardFile, importStandardText, isPdf } from '../../shared/import';
import { readPdf } from '../import/readPdf';
import type { AreaHandlers, HandlerDeps } from './deps';

type StandardChannel = 'standards.list' | 'standards.get' | 'standards.importPreview' | 'standards.save' | 'standards.delete';

/** The standards library: the bundled standards and those the user imported. */
export function standardHandlers({ standards }: HandlerDeps): AreaHandlers<StandardChannel> {
  return {
    'standards.list': async () => standards.list(),
    'standards.get': async ({ code }) => standards.get(code),
    'standards.importPreview': async (input) => {
      let result;
      let sourceText: string;
      /** What the importer read of a file, also worth showing when it failed (the renderer has pasted text). */
      let readText: string | undefined;
      if ('text' in input) {
        result = importStandardText(input.text);
        sourceText = input.text;
      } else {
        const bytes = new Uint8Array(Buffer.from(input.base64, 'base64'));
        const read = await importStandardFile(bytes, readPdf);
        result = read.result;
        readText = read.sourceText;
        // Shown beside the result: the file's text as the importer read it, else as UTF-8.
        sourceText = read.sourceText ?? (isPdf(bytes) ? '' : new TextDecoder('utf-8').decode(bytes));
      }
      if (!result.ok) return { ok: false as const, error: { ...result.error }, ...(readText ? { sourceText: readText } : {}) };
      return {
        ok: true as const,
        standard: result.standard,
        warnings: result.warnings,
        layout: result.layout,
        encoding: result.encoding,
        sourceText,
        existing: standards.sourceOf(result.standard.code),
      };
    },
    'standards.save': async ({ standard, replace }) => standards.save(standard, replace),
    'standards.delete': async ({ code }) => {
      await standards.delete(code);
      return { ok: true as const };
    },
  };
}
