/**
 * Names of people, places and organisations, found without a model: runs of capitalised words
 * that are not merely sentence-initial (or that the same document capitalises elsewhere), with
 * titles such as "Mr." or "President" cut off. Each name gets a variant-folding key so that
 * "Zelensky" / "Zelenskyy" / "Zelenskiy" and "Mr. Biden" / "President Joe Biden" meet.
 */
import type { Token } from './tokenize';
import { isStopword } from './stopwords';

/** Titles and roles that precede names; they split a run ("NATO Secretary General Jens Stoltenberg"). */
export const HONORIFICS = new Set(
  ('mr mrs ms miss mx dr prof president vice sen senator rep representative gov governor gen general lt col ' +
    'maj capt cmdr adm sgt cpl judge justice chancellor minister prime secretary king queen prince princess pope ' +
    'sir dame lord lady rev reverend chief chairman chairwoman speaker leader mayor ambassador officer detective ' +
    'coach former deputy attorney sheriff commissioner director spokesman spokeswoman premier emperor sheikh ' +
    'dear madam mister st saint pres hon gens sens reps').split(' '),
);

/** Calendar words are capitalised but name no entity; dates are handled as numbers. */
export const CALENDAR = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);

/** Lower-case particles allowed inside a name ("Bank of America", "Ludwig van Beethoven"). */
const CONNECTORS = new Set(['of', 'de', 'la', 'van', 'von', 'der', 'del', 'da', 'bin', 'al', 'le', 'du', 'di', 'y']);

/** One occurrence of a name. */
export interface NameMention {
  /** Folded key of the whole name ("joe biden"). */
  key: string;
  /** Folded key of its last word when the name has several ("biden"), so short and long forms meet. */
  lastKey: string | null;
  /** The name as written, honorifics removed ("Joe Biden"). */
  surface: string;
  start: number;
  end: number;
}

/**
 * The variant-folding key of one name word: folded, dots dropped ("U.S." → "us"), doubled letters
 * single ("Zelenskyy" → "zelensky") and Slavic -iy/-yi/-ij endings as -y ("Zelenskiy").
 */
export function nameWordKey(folded: string): string {
  return folded
    .replace(/[.'\u2019]/g, '')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/(?:iy|yi|ij|ii|yj)$/u, 'y');
}

/** The key of a multi-word name: its words' keys joined by spaces, connectors included. */
export function nameKey(words: readonly string[]): string {
  return words.map(nameWordKey).join(' ');
}

function capWord(t: Token, lang: string): boolean {
  return t.cap && !t.numeric && !CALENDAR.has(t.folded) && !isStopword(t.folded, lang) && /\p{L}/u.test(t.folded);
}

/**
 * Words the document itself capitalises in mid-sentence: a sentence-initial or title word that is
 * one of these is trusted as a name too ("Biden said ..." after "President Biden" earlier).
 */
export function knownNameWords(sents: readonly Token[][], lang = 'en'): Set<string> {
  const known = new Set<string>();
  for (const s of sents) for (const t of s) if (!t.initial && capWord(t, lang) && !HONORIFICS.has(t.folded)) known.add(t.folded);
  return known;
}

/**
 * A sentence-initial capitalised word directly followed by a trusted name word starts the name
 * ("Tara Reid has entered rehab." when only "Reid" recurs mid-sentence).
 */
function opensName(s: readonly Token[], i: number, known: ReadonlySet<string>, lang: string, text?: string): boolean {
  const t = s[i]!;
  const next = s[i + 1];
  if (!next || HONORIFICS.has(t.folded) || !capWord(next, lang) || HONORIFICS.has(next.folded)) return false;
  if (next.initial && !known.has(next.folded)) return false;
  return text === undefined || /^\s+$/u.test(text.slice(t.end, next.start));
}

/** The name mentions of tokenised text; `known` extends trust to sentence-initial capitals. */
export function extractNames(sents: readonly Token[][], known: ReadonlySet<string>, lang = 'en', text?: string): NameMention[] {
  const out: NameMention[] = [];
  for (const s of sents) {
    let run: Token[] = [];
    const flush = (): void => {
      while (run.length && CONNECTORS.has(run[run.length - 1]!.folded)) run.pop();
      if (run.length) {
        const words = run.map((t) => t.folded);
        const key = nameKey(words);
        const last = run[run.length - 1]!;
        const first = run[0]!;
        out.push({
          key,
          lastKey: run.length > 1 ? nameWordKey(last.folded) : null,
          surface: text ? text.slice(first.start, last.end) : run.map((t) => t.surface).join(' '),
          start: first.start,
          end: last.end,
        });
      }
      run = [];
    };
    for (let i = 0; i < s.length; i++) {
      const t = s[i]!;
      const adjacent = run.length > 0 && text !== undefined ? /^(?:\s+|\.\s*|-)$/u.test(text.slice(run[run.length - 1]!.end, t.start)) : run.length > 0;
      if (run.length && !adjacent) flush();
      if (HONORIFICS.has(t.folded.replace(/\.$/, '')) && t.cap) {
        flush();
        continue;
      }
      if (capWord(t, lang) && (!t.initial || known.has(t.folded) || opensName(s, i, known, lang, text))) {
        run.push(t);
      } else if (run.length && CONNECTORS.has(t.folded) && !t.cap) {
        run.push(t);
      } else {
        flush();
      }
    }
    flush();
  }
  return out;
}
