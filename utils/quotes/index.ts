/**
 * Quotations of an article with their speakers: who said what, in which words. Pure string work
 * (no DOM), linear in the article, so it runs in the service worker on every article read.
 */
import type { Quote } from '../types';
import { attributeSpans, type Mention } from './attribute';
import { findQuoteSpans, type QuoteSpan } from './extract';
import { ArticlePeople, looksLikePerson, nameOf } from './speakers';

export { canonicalSpeakers, speakerKey } from './speakers';
export { groupQuotes, type QuoteGroup, type QuoteGroupMember } from './group';
export { wordDiff, type DiffPart } from './diff';
export { findQuoteSpans } from './extract';

/** Options for extractQuotes. Only English cue words ship today; `lang` is kept for the others. */
export interface ExtractOptions {
  lang?: string;
}

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

function resolve(people: ArticlePeople, m: Mention): string | null {
  if (m.kind === 'pronoun') {
    const p = m.text.toLowerCase();
    if (p === 'he') return people.resolvePronoun('m', m.start);
    if (p === 'she') return people.resolvePronoun('f', m.start);
    return null;
  }
  const name = nameOf(m.text);
  if (name && m.kind === 'name') {
    if (!looksLikePerson(name)) return name;
    const titles = m.text.slice(0, Math.max(0, m.text.lastIndexOf(name.split(' ')[0]!))).split(/[\s,]+/u).filter(Boolean).map((t) => t.toLowerCase().replace(/\.$/u, ''));
    return people.resolveName(name, m.start, titles);
  }
  return people.resolveRole(m.text, m.start);
}

/**
 * Every direct quotation in `text` with its speaker, sorted by start. Scare quotes and titles
 * (a few words with no speech frame) are left out; a quote that continues the previous one keeps
 * its speaker. Offsets are JS string indices; `text.slice(start, end) === quote`.
 */
export function extractQuotes(text: string, opts: ExtractOptions = {}): Quote[] {
  void opts;
  const spans = findQuoteSpans(text);
  if (!spans.length) return [];
  const mentions = attributeSpans(text, spans);
  const people = new ArticlePeople(text);
  const out: Quote[] = [];
  let prev: { span: QuoteSpan; q: Quote } | null = null;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const m = mentions[k] ?? null;
    const quote = text.slice(span.start, span.end);
    const words = wordCount(quote);
    if (words === 0) continue;
    let speaker: string | null = null;
    let mention: Mention | null = null;
    let inherited = false;
    if (m) {
      mention = m;
      speaker = resolve(people, m);
    } else if (prev && prev.q.speakerMention && (span.continues || prev.span.para === span.para || (prev.span.para === span.para - 1 && span.openAt === span.paraStart))) {
      inherited = true;
      speaker = prev.q.speaker;
    }
    // Conservative on inferred and single-mark quotes: keep them only with an attribution.
    if (span.missingOpen && !span.continues && !(m && m.via === 'post')) continue;
    if (span.single && !m && !inherited) continue;
    // Scare quotes and titles.
    if (words <= SHORT_WORDS && !inherited) {
      const framed = m && (m.via === 'post' || m.via === 'colon');
      const partial = m && m.via === 'pre' && !titleLike(quote);
      const wholeSentence = span.openAt === span.paraStart && /[.!?]$/u.test(quote) && (span.closeEnd >= span.paraEnd - 1);
      if (!framed && !partial && !(wholeSentence && m)) continue;
    }
    const q: Quote = {
      quote,
      start: span.start,
      end: span.end,
      speaker,
      speakerMention: inherited ? prev!.q.speakerMention : (mention?.text ?? null),
      speakerStart: inherited ? prev!.q.speakerStart : (mention?.start ?? null),
      speakerEnd: inherited ? prev!.q.speakerEnd : (mention?.end ?? null),
    };
    out.push(q);
    prev = { span, q };
  }
  return out;
}
