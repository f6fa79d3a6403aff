/**
 * The frames of reported speech in one sentence: where the source stands relative to its cue and
 * which words are the reported content. "X said (that) C", "C, X said.", "C, said X.", "X, a
 * spokesman, said C", "C1, aides said, C2", "According to X, C", "C, according to X", and
 * "…, saying C" (the sentence's subject). Each returns token-level offsets; reported.ts decides the kind.
 */
import { INVERTING_VERBS, PRONOUNS } from './cues';
import { isSpeechVerb } from './speech-verb';
import { leadingSubject } from './leading-subject';
import { mk, type Mention } from './mention';
import { subjectAfter } from './subject-after';
import { subjectBefore } from './subject-before';
import { isCapTok, type Tok } from './tokens';

/** A reported clause this short ("he said so") states nothing a reader can use. */
const MIN_CONTENT_WORDS = 2;

/** One attribution found in a sentence: its source, its cue tokens, and its content (one or two parts). */
export interface Frame {
  /** The source as written: a name, a description, a pronoun, or a relative pronoun ("who"). */
  mention: Mention;
  /** For a relative pronoun, the noun phrase it stands for ("Zelensky, who pleaded …"): the speaker is resolved from it. */
  refersTo?: Mention;
  cue: Tok[];
  parts: [number, number][];
}

const word = (t: Tok): boolean => /[\p{L}\p{N}]/u.test(t.t);
const words = (toks: Tok[], a: number, b: number): number => toks.slice(a, b).filter(word).length;

/** The end of a content part at `e`, pulled back over spaces and punctuation (a closing mark of a quoted part kept). */
function trimEnd(text: string, from: number, e: number): number {
  while (e > from && /[\s.,;:!?”’"»)—–-]/u.test(text[e - 1]!)) e--;
  if (/[”"»]/u.test(text[e] ?? '') && /[“"«]/u.test(text.slice(from, e))) e++;
  return e;
}

/** Content from toks[i] to the sentence end. */
function tail(text: string, toks: Tok[], i: number, end: number): [number, number] | null {
  while (i < toks.length && !word(toks[i]!)) i++;
  if (words(toks, i, toks.length) < MIN_CONTENT_WORDS) return null;
  return [toks[i]!.s, trimEnd(text, toks[i]!.s, end)];
}

/** Content from the sentence's first word to toks[c] (exclusive). */
function head(text: string, toks: Tok[], c: number): [number, number] | null {
  const first = toks.findIndex(word);
  if (first < 0 || first >= c || words(toks, first, c) < MIN_CONTENT_WORDS) return null;
  return [toks[first]!.s, trimEnd(text, toks[first]!.s, toks[c]!.s)];
}

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

const NEW_CLAUSE = /^(who|which|whose|while|as|before|after|when|because|though|although|where|even|if|since|then|so)$/u;
const INVERTED_SUBJECT = /^(a|an|the|one|two|several|many|some|his|her|their)$/u;

/**
 * "C, X said." / "C, said X." / "C1, aides said, C2": the source after a comma, before or after its
 * cue; the content is the rest of the sentence (both sides of a parenthetical attribution).
 */
export function sourceAfterComma(text: string, toks: Tok[], v: number, cueLen: number, end: number): Frame | null {
  const after = toks[v + cueLen];
  let np: Tok[] | null = null;
  let comma = -1;
  let close = -1;
  // Only verbs of saying invert ("…, said Ms. Psaki"); "…, endorsed Sanders’ approach" has an object.
  if (toks[v - 1]?.t === ',' && INVERTING_VERBS.has(toks[v]!.l) && after && (PRONOUNS.has(after.l) || isCapTok(after) || INVERTED_SUBJECT.test(after.l))) {
    np = subjectAfter(toks, v + cueLen);
    comma = v - 1;
    close = np ? v + cueLen + np.length : -1;
  } else {
    let k = v - 1;
    while (k > 0 && k >= v - 9 && toks[k]!.t !== ',') k--;
    if (toks[k]?.t !== ',') return null;
    np = subjectBefore(toks, k + 1, v);
    if (!np || np[0] !== toks[k + 1]) return null;
    comma = k;
    close = v + cueLen;
  }
  if (!np || close < 0) return null;
  // Words that may follow the cue before the clause goes on: "aides said Tuesday," "he said in an interview."
  let c = close;
  while (c < toks.length && c < close + 6 && toks[c]!.t !== ',' && !isCapTok(toks[c]!)) c++;
  while (c < toks.length && c < close + 6 && toks[c]!.t !== ',' && /^(in|on|at|an|a|the|interview|statement|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|later|earlier|recently)$/u.test(toks[c]!.l)) c++;
  const first = head(text, toks, comma);
  if (!first) return null;
  const parts: [number, number][] = [first];
  if (toks[c]?.t === ',' || toks[close]?.t === ',') {
    const from = (toks[close]?.t === ',' ? close : c) + 1;
    // "…, he said, adding …" / "…, said X, who …": what follows is another clause, not the rest of this one.
    const next = toks[from];
    const rest = next && !NEW_CLAUSE.test(next.l) && !/ing$/u.test(next.l) ? tail(text, toks, from, end) : null;
    if (rest) parts.push(rest);
  } else if (words(toks, close, toks.length) > 3) return null;
  return { mention: mk(text, np, 'post'), cue: toks.slice(v, v + cueLen), parts };
}

/** The source after "according to": a name or noun phrase, else the words up to the clause's end (at most 12). */
function accordingSource(toks: Tok[], i: number): Tok[] | null {
  const np = subjectAfter(toks, i);
  if (np) return np;
  let k = i;
  while (k < toks.length && k < i + 12 && toks[k]!.t !== ',') k++;
  return k > i && (k === toks.length || toks[k]!.t === ',') ? toks.slice(i, k) : null;
}

/** "According to X, C." or "C, according to X." */
export function according(text: string, toks: Tok[], v: number, end: number): Frame | null {
  const np = accordingSource(toks, v + 2);
  if (!np) return null;
  const cue = toks.slice(v, v + 2);
  const close = v + 2 + np.length;
  if (v > 0 && toks[v - 1]!.t === ',') {
    const first = head(text, toks, v - 1);
    if (!first) return null;
    const parts: [number, number][] = [first];
    if (toks[close]?.t === ',') {
      const rest = tail(text, toks, close + 1, end);
      if (rest) parts.push(rest);
    }
    return { mention: mk(text, np, 'post'), cue, parts };
  }
  let k = close;
  while (k < toks.length && toks[k]!.t !== ',' && k < v + 14) k++;
  const span = toks[k]?.t === ',' ? tail(text, toks, k + 1, end) : null;
  return span ? { mention: mk(text, np, 'pre'), cue, parts: [span] } : null;
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

/** "It was announced by the ministry that C" / "C, it was said by X.": the agent after "by" said C. */
export function passive(text: string, toks: Tok[], v: number, end: number): Frame | null {
  let k = v + 2;
  while (k < toks.length && k < v + 14 && toks[k]!.l !== 'that' && toks[k]!.t !== ',') k++;
  if (k === v + 2) return null;
  const np = toks.slice(v + 2, k);
  const cue = toks.slice(v, v + 2);
  if (toks[k]?.l === 'that' || (toks[k]?.t === ',' && k + 1 < toks.length)) {
    const span = tail(text, toks, k + 1, end);
    return span ? { mention: mk(text, np, 'post'), cue, parts: [span] } : null;
  }
  // The agent closes the sentence: the content is what comes before the passive.
  let c = v - 1;
  while (c > 0 && /^(was|were|been|being|is|are|be|it|has|have|had)$/u.test(toks[c]!.l)) c--;
  const first = toks[c]?.t === ',' ? head(text, toks, c) : null;
  return first ? { mention: mk(text, np, 'post'), cue, parts: [first] } : null;
}
