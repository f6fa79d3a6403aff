/**
 * Inverse document frequency that means the same in a 4-article corpus and a 100k one. The
 * corpus's own document frequencies are blended with a prior corpus of PRIOR_DOCS virtual articles
 * whose document frequencies come from a word-frequency list (./prior-table.ts): in a tiny corpus
 * "said" stays cheap and "Stoltenberg" stays distinctive even when every article has both; as the
 * corpus grows its own counts take over. This is the Bayesian (Dirichlet-smoothed) estimate of a
 * word's document rate, and IDF is its negative log.
 */
import { PRIOR_TABLE } from './prior-table';
import { PRIOR_MIN_DOC_FREQ } from './prior-build';

/** How many virtual articles the prior weighs: a corpus of this size counts as much as the prior. */
export const PRIOR_DOCS = 1000;
/** Prior document rate of anything the list does not hold (names, rare words). */
export const RARE_DOC_FREQ = PRIOR_MIN_DOC_FREQ / 3;

let table: Map<string, number> | null = null;

function load(): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of PRIOR_TABLE.split('\n')) {
    const parts = line.split(' ');
    const p = Math.exp(-Number(parts[0]) / 4);
    for (let i = 1; i < parts.length; i++) m.set(parts[i]!, p);
  }
  return m;
}

/** Probability that a typical article contains this stem, from the word-frequency list. */
export function priorDocFreq(key: string): number {
  table ??= load();
  return table.get(key) ?? RARE_DOC_FREQ;
}

/** Smoothed IDF of a key seen in `df` of `n` corpus articles (never negative, finite at n = 0). */
export function idf(df: number, n: number, prior: number): number {
  return Math.log((n + PRIOR_DOCS + 1) / (df + PRIOR_DOCS * prior + 0.5));
}
