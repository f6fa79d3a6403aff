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

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}’'.\-&]*|[,;:—―–()]|-(?=\s)/gu;
/** Abbreviations whose period does not end a sentence ("Sen.", "U.S."), shared with sentence bounds. */
export const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'vs', 'prof', 'rev', 'sgt', 'capt', 'adm', 'maj', 'cmdr', 'gens', 'sens', 'reps', 'no', 'inc', 'corp', 'co', 'ltd', 'mt', 'ft', 'u.s', 'u.n', 'u.k', 'd.c', 'a.m', 'p.m']);

/** The tokens of text[s, e): abbreviation periods kept, sentence periods and possessive marks dropped, short parentheticals ("(D-Wash.)") removed so they do not split a name from its verb. */
export function tokens(text: string, s: number, e: number): Tok[] {
  const out: Tok[] = [];
  const sub = text.slice(s, e);
  TOKEN.lastIndex = 0;
  let parens = false;
  for (let m = TOKEN.exec(sub); m; m = TOKEN.exec(sub)) {
    let t = m[0];
    // Keep the period of an abbreviation or initial ("Mr.", "V.", "U.S."), not a sentence's.
    if (t.length > 1 && t.charCodeAt(t.length - 1) === 46) {
      const w = t.slice(0, -1).toLowerCase();
      if (!(ABBREV.has(w) || /^\p{L}$/u.test(w) || w.includes('.'))) t = t.slice(0, -1);
    }
    const last = t.charCodeAt(t.length - 1);
    if (last === 0x2019 || last === 39) t = t.slice(0, -1);
    if (!t) continue;
    if (t === '(') parens = true;
    const lower = t.toLowerCase();
    const l = lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
    out.push({ t, l, s: s + m.index, e: s + m.index + t.length });
  }
  return parens ? withoutParentheticals(out) : out;
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
  return /^\p{Lu}/u.test(t.t) || /^\d/u.test(t.t);
}

/** Can this token be inside a speaker noun phrase? */
export function npWord(t: Tok): boolean {
  if (t.t === ',' ) return true;
  if (/^[;:—―–()-]$/u.test(t.t)) return false;
  if (isCapTok(t)) return true;
  if (NP_STOP.has(t.l)) return false;
  return true;
}
