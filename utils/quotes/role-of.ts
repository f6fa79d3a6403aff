/**
 * What a role mention ("the senator", "the manager") can stand for: the role a short title names
 * ("Sen." is a senator), an unnamed source the article introduced with it ("a senior US
 * administration official"), or the source of the attribution just before, when the role only
 * continues it ("… ,” the senior administration official said. / The manager added: “…"). The
 * text tests only; article-people.ts and unnamed-sources.ts decide among them.
 */
import { DOCUMENT_NOUNS, NOT_PERSON, SPEECH_VERBS } from './cues';

/** The role a short title stands for, so "the senator" finds "Sen. Bernie Sanders" and "the governor" "Gov. Chris Christie". */
export const ROLE_NOUNS: Readonly<Record<string, string>> = {
  sen: 'senator', sens: 'senator', gov: 'governor', rep: 'representative', reps: 'representative', pres: 'president',
  gen: 'general', adm: 'admiral', sgt: 'sergeant', capt: 'captain', col: 'colonel', prof: 'professor', atty: 'attorney', supt: 'superintendent',
};

/** Where "a", "an" and "one" open a noun phrase in the last text asked about, found once per article. */
let openers: { text: string; lower: string | null; at: [number, number][] } | null = null;

function openersOf(text: string): NonNullable<typeof openers> {
  if (openers?.text === text) return openers;
  const at: [number, number][] = [];
  const re = /\b(?:an?|one)\s+/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) at.push([m.index, m.index + m[0].length]);
  const lower = text.toLowerCase();
  // The head is looked up in the lower-cased text only where lower-casing keeps every offset.
  openers = { text, lower: lower.length === text.length ? lower : null, at };
  return openers;
}

/** One word or initials and the space after it, between an opener and the head ("senior ", "U.S. "). */
const MODIFIER = /(?:[\p{L}-]+|(?:\p{Lu}\.)+)\s+/iuy;
/** At most this many words between the opener and the head. */
const MODIFIERS = 4;
/** The farthest a head can stand after its opener (four long words and their spaces). */
const REACH = 240;

/** The head at text[at] as a whole word, case aside (the pattern's \b: no ASCII word character after it). */
function headAt(text: string, lower: string | null, at: number, h: string): boolean {
  const word = lower ? lower.startsWith(h, at) : text.slice(at, at + h.length).toLowerCase() === h;
  return word && !/[A-Za-z0-9_]/u.test(text[at + h.length] ?? '');
}

/**
 * Every indefinite introduction of an unnamed source with this head noun ("a senior US
 * administration official", "one source"): words or initials ("a U.S. official"), never across a
 * sentence's end ("a HuffPost blog. The actress"); the most words before the head that fit.
 * The openers are found once per article, and a head is tried only after an opener it stands near.
 */
export function introductions(text: string, head: string): { at: number; text: string }[] {
  const { lower, at } = openersOf(text);
  const h = head.toLowerCase();
  const out: { at: number; text: string }[] = [];
  if (!h) return out;
  // Where the head occurs at all, found once: each opener then looks only at the next occurrence.
  const heads: number[] = [];
  if (lower) for (let k = lower.indexOf(h); k >= 0; k = lower.indexOf(h, k + 1)) heads.push(k);
  let until = -1;
  let next = 0;
  for (const [start, after] of at) {
    if (start < until) continue;
    if (lower) {
      while (next < heads.length && heads[next]! < after) next++;
      if (next >= heads.length) break;
      if (heads[next]! > after + REACH) continue;
    }
    const words = [after];
    for (let j = 0; j < MODIFIERS; j++) {
      MODIFIER.lastIndex = words[j]!;
      if (!MODIFIER.exec(text)) break;
      words.push(MODIFIER.lastIndex);
    }
    let end = -1;
    for (let j = words.length - 1; j >= 0 && end < 0; j--) if (headAt(text, lower, words[j]!, h)) end = words[j]! + h.length;
    if (end < 0) continue;
    until = end;
    out.push({ at: start, text: text.slice(start, end).replace(/\s+/gu, ' ') });
  }
  return out;
}

/** A cue that continues a statement right after the mention ending at `end`: "The manager added:", "the official went on"; not "adds to the drama". */
export function continuesAt(text: string, end: number): boolean {
  return /^\s+(?:also\s+|later\s+)?(?:add(?:ed|s)\b(?!\s+to\b)|continue[ds]\b|went on\b|goes on\b)/u.test(text.slice(end, end + 30));
}

/** A head noun a person can be ("manager", "official"), not a document or an organisation ("the statement added", "the campaign continued"). */
export function personHead(head: string): boolean {
  return head.length > 2 && !DOCUMENT_NOUNS.has(head) && !NOT_PERSON.has(head);
}

/**
 * Is the attribution at `from` the one directly before `to`: at most one paragraph break between
 * them, and no other speech verb after the sentence that holds it (another attribution, even one
 * not resolved yet, would come between)?
 */
export function directlyAfter(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  if ((between.match(/\n\s*\n|\n/gu)?.length ?? 0) > 1) return false;
  const stop = between.search(/[.!?]["”’)]*\s/u);
  const rest = stop < 0 ? '' : between.slice(stop);
  for (const w of rest.match(/\p{Ll}+/gu) ?? []) if (SPEECH_VERBS.has(w)) return false;
  return true;
}
