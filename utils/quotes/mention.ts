/**
 * The attributing words found for a quote and how they are classified (pronoun, name, description),
 * because resolution differs: pronouns go to the last person of that gender, names to the full name.
 */
import { DETERMINERS, PRONOUNS, TITLES } from './cues';
import type { Tok } from './tokens';

/** The attributing words found for a quote. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: 'pronoun' | 'name' | 'description';
  /** Where the attribution was found; 'post' and 'colon' frame the quote as speech outright. */
  via: 'post' | 'pre' | 'colon';
}

/** Pronoun, name or description: a capitalised word that is not a title or determiner makes a name. */
export function kindOf(toks: Tok[]): Mention['kind'] {
  if (toks.length === 1 && PRONOUNS.has(toks[0]!.l)) return 'pronoun';
  if (toks.some((t) => /^\p{Lu}/u.test(t.t) && !TITLES.has(t.l) && !DETERMINERS.has(t.l))) {
    // A capitalised word that is not the sentence's first word or a title: a name (or an organisation).
    const first = toks[0]!;
    if (DETERMINERS.has(first.l) && !toks.slice(1).some((t) => /^\p{Lu}/u.test(t.t) && !TITLES.has(t.l))) return 'description';
    return 'name';
  }
  return 'description';
}

const PARTY_TAG = /^[ \u00a0]?\((?:[DRI]|Dem|Rep|Ind)[-–.,][^()]{0,18}\)/u;

/** A mention spanning the given tokens, with its text cut from the article so offsets stay exact. */
export function mk(text: string, toks: Tok[], via: Mention['via']): Mention {
  const s = toks[0]!.s;
  let e = toks[toks.length - 1]!.e;
  // A party tag right after the name belongs to the mention, as annotators mark it: "Rep. Jim McDermott (D-Wash.)".
  const tag = PARTY_TAG.exec(text.slice(e, e + 24));
  if (tag) e += tag[0].length;
  return { start: s, end: e, text: text.slice(s, e), kind: kindOf(toks), via };
}
