import type { ImportResult, TextEncoding } from '../../shared/import';
import type { Language } from '../language';
import { labelledRows } from './text';

type ImportSuccess = Extract<ImportResult, { ok: true }>;

const layoutNames: Record<ImportSuccess['layout'], { zh: string; en: string }> = {
  pdf: { zh: 'PDF 檔的表格，依文字在頁面上的位置重建（pdf）', en: 'tables of a PDF, rebuilt from where the text sits (pdf)' },
  'pdf-text': { zh: '從 PDF 複製的文字（pdf-text）', en: 'text copied from a PDF (pdf-text)' },
  'tab-separated': { zh: 'Tab 分隔表格（tab-separated）', en: 'tab-separated table (tab-separated)' },
  markdown: { zh: 'Markdown 表格（markdown）', en: 'Markdown table (markdown)' },
  docx: { zh: 'Word 文件的表格（docx）', en: 'tables of a Word document (docx)' },
  odt: { zh: 'OpenDocument 文件的表格（odt）', en: 'tables of an OpenDocument text (odt)' },
};

const encodingNames: Record<TextEncoding | 'text', string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  big5: 'Big5',
  text: 'text',
};

/** The counts a summary shows, in the order the standard's main table reads. */
export function countsOf(standard: ImportSuccess['standard']) {
  return {
    duties: standard.duties.length,
    tasks: standard.tasks.length,
    indicators: standard.tasks.reduce((n, task) => n + task.indicators.length, 0),
    outputs: standard.tasks.reduce((n, task) => n + task.outputs.length, 0),
    knowledge: standard.knowledge.length,
    skills: standard.skills.length,
    attitudes: standard.attitudes.length,
  };
}

/** The readable summary `import` prints on stdout. */
export function formatSummary(result: ImportSuccess, language: Language): string {
  const { standard } = result;
  const counts = countsOf(standard);
  const zh = language === 'zh';
  const level = standard.level === null ? (zh ? '未標示' : 'not stated') : String(standard.level);
  const warnings = result.warnings.length;
  const rows: [string, string][] = zh
    ? [
        ['基準級別', level],
        ['主要職責', String(counts.duties)],
        ['工作任務', String(counts.tasks)],
        ['行為指標 P', String(counts.indicators)],
        ['工作產出 O', String(counts.outputs)],
        ['知識 K', String(counts.knowledge)],
        ['技能 S', String(counts.skills)],
        ['態度 A', String(counts.attitudes)],
        ['版面', layoutNames[result.layout].zh],
        ['編碼', encodingNames[result.encoding]],
        ['警告', warnings === 0 ? '無' : `${warnings} 則（見 stderr）`],
      ]
    : [
        ['level', level],
        ['duties', String(counts.duties)],
        ['tasks', String(counts.tasks)],
        ['indicators (P)', String(counts.indicators)],
        ['outputs (O)', String(counts.outputs)],
        ['knowledge (K)', String(counts.knowledge)],
        ['skills (S)', String(counts.skills)],
        ['attitudes (A)', String(counts.attitudes)],
        ['layout', layoutNames[result.layout].en],
        ['encoding', encodingNames[result.encoding]],
        ['warnings', warnings === 0 ? 'none' : `${warnings} (on stderr)`],
      ];
  return `${standard.code}  ${standard.name}\n${labelledRows(rows)}\n`;
}
