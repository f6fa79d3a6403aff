/**
 * A query article read against the index's current vocabulary, once per query: its weights go
 * into the per-key scratch (QueryScratch), its norms and contradiction sets into a small object
 * every candidate pair is then scored against.
 */
import { idf, priorDocFreq } from './idf';
import type { QueryScratch } from './query-scratch';
import type { ArticleFeatures } from './types';
import { KIND_NAME, KIND_NUM, KIND_QTY, KIND_TERM, KIND_UNIT, YEAR_PREFIX, type Vocabulary } from './vocabulary';
import { nearWeekdayBits, weekdayBits } from './weekday-bits';

/** The query's side of every pair: its features, the ids of its known keys, norms and contradiction sets. */
export interface PreparedQuery {
  features: ArticleFeatures;
  /** Ids of the query's name, term and number keys that some indexed article has. */
  knownKeyIds: number[];
  nameNorm: number;
  termNorm: number;
  numNorm: number;
  leadNorm: number;
  /** The query's year ids and whether it names any year at all (unknown years count, they match nothing). */
  yearIds: Set<number>;
  namesYears: boolean;
  /** Weekdays within one day of a lead weekday of the query (bits 1..7), 0 when its lead names none. */
  nearLeadWeekdays: number;
  /** Query quantities: unit id → its "unit=value" ids (-1 for a value no article has). */
  valuesByUnit: Map<number, number[]>;
}

/** Starts a query: sets the scratch weights of the query's keys; keys no article has only add to the norms. */
export function prepareQuery(f: ArticleFeatures, vocab: Vocabulary, scratch: QueryScratch, corpusSize: number): PreparedQuery {
  scratch.begin(vocab.capacity);
  const knownKeyIds: number[] = [];
  /** The key's IDF-weighted weight, recorded in the scratch when the key is known. */
  const weigh = (kind: string, key: string, weight: number): number => {
    const id = vocab.idOf(kind, key);
    const weighted = weight * (id === undefined ? idf(0, corpusSize, priorDocFreq(key)) : scratch.idfOf(id, vocab, corpusSize));
    if (id !== undefined) {
      scratch.queryWeight[id] = weighted;
      knownKeyIds.push(id);
    }
    return weighted;
  };
  let nameNormSq = 0;
  for (const k in f.names) {
    const x = weigh(KIND_NAME, k, f.names[k]!);
    nameNormSq += x * x;
  }
  let termNormSq = 0;
  for (const k in f.terms) {
    const x = weigh(KIND_TERM, k, f.terms[k]!);
    termNormSq += x * x;
  }
  // A number counts once, whatever its frequency: its weight is its IDF.
  let numNormSq = 0;
  for (const k of f.nums) {
    const x = weigh(KIND_NUM, k, 1);
    numNormSq += x * x;
  }
  let leadNormSq = 0;
  for (const k in f.lead) {
    const id = vocab.idOf(k.slice(0, 2), k.slice(2));
    const weighted = f.lead[k]! * (id === undefined ? idf(0, corpusSize, priorDocFreq(k.slice(2))) : scratch.idfOf(id, vocab, corpusSize));
    leadNormSq += weighted * weighted;
    if (id !== undefined) scratch.queryLeadWeight[id] = weighted;
  }
  const yearIds = new Set<number>();
  let namesYears = false;
  for (const k of f.nums) {
    if (k[0] !== YEAR_PREFIX) continue;
    namesYears = true;
    const id = vocab.idOf(KIND_NUM, k);
    if (id !== undefined) yearIds.add(id);
  }
  const valuesByUnit = new Map<number, number[]>();
  for (const k of f.qty ?? []) {
    const unit = vocab.idOf(KIND_UNIT, k.slice(0, k.indexOf('=')));
    if (unit === undefined) continue;
    const values = valuesByUnit.get(unit) ?? [];
    values.push(vocab.idOf(KIND_QTY, k) ?? -1);
    valuesByUnit.set(unit, values);
  }
  return {
    features: f,
    knownKeyIds,
    nameNorm: Math.sqrt(nameNormSq),
    termNorm: Math.sqrt(termNormSq),
    numNorm: Math.sqrt(numNormSq),
    leadNorm: Math.sqrt(leadNormSq),
    yearIds,
    namesYears,
    nearLeadWeekdays: nearWeekdayBits(weekdayBits(f.leadDays ?? [])),
    valuesByUnit,
  };
}
