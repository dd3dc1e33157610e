import { DepthSchema, type Depth, type ItemKind } from './schema';

/** An item of a standard as a plan refers to it: its kind, its code and the standard that defines it. */
export interface ItemRef {
  kind: ItemKind;
  /** `T1.1`, `P1.1.1`, `K01`, `S08`, `A03` */
  id: string;
  standardCode: string;
}

/** The depths from shallow to deep (introduced < practised < assessed), in the schema's order. */
export const DEPTHS: readonly Depth[] = DepthSchema.options;

/** Each depth's place in DEPTHS: the one order every comparison of depths uses. */
export const DEPTH_RANK: Readonly<Record<Depth, number>> = Object.fromEntries(DEPTHS.map((depth, rank) => [depth, rank])) as Record<Depth, number>;

/** The deeper of two depths; `null` means "not covered yet". */
export function deeper(current: Depth | null, next: Depth): Depth {
  return current === null || DEPTH_RANK[next] > DEPTH_RANK[current] ? next : current;
}

/**
 * A map keyed by item (standard code, kind, id) without building a key string per lookup: the codes
 * of a plan are strings V8 has already hashed, a concatenated key is a new string to hash every time
 * (measured: seven times slower on the coverage benchmark).
 */
export class ItemTable<V> {
  private readonly byStandard = new Map<string, Map<ItemKind, Map<string, V>>>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(kind: ItemKind, standardCode: string, id: string): V | undefined {
    return this.byStandard.get(standardCode)?.get(kind)?.get(id);
  }

  has(kind: ItemKind, standardCode: string, id: string): boolean {
    return this.byStandard.get(standardCode)?.get(kind)?.has(id) ?? false;
  }

  set(kind: ItemKind, standardCode: string, id: string, value: V): void {
    let byKind = this.byStandard.get(standardCode);
    if (byKind === undefined) {
      byKind = new Map();
      this.byStandard.set(standardCode, byKind);
    }
    let byId = byKind.get(kind);
    if (byId === undefined) {
      byId = new Map();
      byKind.set(kind, byId);
    }
    if (!byId.has(id)) this.count += 1;
    byId.set(id, value);
  }
}
