/**
 * Attributions written before the opening mark ("Johnson said Putin “…”", "Trump: “…”", a colon
 * ending the previous paragraph), searched back to the sentence start or the previous quote.
 */
import { creditBeforeColon } from './attribute-vox';
import { BETWEEN_WORDS, DETERMINERS, DOCUMENT_NOUNS, INVERTING_VERBS } from './cues';
import type { QuoteSpan } from './quote-marks';
import { leadingSubject } from './leading-subject';
import { mk, type Mention } from './mention';
import { npSuffix, trimLeading } from './noun-phrase';
import { sentenceStart } from './sentence-bounds';
import { isSpeechVerb } from './speech-verb';
import { subjectAfter } from './subject-after';
import { subjectBefore } from './subject-before';
import { tokens } from './tokens';

/** The last sentence of the previous paragraph when it ends with a colon ("Cruz continued:"). */
function colonLead(text: string, q: QuoteSpan): [number, number] | null {
  if (q.openAt !== q.paraStart) return null;
  let e = q.paraStart - 1;
  while (e > 0 && /\s/u.test(text[e]!)) e--;
  if (text[e] !== ':') return null;
  let s = e;
  while (s > 0 && text[s - 1] !== '\n') s--;
  return [sentenceStart(text, e, s), e + 1];
}

/** Attribution between the sentence start (or the previous quote) and the opening mark. */
export function pre(text: string, q: QuoteSpan, floor: number): Mention | null {
  if (q.missingOpen) return null;
  let s = Math.max(sentenceStart(text, q.openAt, q.paraStart), floor);
  let e = q.openAt;
  const lead = colonLead(text, q);
  if (lead) [s, e] = lead;
  const atSentenceStart = s !== floor || floor === q.paraStart || !!lead;
  const toks = tokens(text, s, e);
  if (!toks.length) return s > q.paraStart && s > floor ? bareAttributionBefore(text, s, Math.max(floor, q.paraStart)) : null;
  // "Trump: “…”" (no verb before the colon)
  if (toks[toks.length - 1]!.t === ':') {
    const body = toks.slice(0, -1);
    if (body.length && !body.some((_, k) => isSpeechVerb(body, k))) {
      const credit = creditBeforeColon(body);
      if (credit) return mk(text, credit, 'colon');
      const np = trimLeading(npSuffix(body));
      const before = body[body.length - np.length - 1];
      if (np.length && np.length <= 6 && (body.length <= 8 || (before && /^[-—―–,]$/u.test(before.t)))) return mk(text, np, 'colon');
    }
  }
  for (let v = toks.length - 1; v >= 0; v--) {
    if (!isSpeechVerb(toks, v)) continue;
    const participle = /ing$/u.test(toks[v]!.l);
    if (participle) {
      // "…, adding, “…”" / "Carson shared …, writing “…”": the main clause's subject speaks.
      const earlier = toks.slice(0, v - 1).findIndex((_, k) => isSpeechVerb(toks, k));
      if (earlier >= 0) continue;
      if (atSentenceStart) {
        const np = leadingSubject(toks, v - 1);
        if (np) return mk(text, np, 'pre');
      }
      return null;
    }
    const np = subjectBefore(toks, 0, v);
    if (np) return mk(text, np, 'pre');
    if (INVERTING_VERBS.has(toks[v]!.l) || toks[v]!.l === 'according') {
      const after = subjectAfter(toks, v + 1);
      if (after) return mk(text, after, 'pre');
    }
    if (participle) continue;
    // "Hayek confirmed she had been and said, “…”": the sentence's subject.
    let b = v - 1;
    while (b > 0 && BETWEEN_WORDS.has(toks[b]!.l)) b--;
    if (atSentenceStart && toks[b] && (toks[b]!.l === 'and' || toks[b]!.l === 'but' || toks[b]!.l === 'then' || toks[b]!.t === ',')) {
      const lead2 = leadingSubject(toks, v);
      if (lead2) return mk(text, lead2, 'pre');
    }
    return null;
  }
  // "According to X, “…”"
  for (let k = 0; k + 1 < toks.length; k++) {
    if (toks[k]!.l === 'according' && toks[k + 1]!.l === 'to') {
      const np = subjectAfter(toks, k + 2);
      if (np) return mk(text, np, 'pre');
    }
  }
  // "McConnell delivered a blunt message to Trump: “…”": a colon introduces the subject's words.
  // "Trump issued a statement, “…”": a written statement introduced by its author.
  const lastTok = toks[toks.length - 1]!;
  const statement = lastTok.t === ',' && toks.length > 2 && DOCUMENT_NOUNS.has(toks[toks.length - 2]!.l) && DETERMINERS.has(toks[toks.length - 3]!.l);
  if ((lastTok.t === ':' || statement) && atSentenceStart) {
    const np = leadingSubject(toks, toks.length - 1);
    if (np) return mk(text, np, 'colon');
  }
  return null;
}

const ATTRIBUTION_TAIL = new Set(['in', 'on', 'a', 'an', 'the', 'statement', 'interview', 'email', 'e-mail', 'tweet', 'twitter', 'facebook', 'release', 'later', 'then', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'reporters', 'told', 'agreed', 'added', 'wrote', 'said', 'says']);

/**
 * "Sam Lau, the party's spokesman, said in a statement. “…”" / "Bystrom agreed. “…”": a quote that
 * opens its sentence right after a sentence that is nothing but an attribution belongs to it.
 */
function bareAttributionBefore(text: string, s: number, floor: number): Mention | null {
  const ps = sentenceStart(text, s - 1, floor);
  const toks = tokens(text, ps, s);
  let v = toks.length - 1;
  while (v > 0 && ATTRIBUTION_TAIL.has(toks[v]!.l) && !isSpeechVerb(toks, v)) v--;
  if (v < 1 || !isSpeechVerb(toks, v) || !/(?:ed|said|wrote|told)$/u.test(toks[v]!.l) || toks.length - v > 5) return null;
  const np = subjectBefore(toks, 0, v);
  return np && np[0] === toks[0] ? mk(text, np, 'pre') : null;
}

/** A speech verb right before the opening mark ("someone shouted, “Cruz,” Beck joked"): the quote is its object. */
export function verbJustBefore(text: string, q: QuoteSpan, floor: number): boolean {
  if (q.missingOpen) return false;
  const toks = tokens(text, Math.max(floor, q.openAt - 40), q.openAt);
  let k = toks.length - 1;
  if (k >= 0 && (toks[k]!.t === ',' || toks[k]!.t === ':')) k--;
  return k >= 0 && isSpeechVerb(toks, k) && !/ing$/u.test(toks[k]!.l);
}
