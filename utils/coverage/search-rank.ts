/**
 * The popup search's ranking over the stored index (utils/db/search-store.ts), reading only the
 * query's own terms: each query word is expanded to the stored terms it is a prefix of (a key
 * range) and to those within a small edit distance that share its first two letters (three from six
 * letters on: a bounded key range), their postings read in one transaction, and the documents that hold every query word
 * (AND) scored by BM25+ on field-weighted frequencies, as MiniSearch scored them.
 */
import { postingsOf, searchTotals, termsWithPrefix, type StoredSearchKey } from '../db/search-store';
import type { Db } from '../db/schema';
import { boundedDistance, searchTerms } from '../search/analyze';

/** Expansions kept per query word (the most frequent first), and term rows read to choose them. */
const MAX_EXPANSIONS = 48;
const PREFIX_ROWS = 2000;
/** Postings read per query word at most: the expansions past it are dropped, rarest first. */
const MAX_POSTINGS_PER_WORD = 400_000;
/** MiniSearch's weights of a prefix and a fuzzy match against an exact one, and its BM25+ parameters. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/** A ranked document: its number, score, and the stored terms it matched (for highlighting). */
export interface RankedDoc {
  n: number;
  score: number;
  terms: string[];
}

/** MiniSearch's fuzzy: 0.2 — a word of 3-7 letters may be one edit off, 8-12 two. */
function maxEdits(word: string): number {
  return Math.min(6, Math.round(word.length * 0.2));
}

/** The stored terms one query word stands for, each with the weight of that kind of match. */
async function expansions(db: Db, word: string): Promise<Map<string, { row: StoredSearchKey; weight: number }>> {
  const out = new Map<string, { row: StoredSearchKey; weight: number }>();
  const edits = maxEdits(word);
  const [prefixed, near] = await Promise.all([termsWithPrefix(db, word, PREFIX_ROWS), edits > 0 && word.length >= 3 ? termsWithPrefix(db, word.slice(0, word.length >= 6 ? 3 : 2), PREFIX_ROWS) : Promise.resolve([])]);
  for (const row of prefixed) {
    const extra = row.term.length - word.length;
    out.set(row.term, { row, weight: extra === 0 ? 1 : (PREFIX_WEIGHT * row.term.length) / (row.term.length + 0.3 * extra) });
  }
  for (const row of near) {
    const d = boundedDistance(word, row.term, edits);
    if (d === 0 || d > edits) continue;
    const weight = (FUZZY_WEIGHT * row.term.length) / (row.term.length + d);
    const had = out.get(row.term);
    if (!had || had.weight < weight) out.set(row.term, { row, weight });
  }
  // The exact term always, then the most frequent, within the postings budget.
  const ranked = [...out.values()].sort((a, b) => b.weight - a.weight || b.row.df - a.row.df).slice(0, MAX_EXPANSIONS);
  const kept = new Map<string, { row: StoredSearchKey; weight: number }>();
  let postings = 0;
  for (const e of ranked) {
    if (kept.size && postings + e.row.df > MAX_POSTINGS_PER_WORD) continue;
    postings += e.row.df;
    kept.set(e.row.term, e);
  }
  return kept;
}

/** Documents holding every word of `query` (a word's expansions count as one), best first. */
export async function rankStored(db: Db, query: string): Promise<RankedDoc[]> {
  const words = [...new Set(searchTerms(query))];
  if (!words.length) return [];
  const [totals, expanded] = await Promise.all([searchTotals(db), Promise.all(words.map((w) => expansions(db, w)))]);
  if (expanded.some((e) => e.size === 0)) return [];
  const rows = new Map(expanded.flatMap((e) => [...e.values()].map((x) => [x.row.term, x.row] as const)));
  const postings = await postingsOf(db, [...rows.values()]);
  const n = Math.max(1, totals.docs);
  const avgLength = Math.max(1, totals.length / n);
  let scores: Map<number, RankedDoc> | null = null;
  // Rarest word first, so the intersection is small from the start.
  const order = expanded.map((e, i) => ({ e, i, df: [...e.values()].reduce((s, x) => s + x.row.df, 0) })).sort((a, b) => a.df - b.df);
  for (const { e } of order) {
    const next = new Map<number, RankedDoc>();
    for (const [term, { row, weight }] of e) {
      const idf = Math.log(1 + (n - row.df + 0.5) / (row.df + 0.5));
      for (const p of postings.get(term) ?? []) {
        const before: RankedDoc | undefined = scores ? scores.get(p.doc) : undefined;
        if (scores && !before) continue;
        const tf = (p.weight * (K1 + 1)) / (p.weight + K1 * (1 - B + (B * p.length) / avgLength)) + DELTA;
        const add = weight * idf * tf;
        const had = next.get(p.doc);
        if (had) {
          had.score += add;
          if (!had.terms.includes(term)) had.terms.push(term);
        } else next.set(p.doc, { n: p.doc, score: (before?.score ?? 0) + add, terms: [...(before?.terms ?? []), term] });
      }
    }
    scores = next;
    if (!scores.size) return [];
  }
  return [...scores!.values()].sort((a, b) => b.score - a.score || a.n - b.n);
}
