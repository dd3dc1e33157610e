import { importStandardFile, type ImportResult, type PdfReader } from '../../shared/import';
import { bundledPdfReader } from '../import/bundledPdfReader';
import { toCanonicalJson } from '../../shared/standard/canonicalJson';
import { diagnostic } from '../format/diagnostic';
import { formatSummary } from '../format/summary';
import { readInputFile } from '../io';
import { defineCommand, ExitCode } from './command';

/**
 * `course-planner import <file> [--json]`: reads a competency standard and prints a summary,
 * or only its canonical JSON with `--json` (so it can be piped or saved). Warnings always go to
 * stderr, one per line, in the `file:line: warning:` shape.
 */
/** `readPdf`: the bundle beside the program; the source itself in tests. */
export function createImportCommand(readPdf: PdfReader = bundledPdfReader) {
  return defineCommand({
    name: 'import',
    summary: {
      zh: '匯入職能基準文件，印出摘要或標準 JSON',
      en: 'import a competency standard; print a summary or its canonical JSON',
    },
    description: {
      zh: '讀取一份職能基準文件（PDF、ODT 或 DOCX 檔；從 PDF 複製的文字、Tab 分隔或 Markdown 表格，\nUTF-8、UTF-16 或 Big5），依內容判斷種類，在 stdout 印出摘要：代碼、名稱、級別與各項數目。',
      en: 'Reads a competency standard (職能基準) document (a PDF, ODT or DOCX file; text copied from a PDF,\na tab-separated or Markdown table in UTF-8, UTF-16 or Big5), told apart by its content, and prints\na summary on stdout: code, name, level and counts.',
    },
    positionals: [{ name: 'file', required: true, description: { zh: '職能基準文件', en: 'the standard document' } }],
    options: {
      json: {
        type: 'boolean',
        description: { zh: '在 stdout 只印出標準 JSON（canonical JSON）', en: 'print only the canonical JSON on stdout' },
      },
    },
    notes: {
      zh: '警告印在 stderr：file:line: warning: 訊息 [代碼]。\n無法匯入時以 file:line: error: 訊息 結束，結束代碼為 1。',
      en: 'Warnings go to stderr as file:line: warning: message [code].\nA file that cannot be imported ends with file:line: error: message and exit code 1.',
    },
    async run({ values, positionals }, { io, language }) {
      const file = positionals[0]!;
      const read = readInputFile(io, file);
      if (!read.ok) {
        io.stderr(diagnostic(file, undefined, 'error', read.message[language]));
        return ExitCode.failure;
      }

      let result: ImportResult;
      try {
        result = (await importStandardFile(read.bytes, readPdf)).result;
      } catch (error) {
        // The importer reports bad documents as results; an exception is a bug in it.
        const detail = error instanceof Error ? error.message : String(error);
        const message = language === 'zh' ? `匯入程式發生內部錯誤（請回報）：${detail}` : `internal error in the importer (please report): ${detail}`;
        io.stderr(diagnostic(file, undefined, 'error', message));
        return ExitCode.failure;
      }

      if (!result.ok) {
        const { line, message, messageEn } = result.error;
        io.stderr(diagnostic(file, line, 'error', language === 'zh' ? message : messageEn));
        return ExitCode.failure;
      }

      for (const warning of result.warnings) {
        const message = language === 'zh' ? warning.message : warning.messageEn;
        io.stderr(diagnostic(file, warning.line, 'warning', `${message} [${warning.code}]`));
      }
      io.stdout(values.json ? toCanonicalJson(result.standard) : formatSummary(result, language));
      return ExitCode.ok;
    },
  });
}

export const importCommand = createImportCommand();
