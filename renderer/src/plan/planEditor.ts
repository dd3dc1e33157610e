import { DEPTHS, DEPTH_RANK, type ItemRef } from '../../../shared/plan/itemRef';
import { UnitSchema } from '../../../shared/plan/schema';
import {
  ASSESSMENT_METHOD_OPTIONS,
  ASSESSMENT_TOOL_OPTIONS,
  EQUIPMENT_OPTIONS,
  TEACHING_METHOD_OPTIONS,
} from './options';
import type {
  AddiePhase,
  CheckSettings,
  CompletionCriteria,
  CourseInfo,
  Cover,
  CoverageLink,
  Depth,
  EvidenceIndicator,
  Module,
  PilotRun,
  Plan,
  SelectedTask,
  StaffMember,
  StaffRole,
  Unit,
} from '../../../shared/plan/schema';

/**
 * Every change a designer makes to a plan, as a named, pure operation: `applyEdit(plan, edit)` returns
 * a new plan and never touches the old one. Parts that do not change keep their identity (an edit to
 * one unit leaves every other unit object as it was), so React can skip what did not change. An edit
 * that changes nothing returns the very same plan, and the history records nothing.
 *
 * The editor knows nothing of the standard: where order matters (a task's K list, the tasks of 表1)
 * the caller passes the standard's order, so the plan reads in the order of the document.
 */

/** A unit field holding one value (text, a number or a level), as opposed to a list. */
export type UnitScalarField =
  | 'nameZh' | 'nameEn' | 'level' | 'hours' | 'outline' | 'methodsOther' | 'materials'
  | 'equipmentOther' | 'assessmentMethodsOther' | 'assessmentToolsOther' | 'evidence';

/** A unit field that is a set of choices from a fixed list. */
export type UnitChoiceField = 'methods' | 'equipment' | 'assessmentMethods' | 'assessmentTools';

export type SelectableKind = 'indicator' | 'knowledge' | 'skill';

type CoverEdit = { [K in keyof Cover]: { type: 'setCover'; field: K; value: Cover[K] } }[keyof Cover];
type InfoEdit = { [K in keyof CourseInfo]: { type: 'setInfo'; field: K; value: CourseInfo[K] } }[keyof CourseInfo];
type UnitFieldEdit = { [K in UnitScalarField]: { type: 'setUnitField'; unitId: string; field: K; value: Unit[K] } }[UnitScalarField];
type UnitChoiceEdit = {
  [K in UnitChoiceField]: { type: 'toggleUnitChoice'; unitId: string; field: K; value: Unit[K][number] }
}[UnitChoiceField];
type PilotEdit = { [K in keyof PilotRun]: { type: 'setPilot'; field: K; value: PilotRun[K] } }[keyof PilotRun];
type StaffEdit = {
  [K in keyof StaffMember]: { type: 'setStaffMember'; unitId: string; index: number; field: K; value: StaffMember[K] }
}[keyof StaffMember];

export type PlanEdit =
  // Cover and 壹
  | CoverEdit
  | InfoEdit
  | { type: 'addStandardRef'; code: string; name: string; version: string }
  | { type: 'removeStandardRef'; code: string }
  // 表1
  | {
    type: 'selectTask';
    standardCode: string;
    taskId: string;
    /** The standard's task order, so 表1 follows the document. */
    taskOrder?: readonly string[];
    /** What to select under the task at once (usually all its P, K, S). */
    indicators?: readonly string[];
    knowledge?: readonly string[];
    skills?: readonly string[];
  }
  | { type: 'unselectTask'; standardCode: string; taskId: string }
  | {
    type: 'toggleTaskItem';
    standardCode: string;
    taskId: string;
    kind: SelectableKind;
    id: string;
    /** The task's list of that kind in the standard, to insert in its order. */
    order?: readonly string[];
  }
  /** Sets a row's P, K and S at once (select all, clear all). */
  | { type: 'setTaskItems'; standardCode: string; taskId: string; indicators: readonly string[]; knowledge: readonly string[]; skills: readonly string[] }
  | { type: 'setTaskRow'; standardCode: string; taskId: string; field: 'nameEn'; value: string }
  | { type: 'setTaskRow'; standardCode: string; taskId: string; field: 'level'; value: SelectedTask['level'] }
  | { type: 'toggleAttitude'; standardCode: string; id: string; order?: readonly string[] }
  // 表2
  | { type: 'addModule'; moduleId: string; name: string; index?: number }
  | { type: 'renameModule'; moduleId: string; name: string }
  | { type: 'removeModule'; moduleId: string }
  | { type: 'moveModule'; moduleId: string; toIndex: number }
  | { type: 'moveModuleBy'; moduleId: string; delta: -1 | 1 }
  | { type: 'addUnit'; moduleId: string; unit: Partial<Unit> & { id: string }; index?: number }
  | { type: 'removeUnit'; unitId: string }
  | { type: 'moveUnit'; unitId: string; moduleId: string; toIndex: number }
  | { type: 'moveUnitBy'; unitId: string; delta: -1 | 1 }
  // 表3–表9, 表11
  | UnitFieldEdit
  | UnitChoiceEdit
  | { type: 'addObjective'; unitId: string; text?: string; index?: number }
  | { type: 'setObjective'; unitId: string; index: number; text: string }
  | { type: 'removeObjective'; unitId: string; index: number }
  | { type: 'setStaffRequirement'; unitId: string; role: StaffRole; text: string }
  | { type: 'addStaffMember'; unitId: string; role: StaffRole }
  | StaffEdit
  | { type: 'removeStaffMember'; unitId: string; index: number }
  // The matrix
  | { type: 'toggleLink'; unitId: string; item: ItemRef }
  | { type: 'cycleLinkDepth'; unitId: string; item: ItemRef }
  | { type: 'setLinkDepth'; unitId: string; item: ItemRef; depth: Depth }
  | { type: 'setLinkNote'; unitId: string; item: ItemRef; note: string }
  // 表10, 表12, 參, settings
  | PilotEdit
  | { type: 'setCompletion'; criterion: keyof CompletionCriteria; adopted?: boolean; description?: string }
  | { type: 'setEvidence'; indicator: EvidenceIndicator; text: string }
  | { type: 'setStakeholders'; phase: AddiePhase; text: string }
  | { type: 'setCheckSetting'; field: 'minimumHours' | 'coverageTarget'; value: number }
  | { type: 'toggleCheckDisabled'; code: string };

export type PlanEditType = PlanEdit['type'];

// ————— edit constructors for one field, typed by the field —————

/** Builders for the field edits, so a screen can write `apply(setCover('nameZh', text))` with the value typed by the field. */
export const setCover = <K extends keyof Cover>(field: K, value: Cover[K]): PlanEdit => ({ type: 'setCover', field, value }) as PlanEdit;
export const setInfo = <K extends keyof CourseInfo>(field: K, value: CourseInfo[K]): PlanEdit => ({ type: 'setInfo', field, value }) as PlanEdit;
export const setUnitField = <K extends UnitScalarField>(unitId: string, field: K, value: Unit[K]): PlanEdit =>
  ({ type: 'setUnitField', unitId, field, value }) as PlanEdit;
export const setPilot = <K extends keyof PilotRun>(field: K, value: PilotRun[K]): PlanEdit => ({ type: 'setPilot', field, value }) as PlanEdit;
export const toggleUnitChoice = <K extends UnitChoiceField>(unitId: string, field: K, value: Unit[K][number]): PlanEdit =>
  ({ type: 'toggleUnitChoice', unitId, field, value }) as PlanEdit;

// ————— small immutable helpers —————

function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  const copy = list.slice();
  copy[index] = value;
  return copy;
}

function removeAt<T>(list: readonly T[], index: number): T[] {
  return [...list.slice(0, index), ...list.slice(index + 1)];
}

function insertAt<T>(list: readonly T[], index: number, value: T): T[] {
  const at = Math.max(0, Math.min(list.length, index));
  return [...list.slice(0, at), value, ...list.slice(at)];
}

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(index)));
}

/**
 * Inserts `value` so that the list follows `order` as far as it can: just after the last element
 * that `order` puts before it. A value `order` does not know goes to the end. Elements are compared
 * by `keyOf`.
 */
export function insertInOrder<T>(
  list: readonly T[],
  value: T,
  order: readonly string[] | undefined,
  keyOf: (element: T) => string = String,
): T[] {
  const rank = order?.indexOf(keyOf(value)) ?? -1;
  if (order === undefined || rank < 0) return [...list, value];
  let at = 0;
  for (let i = 0; i < list.length; i += 1) {
    const r = order.indexOf(keyOf(list[i]!));
    if (r >= 0 && r < rank) at = i + 1;
  }
  return insertAt(list, at, value);
}

/** Toggles a choice in a list kept in the canonical order of `options`. */
function toggleChoice<T>(list: readonly T[], value: T, options: readonly T[]): T[] {
  if (list.includes(value)) return list.filter((v) => v !== value);
  return options.filter((o) => o === value || list.includes(o));
}

function sameRef(link: Pick<CoverageLink, 'kind' | 'id' | 'standardCode'>, item: ItemRef): boolean {
  return link.kind === item.kind && link.id === item.id && link.standardCode === item.standardCode;
}

/** introduced → practised → assessed → introduced. */
export function nextDepth(depth: Depth): Depth {
  return DEPTHS[(DEPTH_RANK[depth] + 1) % DEPTHS.length]!;
}

/** The depth of a unit's link to an item (the deepest, if linked twice); null when not linked. */
export function linkDepth(unit: Unit, item: ItemRef): Depth | null {
  let depth: Depth | null = null;
  for (const link of unit.links) {
    if (!sameRef(link, item)) continue;
    if (depth === null || DEPTH_RANK[link.depth] > DEPTH_RANK[depth]) depth = link.depth;
  }
  return depth;
}

/** A unit with every field at the schema's default, then `fields`: the defaults are said once, in UnitSchema. */
export function blankUnit(fields: Partial<Unit> & { id: string }): Unit {
  return { ...UnitSchema.parse({ id: fields.id }), ...fields };
}

/** An id not yet used by any unit or module: `u1`, `u2`… (or `m1`… for modules). */
export function freshId(plan: Plan, prefix: 'u' | 'm'): string {
  const used = new Set<string>([...plan.units.map((u) => u.id), ...plan.modules.map((m) => m.id)]);
  for (let n = 1; ; n += 1) {
    const id = `${prefix}${n}`;
    if (!used.has(id)) return id;
  }
}

// ————— plan-level helpers —————

function withUnit(plan: Plan, unitId: string, change: (unit: Unit) => Unit): Plan {
  const index = plan.units.findIndex((u) => u.id === unitId);
  if (index < 0) return plan;
  const unit = plan.units[index]!;
  const next = change(unit);
  return next === unit ? plan : { ...plan, units: replaceAt(plan.units, index, next) };
}

function withModule(plan: Plan, moduleId: string, change: (module: Module) => Module): Plan {
  const index = plan.modules.findIndex((m) => m.id === moduleId);
  if (index < 0) return plan;
  const module = plan.modules[index]!;
  const next = change(module);
  return next === module ? plan : { ...plan, modules: replaceAt(plan.modules, index, next) };
}

function withTaskRow(plan: Plan, standardCode: string, taskId: string, change: (row: SelectedTask) => SelectedTask): Plan {
  const index = plan.selectedTasks.findIndex((r) => r.standardCode === standardCode && r.taskId === taskId);
  if (index < 0) return plan;
  const row = plan.selectedTasks[index]!;
  const next = change(row);
  return next === row ? plan : { ...plan, selectedTasks: replaceAt(plan.selectedTasks, index, next) };
}

/** Sets one field of an object, keeping the object when the value is the same. */
function setField<T extends object, K extends keyof T>(object: T, field: K, value: T[K]): T {
  return Object.is(object[field], value) ? object : { ...object, [field]: value };
}

/**
 * Puts plan.units in course-map order: the units of each module in turn, then any unit no module
 * lists, in their previous order. The report's tables 3, 4 and 11 then read in teaching order.
 */
export function unitsInMapOrder(plan: Plan): Plan {
  const byId = new Map(plan.units.map((u) => [u.id, u] as const));
  const ordered: Unit[] = [];
  const placed = new Set<string>();
  for (const module of plan.modules) {
    for (const unitId of module.unitIds) {
      const unit = byId.get(unitId);
      if (unit === undefined || placed.has(unitId)) continue;
      placed.add(unitId);
      ordered.push(unit);
    }
  }
  for (const unit of plan.units) if (!placed.has(unit.id)) ordered.push(unit);
  const same = ordered.length === plan.units.length && ordered.every((u, i) => u === plan.units[i]);
  return same ? plan : { ...plan, units: ordered };
}

/** Where a unit sits on the course map: its module and position, or undefined when no module lists it. */
export function unitPosition(plan: Plan, unitId: string): { moduleIndex: number; index: number } | undefined {
  for (let m = 0; m < plan.modules.length; m += 1) {
    const index = plan.modules[m]!.unitIds.indexOf(unitId);
    if (index >= 0) return { moduleIndex: m, index };
  }
  return undefined;
}

function moveUnit(plan: Plan, unitId: string, moduleId: string, toIndex: number): Plan {
  if (!plan.units.some((u) => u.id === unitId)) return plan;
  const target = plan.modules.findIndex((m) => m.id === moduleId);
  if (target < 0) return plan;
  const from = unitPosition(plan, unitId);
  if (from && from.moduleIndex === target) {
    const ids = plan.modules[target]!.unitIds;
    const to = clampIndex(toIndex, ids.length - 1);
    if (to === from.index) return plan;
    const without = removeAt(ids, from.index);
    const moved = insertAt(without, to, unitId);
    return unitsInMapOrder(withModule(plan, moduleId, (m) => ({ ...m, unitIds: moved })));
  }
  // Out of wherever it was (every occurrence), into the target module.
  const modules = plan.modules.map((m, i) => {
    const without = m.unitIds.includes(unitId) ? m.unitIds.filter((id) => id !== unitId) : m.unitIds;
    if (i !== target) return without === m.unitIds ? m : { ...m, unitIds: without };
    return { ...m, unitIds: insertAt(without, clampIndex(toIndex, without.length), unitId) };
  });
  return unitsInMapOrder({ ...plan, modules });
}

/** One step up or down the course map; past a module's edge the unit moves into the next module. */
function moveUnitBy(plan: Plan, unitId: string, delta: -1 | 1): Plan {
  const at = unitPosition(plan, unitId);
  if (at === undefined) return plan;
  const module = plan.modules[at.moduleIndex]!;
  const index = at.index + delta;
  if (index >= 0 && index < module.unitIds.length) return moveUnit(plan, unitId, module.id, index);
  // Cross into the neighbouring module: at its end going up, at its start going down.
  const neighbour = plan.modules[at.moduleIndex + delta];
  if (neighbour === undefined) return plan;
  return moveUnit(plan, unitId, neighbour.id, delta < 0 ? neighbour.unitIds.length : 0);
}

function moveModule(plan: Plan, moduleId: string, toIndex: number): Plan {
  const from = plan.modules.findIndex((m) => m.id === moduleId);
  if (from < 0) return plan;
  const to = clampIndex(toIndex, plan.modules.length - 1);
  if (to === from) return plan;
  const modules = insertAt(removeAt(plan.modules, from), to, plan.modules[from]!);
  return unitsInMapOrder({ ...plan, modules });
}

function removeUnit(plan: Plan, unitId: string): Plan {
  if (!plan.units.some((u) => u.id === unitId) && unitPosition(plan, unitId) === undefined) return plan;
  return {
    ...plan,
    units: plan.units.filter((u) => u.id !== unitId),
    modules: plan.modules.map((m) => (m.unitIds.includes(unitId) ? { ...m, unitIds: m.unitIds.filter((id) => id !== unitId) } : m)),
  };
}

// ————— links —————

function toggleLink(unit: Unit, item: ItemRef): Unit {
  if (unit.links.some((l) => sameRef(l, item))) return { ...unit, links: unit.links.filter((l) => !sameRef(l, item)) };
  return { ...unit, links: [...unit.links, { kind: item.kind, id: item.id, standardCode: item.standardCode, depth: 'introduced', note: '' }] };
}

/** Sets the link's depth (adding the link if there is none); a doubled link becomes one. */
function setLinkDepth(unit: Unit, item: ItemRef, depth: Depth): Unit {
  const first = unit.links.findIndex((l) => sameRef(l, item));
  if (first < 0) {
    return { ...unit, links: [...unit.links, { kind: item.kind, id: item.id, standardCode: item.standardCode, depth, note: '' }] };
  }
  const others = unit.links.filter((l, i) => i !== first && sameRef(l, item));
  const link = unit.links[first]!;
  if (others.length === 0 && link.depth === depth) return unit;
  const notes = [link.note, ...others.map((l) => l.note)].map((n) => n.trim()).filter(Boolean);
  const merged: CoverageLink = { ...link, depth, note: [...new Set(notes)].join('；') };
  return { ...unit, links: unit.links.flatMap((l, i) => (i === first ? [merged] : sameRef(l, item) ? [] : [l])) };
}

function cycleLinkDepth(unit: Unit, item: ItemRef): Unit {
  const depth = linkDepth(unit, item);
  return setLinkDepth(unit, item, depth === null ? 'introduced' : nextDepth(depth));
}

/** Sets the note of the unit's link to the item; no-op when the unit does not link it. */
function setLinkNote(unit: Unit, item: ItemRef, note: string): Unit {
  const first = unit.links.findIndex((l) => sameRef(l, item));
  if (first < 0 || unit.links[first]!.note === note) return unit;
  return { ...unit, links: replaceAt(unit.links, first, { ...unit.links[first]!, note }) };
}

// ————— the dispatcher —————

const CHOICE_OPTIONS: { [K in UnitChoiceField]: readonly Unit[K][number][] } = {
  methods: TEACHING_METHOD_OPTIONS,
  equipment: EQUIPMENT_OPTIONS,
  assessmentMethods: ASSESSMENT_METHOD_OPTIONS,
  assessmentTools: ASSESSMENT_TOOL_OPTIONS,
};

const SELECTED_LIST: Record<SelectableKind, 'indicators' | 'knowledge' | 'skills'> = {
  indicator: 'indicators',
  knowledge: 'knowledge',
  skill: 'skills',
};

/** Applies one edit. Returns the same plan object when the edit changes nothing. */
export function applyEdit(plan: Plan, edit: PlanEdit): Plan {
  switch (edit.type) {
    case 'setCover': {
      const cover = setField(plan.cover, edit.field, edit.value);
      return cover === plan.cover ? plan : { ...plan, cover };
    }
    case 'setInfo': {
      const info = setField(plan.info, edit.field, edit.value);
      return info === plan.info ? plan : { ...plan, info };
    }
    case 'addStandardRef':
      if (plan.standards.some((s) => s.code === edit.code)) return plan;
      return { ...plan, standards: [...plan.standards, { code: edit.code, name: edit.name, version: edit.version }] };
    case 'removeStandardRef':
      if (!plan.standards.some((s) => s.code === edit.code)) return plan;
      return { ...plan, standards: plan.standards.filter((s) => s.code !== edit.code) };

    case 'selectTask': {
      if (plan.selectedTasks.some((r) => r.standardCode === edit.standardCode && r.taskId === edit.taskId)) return plan;
      const row: SelectedTask = {
        standardCode: edit.standardCode,
        taskId: edit.taskId,
        nameEn: '',
        level: null,
        indicators: [...(edit.indicators ?? [])],
        knowledge: [...(edit.knowledge ?? [])],
        skills: [...(edit.skills ?? [])],
      };
      const keyOf = (r: { standardCode: string; taskId: string }) => `${r.standardCode} ${r.taskId}`;
      const order = edit.taskOrder?.map((taskId) => keyOf({ standardCode: edit.standardCode, taskId }));
      return { ...plan, selectedTasks: insertInOrder(plan.selectedTasks, row, order, keyOf) };
    }
    case 'unselectTask': {
      const rows = plan.selectedTasks.filter((r) => !(r.standardCode === edit.standardCode && r.taskId === edit.taskId));
      return rows.length === plan.selectedTasks.length ? plan : { ...plan, selectedTasks: rows };
    }
    case 'toggleTaskItem':
      return withTaskRow(plan, edit.standardCode, edit.taskId, (row) => {
        const key = SELECTED_LIST[edit.kind];
        const list = row[key];
        const next = list.includes(edit.id) ? list.filter((id) => id !== edit.id) : insertInOrder(list, edit.id, edit.order);
        return { ...row, [key]: next };
      });
    case 'setTaskItems':
      return withTaskRow(plan, edit.standardCode, edit.taskId, (row) => {
        const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
        if (same(row.indicators, edit.indicators) && same(row.knowledge, edit.knowledge) && same(row.skills, edit.skills)) return row;
        return { ...row, indicators: [...edit.indicators], knowledge: [...edit.knowledge], skills: [...edit.skills] };
      });
    case 'setTaskRow':
      return withTaskRow(plan, edit.standardCode, edit.taskId, (row) =>
        edit.field === 'nameEn' ? setField(row, 'nameEn', edit.value) : setField(row, 'level', edit.value));
    case 'toggleAttitude': {
      const has = plan.selectedAttitudes.some((a) => a.standardCode === edit.standardCode && a.id === edit.id);
      if (has) {
        return { ...plan, selectedAttitudes: plan.selectedAttitudes.filter((a) => !(a.standardCode === edit.standardCode && a.id === edit.id)) };
      }
      const entry = { standardCode: edit.standardCode, id: edit.id };
      const keyOf = (a: typeof entry) => `${a.standardCode} ${a.id}`;
      const order = edit.order?.map((id) => keyOf({ standardCode: edit.standardCode, id }));
      return { ...plan, selectedAttitudes: insertInOrder(plan.selectedAttitudes, entry, order, keyOf) };
    }

    case 'addModule':
      if (plan.modules.some((m) => m.id === edit.moduleId)) return plan;
      return { ...plan, modules: insertAt(plan.modules, edit.index ?? plan.modules.length, { id: edit.moduleId, name: edit.name, unitIds: [] }) };
    case 'renameModule':
      return withModule(plan, edit.moduleId, (m) => setField(m, 'name', edit.name));
    case 'removeModule': {
      const module = plan.modules.find((m) => m.id === edit.moduleId);
      if (module === undefined) return plan;
      // Its units go with it (the UI asks first; undo brings them back).
      const gone = new Set(module.unitIds);
      const stillListed = new Set(plan.modules.filter((m) => m !== module).flatMap((m) => m.unitIds));
      return {
        ...plan,
        modules: plan.modules.filter((m) => m !== module),
        units: plan.units.filter((u) => !gone.has(u.id) || stillListed.has(u.id)),
      };
    }
    case 'moveModule':
      return moveModule(plan, edit.moduleId, edit.toIndex);
    case 'moveModuleBy': {
      const from = plan.modules.findIndex((m) => m.id === edit.moduleId);
      if (from < 0) return plan;
      return moveModule(plan, edit.moduleId, from + edit.delta);
    }
    case 'addUnit': {
      if (plan.units.some((u) => u.id === edit.unit.id)) return plan;
      const moduleIndex = plan.modules.findIndex((m) => m.id === edit.moduleId);
      if (moduleIndex < 0) return plan;
      const unit = blankUnit(edit.unit);
      const withNew = withModule({ ...plan, units: [...plan.units, unit] }, edit.moduleId, (m) => ({
        ...m,
        unitIds: insertAt(m.unitIds, edit.index ?? m.unitIds.length, unit.id),
      }));
      return unitsInMapOrder(withNew);
    }
    case 'removeUnit':
      return removeUnit(plan, edit.unitId);
    case 'moveUnit':
      return moveUnit(plan, edit.unitId, edit.moduleId, edit.toIndex);
    case 'moveUnitBy':
      return moveUnitBy(plan, edit.unitId, edit.delta);

    case 'setUnitField':
      return withUnit(plan, edit.unitId, (u) => setField(u, edit.field, edit.value));
    case 'toggleUnitChoice':
      return withUnit(plan, edit.unitId, (u) => {
        const options = CHOICE_OPTIONS[edit.field] as readonly string[];
        const list = u[edit.field] as readonly string[];
        return { ...u, [edit.field]: toggleChoice(list, edit.value, options) };
      });
    case 'addObjective':
      return withUnit(plan, edit.unitId, (u) => ({
        ...u,
        objectives: insertAt(u.objectives, edit.index ?? u.objectives.length, edit.text ?? ''),
      }));
    case 'setObjective':
      return withUnit(plan, edit.unitId, (u) =>
        edit.index < 0 || edit.index >= u.objectives.length || u.objectives[edit.index] === edit.text
          ? u
          : { ...u, objectives: replaceAt(u.objectives, edit.index, edit.text) });
    case 'removeObjective':
      return withUnit(plan, edit.unitId, (u) =>
        edit.index < 0 || edit.index >= u.objectives.length ? u : { ...u, objectives: removeAt(u.objectives, edit.index) });
    case 'setStaffRequirement':
      return withUnit(plan, edit.unitId, (u) => {
        const requirements = setField(u.staffRequirements, edit.role, edit.text);
        return requirements === u.staffRequirements ? u : { ...u, staffRequirements: requirements };
      });
    case 'addStaffMember':
      return withUnit(plan, edit.unitId, (u) => ({ ...u, staff: [...u.staff, { role: edit.role, name: '', qualifications: '' }] }));
    case 'setStaffMember':
      return withUnit(plan, edit.unitId, (u) => {
        const member = u.staff[edit.index];
        if (member === undefined) return u;
        const next = setField(member, edit.field, edit.value);
        return next === member ? u : { ...u, staff: replaceAt(u.staff, edit.index, next) };
      });
    case 'removeStaffMember':
      return withUnit(plan, edit.unitId, (u) =>
        edit.index < 0 || edit.index >= u.staff.length ? u : { ...u, staff: removeAt(u.staff, edit.index) });

    case 'toggleLink':
      return withUnit(plan, edit.unitId, (u) => toggleLink(u, edit.item));
    case 'cycleLinkDepth':
      return withUnit(plan, edit.unitId, (u) => cycleLinkDepth(u, edit.item));
    case 'setLinkDepth':
      return withUnit(plan, edit.unitId, (u) => setLinkDepth(u, edit.item, edit.depth));
    case 'setLinkNote':
      return withUnit(plan, edit.unitId, (u) => setLinkNote(u, edit.item, edit.note));

    case 'setPilot': {
      const pilot = setField(plan.pilot, edit.field, edit.value);
      return pilot === plan.pilot ? plan : { ...plan, pilot };
    }
    case 'setCompletion': {
      const current = plan.completion[edit.criterion];
      const next = {
        adopted: edit.adopted ?? current.adopted,
        description: edit.description ?? current.description,
      };
      if (next.adopted === current.adopted && next.description === current.description) return plan;
      return { ...plan, completion: { ...plan.completion, [edit.criterion]: next } };
    }
    case 'setEvidence':
      if ((plan.evidence[edit.indicator] ?? '') === edit.text) return plan;
      return { ...plan, evidence: { ...plan.evidence, [edit.indicator]: edit.text } };
    case 'setStakeholders':
      if ((plan.stakeholders[edit.phase] ?? '') === edit.text) return plan;
      return { ...plan, stakeholders: { ...plan.stakeholders, [edit.phase]: edit.text } };
    case 'setCheckSetting': {
      const checkSettings: CheckSettings = setField(plan.checkSettings, edit.field, edit.value);
      return checkSettings === plan.checkSettings ? plan : { ...plan, checkSettings };
    }
    case 'toggleCheckDisabled': {
      const disabled = plan.checkSettings.disabled;
      const next = disabled.includes(edit.code) ? disabled.filter((c) => c !== edit.code) : [...disabled, edit.code];
      return { ...plan, checkSettings: { ...plan.checkSettings, disabled: next } };
    }
  }
}

/**
 * Typing into one field makes many edits; the history keeps them as one step. Edits that share a
 * key coalesce; edits without a key (a toggle, a move) are always steps of their own.
 */
export function coalesceKey(edit: PlanEdit): string | null {
  switch (edit.type) {
    case 'setCover':
      return edit.field === 'basis' || edit.field === 'applicationType' ? null : `cover:${edit.field}`;
    case 'setInfo':
      return edit.field === 'level' ? null : `info:${edit.field}`;
    case 'setTaskRow':
      return edit.field === 'nameEn' ? `task:${edit.standardCode}:${edit.taskId}:nameEn` : null;
    case 'renameModule':
      return `module:${edit.moduleId}:name`;
    case 'setUnitField':
      return edit.field === 'level' ? null : `unit:${edit.unitId}:${edit.field}`;
    case 'setObjective':
      return `unit:${edit.unitId}:objectives[${edit.index}]`;
    case 'setStaffRequirement':
      return `unit:${edit.unitId}:staffRequirements.${edit.role}`;
    case 'setStaffMember':
      return edit.field === 'role' ? null : `unit:${edit.unitId}:staff[${edit.index}].${edit.field}`;
    case 'setLinkNote':
      return `unit:${edit.unitId}:link:${edit.item.standardCode}:${edit.item.kind}:${edit.item.id}:note`;
    case 'setPilot':
      return `pilot:${edit.field}`;
    case 'setCompletion':
      return edit.adopted === undefined ? `completion:${edit.criterion}:description` : null;
    case 'setEvidence':
      return `evidence:${edit.indicator}`;
    case 'setStakeholders':
      return `stakeholders:${edit.phase}`;
    case 'setCheckSetting':
      return `settings:${edit.field}`;
    default:
      return null;
  }
}
