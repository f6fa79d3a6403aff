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

/**
 * ICU's sentence rules break after every period, so "Mr. Biden" and "Vladimir V. Putin" would be
 * cut in two. A break is undone after a title or an initial, or when the next piece starts in
 * lower case (a period that ended no sentence).
 */
const NO_BREAK_AFTER =
  /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Sen|Rep|Gov|Lt|Pres|Rev|Fr|Sr|Jr|St|Mt|Ft|Hon|Atty|Supt|Insp|Gens|Sens|Reps|No|Nos|Vol|Art|Fig|vs|v|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|[A-Z])\.\s*$/u;

/** Sentences with their offsets, trailing white space trimmed off each. */
export function sentences(text: string, lang = 'en'): Span[] {
  const out: Span[] = [];
  let pendingStart = -1;
  for (const seg of segmenter(sentenceSegmenters, lang, 'sentence').segment(text)) {
    const start = pendingStart >= 0 ? pendingStart : seg.index;
    const piece = text.slice(start, seg.index + seg.segment.length);
    const next = text.slice(seg.index + seg.segment.length, seg.index + seg.segment.length + 2).trimStart();
    const hasNext = seg.index + seg.segment.length < text.length;
    if (hasNext && (NO_BREAK_AFTER.test(piece) || /^[a-z]/u.test(next)) && !/\n\s*$/u.test(piece)) {
      pendingStart = start;
      continue;
    }
    pendingStart = -1;
    push(out, piece, start);
  }
  if (pendingStart >= 0) push(out, text.slice(pendingStart), pendingStart);
  return out;
}

function push(out: Span[], piece: string, start: number): void {
  const trimmed = piece.trimEnd();
  if (trimmed.trim().length === 0) return;
  const lead = trimmed.length - trimmed.trimStart().length;
  out.push({ text: trimmed.slice(lead), start: start + lead, end: start + trimmed.length });
}

/** Word-like tokens (letters or digits) with their offsets; punctuation and spaces are dropped. */
export function words(text: string, lang = 'en'): Span[] {
  const out: Span[] = [];
  for (const seg of segmenter(wordSegmenters, lang, 'word').segment(text)) {
    if (seg.isWordLike) out.push({ text: seg.segment, start: seg.index, end: seg.index + seg.segment.length });
  }
  return out;
}
