import type { CoverageLink, ItemKind, Module, Plan, Unit } from '../plan/schema';
import { cleanText, hasText } from './sanitize';

/**
 * The units as the documents list them: in teaching order (the modules of 表2 in order, then any unit
 * no module holds, in the plan's order), each numbered from 1 in that order everywhere (tables,
 * syllabus, matrix columns), so 「單元 3」 is the same unit in every document.
 */

export interface OrderedUnit {
  unit: Unit;
  /** 1-based position in teaching order. */
  number: number;
  /** The first module that holds the unit, if any. */
  module: Module | undefined;
}

export function unitsInOrder(plan: Plan): OrderedUnit[] {
  const byId = new Map<string, Unit>();
  for (const unit of plan.units) if (!byId.has(unit.id)) byId.set(unit.id, unit);
  const placed = new Set<string>();
  const out: OrderedUnit[] = [];
  for (const module of plan.modules) {
    for (const id of module.unitIds) {
      const unit = byId.get(id);
      if (unit === undefined || placed.has(id)) continue;
      placed.add(id);
      out.push({ unit, number: out.length + 1, module });
    }
  }
  for (const unit of plan.units) {
    if (placed.has(unit.id)) continue;
    placed.add(unit.id);
    out.push({ unit, number: out.length + 1, module: undefined });
  }
  return out;
}

/** The unit's Chinese name, or its English name, or its id, so a row never goes without a name. */
export function unitName(unit: Unit): string {
  if (hasText(unit.nameZh)) return cleanText(unit.nameZh).trim();
  if (hasText(unit.nameEn)) return cleanText(unit.nameEn).trim();
  return `（未命名單元 ${unit.id}）`;
}

/**
 * The unit's name cut to `max` characters with 「…」, for places that refer back to a unit whose full
 * name is printed elsewhere in the same document (the matrices' detail table refers to the unit key).
 */
export function shortUnitName(unit: Unit, max = 30): string {
  const name = [...unitName(unit)];
  return name.length <= max ? name.join('') : `${name.slice(0, max).join('')}…`;
}

/** A unit's links of one kind, each item once, in the order the unit lists them. */
export function linksOf(unit: Unit, kind: ItemKind): CoverageLink[] {
  const seen = new Set<string>();
  const out: CoverageLink[] = [];
  for (const link of unit.links) {
    if (link.kind !== kind) continue;
    const key = `${link.standardCode}\u0000${link.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(link);
  }
  return out;
}

/** `12` or `4.5`: hours as people write them. */
export function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : String(Math.round(hours * 100) / 100);
}
