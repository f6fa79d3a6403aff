/**
 * Folding of word forms so that spellings that differ only in accents, apostrophes, case or a
 * possessive ending ("Zelensky’s", "ZELENSKY", "Zelenský") compare equal across outlets and
 * languages ("Erdoğan"/"Erdogan", "Ștefan"/"Ştefan"/"Stefan", "Łukasz"/"Lukasz", "Straße"/"Strasse").
 */

const COMBINING = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`´]/g;

/**
 * Latin letters that are not a base letter plus a combining mark, so NFKD leaves them whole: the
 * stroke and ligature letters of Polish, Nordic, Croatian, Icelandic, Maltese and German, and the
 * Turkish dotless ı. (The dotted İ needs nothing: NFKD splits it into I and a combining dot.)
 */
const SPECIAL: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T',
  ı: 'i', ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'TH', ŀ: 'l', Ŀ: 'L',
};
const SPECIAL_RE = /[łŁøØđĐðÐħĦŧŦıßẞæÆœŒþÞŀĿ]/g;
const HAS_SPECIAL = /[łŁøØđĐðÐħĦŧŦıßẞæÆœŒþÞŀĿ]/;

/** Lower case without accents, typographic apostrophes made plain: the base of every key. */
export function fold(word: string): string {
  let s = word.normalize('NFKD').replace(COMBINING, '');
  if (HAS_SPECIAL.test(s)) s = s.replace(SPECIAL_RE, (c) => SPECIAL[c]!);
  return s.replace(APOSTROPHES, "'").toLowerCase();
}

/**
 * Lower case by a language's own rules, accents kept (what a Snowball stemmer reads): Turkish and
 * Azerbaijani "I" → "ı" and "İ" → "i"; elsewhere the default, without the stray combining dot that
 * "İ".toLowerCase() leaves ("i̇").
 */
export function lowerFor(word: string, lang: string): string {
  if (lang === 'tr' || lang === 'az') return word.normalize('NFC').toLocaleLowerCase('tr');
  return word.normalize('NFC').toLowerCase().replace(/i\u0307/g, 'i');
}

/** Drops an English possessive ("Biden's" → "Biden"), which the word segmenter keeps attached. */
export function stripPossessive(word: string): string {
  return word.replace(/['\u2019](?:s)?$/iu, '');
}

/** French, Italian and Catalan elided articles and pronouns that the word segmenter keeps attached. */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|dell|dall|nell|sull|all|coll|dagl|degl|negl|sugl|un|quest|quell|nessun|tutt|po)['\u2019](?=\p{L})/iu;
/** Turkish (and Azerbaijani) case endings after a proper noun's apostrophe ("Erdoğan'ın", "İstanbul'da"). */
const TR_SUFFIX = /['\u2019]\p{Ll}+$/u;

/**
 * The part of a segmenter word that names the thing, and its offset in the word: "l'Ukraine" →
 * ["Ukraine", 2] in French or Italian, "Erdoğan'ın" → ["Erdoğan", 0] in Turkish, otherwise the word
 * without an English possessive (as stripPossessive).
 */
export function coreWord(word: string, lang: string): [string, number] {
  if (lang === 'fr' || lang === 'it' || lang === 'ca') {
    const m = ELISION.exec(word);
    if (m) return [stripPossessive(word.slice(m[0].length)), m[0].length];
  } else if (lang === 'tr' || lang === 'az') {
    return [word.replace(TR_SUFFIX, ''), 0];
  }
  return [stripPossessive(word), 0];
}
