/**
 * Is a token a verb of speech in this position? Homographs ("the post", "to state", "was told",
 * "Asked about …") are excluded by their neighbours, so a noun or a passive never makes a speaker.
 */
import { DOCUMENT_NOUNS, PRONOUNS, SPEECH_VERBS } from './cues';
import type { Tok } from './tokens';

/** Words outside SPEECH_VERBS that can still report speech in place ("the statement read", "shot back"). */
const MAYBE_SPEECH = new Set(['read', 'reads', 'reading', 'shot', 'fired', 'hit']);

/** True when toks[i] reports speech here, judged by the words either side. */
export function isSpeechVerb(toks: Tok[], i: number): boolean {
  const w = toks[i]!;
  // Most words are no verb of speech: one set lookup before any pattern.
  if (!SPEECH_VERBS.has(w.l) && !MAYBE_SPEECH.has(w.l)) return false;
  if (i > 0 && /^\p{Lu}/u.test(w.t)) return false; // "United States", "Post"
  if (w.l === 'read' || w.l === 'reads' || w.l === 'reading') return readsAloud(toks, i);
  if (!SPEECH_VERBS.has(w.l)) return (w.l === 'shot' || w.l === 'fired' || w.l === 'hit') && toks[i + 1]?.l === 'back';
  const prev = toks[i - 1]?.l;
  if (prev === 'to' || prev === 'the' || prev === 'a' || prev === 'an' || prev === 'his' || prev === 'her') return false;
  // "was told", "been asked": the subject is the listener.
  if ((prev === 'was' || prev === 'were' || prev === 'been' || prev === 'being' || prev === 'is' || prev === 'are') && /(ed|told|asked|said|read)$/u.test(w.l)) return false;
  // "Asked about the issue," / "said to be"
  const next = toks[i + 1]?.l;
  if (i === 0 && /ed$|^told$/u.test(w.l) && (next === 'about' || next === 'by' || next === 'if' || next === 'whether' || next === 'for')) return false;
  if (w.l === 'said' && next === 'to' && ['be', 'have', 'include', 'contain', 'represent', 'involve', 'own', 'cost', 'total'].includes(toks[i + 2]?.l ?? '')) return false;
  if ((w.l === 'shot' || w.l === 'fired' || w.l === 'shoots' || w.l === 'fires' || w.l === 'hit' || w.l === 'hits') && next === 'back') return true;
  if ((w.l === 'post' || w.l === 'state' || w.l === 'read' || w.l === 'charge' || w.l === 'call' || w.l === 'report' || w.l === 'point' || w.l === 'put' || w.l === 'go' || w.l === 'term' || w.l === 'question' || w.l === 'reason' || w.l === 'offer' || w.l === 'note' || w.l === 'answer' || w.l === 'brand' || w.l === 'quote') && toks[i - 1] && !PRONOUNS.has(toks[i - 1]!.l)) return false;
  if ((w.l === 'points' || w.l === 'pointed') && next !== 'out') return false;
  if ((w.l === 'went' || w.l === 'goes' || w.l === 'go') && next !== 'on') return false;
  if ((w.l === 'put' || w.l === 'puts') && next !== 'it') return false;
  if (w.l === 'began' || w.l === 'begins' || w.l === 'speaking' || w.l === 'spoke' || w.l === 'speaks') return false;
  return true;
}

/** "the statement read", "it reads", "a sign reading": read is speech only with a written subject. */
function readsAloud(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1];
  return !!prev && DOCUMENT_NOUNS.has(prev.l) && !/^\p{Lu}/u.test(toks[i]!.t);
}
