/**
 * Frames of reported speech whose source stands before its cue: "X said (that) C" (past a listener,
 * "in a statement on Tuesday that"), and "…, saying C", whose source is the speaker of the clause
 * before. report-frames-after.ts has the frames whose source follows; reported.ts decides the kind.
 */
import { INVERTING_VERBS } from './cues';
import { leadingSubject } from './leading-subject';
import { mk } from './mention';
import { tail, type Frame } from './report-content';
import { isSpeechVerb } from './speech-verb';
import { subjectAfter } from './subject-after';
import { subjectBefore } from './subject-before';
import { isCapTok, type Tok } from './tokens';

const LISTENERS = /^(the|a|an|his|her|their|reporters|supporters|voters|him|them|us|me|crowd|audience|journalists|interviewer|host|viewers|listeners|readers|members|lawmakers|congress|students|donors|people|residents|delegates)$/u;
const FRAME_PREP = /^(in|on|during|at|via|over|to|after|before|while)$/u;
const FRAME_NEXT = /^(a|an|the|his|her|their|its|tuesday|monday|wednesday|thursday|friday|saturday|sunday|twitter|facebook|reporters|cnn|fox|msnbc|nbc|abc|cbs)$/u;

const FINITE = /^(is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do)$/u;
const FRAME_WORDS = new Set(`a an the day days week weeks month earlier later last this next on in at during over via after before
statement interview news conference briefing speech tweet post email e-mail letter call reporters late early monday tuesday wednesday
thursday friday saturday sunday morning afternoon evening night today yesterday recently again also repeatedly publicly
privately separately previously`.split(/\s+/u));

/** First content token after a cue: past "that", a listener ("told reporters"), "in a statement", "on Tuesday". */
function contentStart(toks: Tok[], v: number, cueLen: number): number {
  let i = v + cueLen;
  if (/^(told|tells|tell|telling|informed|assured|warned|urged|reminded|asked|asks|asking)$/u.test(toks[v]!.l)) {
    // "informed the United States envoy in Moscow earlier this week that …": the listener runs to "that".
    for (let k = i + 1; k < toks.length && k < i + 11; k++) {
      if (toks[k]!.t === ',' || FINITE.test(toks[k]!.l) || (!isCapTok(toks[k]!) && /[a-z]ed$/u.test(toks[k]!.l))) break;
      if (toks[k]!.l === 'that') return k + 1;
    }
    let k = i;
    while (k < toks.length && k < i + 6 && toks[k]!.l !== 'that' && toks[k]!.t !== ',' && (isCapTok(toks[k]!) || LISTENERS.test(toks[k]!.l))) k++;
    i = k;
  }
  // "warned a day earlier that …", "said in a statement on Tuesday that …": frame words up to "that".
  for (let k = i; k < toks.length && k < i + 8; k++) {
    if (toks[k]!.l === 'that' && k > i) {
      i = k + 1;
      break;
    }
    if (!FRAME_WORDS.has(toks[k]!.l) && !isCapTok(toks[k]!)) break;
  }
  for (let guard = 0; guard < 3 && i < toks.length; guard++) {
    const l = toks[i]!.l;
    if (l === 'that' || l === ',' || l === ':') i++;
    else if (FRAME_PREP.test(l) && i + 3 < toks.length && FRAME_NEXT.test(toks[i + 1]!.l)) {
      let k = i + 1;
      while (k < toks.length && k < i + 7 && toks[k]!.l !== 'that' && toks[k]!.t !== ',') k++;
      if (toks[k]?.l === 'that' || toks[k]?.t === ',') i = k + 1;
      else break;
    } else break;
  }
  return i;
}

/** The source of a verb whose subject stands before it: the noun phrase, else the sentence's subject across "and/but". */
function subjectOf(toks: Tok[], from: number, v: number): Tok[] | null {
  const np = subjectBefore(toks, from, v);
  if (np) return np;
  // "Stephen Moore, a conservative economist and former member of the editorial board, said": a name
  // opening the sentence, then an appositive too long to fold, then the verb.
  if (from === 0 && toks[v - 1]?.t === ',') {
    const comma = toks.findIndex((t) => t.t === ',');
    const name = toks.slice(0, comma);
    if (comma > 0 && comma <= 5 && name.every(isCapTok) && v - comma <= 30) return name;
  }
  let b = v - 1;
  while (b > from && /^(also|then|later|has|have|had)$/u.test(toks[b]!.l)) b--;
  return from === 0 && (toks[b]?.l === 'and' || toks[b]?.l === 'but') ? leadingSubject(toks, b) : null;
}

/** "Zelensky, who pleaded for …": the noun phrase a relative pronoun follows, or null. */
function antecedent(toks: Tok[], np: Tok[]): Tok[] | null {
  if (np.length !== 1 || !/^(who|which|that)$/u.test(np[0]!.l)) return null;
  let w = toks.indexOf(np[0]!);
  if (toks[w - 1]?.t === ',') w--;
  const before = w > 0 ? subjectBefore(toks, 0, w) : null;
  return before && !/^(who|which|that)$/u.test(before[0]!.l) ? before : null;
}

/** "X said (that) C": the source before the cue, the clause after it. */
export function sourceFirst(text: string, toks: Tok[], v: number, cueLen: number, end: number): Frame | null {
  const np = subjectOf(toks, 0, v);
  const span = np ? tail(text, toks, contentStart(toks, v, cueLen), end) : null;
  if (!np || !span) return null;
  const refers = antecedent(toks, np);
  return { mention: mk(text, np, 'pre'), ...(refers ? { refersTo: mk(text, refers, 'pre') } : {}), cue: toks.slice(v, v + cueLen), parts: [span] };
}

/** The subject of the nearest speech verb before toks[v] in the sentence ("he said of the group, adding …"). */
function earlierSpeaker(toks: Tok[], v: number): Tok[] | null {
  for (let k = v - 2; k > 0; k--) {
    if (!isSpeechVerb(toks, k) || /ing$/u.test(toks[k]!.l)) continue;
    const np = subjectBefore(toks, 0, k) ?? (INVERTING_VERBS.has(toks[k]!.l) ? subjectAfter(toks, k + 1) : null);
    if (np) return np;
  }
  return null;
}

/** "Trump lashed out at the party, saying it is rigged": the speaker of the clause before said what follows the participle. */
export function participle(text: string, toks: Tok[], v: number, cueLen: number, end: number): Frame | null {
  const np = earlierSpeaker(toks, v) ?? leadingSubject(toks, v);
  const span = np ? tail(text, toks, contentStart(toks, v, cueLen), end) : null;
  return np && span ? { mention: mk(text, np, 'pre'), cue: toks.slice(v, v + cueLen), parts: [span] } : null;
}
