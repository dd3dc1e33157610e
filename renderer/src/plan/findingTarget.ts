import type { FindingLocation } from '../../../shared/plan/checks/finding';
import type { ItemRef } from '../../../shared/plan/itemRef';
import type { Plan } from '../../../shared/plan/schema';
import type { PlanSection } from '../navigation/route';

/**
 * The element ids of the plan's fields, shared by the screens (which put them on the inputs) and by
 * the findings (which take the user there). Ids are only ever looked up with getElementById, so any
 * character in a unit id or code is safe.
 */
export const fieldId = {
  section: (section: PlanSection) => `section.${section}`,
  cover: (field: string) => `cover.${field}`,
  info: (field: string) => `info.${field}`,
  selectionItem: (ref: ItemRef) => `sel.${ref.standardCode}.${ref.kind}.${ref.id}`,
  mapModule: (moduleId: string) => `map.module.${moduleId}`,
  mapUnit: (unitId: string) => `map.unit.${unitId}`,
  unit: (unitId: string, field: string) => `unit.${unitId}.${field}`,
  unitObjective: (unitId: string, index: number) => `unit.${unitId}.objectives.${index}`,
  unitLink: (unitId: string, ref: ItemRef) => `unit.${unitId}.link.${ref.standardCode}.${ref.kind}.${ref.id}`,
  pilot: (field: string) => `pilot.${field}`,
  completion: (field?: string) => (field === undefined ? 'completion' : `completion.${field}`),
  settings: (field: string) => `settings.${field}`,
} as const;

/** Where a finding takes the user: a section of the plan (a unit's page for unit findings) and the element to focus. */
export interface FindingTarget {
  section: PlanSection;
  unitId?: string;
  /** The element to focus; `fallbackId` when it is not on the page (say, a unit that no longer exists). */
  elementId: string;
  fallbackId: string;
}

const UNIT_FIELD_ALIASES: Readonly<Record<string, string>> = {
  // A duplicated id is fixed by telling the units apart: go to the name.
  id: 'nameZh',
};

export function findingTarget(location: FindingLocation, plan: Plan): FindingTarget {
  const section = (s: PlanSection, elementId: string, unitId?: string): FindingTarget =>
    unitId === undefined ? { section: s, elementId, fallbackId: fieldId.section(s) } : { section: s, unitId, elementId, fallbackId: fieldId.section(s) };

  switch (location.section) {
    case 'cover':
      return section('info', fieldId.cover(location.field ?? 'nameZh'));
    case 'info':
      return section('info', fieldId.info(location.field ?? 'needs'));
    case 'selection':
      return section('selection', location.item ? fieldId.selectionItem(location.item) : fieldId.section('selection'));
    case 'map': {
      const unitExists = location.unitId !== undefined && plan.units.some((u) => u.id === location.unitId);
      if (unitExists) return section('map', fieldId.mapUnit(location.unitId!));
      if (location.moduleId !== undefined) return section('map', fieldId.mapModule(location.moduleId));
      return section('map', fieldId.section('map'));
    }
    case 'unit': {
      const unitId = location.unitId;
      if (unitId === undefined || !plan.units.some((u) => u.id === unitId)) return section('units', fieldId.section('units'));
      const field = location.field ?? 'nameZh';
      const objective = /^objectives\[(\d+)\]$/.exec(field);
      if (objective) return section('units', fieldId.unitObjective(unitId, Number(objective[1])), unitId);
      if (field === 'links' && location.item) return section('units', fieldId.unitLink(unitId, location.item), unitId);
      return section('units', fieldId.unit(unitId, UNIT_FIELD_ALIASES[field] ?? field), unitId);
    }
    case 'pilot':
      return section('delivery', fieldId.pilot(location.field ?? 'enrolled'));
    case 'completion':
      return section('delivery', fieldId.completion(location.field));
    case 'settings':
      return section('checks', fieldId.settings(location.field ?? 'disabled'));
  }
}
