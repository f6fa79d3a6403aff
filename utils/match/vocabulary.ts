/**
 * The index's vocabulary: every key an indexed article has, interned once as a small integer id,
 * with what scoring needs to know per key (its kind, whether it is a person's full name, its
 * document frequency and word-frequency prior). Per-key facts live in typed arrays indexed by id,
 * so a query reads numbers, not strings. Keys are kept bare, one map per kind: a query looks up
 * the features' own key strings (their hash already cached) instead of building prefixed ones.
 */
import { priorDocFreq } from './idf';
import { isPersonNameKey } from './person-names';

/** Key kinds, as the features' lead keys prefix them ("n:biden", "t:shoot"). */
export const KIND_NAME = 'n:';
export const KIND_TERM = 't:';
export const KIND_NUM = '#:';
/** A quantity's unit ("magnitud") and a quantity ("magnitud=4.6"). */
export const KIND_UNIT = 'u:';
export const KIND_QTY = 'q:';
/** The kinds in the order of `kindOf`'s numbers. */
export const KEY_KINDS = [KIND_NAME, KIND_TERM, KIND_NUM, KIND_UNIT, KIND_QTY] as const;
/** Number keys of years ("y2022") start with this. */
export const YEAR_PREFIX = 'y';

/** The interned keys of an index and their per-key facts. */
export class Vocabulary {
  private idsByKind: Record<string, Map<string, number>> = { [KIND_NAME]: new Map(), [KIND_TERM]: new Map(), [KIND_NUM]: new Map(), [KIND_UNIT]: new Map(), [KIND_QTY]: new Map() };
  /** The bare key of each id. */
  readonly keyOf: string[] = [];
  /** The kind of each id, as an index into KEY_KINDS. */
  kindOf = new Uint8Array(1024);
  /** 1 for a name key of a person's full name (isPersonNameKey): not a town, an outlet or a surname alone. */
  isPersonName = new Uint8Array(1024);
  /** Articles of the index that have the key (names, terms and numbers; live). */
  docFreq = new Int32Array(1024);
  /** The key's word-frequency prior (./idf.ts priorDocFreq), computed once. */
  prior = new Float64Array(1024);

  /** Keys interned so far (ids are 0 .. count − 1). */
  get count(): number {
    return this.keyOf.length;
  }

  /** Length of the per-key arrays: per-key scratch elsewhere (QueryScratch) grows to it. */
  get capacity(): number {
    return this.docFreq.length;
  }

  /** The id of a key of a kind, interning it (with the given prior, else its word-frequency prior) if new. */
  intern(kind: string, key: string, prior?: number): number {
    const map = this.idsByKind[kind]!;
    let id = map.get(key);
    if (id === undefined) {
      id = this.keyOf.length;
      if (id >= this.docFreq.length) this.grow(id * 2);
      map.set(key, id);
      this.keyOf.push(key);
      this.kindOf[id] = KEY_KINDS.indexOf(kind as (typeof KEY_KINDS)[number]);
      this.isPersonName[id] = kind === KIND_NAME && isPersonNameKey(key) ? 1 : 0;
      this.prior[id] = prior ?? priorDocFreq(key);
    }
    return id;
  }

  /** The key's word-frequency prior. */
  priorOf(id: number): number {
    return this.prior[id]!;
  }

  /** The id of a key of the given kind, if any article has it. */
  idOf(kind: string, key: string): number | undefined {
    return this.idsByKind[kind]!.get(key);
  }

  private grow(capacity: number): void {
    this.kindOf = grown(this.kindOf, capacity);
    this.isPersonName = grown(this.isPersonName, capacity);
    this.docFreq = grown(this.docFreq, capacity);
    this.prior = grown(this.prior, capacity);
  }
}

/** A copy of a typed array at a larger length, zeros after the old values. */
export function grown<T extends Uint8Array | Int32Array | Float64Array>(array: T, capacity: number): T {
  const copy = new (array.constructor as new (length: number) => T)(capacity);
  copy.set(array);
  return copy;
}
