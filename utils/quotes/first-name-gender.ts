/**
 * The usual gender of an English first name, from the gender-detection-from-name package's English
 * list (compacted into first-names-table.ts by scripts/gen-first-names.ts), so "he"/"she" can skip people whose
 * given name says otherwise ("she" after "Bernie Sanders" and "Hillary Clinton" is Clinton).
 */
import { FEMALE_NAMES, MALE_NAMES } from './first-names-table';

/**
 * Whether `name` is one of `list`'s names (sorted, comma-joined, as the generator writes them): a
 * binary search over the string itself. No table is built: building a Map of the 32,500 names
 * took 14–54 ms of a woken service worker's first page, which the matcher's first name asks for.
 */
export function inSortedNames(list: string, name: string): boolean {
  // [lo, hi) is a run of whole names: lo starts a name, hi starts one or is the end.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : list.lastIndexOf(',', mid - 1) + 1;
    const comma = list.indexOf(',', mid);
    const end = comma < 0 ? list.length : comma;
    const word = list.slice(start, end);
    if (word === name) return true;
    if (word < name) lo = end + 1;
    else hi = start;
  }
  return false;
}

/** A (lower-cased) name's gender in the table, null when it has none. */
function tableGender(name: string): 'm' | 'f' | null {
  if (inSortedNames(FEMALE_NAMES, name)) return 'f';
  return inSortedNames(MALE_NAMES, name) ? 'm' : null;
}

/** Names common for both genders in US news, left undecided rather than guessed. */
const AMBIGUOUS = new Set(['jan', 'jean', 'kim', 'jamie', 'lindsey', 'robin', 'dana', 'leslie', 'kelly', 'casey', 'jordan', 'taylor', 'morgan', 'alex', 'sam', 'pat', 'terry', 'lee', 'chris', 'jody', 'shannon', 'tracy', 'carol', 'marion', 'sandy', 'jesse', 'drew', 'hope']);

/**
 * 'm' or 'f' for a first name the list knows, null otherwise (initials, unknown or ambiguous names),
 * so a pronoun is never steered by a guess.
 */
export function firstNameGender(given: string): 'm' | 'f' | null {
  const k = given.toLowerCase();
  if (k.length < 2 || AMBIGUOUS.has(k)) return null;
  return tableGender(k);
}

/**
 * True when the word is a given name of the table, ambiguous ones included ("Jordan", "Kim"): the
 * matcher tells a person's full name ("Taivon Reed") from a place's ("Fort Wayne") with it.
 */
export function isGivenName(given: string): boolean {
  const k = given.toLowerCase();
  return k.length >= 2 && (AMBIGUOUS.has(k) || tableGender(k) !== null);
}
