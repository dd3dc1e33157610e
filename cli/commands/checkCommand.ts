import { checkPlan } from '../../shared/plan/checks';
import { coverageOf } from '../../shared/plan/coverage';
import { countFindings } from '../../shared/plan/summary';
import { diagnostic } from '../format/diagnostic';
import { readPlanInput, STANDARD_OPTION } from '../planInput';
import { formatCheckReport } from '../format/coverageReport';
import { defineCommand, ExitCode } from './command';

/**
 * `course-planner check <plan.json> [--json] [--standard <file>]`: the plan's coverage and every
 * iCAP check, as a designer or a CI job would read them. Exit 1 when the plan has errors.
 */
export const checkCommand = defineCommand({
  name: 'check',
  summary: {
    zh: '檢核課程規劃：涵蓋率與 iCAP 規則',
    en: 'check a course plan: coverage and the iCAP rules',
  },
  description: {
    zh: '讀取課程規劃檔（.json），依其職能基準計算涵蓋率（工作任務、行為指標、知識、技能、態度），\n並執行表單規則、一致性與建議檢核。內建的職能基準會自動使用；其他基準以 --standard 指定。',
    en: 'Reads a plan file (.json), computes its coverage against its standards (tasks, indicators, knowledge,\nskills, attitudes) and runs the form, consistency and advisory checks. Bundled standards are used\nautomatically; give another with --standard.',
  },
  positionals: [{ name: 'plan', required: true, description: { zh: '課程規劃檔（.json）', en: 'the plan file (.json)' } }],
  options: {
    json: {
      type: 'boolean',
      description: { zh: '在 stdout 印出 JSON：coverage、findings、counts', en: 'print JSON on stdout: coverage, findings, counts' },
    },
    standard: STANDARD_OPTION,
  },
  notes: {
    zh: '結束代碼：0 沒有錯誤（可能有警告）；1 規劃有錯誤，或檔案無法讀取；2 用法錯誤。',
    en: 'Exit codes: 0 no errors (warnings allowed); 1 the plan has errors, or a file could not be read; 2 usage.',
  },
  async run({ values, positionals }, { io, language }) {
    const file = positionals[0]!;
    const read = await readPlanInput(io, file, values.standard);
    if (!read.ok) {
      io.stderr(diagnostic(read.file, read.line, 'error', read.message[language]));
      return ExitCode.failure;
    }
    const { standards } = read;
    const coverage = coverageOf(read.plan, standards);
    const findings = checkPlan(read.plan, standards, coverage);
    const counts = countFindings(findings);
    if (values.json) {
      io.stdout(`${JSON.stringify({ plan: { id: read.plan.id, nameZh: read.plan.cover.nameZh }, counts, coverage, findings }, null, 2)}\n`);
    } else {
      io.stdout(formatCheckReport(read.plan, coverage, findings, language));
    }
    return counts.errors > 0 ? ExitCode.failure : ExitCode.ok;
  },
});
