/**
 * Folding of word forms so that spellings that differ only in accents, apostrophes, case or a
 * possessive ending ("Zelensky’s", "ZELENSKY", "Zelenský") compare equal across outlets.
 */

const COMBINING = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`´]/g;

/** Lower case without accents, typographic apostrophes made plain: the base of every key. */
export function fold(word: string): string {
  return word.normalize('NFKD').replace(COMBINING, '').replace(APOSTROPHES, "'").toLowerCase();
}

/** Drops an English possessive ("Biden's" → "Biden"), which the word segmenter keeps attached. */
export function stripPossessive(word: string): string {
  return word.replace(/['\u2019](?:s)?$/iu, '');
}
