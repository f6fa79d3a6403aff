/**
 * Cues of reported speech: the verbs news uses to report what a source said, wrote or holds
 * ("said", "warned", "believes", "polls show"), their participles ("…, saying the party …"), and
 * "according to". Kept as data so a missed cue is a one-line fix. Verbs that are also nouns
 * ("claims", "plans", "support") count only where the word before makes them a verb.
 */
import { CUE_PARTICLES } from './cues';
import type { Tok } from './tokens';

/** Finite cue verbs that are rarely anything else. */
const CLEAR = new Set(`said says told tells wrote writes added adds noted announced announces suggested suggests argued argues
tweeted described describes accused accuses criticized criticised declared declares explained explains acknowledged acknowledges
urged urges warned warns cited stated defended defends concluded concludes praised vowed vows promised recalled recalls insisted
insists questioned rejected rejects replied responded asked asks predicted predicts admitted admits conceded concedes complained
contended contends emphasized stressed confirmed confirms revealed disclosed proposed pledged agreed agrees expressed blamed blames
dismissed dismisses endorsed opposed insisted maintained maintains assured informed believes thinks feared hoped wanted knew
declined refused estimated indicated indicates mentioned reiterated repeated testified testifies countered alleged alleges
announce reports reported lamented boasted touted demanded demands denied denies condemned condemns slammed blasted
hailed welcomed welcomes thanked cautioned acknowledge objected objects disputed disputes pointed recommended recommends
characterized framed labeled dubbed branded questioned charged highlighted sought seeks offered attacked talked issued
denounced denounces referred mocked stated reminded voiced portrayed railed threatened pleaded assailed applauded likened
lambasted rebuked derided blasts slams praises congratulated emailed retweeted remembered referenced forecast
alleged championed invoked mentions refuses distanced balked unveiled articulated advocated rebuffed recounted wondered credited
explained implored reassured conceded scoffed`.split(/\s+/u));

/** Finite cue verbs that are also nouns or adjectives: verbs only after a subject word or an auxiliary. */
const AMBIGUOUS = new Set(`say think believe know feel fear fears hope hopes want wants expect expects show shows showed found finds
claim claims plans support supports supported oppose opposes call calls called argue note notes worry worries doubt doubts agree
urge warn suggest predict deny admit insist promise promises back backs backed`.split(/\s+/u));

/** Participles that report what the subject of the sentence said ("…, saying the party is rigged"). */
const PARTICIPLES = new Set(`saying adding noting arguing calling telling suggesting citing claiming warning accusing insisting
explaining declaring describing urging promising vowing praising criticizing asking acknowledging predicting stressing
emphasizing pointing referring blaming denying insisting questioning rejecting defending touting arguing recalling
announcing confirming dismissing demanding hoping defending denouncing stating refusing reminding highlighting proposing
alleging blasting mentioning thanking pledging slamming mocking threatening echoing asserting outlining referencing implying
alluding remarking wondering detailing portraying tweeting expressing describing`.split(/\s+/u));

const ANY_CUE = new Set(['according', ...CLEAR, ...AMBIGUOUS, ...PARTICIPLES]);
/**
 * Whether text[s, e) can hold a cue at all, from a scan of its plain words, so most sentences are
 * never tokenised: a cue word, or a word ending in -ed/-s before "that".
 */
export function mayHoldCue(text: string, s: number, e: number): boolean {
  let prevEnd = -1;
  let prevStart = -1;
  for (let i = s; i < e; ) {
    const c = text.charCodeAt(i);
    const lower = c >= 97 && c <= 122;
    if (!lower && !(c >= 65 && c <= 90)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < e && isAsciiLetter(text.charCodeAt(j))) j++;
    // Cue words are lower case ("According" aside) and 2 to 13 letters; most words are never sliced.
    if ((lower || c === 65) && j - i >= 2 && j - i <= 13) {
      const w = text.slice(i, j);
      if (ANY_CUE.has(w) || w === 'According') return true;
      if (w === 'that' && prevEnd > prevStart && /(?:ed|s)$/u.test(text.slice(prevStart, prevEnd))) return true;
    }
    prevStart = i;
    prevEnd = j;
    i = j;
  }
  return false;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Past participles of saying that report an agent's words in the passive ("was announced by X that …"). */
const SAYING_PARTICIPLES = new Set(['announced', 'said', 'stated', 'reported', 'claimed', 'declared', 'confirmed', 'disclosed', 'revealed', 'suggested', 'argued', 'noted', 'alleged', 'denied', 'predicted', 'warned', 'estimated']);

/** Words before an ambiguous verb that make it a finite verb ("she believes", "they have found", "polls show"). */
const SUBJECT_OR_AUX = new Set(`he she they we i you who it has have had also still now clearly strongly reportedly long would will
does do did not never publicly privately firmly apparently repeatedly often already both previously recently later then
generally widely mostly largely`.split(/\s+/u));

const NOT_BEFORE_VERB = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'your', 'my', 'of', 'to', 'in', 'for', 'with', 'by', 'on', 'at', 'from', 'this', 'that', 'these', 'those', 'no', 'any', 'some', 'whose', 'larger', 'final']);


/** A cue found at a token: its length in tokens, and how its source is found. */
export interface ReportCue {
  len: number;
  /** A participle ("…, saying …"): the source is the speaker of the clause before. */
  participle: boolean;
  /** A passive with its agent ("It was announced by the ministry that …"): the source follows "by". */
  passive?: boolean;
}

/**
 * The reported-speech cue starting at toks[i], or null. "According to" needs its "to"; a
 * participle needs a comma or "by/while/after/before" before it; an ambiguous verb needs a subject
 * word, an auxiliary, a capitalised name or a plural noun before it.
 */
export function reportCueAt(toks: Tok[], i: number): ReportCue | null {
  const t = toks[i]!;
  const next = toks[i + 1];
  // Most words are no cue: one set lookup decides before any pattern is tried.
  if (!ANY_CUE.has(t.l) && next?.l !== 'that') return null;
  const len = next && CUE_PARTICLES[t.l] === next.l ? 2 : 1;
  if (t.l === 'according') return len === 2 ? { len, participle: false } : null;
  if (i === 0 || /^\p{Lu}/u.test(t.t)) return null;
  const prev = toks[i - 1]!;
  if (PARTICIPLES.has(t.l)) return prev.t === ',' || /^(by|while|after|before|and)$/u.test(prev.l) ? { len, participle: true } : null;
  if (NOT_BEFORE_VERB.has(prev.l) || /^\d/u.test(prev.t) || /[’']s$/u.test(prev.t)) return null;
  const beforeBe = /^(was|were|been|being|is|are|be)$/u.test(prev.l);
  // "It was announced by the ministry that …": a verb of saying in the passive, its agent the source.
  if (next?.l === 'by' && beforeBe && SAYING_PARTICIPLES.has(t.l)) return { len: 1, participle: false, passive: true };
  // "backed by the United States", "told by aides": a passive, whose subject is not the source.
  if (next?.l === 'by' && /(?:ed|told|known|shown|said)$/u.test(t.l)) return null;
  // "was told", "were asked": the subject is the listener, not the source.
  if (beforeBe && /(ed|told|said|found|known|shown)$/u.test(t.l)) return null;
  if (CLEAR.has(t.l)) return { len, participle: false };
  // Any finite verb that takes a that-clause reports a stance: "X conceded that …", "the memo showed that …".
  if (next?.l === 'that' && prev.t !== ',' && /[a-z](?:ed|es|s)$/u.test(t.l) && !/(?:ss|us|is|ness)$/u.test(t.l)) return { len, participle: false };
  if (!AMBIGUOUS.has(t.l)) return null;
  const finite = SUBJECT_OR_AUX.has(prev.l) || /^\p{Lu}/u.test(prev.t) || (/[^s]s$/u.test(prev.l) && prev.l.length > 3);
  return finite ? { len, participle: false } : null;
}
