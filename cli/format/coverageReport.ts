import type { Finding } from '../../shared/plan/checks';
import type { Coverage, Share } from '../../shared/plan/coverage';
import type { Plan } from '../../shared/plan/schema';
import { countFindings, describeCounts } from '../../shared/plan/summary';
import type { Language } from '../language';
import { displayWidth, labelledRows, padDisplay } from './text';

const KIND_LABELS = {
  tasks: { zh: '工作任務', en: 'tasks' },
  indicators: { zh: '行為指標 P', en: 'indicators P' },
  knowledge: { zh: '知識 K', en: 'knowledge K' },
  skills: { zh: '技能 S', en: 'skills S' },
  attitudes: { zh: '態度 A', en: 'attitudes A' },
  overall: { zh: '合計', en: 'overall' },
} as const;

function formatShare(share: Share): string {
  const percent = share.percent === null ? '—' : `${Math.round(share.percent)}%`;
  return `${share.covered}/${share.selected}  ${percent}`;
}

const hours = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Where a finding points, in words: `單元 u-system · links · K08`. */
function place(finding: Finding, plan: Plan, zh: boolean): string {
  const { location } = finding;
  const parts: string[] = [];
  if (location.unitId) {
    const unit = plan.units.find((u) => u.id === location.unitId);
    parts.push(`${zh ? '單元' : 'unit'} ${unit?.nameZh || location.unitId}`);
  } else {
    parts.push(location.section);
  }
  if (location.field) parts.push(location.field);
  if (location.item) parts.push(location.item.id);
  return parts.join(' · ');
}

/** The readable report `check` prints: coverage, then the findings. */
export function formatCheckReport(plan: Plan, coverage: Coverage, findings: readonly Finding[], language: Language): string {
  const zh = language === 'zh';
  const lines: string[] = [];
  const standards = plan.standards.map((s) => `${s.code} ${s.name}`.trim()).join('、') || (zh ? '（未選擇）' : '(none chosen)');
  lines.push(labelledRows([
    [zh ? '課程' : 'course', plan.cover.nameZh || (zh ? '（未命名）' : '(untitled)')],
    [zh ? '職能基準' : 'standard', standards],
    [zh ? '時數' : 'hours', `${hours(coverage.hours.units)} / ${hours(plan.info.totalHours)}${zh ? '（單元合計／課程時數）' : ' (units / course)'}`],
  ], ''));

  lines.push('', zh ? '涵蓋率' : 'coverage');
  lines.push(labelledRows((Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[]).map((kind) => [KIND_LABELS[kind][language], formatShare(coverage.course[kind])])));

  if (coverage.tasks.length > 0) {
    lines.push('', zh ? '各工作任務' : 'per task');
    const width = Math.max(...coverage.tasks.map((t) => displayWidth(`${t.taskId} ${t.name}`)));
    for (const task of coverage.tasks) {
      lines.push(`  ${padDisplay(`${task.taskId} ${task.name}`, width)}  P ${formatShare(task.indicators)}  K ${formatShare(task.knowledge)}  S ${formatShare(task.skills)}  ${hours(task.hours)} ${zh ? '小時' : 'h'}`);
    }
  }

  lines.push('', zh ? '未涵蓋的項目' : 'not covered by any unit');
  if (coverage.uncovered.length === 0) lines.push(zh ? '  無' : '  none');
  for (const item of coverage.uncovered) lines.push(`  ${item.id} ${item.name}`);

  if (coverage.outside.length > 0) {
    lines.push('', zh ? '表1 以外的對應' : 'links outside the selection');
    for (const link of coverage.outside) lines.push(`  ${link.unitId} → ${link.id} ${link.name} (${link.reason})`);
  }

  const counts = countFindings(findings);
  lines.push('', `${zh ? '檢核結果' : 'findings'}：${describeCounts(counts)[language]}`);
  for (const finding of findings) {
    lines.push(`  ${finding.severity}  ${zh ? finding.message : finding.messageEn}  [${finding.code}] (${place(finding, plan, zh)})`);
  }
  return `${lines.join('\n')}\n`;
}
