/**
 * Sentence and word segmentation through Intl.Segmenter, so every language the browser knows
 * is split by its own rules (no hand-made regexes for "Mr." or CJK text). Segmenters are cached:
 * constructing one costs far more than using it.
 */

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
const wordSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  let s = cache.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity });
    cache.set(lang, s);
  }
  return s;
}

/** A span of text with its offsets into the source string (end exclusive). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Sentences with their offsets, trailing white space trimmed off each. */
export function sentences(text: string, lang = 'en'): Span[] {
  const out: Span[] = [];
  for (const seg of segmenter(sentenceSegmenters, lang, 'sentence').segment(text)) {
    const trimmed = seg.segment.trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.trim().length === 0) continue;
    out.push({ text: trimmed.slice(lead), start: seg.index + lead, end: seg.index + trimmed.length });
  }
  return out;
}

/** Word-like tokens (letters or digits) with their offsets; punctuation and spaces are dropped. */
export function words(text: string, lang = 'en'): Span[] {
  const out: Span[] = [];
  for (const seg of segmenter(wordSegmenters, lang, 'word').segment(text)) {
    if (seg.isWordLike) out.push({ text: seg.segment, start: seg.index, end: seg.index + seg.segment.length });
  }
  return out;
}
