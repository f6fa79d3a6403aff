/**
 * Word tokens for attribution windows: short spans around a quote are cut into words and
 * punctuation with offsets, so rules can look at a few words either side without regex backtracking.
 */
import { NP_STOP } from './cues';

/** One word of an attribution window, with its offsets in the article so a mention can point back into the text. */
export interface Tok {
  t: string;
  /** lower case, trailing period dropped */
  l: string;
  s: number;
  e: number;
}

/** Abbreviations whose period does not end a sentence ("Sen.", "U.S."), shared with sentence bounds. */
export const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'vs', 'prof', 'rev', 'sgt', 'capt', 'adm', 'maj', 'cmdr', 'gens', 'sens', 'reps', 'no', 'inc', 'corp', 'co', 'ltd', 'mt', 'ft', 'u.s', 'u.n', 'u.k', 'd.c', 'a.m', 'p.m']);

/** The tokens of text[s, e): abbreviation periods kept, sentence periods and possessive marks dropped, short parentheticals ("(D-Wash.)") removed so they do not split a name from its verb. */
export function tokens(text: string, s: number, e: number): Tok[] {
  const out: Tok[] = [];
  let parens = false;
  let i = s;
  while (i < e) {
    const c = text.charCodeAt(i);
    let end = i;
    if (wordStart(text, i, c)) {
      end = i + (c >= 0xd800 && c < 0xdc00 ? 2 : 1);
      while (end < e && wordPart(text, end)) end += text.charCodeAt(end) >= 0xd800 && text.charCodeAt(end) < 0xdc00 ? 2 : 1;
    } else if (PUNCT.has(c) || (c === 45 && i + 1 < e && isSpace(text.charCodeAt(i + 1)))) {
      end = i + 1;
    } else {
      i++;
      continue;
    }
    push(out, text, i, end);
    if (c === 40) parens = true;
    i = end;
  }
  return parens ? withoutParentheticals(out) : out;
}

/** Punctuation that is a token of its own: , ; : — ― – ( ). */
const PUNCT = new Set([44, 59, 58, 0x2014, 0x2015, 0x2013, 40, 41]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER_DIGIT_MARK = /[\p{L}\p{N}\p{M}]/u;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680;
}

function asciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** A letter or digit starts a word (a code point, so letters outside the BMP count too). */
function wordStart(text: string, i: number, c: number): boolean {
  if (c < 128) return asciiWordChar(c);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Letters, digits, combining marks and ’ ' . - & continue a word. */
function wordPart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return asciiWordChar(c) || c === 39 || c === 46 || c === 45 || c === 38;
  if (c === 0x2019) return true;
  return LETTER_DIGIT_MARK.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** One token text[a, b): an abbreviation's period kept ("Mr.", "V.", "U.S."), a sentence's dropped, a closing apostrophe dropped. */
function push(out: Tok[], text: string, a: number, b: number): void {
  let t = text.slice(a, b);
  if (t.length > 1 && t.charCodeAt(t.length - 1) === 46) {
    const w = t.slice(0, -1).toLowerCase();
    if (!(ABBREV.has(w) || /^\p{L}$/u.test(w) || w.includes('.'))) t = t.slice(0, -1);
  }
  const last = t.charCodeAt(t.length - 1);
  if (last === 0x2019 || last === 39) t = t.slice(0, -1);
  if (!t) return;
  const lower = t.toLowerCase();
  const l = lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
  out.push({ t, l, s: a, e: a + t.length });
}

/** Drop short parentheticals ("Rep. Jim McDermott (D-Wash.) said"), in one pass. */
function withoutParentheticals(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.t === '(') {
      let j = i + 1;
      while (j < toks.length && j <= i + 8 && toks[j]!.t !== ')' && toks[j]!.t !== '(') j++;
      if (toks[j]?.t === ')') {
        i = j;
        continue;
      }
    }
    out.push(toks[i]!);
  }
  return out;
}

/** Capitalised or numeric: a candidate part of a name, since names are the capitalised runs in English news. */
export function isCapTok(t: Tok): boolean {
  const c = t.t.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^\p{Lu}/u.test(t.t);
}

/** Can this token be inside a speaker noun phrase? */
export function npWord(t: Tok): boolean {
  if (t.t === ',' ) return true;
  if (/^[;:—―–()-]$/u.test(t.t)) return false;
  if (isCapTok(t)) return true;
  if (NP_STOP.has(t.l)) return false;
  return true;
}
