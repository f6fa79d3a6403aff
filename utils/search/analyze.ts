/**
 * The popup search's analysis of text into terms, pure: words as Intl.Segmenter splits them in
 * the text's language (utils/text/segment.ts), each folded by the one fold (lower case, no
 * accents), a trailing possessive dropped. No stemming and no stop words, as the in-memory
 * MiniSearch search did: prefix matching stands in for stemming, and "the" is a word people type.
 */
import { words } from '../text/segment';
import { fold, stripPossessive } from '../text/normalize';

/** Field weights of a document's terms: a title word counts 3, a speaker's 3, an outlet's 2, a body word 1 (the boosts MiniSearch was given). */
export const FIELD_BOOST = { title: 3, speaker: 3, source: 2, text: 1 } as const;
export type SearchField = keyof typeof FIELD_BOOST;

/** Longest term kept: longer "words" (URLs, hashes) are noise and would bloat the term store. */
const MAX_TERM = 40;

/** The search terms of a text, in order, repeats kept (a query's and a field's analysis alike). */
export function searchTerms(text: string, lang = 'en'): string[] {
  const out: string[] = [];
  for (const w of words(text, lang)) {
    const t = stripPossessive(fold(w.text));
    if (t && t.length <= MAX_TERM) out.push(t);
  }
  return out;
}

/** One document's analysis: each distinct term's field-weighted frequency, and its length in terms. */
export interface AnalysedDoc {
  weights: Map<string, number>;
  length: number;
}

/** Analyses a document's fields into weighted term frequencies (a title word once = 3, a body word twice = 2). */
export function analyseFields(fields: Partial<Record<SearchField, string | null>>, lang = 'en'): AnalysedDoc {
  const weights = new Map<string, number>();
  let length = 0;
  for (const field of Object.keys(FIELD_BOOST) as SearchField[]) {
    const value = fields[field];
    if (!value) continue;
    for (const t of searchTerms(value, lang)) {
      weights.set(t, (weights.get(t) ?? 0) + FIELD_BOOST[field]);
      length++;
    }
  }
  return { weights, length };
}

/** The edit distance of a and b when it is at most `max`, else max + 1 (banded, so a long word costs little). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return Math.min(prev[b.length]!, max + 1);
}
