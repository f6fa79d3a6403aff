/**
 * One key per person across spellings and transliterations, so quotes by "Mr. Zelensky" and
 * "Volodymyr Zelenskyy" land on the same speaker. The spelling variants are the matcher's
 * (../text/name-key.ts): a person the matcher reads as one name is one speaker here too.
 */
import { nameWordKey } from '../text/name-key';
import { looksLikePerson } from './name-of';
import { keyLetters, nameTokens } from './name-parts';

/**
 * One key for the variants of a person's name, so "Mr. Biden", "President Joe Biden" and "Biden"
 * meet: the variant key of the surname, titles stripped. Two people sharing a surname share the
 * key too; canonicalSpeakers is where they are told apart. A source that is no person's name ("a
 * senior official") is keyed as written, letters only.
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
  if (!looksLikePerson(toks.join(' ')) || toks[0] === toks[0]!.toLowerCase()) return keyLetters(toks.join(' '));
  return nameWordKey(keyLetters(toks[toks.length - 1]!));
}
