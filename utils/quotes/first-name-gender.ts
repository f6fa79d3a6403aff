/**
 * The usual gender of an English first name, from the gender-detection-from-name package's English
 * list (compacted into first-names-table.ts by scripts/gen-first-names.ts), so "he"/"she" can skip people whose
 * given name says otherwise ("she" after "Bernie Sanders" and "Hillary Clinton" is Clinton).
 */
import { FEMALE_NAMES, MALE_NAMES } from './first-names-table';

let table: Map<string, 'm' | 'f'> | null = null;

/** Built on first use: most pages never need a pronoun's gender. */
function names(): Map<string, 'm' | 'f'> {
  if (!table) {
    table = new Map();
    for (const n of FEMALE_NAMES.split(',')) table.set(n, 'f');
    for (const n of MALE_NAMES.split(',')) table.set(n, 'm');
  }
  return table;
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
  return names().get(k) ?? null;
}

/**
 * True when the word is a given name of the table, ambiguous ones included ("Jordan", "Kim"): the
 * matcher tells a person's full name ("Taivon Reed") from a place's ("Fort Wayne") with it.
 */
export function isGivenName(given: string): boolean {
  const k = given.toLowerCase();
  return k.length >= 2 && (AMBIGUOUS.has(k) || names().has(k));
}
