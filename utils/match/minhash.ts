/**
 * MinHash of word shingles: a fixed-size fingerprint whose agreement rate estimates the Jaccard
 * overlap of two texts' shingle sets. A republished wire story keeps most 3-word sequences even
 * when the outlet adds a headline or trims a paragraph, while two outlets writing up the same
 * event share few of them, so this separates 'duplicate' from 'same-story'.
 */
import { fnv1a } from '../text/hash';

/** Hash functions in a signature; 64 gives a Jaccard estimate within about ±0.06. */
export const MINHASH_SIZE = 64;
const SHINGLE = 3;

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x7f4a7c15));

/** The signature of a word sequence (folded words, stop words kept). */
export function minhash(words: readonly string[]): number[] {
  if (words.length === 0) return [];
  const sig = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = mix(h ^ SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard overlap of the two shingle sets, in [0, 1]. */
export function minhashSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
