/**
 * What a paraphrase keeps of a quotation: its content words in order. Reported speech changes the
 * person ("we" → "the allies"), the tense ("will discuss" → "would discuss") and the function words,
 * so word pairs of the two wordings barely meet; their stemmed content words, and the order those
 * come in, mostly do. Negation is kept as a word of its own: "would not send troops" is not a
 * paraphrase of "will send troops".
 */
import { fold, stripPossessive } from '../text/normalize';
import { stem } from '../text/stem';
import { stopwordSet } from '../text/stopwords';
import { sharedWithEarlier } from './postings';

/** The content of one wording: its stems (a set) and its adjacent stem pairs, in order. */
export interface Content {
  stems: Set<string>;
  pairs: Set<string>;
  negated: boolean;
}

const NEGATION = new Set(['not', 'no', 'never', 'nor', 'none', 'nothing', 'neither', 'nobody', 'cannot', 'without']);
const NOT = '\u0000not';

/** A wording's content words: stop words dropped, every negation one token, the rest stemmed (English rules). */
export function contentOf(text: string): Content {
  const stop = stopwordSet('en');
  const seq: string[] = [];
  for (const w of fold(text.normalize('NFKC')).match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []) {
    if (NEGATION.has(w) || w.endsWith("n't")) seq.push(NOT);
    else if (!stop.has(w)) {
      const core = stripPossessive(w);
      if (core && !stop.has(core)) seq.push(stem(core, 'en'));
    }
  }
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < seq.length; i++) pairs.add(seq[i] + ' ' + seq[i + 1]);
  return { stems: new Set(seq), pairs, negated: seq.includes(NOT) };
}

/** At least this many content words in common… */
const MIN_SHARED = 3;
/** …covering this share of the shorter wording's content words… */
const MIN_SHARE = 0.6;
/** …with at least this many of its adjacent content-word pairs in the same order. */
const MIN_PAIRS = 2;

/**
 * How well two wordings report the same statement (the share of the shorter one's content words in
 * the other), or 0 when they do not: too few shared words, the words in another order (a story's
 * common words, "NATO", "allies", "Ukraine", "Russia", meet in many statements, but rarely side by
 * side in both), or one of the two negated and the other not.
 */
export function paraphraseScore(a: Content, b: Content): number {
  if (a.negated !== b.negated) return 0;
  const [small, large] = a.stems.size <= b.stems.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small.stems) if (large.stems.has(s)) shared++;
  if (shared < MIN_SHARED || shared / small.stems.size < MIN_SHARE) return 0;
  let pairs = 0;
  for (const p of small.pairs) if (large.pairs.has(p)) pairs++;
  return pairs >= MIN_PAIRS ? shared / small.stems.size : 0;
}

/**
 * The pairs of wordings (indices, earlier first) that report the same statement by their content,
 * best first: found through the content words they share, compared only where `take` allows.
 */
export function paraphraseLinks(texts: readonly string[], take: (i: number, j: number) => boolean): [number, number][] {
  const content = texts.map(contentOf);
  const postings = new Map<string, number[]>();
  const links: [number, number, number][] = [];
  for (let i = 0; i < texts.length; i++) {
    for (const [j, n] of sharedWithEarlier(postings, content[i]!.stems, i, (j) => take(i, j))) {
      if (n < 2) continue;
      const score = paraphraseScore(content[i]!, content[j]!);
      if (score > 0) links.push([score, j, i]);
    }
  }
  links.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  return links.map(([, j, i]) => [i, j]);
}
