import type { Standard, VersionEntry } from '../../standard/schema';
import type { Check } from './context';
import type { Report } from './finding';
import { capitalise, FIELD_LABEL, formatNumber, formatPercent, listEn, listZh } from './labels';

/**
 * Advisory checks: good practice, not rules. Warnings only; the user switches each off by its code
 * in plan.checkSettings.disabled and tunes the minimum hours and the coverage target there.
 */

const taskItemsUnselected: Check = {
  code: 'advisory.task-items-unselected',
  tier: 'advisory',
  severity: 'warning',
  title: '所選工作任務的知識、技能未被省略',
  titleEn: 'No K/S of a selected task is left out',
  run({ coverage, itemName }) {
    return coverage.unselected
      .filter((item) => !item.selectedElsewhere && item.unitIds.length === 0)
      .map((item) => {
        const name = itemName(item);
        return {
          message: `工作任務 ${listZh(item.taskIds)} 的${name.zh}未在表1 選取，也沒有單元涵蓋；請確認是否刻意省略。`,
          messageEn: `${capitalise(name.en)} of task ${listEn(item.taskIds)} is neither selected in table 1 nor covered by a unit; check that leaving it out is intended.`,
          location: { section: 'selection', item: { kind: item.kind, id: item.id, standardCode: item.standardCode } },
        };
      });
  },
};

const levelMissing: Check = {
  code: 'advisory.level-missing',
  tier: 'advisory',
  severity: 'warning',
  title: '已填寫課程職能級別',
  titleEn: 'The course competency level is set',
  run({ plan }) {
    if (plan.info.level !== null) return [];
    return [{
      message: `尚未填寫${FIELD_LABEL.level.zh}，無法與單元及工作任務的級別比較。`,
      messageEn: `The ${FIELD_LABEL.level.en} is not set, so it cannot be compared with the unit and task levels.`,
      location: { section: 'info', field: 'level' },
    }];
  },
};

const levelTask: Check = {
  code: 'advisory.level-task',
  tier: 'advisory',
  severity: 'warning',
  title: '課程職能級別與所選工作任務的級別相符',
  titleEn: 'The course level matches the levels of the selected tasks',
  run({ plan, coverage }) {
    const course = plan.info.level;
    if (course === null) return [];
    const reports: Report[] = [];
    let highest = 0;
    for (const task of coverage.tasks) {
      if (task.level === null) continue;
      highest = Math.max(highest, task.level);
      if (task.level <= course) continue;
      reports.push({
        message: `工作任務 ${task.taskId}「${task.name}」的職能級別為 ${task.level}，高於${FIELD_LABEL.level.zh} ${course}。`,
        messageEn: `Task ${task.taskId} "${task.name}" is at level ${task.level}, above the ${FIELD_LABEL.level.en} of ${course}.`,
        location: { section: 'selection', item: { kind: 'task', id: task.taskId, standardCode: task.standardCode } },
      });
    }
    if (highest > 0 && course > highest) {
      reports.push({
        message: `${FIELD_LABEL.level.zh}為 ${course}，高於所選工作任務的最高級別 ${highest}。`,
        messageEn: `The ${FIELD_LABEL.level.en} is ${course}, above the highest level of the selected tasks, ${highest}.`,
        location: { section: 'info', field: 'level' },
      });
    }
    return reports;
  },
};

const levelUnit: Check = {
  code: 'advisory.level-unit',
  tier: 'advisory',
  severity: 'warning',
  title: '單元級別不高於課程職能級別',
  titleEn: 'No unit is above the course level',
  run({ plan, unitReport }) {
    const course = plan.info.level;
    if (course === null) return [];
    return plan.units
      .filter((unit) => unit.level !== null && unit.level > course)
      .map((unit) => unitReport(unit, 'level', (name) => ({
        zh: `${name.zh}的級別為 ${unit.level}，高於${FIELD_LABEL.level.zh} ${course}。`,
        en: `${capitalise(name.en)} is at level ${unit.level}, above the ${FIELD_LABEL.level.en} of ${course}.`,
      })));
  },
};

const levelTable1: Check = {
  code: 'advisory.level-table1',
  tier: 'advisory',
  severity: 'warning',
  title: '表1 的職能級別與職能基準相同',
  titleEn: 'Table 1 gives each task the level of the standard',
  run({ plan, index }) {
    const reports: Report[] = [];
    for (const row of plan.selectedTasks) {
      const task = index.get(row.standardCode)?.tasks.get(row.taskId);
      if (row.level === null || task === undefined || task.level === null || row.level === task.level) continue;
      reports.push({
        message: `表1 將工作任務 ${row.taskId}「${task.name}」的級別填為 ${row.level}，職能基準為 ${task.level}。`,
        messageEn: `Table 1 gives task ${row.taskId} "${task.name}" level ${row.level}; the standard says ${task.level}.`,
        location: { section: 'selection', item: { kind: 'task', id: row.taskId, standardCode: row.standardCode } },
      });
    }
    return reports;
  },
};

const minimumHours: Check = {
  code: 'advisory.minimum-hours',
  tier: 'advisory',
  severity: 'warning',
  title: '課程時數不低於設定的最低時數',
  titleEn: 'The course hours reach the configured minimum',
  run({ plan }) {
    const minimum = plan.checkSettings.minimumHours;
    const total = plan.info.totalHours;
    if (minimum <= 0 || total >= minimum) return [];
    return [{
      message: `${FIELD_LABEL.totalHours.zh} ${formatNumber(total)} 小時，低於設定的最低時數 ${formatNumber(minimum)} 小時。`,
      messageEn: `The ${FIELD_LABEL.totalHours.en} are ${formatNumber(total)} h, under the configured minimum of ${formatNumber(minimum)} h.`,
      location: { section: 'info', field: 'totalHours' },
    }];
  },
};

/** `ATC3521-004v2` → ['ATC3521-004', 2]. */
function splitCode(code: string): [string, number] | undefined {
  const match = /^(.*)v(\d+)$/.exec(code);
  return match ? [match[1]!, Number(match[2])] : undefined;
}

/**
 * Whether a standard code is a historical version, from any supplied standard's version table: its
 * row says 歷史版本, or a newer version of the same code is listed. Returns the newest code known.
 */
export function historicalStatus(code: string, standards: readonly Standard[]): { historical: boolean; newest?: string } {
  const parts = splitCode(code);
  let historical = false;
  let newest: VersionEntry | undefined;
  let newestNumber = parts?.[1] ?? 0;
  for (const standard of standards) {
    for (const row of standard.versions) {
      if (row.code === code && row.status.includes('歷史')) historical = true;
      const other = splitCode(row.code);
      if (parts && other && other[0] === parts[0] && other[1] > newestNumber) {
        newest = row;
        newestNumber = other[1];
      }
    }
  }
  return newest ? { historical: true, newest: newest.code } : { historical };
}

const historicalStandard: Check = {
  code: 'advisory.historical-standard',
  tier: 'advisory',
  severity: 'warning',
  title: '職能依據為最新版本的職能基準',
  titleEn: 'The course is based on the current version of its standard',
  run({ plan, standards }) {
    const codes = new Set([...plan.standards.map((ref) => ref.code), ...plan.selectedTasks.map((row) => row.standardCode)]);
    const reports: Report[] = [];
    for (const code of codes) {
      const status = historicalStatus(code, standards);
      if (!status.historical) continue;
      reports.push({
        message: status.newest
          ? `職能基準 ${code} 是歷史版本，已有新版 ${status.newest}；展延或變更時宜改依新版。`
          : `職能基準 ${code} 的版本表標示為「歷史版本」；宜改依最新版本。`,
        messageEn: status.newest
          ? `Standard ${code} is a historical version; ${status.newest} replaces it, and a renewal or change should use it.`
          : `The version table marks standard ${code} as historical (歷史版本); use the current version.`,
        location: { section: 'cover', field: 'standards' },
      });
    }
    return reports;
  },
};

const coverageTarget: Check = {
  code: 'advisory.coverage-target',
  tier: 'advisory',
  severity: 'warning',
  title: '所選工作任務的知識、技能涵蓋率達到目標',
  titleEn: 'Coverage of the selected tasks\' K/S reaches the target',
  run({ plan, coverage }) {
    const target = plan.checkSettings.coverageTarget;
    const scope = coverage.taskScope.overall;
    if (scope.percent === null || scope.percent >= target) return [];
    return [{
      message: `表1 所選工作任務共有 ${scope.selected} 項知識與技能，單元涵蓋 ${scope.covered} 項（${formatPercent(scope.percent)}），低於目標 ${formatNumber(target)}%。`,
      messageEn: `The tasks selected in table 1 hold ${scope.selected} K/S items; units cover ${scope.covered} (${formatPercent(scope.percent)}), under the target of ${formatNumber(target)}%.`,
      location: { section: 'selection' },
    }];
  },
};

export const ADVISORY_CHECKS: readonly Check[] = [
  taskItemsUnselected,
  coverageTarget,
  levelMissing,
  levelTask,
  levelUnit,
  levelTable1,
  minimumHours,
  historicalStandard,
];
