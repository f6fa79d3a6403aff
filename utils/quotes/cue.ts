/**
 * The cue of an attribution: the words that frame a text as someone's speech ("said", "according
 * to", "told", a colon), found next to the source mention so a reader (and the eval) can see why a
 * span was taken as a statement.
 */
import { CUE_PARTICLES } from './cues';
import type { QuoteSpan } from './quote-marks';
import type { Mention } from './mention';
import { sentenceEnd, sentenceStart } from './sentence-bounds';
import { isSpeechVerb } from './speech-verb';
import { tokens, type Tok } from './tokens';

/** A cue's words and where they are. */
export interface Cue {
  text: string;
  start: number;
  end: number;
}

/** How far from its mention a cue is looked for, in characters ("…,” Ms. Psaki, the press secretary, told reporters"). */
const REACH = 60;


/** The cue spanning toks[i] (and its particle or "to" of "according to"). */
export function cueAt(text: string, toks: Tok[], i: number): Cue {
  const t = toks[i]!;
  const next = toks[i + 1];
  const e = next && CUE_PARTICLES[t.l] === next.l ? next.e : t.e;
  return { text: text.slice(t.s, e), start: t.s, end: e };
}

function nearest(toks: Tok[], m: Mention, ok: (k: number) => boolean): number {
  let best = -1;
  let dist = Infinity;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.s >= m.start && t.e <= m.end) continue;
    if (!ok(k)) continue;
    const d = t.s >= m.end ? t.s - m.end : m.start - t.e;
    if (d < dist) [best, dist] = [k, d];
  }
  return best;
}

/**
 * The cue of a direct quote attributed by `m`: the speech verb (or "according to") nearest the
 * mention in the attributing sentence, else the colon that introduces the quote, else null (a
 * credit line or a vox-pop name carries no cue).
 */
export function cueOf(text: string, span: QuoteSpan, m: Mention): Cue | null {
  const after = m.start >= span.closeEnd;
  // The cue stands within a few words of the mention, on the quote's side or beyond it.
  const s = after ? span.closeEnd : Math.max(sentenceStart(text, Math.min(m.start, span.openAt), Math.max(0, span.paraStart - 400)), m.start - REACH);
  const e = after ? Math.min(sentenceEnd(text, m.end, span.paraEnd), m.end + REACH) : span.openAt;
  const toks = tokens(text, s, Math.max(e, m.end));
  const v = nearest(toks, m, (k) => isSpeechVerb(toks, k) || (toks[k]!.l === 'according' && toks[k + 1]?.l === 'to'));
  if (v >= 0) return cueAt(text, toks, v);
  const colon = text.lastIndexOf(':', span.openAt);
  if (colon >= 0 && colon >= m.end && /^\s*$/u.test(text.slice(colon + 1, span.openAt))) return { text: ':', start: colon, end: colon + 1 };
  return null;
}
