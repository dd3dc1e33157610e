import type { Standard } from '../../standard/schema';
import type { Coverage } from '../coverage';
import type { ItemRef } from '../itemRef';
import type { Plan, Unit } from '../schema';
import type { StandardsIndex } from '../standardIndex';
import type { CheckDefinition, Report } from './finding';
import { itemLabel, unitLabel, type Bilingual } from './labels';

/** What every check reads: the plan, its standards indexed once, and the coverage computed once. */
export interface CheckContext {
  plan: Plan;
  standards: readonly Standard[];
  index: StandardsIndex;
  coverage: Coverage;
  /** Unit id → the unit (first of that id). */
  units: ReadonlyMap<string, Unit>;
  /** 單元「…」 / unit "…" for a unit of the plan, by id. */
  unitName(unitId: string): Bilingual;
  /** K03「音樂風格」 / knowledge K03 "音樂風格", the name looked up in the standard. */
  itemName(ref: ItemRef): Bilingual;
  /** A report about one field of a unit, its messages written around the unit's name. */
  unitReport(unit: Unit, field: string, say: (name: Bilingual) => Bilingual): Report;
}

/** A check: its registry entry and the rule itself. */
export interface Check extends CheckDefinition {
  run(context: CheckContext): Report[];
}

export function createContext(plan: Plan, standards: readonly Standard[], index: StandardsIndex, coverage: Coverage): CheckContext {
  const units = new Map<string, Unit>();
  const positions = new Map<string, number>();
  plan.units.forEach((unit, position) => {
    if (!units.has(unit.id)) {
      units.set(unit.id, unit);
      positions.set(unit.id, position);
    }
  });
  const codes = new Set<string>();
  for (const ref of plan.standards) codes.add(ref.code);
  for (const row of plan.selectedTasks) codes.add(row.standardCode);
  for (const attitude of plan.selectedAttitudes) codes.add(attitude.standardCode);
  const withStandard = codes.size > 1;
  const unitName = (unitId: string): Bilingual => {
    const unit = units.get(unitId);
    return unit ? unitLabel(unit, positions.get(unitId)!) : { zh: `單元 ${unitId}（不存在）`, en: `unit ${unitId} (missing)` };
  };
  return {
    plan,
    standards,
    index,
    coverage,
    units,
    unitName,
    itemName(ref) {
      return itemLabel(ref, index.nameOf(ref.kind, ref.standardCode, ref.id), withStandard);
    },
    // Checks take what they use out of the context, so no method may rely on `this`.
    unitReport(unit, field, say) {
      const { zh, en } = say(unitName(unit.id));
      return { message: zh, messageEn: en, location: { section: 'unit', unitId: unit.id, field } };
    },
  };
}
