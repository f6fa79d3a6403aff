/**
 * Direct quotations: spans in quotation marks with the words that attribute them, continuations of a
 * quote into the next paragraph, and scare quotes and titles left out.
 */
import type { Quote } from '../types';
import { attributeSpans } from './attribute';
import { cueOf } from './cue';
import type { QuoteSpan } from './quote-marks';
import { resolveMention } from './resolve';
import type { ArticlePeople } from './article-people';

/** Quotes this short with no speech frame are scare quotes or titles ("family photo"). */
const SHORT_WORDS = 4;

function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/** Every word capitalised (or a number): a name or a title, "World War III", not a statement. */
function titleLike(s: string): boolean {
  const ws = s.match(/[\p{L}\p{N}]+/gu) ?? [];
  const small = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'de']);
  return ws.length > 0 && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || small.has(w));
}

/** Title case ("Meet the Press", "Orange is the New Black"): every longer word capitalised. */
function titleCase(s: string): boolean {
  const ws = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return ws.length > 0 && ws.length <= 8 && /^[\p{Lu}\p{N}]/u.test(ws[0]!) && ws.every((w) => w.length <= 3 || /^[\p{Lu}\p{N}]/u.test(w));
}

const TITLE_BEFORE = /(?:[’']s?|\b(?:on|in|at|from|of|the|a|an|with|titled|entitled|about|show|program|programme|series|film|movie|book|album|song|segment|episode|newspaper|magazine))\s*$/iu;
const TITLE_AFTER = /^[,.]?\s*(?:star|host|actor|actress|episode|show|program|programme|series|segment|film|movie|book|album|song|co-star|creator|anchor)\b/iu;

/** A show, book or film title in quotation marks: "Fox News’s “Sunday Morning Futures,”", "the “Avatar” star". */
function isTitle(text: string, start: number, end: number, openAt: number, closeEnd: number): boolean {
  if (!titleCase(text.slice(start, end))) return false;
  return TITLE_BEFORE.test(text.slice(Math.max(0, openAt - 20), openAt)) || TITLE_AFTER.test(text.slice(closeEnd, closeEnd + 20));
}

/**
 * Every direct quotation among `spans` (the article's paired quotation marks) with its speaker and
 * cue, sorted by start. Scare quotes and titles (a few words with no speech frame) are left out; a
 * quote that continues the previous one keeps its speaker. `text.slice(start, end) === quote`.
 */
export function directQuotes(text: string, spans: QuoteSpan[], people: ArticlePeople): Quote[] {
  if (!spans.length) return [];
  const mentions = attributeSpans(text, spans);
  // Where each span's attribution comes from: its own mention, or the quote it continues.
  const from: number[] = spans.map((_, k) => (mentions[k] ? k : -1));
  for (let k = 0; k < spans.length; k++) {
    if (from[k]! >= 0) continue;
    const span = spans[k]!;
    const prev = k > 0 ? spans[k - 1]! : null;
    const next = spans[k + 1];
    if (prev && from[k - 1]! >= 0 && (span.continues || prev.para === span.para)) from[k] = from[k - 1]!;
    else if (next && mentions[k + 1] && next.para === span.para && !span.single) from[k] = k + 1;
    else if (prev && from[k - 1]! >= 0 && prev.para === span.para - 1 && span.openAt === span.paraStart) from[k] = from[k - 1]!;
    else if (next && mentions[k + 1] && next.para === span.para + 1 && next.openAt === next.paraStart && span.openAt === span.paraStart && !span.single) from[k] = k + 1;
  }
  const speakers = new Map<number, string | null>();
  const speakerOf = (k: number): string | null => {
    if (!speakers.has(k)) speakers.set(k, resolveMention(people, mentions[k]!));
    return speakers.get(k)!;
  };
  const out: Quote[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const m = mentions[k] ?? null;
    const quote = text.slice(span.start, span.end);
    const words = wordCount(quote);
    if (words === 0) continue;
    const src = from[k]!;
    const inherited = src >= 0 && src !== k;
    // Conservative on inferred and single-mark quotes: keep them only with an attribution.
    if (span.missingOpen && !span.continues && !(m && m.via === 'post')) continue;
    if (span.single && !m && !inherited) continue;
    if (isTitle(text, span.start, span.end, span.openAt, span.closeEnd)) continue;
    // Scare quotes and titles.
    if (words <= SHORT_WORDS && !inherited) {
      const framed = m && (m.via === 'post' || m.via === 'colon');
      const partial = m && m.via === 'pre' && !titleLike(quote);
      const wholeSentence = span.openAt === span.paraStart && /[.!?]$/u.test(quote) && span.closeEnd >= span.paraEnd - 1;
      if (!framed && !partial && !(wholeSentence && m)) continue;
    }
    const mention = src >= 0 ? mentions[src]! : null;
    const cue = mention ? cueOf(text, spans[src]!, mention) : null;
    out.push({
      quote,
      start: span.start,
      end: span.end,
      kind: 'direct',
      cue: cue?.text ?? null,
      cueStart: cue?.start ?? null,
      cueEnd: cue?.end ?? null,
      speaker: src >= 0 ? speakerOf(src) : null,
      speakerMention: mention?.text ?? null,
      speakerStart: mention?.start ?? null,
      speakerEnd: mention?.end ?? null,
    });
  }
  return out;
}
