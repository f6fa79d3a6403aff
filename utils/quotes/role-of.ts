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

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Every indefinite introduction of an unnamed source with this head noun ("a senior US
 * administration official", "one source"): words or initials ("a U.S. official"), never across a
 * sentence's end ("a HuffPost blog. The actress").
 */
export function introductions(text: string, head: string): { at: number; text: string }[] {
  const re = new RegExp(`\\b(?:an?|one)\\s+(?:(?:[\\p{L}-]+|(?:\\p{Lu}\\.)+)\\s+){0,4}${escapeRe(head)}\\b`, 'giu');
  const out: { at: number; text: string }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ at: m.index, text: m[0].replace(/\s+/gu, ' ') });
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
