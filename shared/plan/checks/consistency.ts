import type { OutsideLink } from '../coverage';
import type { ItemRef } from '../itemRef';
import type { Check, CheckContext } from './context';
import type { Report } from './finding';
import { ADVISORY_CHECKS } from './advisory';
import { COURSE_NAME_CHECKS } from './courseName';
import { ASSESSMENT_METHOD_LABEL, TEACHING_METHOD_LABEL } from '../formChoices';
import { capitalise, FIELD_LABEL, KIND_LABEL, listEn, listZh } from './labels';
import { BACKING_METHODS, isBacked } from './methodBacking';

/**
 * Consistency: the plan agrees with itself and with its standard (the iCAP reviewers' rules).
 *
 * The report prints a unit's name in 表3, 表4 and 表11; the plan keeps each name once per unit, so
 * "the same name everywhere" becomes: unit ids are unique, the course map (表2) names only existing
 * units and every unit exactly once, and unit names are present and unique.
 */

const normalName = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim();

const unitIdDuplicate: Check = {
  code: 'consistency.unit-id-duplicate',
  tier: 'consistency',
  severity: 'error',
  title: '單元代號不重複',
  titleEn: 'Unit ids are unique',
  run({ plan, unitName }) {
    const seen = new Set<string>();
    const reports: Report[] = [];
    for (const unit of plan.units) {
      if (!seen.has(unit.id)) { seen.add(unit.id); continue; }
      const first = unitName(unit.id);
      reports.push({
        message: `單元代號 ${unit.id} 重複使用（${first.zh}已使用此代號）；每個單元須有自己的代號。`,
        messageEn: `Unit id ${unit.id} is used twice (${first.en} has it already); every unit needs its own id.`,
        location: { section: 'unit', unitId: unit.id, field: 'id' },
      });
    }
    return reports;
  },
};

const moduleUnknownUnit: Check = {
  code: 'consistency.module-unknown-unit',
  tier: 'consistency',
  severity: 'error',
  title: '課程地圖只列出存在的單元',
  titleEn: 'The course map lists only existing units',
  run({ plan, units }) {
    const reports: Report[] = [];
    for (const module of plan.modules) {
      for (const unitId of module.unitIds) {
        if (units.has(unitId)) continue;
        const name = module.name.trim();
        reports.push({
          message: `${FIELD_LABEL.map.zh}的模組「${name || module.id}」列出單元 ${unitId}，但沒有這個單元。`,
          messageEn: `Module "${name || module.id}" of the ${FIELD_LABEL.map.en} lists unit ${unitId}, which does not exist.`,
          location: { section: 'map', moduleId: module.id, unitId, field: 'unitIds' },
        });
      }
    }
    return reports;
  },
};

/** Unit id → the modules listing it (a module listing it twice appears twice). */
function modulesOf({ plan }: CheckContext): Map<string, string[]> {
  const byUnit = new Map<string, string[]>();
  for (const module of plan.modules) {
    const label = module.name.trim() || module.id;
    for (const unitId of module.unitIds) {
      const list = byUnit.get(unitId);
      if (list === undefined) byUnit.set(unitId, [label]);
      else list.push(label);
    }
  }
  return byUnit;
}

const unitWithoutModule: Check = {
  code: 'consistency.unit-without-module',
  tier: 'consistency',
  severity: 'error',
  title: '每個單元都在課程地圖的一個模組中',
  titleEn: 'Every unit is in a module of the course map',
  run(context) {
    const byUnit = modulesOf(context);
    return [...context.units.values()]
      .filter((unit) => !byUnit.has(unit.id))
      .map((unit) => {
        const name = context.unitName(unit.id);
        return {
          message: `${name.zh}不在${FIELD_LABEL.map.zh}的任何模組中。`,
          messageEn: `${capitalise(name.en)} is in no module of the ${FIELD_LABEL.map.en}.`,
          location: { section: 'map', unitId: unit.id },
        };
      });
  },
};

const unitInSeveralModules: Check = {
  code: 'consistency.unit-in-several-modules',
  tier: 'consistency',
  severity: 'error',
  title: '每個單元只出現在一個模組中一次',
  titleEn: 'Every unit appears once, in one module',
  run(context) {
    const reports: Report[] = [];
    for (const [unitId, modules] of modulesOf(context)) {
      if (modules.length < 2 || !context.units.has(unitId)) continue;
      const name = context.unitName(unitId);
      reports.push({
        message: `${name.zh}在${FIELD_LABEL.map.zh}中出現 ${modules.length} 次（模組：${listZh(modules.map((m) => `「${m}」`))}）；每個單元只能屬於一個模組一次。`,
        messageEn: `${capitalise(name.en)} appears ${modules.length} times in the ${FIELD_LABEL.map.en} (modules ${listEn(modules.map((m) => `"${m}"`))}); a unit belongs to one module, once.`,
        location: { section: 'map', unitId },
      });
    }
    return reports;
  },
};

const unitNameMissing: Check = {
  code: 'consistency.unit-name-missing',
  tier: 'consistency',
  severity: 'error',
  title: '每個單元都有名稱',
  titleEn: 'Every unit has a name',
  run({ plan, unitReport }) {
    return plan.units
      .filter((unit) => normalName(unit.nameZh) === '')
      .map((unit) => unitReport(unit, 'nameZh', (name) => ({
        zh: `${name.zh}沒有${FIELD_LABEL.unitName.zh}。`,
        en: `${capitalise(name.en)} has no ${FIELD_LABEL.unitName.en}.`,
      })));
  },
};

const unitNameDuplicate: Check = {
  code: 'consistency.unit-name-duplicate',
  tier: 'consistency',
  severity: 'error',
  title: '單元名稱不重複',
  titleEn: 'Unit names are unique',
  run({ plan }) {
    const first = new Map<string, number>();
    const reports: Report[] = [];
    plan.units.forEach((unit, position) => {
      const name = normalName(unit.nameZh);
      if (name === '') return;
      const earlier = first.get(name);
      if (earlier === undefined) { first.set(name, position); return; }
      reports.push({
        message: `第 ${position + 1} 個單元與第 ${earlier + 1} 個單元同名「${name}」；單元名稱在表3、表4、表11 中須能區分。`,
        messageEn: `Units ${earlier + 1} and ${position + 1} are both named "${name}"; tables 3, 4 and 11 must tell units apart.`,
        location: { section: 'unit', unitId: unit.id, field: 'nameZh' },
      });
    });
    return reports;
  },
};

const unitWithoutIndicator: Check = {
  code: 'consistency.unit-without-indicator',
  tier: 'consistency',
  severity: 'error',
  title: '每個單元至少對應一項行為指標',
  titleEn: 'Every unit maps to at least one indicator',
  run({ plan, unitReport }) {
    return plan.units
      .filter((unit) => !unit.links.some((link) => link.kind === 'indicator'))
      .map((unit) => unitReport(unit, 'links', (name) => ({
        zh: `${name.zh}沒有對應任何行為指標（P）。`,
        en: `${capitalise(name.en)} maps to no behaviour indicator (P).`,
      })));
  },
};

const unitWithoutKnowledgeSkill: Check = {
  code: 'consistency.unit-without-knowledge-skill',
  tier: 'consistency',
  severity: 'error',
  title: '每個單元至少對應一項知識或技能',
  titleEn: 'Every unit maps to at least one K or S',
  run({ plan, unitReport }) {
    return plan.units
      .filter((unit) => !unit.links.some((link) => link.kind === 'knowledge' || link.kind === 'skill'))
      .map((unit) => unitReport(unit, 'links', (name) => ({
        zh: `${name.zh}沒有對應任何知識（K）或技能（S）。`,
        en: `${capitalise(name.en)} maps to no knowledge (K) or skill (S).`,
      })));
  },
};

const itemUncovered: Check = {
  code: 'consistency.item-uncovered',
  tier: 'consistency',
  severity: 'error',
  title: '表1 選取的行為指標、知識、技能都有單元涵蓋',
  titleEn: 'Every indicator, K and S selected in table 1 is covered by a unit',
  run({ coverage, itemName }) {
    return coverage.uncovered
      .filter((item) => item.kind !== 'attitude')
      .map((item) => {
        const name = itemName(item);
        const tasks = item.taskIds;
        return {
          message: `表1 在工作任務 ${listZh(tasks)} 下選取的${name.zh}沒有任何單元涵蓋。`,
          messageEn: `${capitalise(name.en)}, selected in table 1 under task ${listEn(tasks)}, is covered by no unit.`,
          location: { section: 'selection', item: refOf(item) },
        };
      });
  },
};

const attitudeUncovered: Check = {
  code: 'consistency.attitude-uncovered',
  tier: 'consistency',
  severity: 'warning',
  title: '選取的態度都有單元涵蓋',
  titleEn: 'Every selected attitude is covered by a unit',
  run({ coverage, itemName }) {
    return coverage.uncovered
      .filter((item) => item.kind === 'attitude')
      .map((item) => {
        const name = itemName(item);
        return {
          message: `本課程選取的${name.zh}沒有任何單元涵蓋。`,
          messageEn: `${capitalise(name.en)}, selected for the course, is covered by no unit.`,
          location: { section: 'selection', item: refOf(item) },
        };
      });
  },
};

function linkReport(link: OutsideLink, zh: string, en: string): Report {
  return { message: zh, messageEn: en, location: { section: 'unit', unitId: link.unitId, field: 'links', item: refOf(link) } };
}

const linkOutsideTasks: Check = {
  code: 'consistency.link-outside-tasks',
  tier: 'consistency',
  severity: 'error',
  title: '單元只對應表1 所選工作任務的職能內涵',
  titleEn: 'Units claim only items of the tasks selected in table 1',
  run(context) {
    return context.coverage.outside
      .filter((link) => link.reason === 'outside-tasks')
      .map((link) => {
        const unit = context.unitName(link.unitId);
        const item = context.itemName(link);
        if (link.kind === 'task') {
          return linkReport(link,
            `${unit.zh}對應了${item.zh}，但表1 未選取這個工作任務。`,
            `${capitalise(unit.en)} claims ${item.en}, which table 1 does not select.`);
        }
        const owners = context.index.tasksOf(link.kind, link.standardCode, link.id);
        const zhOwners = owners.length ? `（它屬於 ${listZh(owners)}）` : '';
        const enOwners = owners.length ? ` (it belongs to ${listEn(owners)})` : '';
        return linkReport(link,
          `${unit.zh}對應了${item.zh}，但它不屬於表1 選取的任何工作任務${zhOwners}。`,
          `${capitalise(unit.en)} claims ${item.en}, which belongs to no task selected in table 1${enOwners}.`);
      });
  },
};

const linkUnknown: Check = {
  code: 'consistency.link-unknown',
  tier: 'consistency',
  severity: 'error',
  title: '單元對應的代碼都存在於職能基準',
  titleEn: 'Every code a unit claims exists in its standard',
  run(context) {
    return context.coverage.outside
      .filter((link) => link.reason === 'unknown-item' || link.reason === 'unknown-standard')
      .map((link) => {
        const unit = context.unitName(link.unitId);
        const kind = KIND_LABEL[link.kind];
        return link.reason === 'unknown-standard'
          ? linkReport(link,
            `${unit.zh}對應了職能基準 ${link.standardCode} 的${kind.zh} ${link.id}，但沒有這個職能基準的資料。`,
            `${capitalise(unit.en)} claims ${kind.en} ${link.id} of standard ${link.standardCode}, which is not available.`)
          : linkReport(link,
            `${unit.zh}對應了${kind.zh} ${link.id}，但職能基準 ${link.standardCode} 沒有這個${kind.zh}代碼。`,
            `${capitalise(unit.en)} claims ${kind.en} ${link.id}, but standard ${link.standardCode} has no such ${kind.en} code.`);
      });
  },
};

const linkNotSelected: Check = {
  code: 'consistency.link-not-selected',
  tier: 'consistency',
  severity: 'warning',
  title: '單元對應的知識、技能、指標、態度已在表1（或態度清單）選取',
  titleEn: 'What a unit claims is selected in table 1 (or the attitude list)',
  run(context) {
    return context.coverage.outside
      .filter((link) => link.reason === 'not-selected')
      .map((link) => {
        const unit = context.unitName(link.unitId);
        const item = context.itemName(link);
        if (link.kind === 'attitude') {
          return linkReport(link,
            `${unit.zh}對應了${item.zh}，但本課程未選取這項態度；請加選，或移除此對應。`,
            `${capitalise(unit.en)} claims ${item.en}, which the course does not select; select it or remove the link.`);
        }
        return linkReport(link,
          `${unit.zh}對應了${item.zh}，它屬於已選的工作任務 ${listZh(link.taskIds)}，但表1 未選取它；請在表1 加選，或移除此對應。`,
          `${capitalise(unit.en)} claims ${item.en}, which belongs to selected task ${listEn(link.taskIds)} but is not selected in table 1; select it there or remove the link.`);
      });
  },
};

const selectionUnknown: Check = {
  code: 'consistency.selection-unknown',
  tier: 'consistency',
  severity: 'error',
  title: '表1 選取的任務、指標、知識、技能都屬於該職能基準與任務',
  titleEn: 'What table 1 selects exists in the standard, under that task',
  run({ plan, index, itemName }) {
    const reports: Report[] = [];
    for (const row of plan.selectedTasks) {
      const standard = index.get(row.standardCode);
      if (standard === undefined) continue; // consistency.standard-unavailable says so
      const task = standard.tasks.get(row.taskId);
      if (task === undefined) {
        reports.push({
          message: `表1 選取了工作任務 ${row.taskId}，但職能基準 ${row.standardCode} 沒有這個任務。`,
          messageEn: `Table 1 selects task ${row.taskId}, which standard ${row.standardCode} does not have.`,
          location: { section: 'selection', item: { kind: 'task', id: row.taskId, standardCode: row.standardCode } },
        });
        continue;
      }
      const lists = [
        { kind: 'indicator', ids: row.indicators, valid: new Set(task.indicators.map((p) => p.id)) },
        { kind: 'knowledge', ids: row.knowledge, valid: new Set(task.knowledge) },
        { kind: 'skill', ids: row.skills, valid: new Set(task.skills) },
      ] as const;
      for (const { kind, ids, valid } of lists) {
        for (const id of ids) {
          if (valid.has(id)) continue;
          const ref: ItemRef = { kind, id, standardCode: row.standardCode };
          const exists = index.has(kind, row.standardCode, id);
          const name = itemName(ref);
          reports.push(exists
            ? {
              message: `表1 在工作任務 ${row.taskId} 下選取了${name.zh}，但職能基準並未把它列在 ${row.taskId} 之下。`,
              messageEn: `Table 1 selects ${name.en} under task ${row.taskId}, but the standard does not list it under ${row.taskId}.`,
              location: { section: 'selection', item: ref },
            }
            : {
              message: `表1 在工作任務 ${row.taskId} 下選取了${KIND_LABEL[kind].zh} ${id}，但職能基準 ${row.standardCode} 沒有這個代碼。`,
              messageEn: `Table 1 selects ${KIND_LABEL[kind].en} ${id} under task ${row.taskId}, but standard ${row.standardCode} has no such code.`,
              location: { section: 'selection', item: ref },
            });
        }
      }
    }
    for (const attitude of plan.selectedAttitudes) {
      if (index.get(attitude.standardCode) === undefined || index.has('attitude', attitude.standardCode, attitude.id)) continue;
      reports.push({
        message: `本課程選取了態度 ${attitude.id}，但職能基準 ${attitude.standardCode} 沒有這個代碼。`,
        messageEn: `The course selects attitude ${attitude.id}, but standard ${attitude.standardCode} has no such code.`,
        location: { section: 'selection', item: { kind: 'attitude', id: attitude.id, standardCode: attitude.standardCode } },
      });
    }
    return reports;
  },
};

const taskSelectedTwice: Check = {
  code: 'consistency.task-selected-twice',
  tier: 'consistency',
  severity: 'warning',
  title: '表1 每個工作任務只列一列',
  titleEn: 'Table 1 lists each task in one row',
  run({ plan }) {
    const seen = new Set<string>();
    const reports: Report[] = [];
    for (const row of plan.selectedTasks) {
      const key = `${row.standardCode} ${row.taskId}`;
      if (!seen.has(key)) { seen.add(key); continue; }
      reports.push({
        message: `表1 列了工作任務 ${row.taskId} 不只一次；請合併為一列（涵蓋率已將它們合併計算）。`,
        messageEn: `Table 1 lists task ${row.taskId} more than once; merge the rows (coverage counts them as one).`,
        location: { section: 'selection', item: { kind: 'task', id: row.taskId, standardCode: row.standardCode } },
      });
    }
    return reports;
  },
};

/** Every standard code the plan's cover and selection use, in order of appearance. */
function standardCodesUsed({ plan }: CheckContext): string[] {
  const codes = new Set<string>();
  for (const ref of plan.standards) codes.add(ref.code);
  for (const row of plan.selectedTasks) codes.add(row.standardCode);
  for (const attitude of plan.selectedAttitudes) codes.add(attitude.standardCode);
  return [...codes];
}

const standardUnavailable: Check = {
  code: 'consistency.standard-unavailable',
  tier: 'consistency',
  severity: 'warning',
  title: '課程所依據的職能基準都已匯入',
  titleEn: 'Every standard the course uses is available',
  run(context) {
    return standardCodesUsed(context)
      .filter((code) => context.index.get(code) === undefined)
      .map((code) => ({
        message: `找不到職能基準 ${code} 的資料，無法檢查依據它的選取與對應；請先匯入此職能基準。`,
        messageEn: `Standard ${code} is not available, so the selection and links based on it cannot be checked; import it first.`,
        location: { section: 'cover', field: 'standards' },
      }));
  },
};

const standardNotListed: Check = {
  code: 'consistency.standard-not-listed',
  tier: 'consistency',
  severity: 'warning',
  title: '表1 使用的職能基準都列在職能依據',
  titleEn: 'Every standard table 1 uses is listed as the competency basis',
  run({ plan }) {
    const listed = new Set(plan.standards.map((ref) => ref.code));
    const missing = new Set<string>();
    for (const row of plan.selectedTasks) if (!listed.has(row.standardCode)) missing.add(row.standardCode);
    for (const attitude of plan.selectedAttitudes) if (!listed.has(attitude.standardCode)) missing.add(attitude.standardCode);
    return [...missing].map((code) => ({
      message: `表1 選用了職能基準 ${code}，但${FIELD_LABEL.standards.zh}未列出它。`,
      messageEn: `Table 1 uses standard ${code}, but the ${FIELD_LABEL.standards.en} does not list it.`,
      location: { section: 'cover', field: 'standards' },
    }));
  },
};

const assessmentUnbacked: Check = {
  code: 'consistency.assessment-unbacked',
  tier: 'consistency',
  severity: 'warning',
  title: '每種評量方式都有相應的教學方法',
  titleEn: 'Every assessment method is backed by a teaching method',
  run({ plan, unitReport }) {
    const reports: Report[] = [];
    for (const unit of plan.units) {
      for (const assessment of unit.assessmentMethods) {
        if (isBacked(assessment, unit.methods)) continue;
        const backing = BACKING_METHODS[assessment];
        const wanted = typeof backing === 'string' ? [] : backing.map((m) => TEACHING_METHOD_LABEL[m]);
        const label = ASSESSMENT_METHOD_LABEL[assessment];
        reports.push(unitReport(unit, 'assessmentMethods', (name) => ({
          zh: wanted.length
            ? `${name.zh}採用「${label.zh}」評量，但${FIELD_LABEL.methods.zh}沒有${listZh(wanted.map((m) => `「${m.zh}」`))}中的任何一種。`
            : `${name.zh}採用「${label.zh}」評量，但沒有任何${FIELD_LABEL.methods.zh}。`,
          en: wanted.length
            ? `${capitalise(name.en)} is assessed by ${label.en}, but its ${FIELD_LABEL.methods.en} include none of ${listEn(wanted.map((m) => m.en))}.`
            : `${capitalise(name.en)} is assessed by ${label.en}, but has no ${FIELD_LABEL.methods.en}.`,
        })));
      }
    }
    return reports;
  },
};

/** Verbs that name a state of mind, not something a reviewer can observe. 瞭解 is 了解's variant. */
export const VAGUE_VERBS = ['了解', '瞭解', '熟悉', '知道', '認識', '明白', '體會'] as const;

const objectiveVerb: Check = {
  code: 'consistency.objective-verb',
  tier: 'consistency',
  severity: 'warning',
  title: '教學/訓練目標使用可觀察的動詞',
  titleEn: 'Objectives use observable verbs',
  run({ plan, unitReport }) {
    const reports: Report[] = [];
    for (const unit of plan.units) {
      unit.objectives.forEach((objective, position) => {
        const found = VAGUE_VERBS.filter((verb) => objective.includes(verb));
        if (found.length === 0) return;
        reports.push(unitReport(unit, `objectives[${position}]`, (name) => ({
          zh: `${name.zh}的第 ${position + 1} 項${FIELD_LABEL.objectives.zh}用了${listZh(found.map((v) => `「${v}」`))}，無法觀察；請改用可觀察的動詞（如：說明、操作、設定、完成、判斷）。`,
          en: `Objective ${position + 1} of ${name.en} uses ${listEn(found.map((v) => `"${v}"`))}, which cannot be observed; use an observable verb (explain, operate, set up, complete, judge).`,
        })));
      });
    }
    return reports;
  },
};

const unitWithoutObjective: Check = {
  code: 'consistency.unit-without-objective',
  tier: 'consistency',
  severity: 'warning',
  title: '每個單元都有教學/訓練目標',
  titleEn: 'Every unit has an objective',
  run({ plan, unitReport }) {
    return plan.units
      .filter((unit) => !unit.objectives.some((objective) => objective.trim() !== ''))
      .map((unit) => unitReport(unit, 'objectives', (name) => ({
        zh: `${name.zh}沒有${FIELD_LABEL.objectives.zh}。`,
        en: `${capitalise(name.en)} has no ${FIELD_LABEL.objectives.en}.`,
      })));
  },
};

/** The codes a user may switch off: the advisory checks. */
const SWITCHABLE = new Set([...ADVISORY_CHECKS, ...COURSE_NAME_CHECKS].filter((c) => c.tier === 'advisory').map((c) => c.code));

const disabledNotSwitchable: Check = {
  code: 'consistency.disabled-not-switchable',
  tier: 'consistency',
  severity: 'warning',
  title: '只有建議性檢查可以關閉',
  titleEn: 'Only advisory checks can be switched off',
  run({ plan }) {
    return plan.checkSettings.disabled
      .filter((code) => !SWITCHABLE.has(code))
      .map((code) => ({
        message: `檢查設定關閉了「${code}」，但它不是可關閉的建議性檢查，設定不生效。`,
        messageEn: `The check settings switch off "${code}", which is not an advisory check that can be switched off; the setting has no effect.`,
        location: { section: 'settings', field: 'disabled' },
      }));
  },
};

function refOf(ref: ItemRef): ItemRef {
  return { kind: ref.kind, id: ref.id, standardCode: ref.standardCode };
}

export const CONSISTENCY_CHECKS: readonly Check[] = [
  unitIdDuplicate,
  moduleUnknownUnit,
  unitWithoutModule,
  unitInSeveralModules,
  unitNameMissing,
  unitNameDuplicate,
  unitWithoutIndicator,
  unitWithoutKnowledgeSkill,
  unitWithoutObjective,
  objectiveVerb,
  assessmentUnbacked,
  selectionUnknown,
  taskSelectedTwice,
  itemUncovered,
  attitudeUncovered,
  linkUnknown,
  linkOutsideTasks,
  linkNotSelected,
  standardUnavailable,
  standardNotListed,
  disabledNotSwitchable,
];
