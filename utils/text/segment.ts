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
    // A malformed tag (from a page's <html lang> or an import) must not stop the reading: fall back.
    try {
      s = new Intl.Segmenter(lang, { granularity });
    } catch {
      s = new Intl.Segmenter('en', { granularity });
    }
    cache.set(lang, s);
  }
  return s;
}

/**
 * V8's segment iterator slows down with the length of the string (about quadratically: 20 ms for
 * 10 kB of text, 500 ms for 90 kB), so long texts are segmented in pieces cut at white space,
 * where no word and (at a line break) no sentence continues.
 */
const CHUNK = 2000;

/** [start, end) pieces of text, each about CHUNK long, cut after a line break or else a space. */
export function chunks(text: string, preferLineBreaks: boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (text.length - start > CHUNK) {
    const limit = start + CHUNK;
    let cut = preferLineBreaks ? text.lastIndexOf('\n', limit) : -1;
    if (preferLineBreaks && cut <= start + CHUNK / 4) cut = lastSentenceEnd(text, start + CHUNK / 4, limit);
    if (cut <= start + CHUNK / 4) cut = Math.max(text.lastIndexOf(' ', limit), text.lastIndexOf('\n', limit));
    if (cut <= start) cut = text.indexOf(' ', limit);
    if (cut < 0) break;
    out.push([start, cut + 1]);
    start = cut + 1;
  }
  out.push([start, text.length]);
  return out;
}

/** The last space in [from, to) that follows a sentence-ending mark (". ", "?” "), or -1. */
function lastSentenceEnd(text: string, from: number, to: number): number {
  for (let i = to; i > from; i--) {
    if (text.charCodeAt(i) !== 32) continue;
    let j = i - 1;
    while (j > from && /["”’')\]]/.test(text[j]!)) j--;
    const c = text[j];
    if ((c === '.' || c === '!' || c === '?') && !NO_BREAK_AFTER.test(text.slice(Math.max(0, j - 6), j + 1))) return i;
  }
  return -1;
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
  if (text.length <= CHUNK) return sentencesOf(text, lang);
  const out: Span[] = [];
  for (const [a, b] of chunks(text, true)) {
    for (const s of sentencesOf(text.slice(a, b), lang)) out.push({ text: s.text, start: s.start + a, end: s.end + a });
  }
  return out;
}

function sentencesOf(text: string, lang: string): Span[] {
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
  const seg = segmenter(wordSegmenters, lang, 'word');
  for (const [a, b] of text.length <= CHUNK ? [[0, text.length] as [number, number]] : chunks(text, false)) {
    for (const w of seg.segment(a === 0 && b === text.length ? text : text.slice(a, b))) {
      if (w.isWordLike) out.push({ text: w.segment, start: w.index + a, end: w.index + a + w.segment.length });
    }
  }
  return out;
}
