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
import { mayHoldCue, reportCueAt, type ReportCue } from './report-cues';
import { resolveMention } from './resolve';
import { sentenceEnd } from './sentence-bounds';
import type { ArticlePeople } from './speakers';
import { insideQuote, introducesQuote, outsideMarks } from './span-marks';
import { tokens, type Tok } from './tokens';

/** A frame in the first pass: one set off by commas, or "according to" (they govern the whole sentence). */
function framed(text: string, toks: Tok[], v: number, cue: ReportCue, end: number): Frame | null {
  if (toks[v]!.l === 'according') return according(text, toks, v, end);
  return cue.participle ? null : sourceAfterComma(text, toks, v, cue.len, end);
}

/** A frame in the second pass: the source before its cue, or the speaker of a participle's clause. */
function governing(text: string, toks: Tok[], v: number, cue: ReportCue, end: number): Frame | null {
  if (cue.participle) return participle(text, toks, v, cue.len, end);
  return toks[v]!.l === 'according' ? null : sourceFirst(text, toks, v, cue.len, end);
}

const PASSES = [framed, governing];
const BEFORE_RELATIVE_VERB = /^(has|have|had|long|also|repeatedly|often|previously|once|never|not)$/u;

/** "Those who have long called for X now say …": the cue at toks[v] sits in a relative clause. */
function inRelativeClause(toks: Tok[], v: number): boolean {
  let r = v - 1;
  while (r > 0 && BEFORE_RELATIVE_VERB.test(toks[r]!.l)) r--;
  const w = toks[r]?.l;
  return w === 'who' || w === 'which';
}

/**
 * The attribution a sentence reports, if any: the first cue with a source and a clause, a frame set
 * off by commas first ("Mr. Biden plans to announce more support, Ms. Psaki said." is Ms. Psaki's).
 * A source that already attributes a direct quote outside the clause (`taken`) is that quote's, not
 * a report of what follows it ("“…,” he said in Las Vegas at a forum …").
 */
function inSentence(text: string, s: number, e: number, spans: QuoteSpan[], taken: Map<number, Quote[]>): Frame | null {
  if (!mayHoldCue(text, s, e)) return null;
  const toks = tokens(text, s, e);
  const cues: [number, ReportCue][] = [];
  for (let v = 0; v < toks.length; v++) {
    // A cue inside quotation marks is the speaker's own words, not the article reporting them.
    const cue = reportCueAt(toks, v);
    if (cue && !insideQuote(spans, toks[v]!.s)) cues.push([v, cue]);
  }
  for (const find of PASSES) {
    for (let c = 0; c < cues.length; c++) {
      const [v, cue] = cues[c]!;
      const f = find(text, toks, v, cue, e);
      if (!f) continue;
      if (inRelativeClause(toks, v) && cues.slice(c + 1).some(([w, k]) => find(text, toks, w, k, e) !== null)) continue;
      const start = f.parts[0]![0];
      const end = f.parts[f.parts.length - 1]![1];
      const own = cue.participle ? undefined : taken.get(f.mention.start);
      // The source of a direct quote outside this clause, or of the quote this clause is: the direct pipeline's.
      if (own?.some((q) => q.start < start || q.end > end + 1)) return null;
      if (own && f.parts.some(([a, b]) => outsideMarks(text, spans, a, b).words === 0)) return null;
      return f;
    }
  }
  return null;
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
      while (s < p.end && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 10 || text.charCodeAt(s) === 0xa0)) s++;
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
