/**
 * Reported speech: attributions without quotation marks ("Stoltenberg said the allies would …",
 * "The plan will fail, officials warned.", "According to the campaign, …"), or with some of the
 * words quoted (mixed). Most of what news attributes is written this way. Sentence by sentence, a
 * cue (a verb of saying or a stance verb, "according to") with its source before or after it and
 * the clause it governs; linear in the article.
 */
import type { Quote, QuoteKind } from '../types';
import { withoutMarks } from './content';
import { paragraphs, type QuoteSpan } from './extract';
import { according, participle, sourceAfterComma, sourceFirst, type Frame } from './report-frames';
import { reportCueAt, type ReportCue } from './report-cues';
import { resolveMention } from './resolve';
import { sentenceEnd } from './sentence-bounds';
import type { ArticlePeople } from './speakers';
import { tokens } from './tokens';

/**
 * The attribution a sentence reports, if any: the first cue with a source and a clause. A source
 * that already attributes a direct quote outside the clause (`taken`) is that quote's, not a report of what follows it
 * ("“…,” he said in Las Vegas at a forum …").
 */
function inSentence(text: string, s: number, e: number, spans: QuoteSpan[], taken: Map<number, Quote[]>): Frame | null {
  const toks = tokens(text, s, e);
  const cues: [number, ReportCue][] = [];
  for (let v = 0; v < toks.length; v++) {
    // A cue inside quotation marks is the speaker's own words, not the article reporting them.
    if (insideQuote(spans, toks[v]!.s)) continue;
    const cue = reportCueAt(toks, v);
    if (cue) cues.push([v, cue]);
  }
  // An attribution set off by commas or "according to" governs the whole sentence, so it goes first:
  // in "Mr. Biden plans to announce more support, Ms. Psaki said." the source is Ms. Psaki.
  const framed = (v: number, cue: ReportCue): Frame | null => (toks[v]!.l === 'according' ? according(text, toks, v, e) : cue.participle ? null : sourceAfterComma(text, toks, v, cue.len, e));
  const governing = (v: number, cue: ReportCue): Frame | null => (cue.participle ? participle(text, toks, v, cue.len, e) : toks[v]!.l === 'according' ? null : sourceFirst(text, toks, v, cue.len, e));
  for (const find of [framed, governing]) {
    for (let c = 0; c < cues.length; c++) {
      const [v, cue] = cues[c]!;
      const f = find(v, cue);
      if (!f) continue;
      // "Those who have long called for X now say …": a cue inside a relative clause yields to the main verb after it.
      let r = v - 1;
      while (r > 0 && /^(has|have|had|long|also|repeatedly|often|previously|once|never|not)$/u.test(toks[r]!.l)) r--;
      if (/^(who|which)$/u.test(toks[r]?.l ?? '')) {
        const later = cues.slice(c + 1).some(([w, k]) => find(w, k) !== null);
        if (later) continue;
      }
      const [start, end] = [f.parts[0]![0], f.parts[f.parts.length - 1]![1]];
      const own = cue.participle ? undefined : taken.get(f.mention.start);
      // The source of a direct quote outside this clause, or of the quote this clause is: the direct pipeline's.
      if (own?.some((q) => q.start < start || q.end > end + 1)) return null;
      if (own && f.parts.some(([a, b]) => outsideMarks(text, spans, a, b).words === 0)) return null;
      return f;
    }
  }
  return null;
}

function insideQuote(spans: QuoteSpan[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = spans[mid]!;
    if (at < q.openAt) hi = mid - 1;
    else if (at >= q.closeEnd) lo = mid + 1;
    else return true;
  }
  return false;
}

/** "…, saying, “…”" / "added warily: “…”": words before a quote that end in a comma or colon introduce it. */
function introducesQuote(text: string, spans: QuoteSpan[], s: number, e: number): boolean {
  const q = spans.find((x) => x.openAt >= s && x.openAt < e);
  if (!q || outsideMarks(text, spans, q.closeEnd, e).words > 0) return false;
  return /[,:]\s*$/u.test(text.slice(s, q.openAt));
}

/** Words of text[s, e) outside the quotation spans, and whether any quotation lies in it. */
function outsideMarks(text: string, spans: QuoteSpan[], s: number, e: number): { words: number; quoted: boolean } {
  let words = 0;
  let quoted = false;
  let at = s;
  const count = (a: number, b: number): number => (b > a ? (text.slice(a, b).match(/[\p{L}\p{N}]+/gu) ?? []).length : 0);
  for (const q of spans) {
    if (q.closeEnd <= s || q.openAt >= e) continue;
    quoted = true;
    words += count(at, Math.max(at, q.openAt));
    at = Math.max(at, q.closeEnd);
  }
  return { words: words + count(at, e), quoted };
}

/**
 * Reported speech of `text` (indirect and mixed attributions), each with its cue, source mention and
 * resolved speaker. `spans` are the article's quotation spans and `direct` its direct quotes: a clause wholly inside them is a
 * direct quote and left to the direct pipeline; one partly inside them is mixed.
 */
export function reportedSpeech(text: string, spans: QuoteSpan[], direct: Quote[], people: ArticlePeople): Quote[] {
  const taken = new Map<number, Quote[]>();
  for (const q of direct) if (q.speakerStart !== null) taken.set(q.speakerStart, [...(taken.get(q.speakerStart) ?? []), q]);
  const out: Quote[] = [];
  for (const p of paragraphs(text)) {
    let s = p.start;
    while (s < p.end) {
      const e = sentenceEnd(text, s, p.end);
      const f = inSentence(text, s, e, spans, taken);
      s = e;
      while (s < p.end && /\s/u.test(text[s]!)) s++;
      if (!f) continue;
      const start = f.parts[0]![0];
      const end = f.parts[f.parts.length - 1]![1];
      const marks = f.parts.map(([a, b]) => outsideMarks(text, spans, a, b));
      // All inside the marks: a direct quote, which the direct pipeline has.
      if (marks.every((m) => m.words === 0) || f.parts.every(([a, b]) => introducesQuote(text, spans, a, b))) continue;
      const kind: QuoteKind = marks.some((m) => m.quoted) ? 'mixed' : 'indirect';
      const cue = f.cue[0]!;
      const cueEnd = f.cue[f.cue.length - 1]!.e;
      out.push({
        quote: f.parts.map(([a, b]) => withoutMarks(text.slice(a, b))).join(' … '),
        start,
        end,
        kind,
        cue: text.slice(cue.s, cueEnd),
        cueStart: cue.s,
        cueEnd,
        speaker: resolveMention(people, f.mention),
        speakerMention: f.mention.text,
        speakerStart: f.mention.start,
        speakerEnd: f.mention.end,
      });
    }
  }
  return out;
}
