/**
 * The usual gender of an English first name, from the gender-detection-from-name package's English
 * list (only that list is loaded, not its other languages), so "he"/"she" can skip people whose
 * given name says otherwise ("she" after "Bernie Sanders" and "Hillary Clinton" is Clinton).
 */
import enNames from 'gender-detection-from-name/names/en';

/** Names common for both genders in US news, left undecided rather than guessed. */
const AMBIGUOUS = new Set(['jan', 'jean', 'kim', 'jamie', 'lindsey', 'robin', 'dana', 'leslie', 'kelly', 'casey', 'jordan', 'taylor', 'morgan', 'alex', 'sam', 'pat', 'terry', 'lee', 'chris', 'jody', 'shannon', 'tracy', 'carol', 'marion', 'sandy', 'jesse', 'drew', 'hope']);

/**
 * 'm' or 'f' for a first name the list knows, null otherwise (initials, unknown or ambiguous names),
 * so a pronoun is never steered by a guess.
 */
export function firstNameGender(given: string): 'm' | 'f' | null {
  const k = given.toLowerCase();
  if (k.length < 2 || AMBIGUOUS.has(k)) return null;
  const g = enNames.get(k);
  return g === 'male' ? 'm' : g === 'female' ? 'f' : null;
}
