import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { DocumentBuilder } from '../../backend/handlers/index';
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/export/documentKinds';
import { standardCodesOf } from '../../shared/plan/standardCodes';
import { diagnostic } from '../format/diagnostic';
import { readPlanInput, STANDARD_OPTION } from '../planInput';
import { helpHint, PROGRAM } from '../format/help';
import type { Localized } from '../language';
import { defineCommand, ExitCode } from './command';

/**
 * `course-planner export <plan.json> --out <file.docx> [--document report|syllabus|matrix] [--with-matrix]`:
 * writes a Word document made from a plan: the iCAP report (the default), the syllabus, or the
 * coverage matrices; `--with-matrix` appends the matrices to the report or the syllabus.
 *
 * The document builders and docx are a second bundle (`course-planner-export.cjs`, beside the
 * program) loaded only here, so the other commands start as fast as before.
 */

export const EXPORT_BUNDLE = 'course-planner-export.cjs';

const DOCUMENT_NAME: Record<DocumentKind, Localized> = {
  report: { zh: '職能導向課程規劃與執行報告書', en: 'the iCAP report' },
  syllabus: { zh: '課程大綱', en: 'the syllabus' },
  matrix: { zh: '課程職能對照表', en: 'the coverage matrices' },
};

/** The builder bundled beside the running program (`out/cli/`). */
function loadBundledBuilder(): DocumentBuilder {
  const dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  const file = join(dir, EXPORT_BUNDLE);
  const loaded = createRequire(file)(file) as { buildDocx: DocumentBuilder };
  return loaded.buildDocx;
}

function writeErrorMessage(error: unknown): Localized {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { zh: '無法寫入：資料夾不存在', en: 'cannot write: the folder does not exist' };
    case 'EISDIR':
      return { zh: '無法寫入：這是資料夾，不是檔案', en: 'cannot write: is a directory, not a file' };
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return { zh: '無法寫入：沒有權限，或檔案正由其他程式（如 Word）開啟', en: 'cannot write: permission denied, or the file is open in another program (such as Word)' };
    default: {
      const detail = code ?? (error instanceof Error ? error.message : String(error));
      return { zh: `無法寫入檔案（${detail}）`, en: `cannot write the file (${detail})` };
    }
  }
}

function kilobytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function createExportCommand(loadBuilder: () => DocumentBuilder = loadBundledBuilder) {
  const command = defineCommand({
    name: 'export',
    summary: {
      zh: '匯出 Word 文件：iCAP 報告書、課程大綱或職能對照表',
      en: 'export a Word document: the iCAP report, the syllabus or the coverage matrices',
    },
    description: {
      zh: '讀取課程規劃檔（.json），寫出 Word 文件（.docx）：\n' +
        '  report    職能導向課程規劃與執行報告書（預設）：封面、壹 課程資訊、貳 表1–表12、參 佐證資料\n' +
        '  syllabus  課程大綱：給學員與講師的課程與單元說明\n' +
        '  matrix    課程職能對照表：單元 × 知識／技能／態度、單元 × 工作任務／行為指標\n' +
        '代碼與名稱取自職能基準（內建基準自動使用；其他基準以 --standard 指定）。',
      en: 'Reads a plan file (.json) and writes a Word document (.docx):\n' +
        '  report    the iCAP report 職能導向課程規劃與執行報告書 (the default): cover, 壹, tables 1–12, 參\n' +
        '  syllabus  the syllabus 課程大綱, for learners and teachers\n' +
        '  matrix    the coverage matrices: units × K/S/A and units × tasks and indicators\n' +
        'Codes and names come from the standard (bundled ones are used automatically; give another with --standard).',
    },
    positionals: [{ name: 'plan', required: true, description: { zh: '課程規劃檔（.json）', en: 'the plan file (.json)' } }],
    options: {
      out: {
        type: 'string',
        valueName: 'file.docx',
        description: { zh: '寫出的 Word 檔（必填；已存在則覆寫）', en: 'the Word file to write (required; replaced if it exists)' },
      },
      document: {
        type: 'string',
        choices: DOCUMENT_KINDS,
        description: { zh: '文件種類（預設 report）', en: 'which document (default: report)' },
      },
      'with-matrix': {
        type: 'boolean',
        description: { zh: '在報告書或課程大綱後附上職能對照表', en: 'append the coverage matrices to the report or the syllabus' },
      },
      standard: STANDARD_OPTION,
    },
    notes: {
      zh: '完成時在 stdout 印出寫出的檔案；找不到的職能基準以 warning 印在 stderr（文件仍會產生，名稱欄標示為查無）。\n結束代碼：0 完成；1 檔案無法讀取或寫入；2 用法錯誤。',
      en: 'Prints the file written on stdout; a standard that cannot be found is a warning on stderr (the document is\nstill made, its names marked as missing). Exit codes: 0 done; 1 a file could not be read or written; 2 usage.',
    },
    async run({ values, positionals }, { io, language }) {
      const usage = (message: Localized) => {
        io.stderr(`${PROGRAM}: error: ${message[language]}\n`);
        io.stderr(helpHint(command, language));
        return ExitCode.usage;
      };
      const out = values.out;
      if (out === undefined) return usage({ zh: '缺少 --out <file.docx>：要寫出的 Word 檔', en: 'missing --out <file.docx>: the Word file to write' });
      const kind = (values.document ?? 'report') as DocumentKind;
      if (values['with-matrix'] && kind === 'matrix') {
        return usage({ zh: '--with-matrix 只用於 report 與 syllabus（matrix 本身就是對照表）', en: '--with-matrix applies to report and syllabus only (matrix is the matrices)' });
      }

      const file = positionals[0]!;
      const read = await readPlanInput(io, file, values.standard);
      if (!read.ok) {
        io.stderr(diagnostic(read.file, read.line, 'error', read.message[language]));
        return ExitCode.failure;
      }
      const { standards } = read;
      for (const code of standardCodesOf(read.plan)) {
        if (standards.some((s) => s.code === code)) continue;
        io.stderr(diagnostic(file, undefined, 'warning', language === 'zh'
          ? `找不到職能基準 ${code}：文件中其代碼的名稱將標示為查無；請以 --standard 指定該基準`
          : `standard ${code} not found: names of its codes are marked as missing in the document; give it with --standard`));
      }

      let build: DocumentBuilder;
      try {
        build = loadBuilder();
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        io.stderr(`${PROGRAM}: error: ${language === 'zh'
          ? `無法載入匯出模組 ${EXPORT_BUNDLE}（請重新建置：npm run build:cli）：${detail}`
          : `cannot load the export module ${EXPORT_BUNDLE} (rebuild with npm run build:cli): ${detail}`}\n`);
        return ExitCode.failure;
      }
      const bytes = await build(kind, read.plan, standards, { withMatrix: values['with-matrix'] === true });

      const write = io.writeFile;
      if (write === undefined) throw new Error('export needs an io that writes files');
      try {
        write(out, bytes);
      } catch (error) {
        io.stderr(diagnostic(out, undefined, 'error', writeErrorMessage(error)[language]));
        return ExitCode.failure;
      }
      const name = DOCUMENT_NAME[kind][language];
      const appended = values['with-matrix'] ? (language === 'zh' ? '（附職能對照表）' : ' with the coverage matrices') : '';
      io.stdout(language === 'zh'
        ? `已寫出${name}${appended}：${out}（${kilobytes(bytes.length)}）\n`
        : `wrote ${name}${appended} to ${out} (${kilobytes(bytes.length)})\n`);
      return ExitCode.ok;
    },
  });
  return command;
}

/** The command as the program runs it, with the builder bundled beside it. */
export const exportCommand = createExportCommand();
