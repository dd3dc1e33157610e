import { coverageOf, type Coverage } from '../plan/coverage';
import type { ItemKind, Plan } from '../plan/schema';
import type { Standard } from '../standard/schema';
import { coded, para, type ParaOptions } from './content';
import { resolveFonts, STYLE, type DocumentFonts, type ExportOptions } from './documentSetup';
import { lookupStandards, planStandardRefs, provenanceOf, type Provenance, type StandardLookup } from './sources';
import { unitsInOrder, type OrderedUnit } from './units';

/** What every builder works from, computed once per document. */
export interface ExportContext {
  plan: Plan;
  lookup: StandardLookup;
  coverage: Coverage;
  units: OrderedUnit[];
  provenance: Provenance;
  fonts: DocumentFonts;
  madeAt: Date;
  /**
   * The plan's one standard, or null when it names several (or none): codes of any other standard
   * are printed with their standard's code, so `S01` is never ambiguous.
   */
  soleStandard: string | null;
}

export function exportContext(plan: Plan, standards: readonly Standard[], options: ExportOptions = {}): ExportContext {
  const lookup = lookupStandards(standards);
  const madeAt = options.madeAt ?? new Date();
  return {
    plan,
    lookup,
    coverage: coverageOf(plan, standards),
    units: unitsInOrder(plan),
    provenance: provenanceOf(plan, lookup, madeAt),
    fonts: resolveFonts(options.fonts),
    madeAt,
    soleStandard: soleStandardOf(plan),
  };
}

function soleStandardOf(plan: Plan): string | null {
  const codes = new Set(planStandardRefs(plan).map((r) => r.code));
  return codes.size === 1 ? [...codes][0]! : null;
}

/** An item's code as printed: `K01`, or `ATC3521-004v2 K01` when the plan is not on that one standard only. */
export function codeOf(context: ExportContext, standardCode: string, id: string): string {
  return standardCode === context.soleStandard ? id : `${standardCode} ${id}`;
}

/** An item of a standard, its code and its name taken from the standard. */
export function itemParagraph(context: ExportContext, kind: ItemKind, standardCode: string, id: string, options: ParaOptions & { suffix?: string } = {}) {
  return coded(codeOf(context, standardCode, id), context.lookup.nameOf(kind, standardCode, id), {
    style: STYLE.tableText,
    ...options,
    missing: context.lookup.standard(standardCode) === undefined ? '（未提供此職能基準）' : '（基準中查無此代碼）',
  });
}

/** Items of one kind as paragraphs, or a grey 「（無）」 when there are none. */
export function itemParagraphs(context: ExportContext, kind: ItemKind, refs: readonly { standardCode: string; id: string }[], empty = '（無）') {
  if (refs.length === 0) return [para(empty, { style: STYLE.tableText, color: '808080' })];
  return refs.map((ref) => itemParagraph(context, kind, ref.standardCode, ref.id));
}
