import { compareCodes } from '../codes';
import { importWarning, type ImportWarning } from '../importIssues';
import type { CompetencyItem } from '../../standard/schema';

/**
 * Characters that name the same thing in variant forms (紀錄/記錄, 台/臺). Two names that differ only
 * in these are still reported, but as variants, so the user knows it is the same item.
 */
const VARIANT_PAIRS = ['紀記', '台臺', '裡裏', '佈布', '週周', '於于', '綫線', '着著', '峰峯', '徵征', '汙污', '麵麪'];

function isVariantOf(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!VARIANT_PAIRS.some((pair) => pair.includes(a[i]!) && pair.includes(b[i]!))) return false;
  }
  return true;
}

/**
 * The K, S or A list of a standard, gathered from wherever the document names its items. The first
 * name printed for a code is its name; any other is kept in otherNames and reported once.
 */
export class NamedItems {
  private readonly items = new Map<string, CompetencyItem & { line: number }>();

  constructor(private readonly warnings: ImportWarning[]) {}

  /** Records a name for a code (an empty name only references it). */
  name(code: string, name: string, line: number, description?: string): void {
    const existing = this.items.get(code);
    if (!existing) {
      this.items.set(code, { id: code, name, line, ...(description ? { description } : {}) });
      return;
    }
    if (!name || name === existing.name || existing.otherNames?.includes(name)) return;
    if (!existing.name) {
      existing.name = name;
      if (description) existing.description = description;
      return;
    }
    existing.otherNames = [...(existing.otherNames ?? []), name];
    this.warnings.push(importWarning('code-with-two-names', line, {
      item: code, first: existing.name, other: name, ...(isVariantOf(existing.name, name) ? { variant: 'yes' } : {}),
    }));
  }

  has(code: string): boolean {
    return this.items.has(code);
  }

  /** The items in code order; unnamed ones are reported. */
  list(): CompetencyItem[] {
    return [...this.items.values()]
      .sort((a, b) => compareCodes(a.id, b.id))
      .map(({ line, ...item }) => {
        if (!item.name) this.warnings.push(importWarning('unnamed-item', line, { item: item.id }));
        return item;
      });
  }
}
