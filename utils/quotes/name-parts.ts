/**
 * Token-level helpers for names: key letters, titles, sentence openers and particles, shared by name
 * extraction, speaker keys and the article's people so all three read a name the same way.
 */
import { fold } from '../text/normalize';
import { TITLES } from './cues';

/** Capitalised words a sentence may start with that are never part of a name. */
export const LEADING_COMMON = new Set([
  'the', 'a', 'an', 'but', 'and', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'if', 'as', 'for', 'with', 'since',
  'then', 'so', 'yet', 'or', 'still', 'however', 'meanwhile', 'asked', 'speaking', 'according', 'although', 'though',
  'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'its', 'my', 'last',
  'next', 'earlier', 'later', 'now', 'notably', 'under', 'over', 'from', 'to', 'by', 'of', 'like', 'unlike', 'during',
  'despite', 'without', 'even', 'also', 'only', 'just', 'both', 'all', 'some', 'many', 'more', 'most', 'no', 'not', 'there',
  'here', 'what', 'why', 'how', 'who', 'where', 'which', 'instead', 'indeed', 'once', 'until', 'among', 'about', 'against',
  'between', 'because', 'whether', 'every', 'each', 'other', 'another', 'such', 'former', 'ex', 'following', 'amid', 'via',
]);

/** Lower-case name particles ("de", "van", "bin") that stay inside a name. */
export const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'el', 'del', 'dos', 'ter', 'ten', 'of', 'y']);

/**
 * A name word as keys compare it: the one fold of ../text/normalize.ts (case, diacritics, "Ł", "ß"),
 * letters and digits only ("O'Brien" → "obrien").
 */
export function keyLetters(s: string): string {
  // Plain ASCII letters and digits only: the common case, without normalising or patterns.
  if (/^[a-z0-9]*$/u.test(s)) return s;
  let f = LETTERS.get(s);
  if (f === undefined) {
    if (LETTERS.size >= 20_000) LETTERS.clear();
    LETTERS.set(s, (f = fold(s).replace(/[^\p{L}\p{N}]+/gu, '')));
  }
  return f;
}

/** Keyed forms already computed (bounded): an article keys the same few names again and again. */
const LETTERS = new Map<string, string>();

/** A name token without possessive or trailing punctuation ("Biden’s," → "Biden"). */
export function bare(token: string): string {
  const last = token.charCodeAt(token.length - 1);
  // Fast exit for a plain word ending in a letter other than s.
  if (last !== 115 && ((last >= 97 && last <= 122) || (last >= 65 && last <= 90))) return token;
  return token.replace(/[’']s$/u, '').replace(/[.,;:’'"]+$/u, '');
}

/** An honorific or role word ("Sen.", "President") that prefixes a name but is not part of it. */
export function isTitle(token: string): boolean {
  return TITLES.has(token.toLowerCase().replace(/\.$/u, ''));
}

/** Capitalised: names are the capitalised runs. */
export function isCap(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}

/** The words of a name without leading titles or trailing suffixes ("Jr."), the form keys and display names use. */
export function nameTokens(name: string): string[] {
  let toks = name.split(/\s+/u).map(bare).filter(Boolean);
  while (toks.length > 1 && (isTitle(toks[0]!) || LEADING_COMMON.has(toks[0]!.toLowerCase()))) toks = toks.slice(1);
  while (toks.length > 1 && /^(jr|sr|ii|iii|iv)\.?$/iu.test(toks[toks.length - 1]!)) toks = toks.slice(0, -1);
  return toks;
}

/** The folded given name (or initial), which tells apart two people sharing a surname. */
export function givenKey(name: string): string | null {
  const toks = nameTokens(name);
  if (toks.length < 2) return null;
  const first = toks.find((t) => !/^\p{Lu}\.?$/u.test(t)) ?? toks[0]!;
  if (first === toks[toks.length - 1]) return keyLetters(toks[0]!).slice(0, 1);
  return keyLetters(first);
}

/** Do two given-name keys agree? An initial agrees with any name it starts; names agree on their first two letters (Joe / Joseph). */
export function sameGiven(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return a.slice(0, 2) === b.slice(0, 2);
}
