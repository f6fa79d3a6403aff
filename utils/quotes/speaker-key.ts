/**
 * One key per person across spellings and transliterations, so quotes by "Mr. Zelensky" and
 * "Volodymyr Zelenskyy" land on the same speaker.
 */
import { looksLikePerson } from './name-of';
import { fold, nameTokens } from './name-parts';

/** Transliteration folding for surnames: Zelensky, Zelenskyy, Zelenskiy, Selenskyj → one key. */
function foldSurname(s: string): string {
  let f = fold(s);
  f = f.replace(/(?:iy|yy|yi|ij|yj|ii|y|i)$/u, 'i');
  f = f.replace(/^s(?=e)/u, 'z').replace(/kh/gu, 'h').replace(/ck/gu, 'k').replace(/w/gu, 'v').replace(/ph/gu, 'f');
  f = f.replace(/(.)\1+/gu, '$1');
  return f;
}

/**
 * One key for the variants of a person's name, so "Mr. Biden", "President Joe Biden" and "Biden"
 * meet: the folded surname with titles stripped. Two people sharing a surname share the key too;
 * canonicalSpeakers is where they are told apart.
 */
export function speakerKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    // The same few names are keyed again and again through an article: remember them (bounded).
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(name, (key = keyOf(name)));
  }
  return key;
}

const KEYS = new Map<string, string>();
const MAX_KEYS = 20_000;

function keyOf(name: string): string {
  const toks = nameTokens(name.trim());
  if (toks.length === 0) return '';
  if (!looksLikePerson(toks.join(' ')) || toks[0] === toks[0]!.toLowerCase()) return fold(toks.join(' '));
  return foldSurname(toks[toks.length - 1]!);
}
