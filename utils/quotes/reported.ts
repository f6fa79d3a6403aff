/**
 * Reported speech: attributions without quotation marks ("Stoltenberg said the allies would …",
 * "The plan will fail, officials warned.", "According to the campaign, …"), or with some of the
 * words quoted (mixed). Most of what news attributes is written this way. Sentence by sentence, a
 * cue (a verb of saying or a stance verb, "according to") with its source before or after it and
 * the clause it governs; linear in the article.
 */
import type { Quote, QuoteKind } from '../types';
import { withoutMarks } from './content';
import { paragraphs, type QuoteSpan } from './quote-marks';
import type { Frame } from './report-content';
import { according, passive, sourceAfterComma } from './report-frames-after';
import { participle, sourceFirst } from './report-frames';
import { mayHoldCue, reportCueAt, type ReportCue } from './report-cues';
import { resolveMention } from './resolve';
import { sentenceEnd } from './sentence-bounds';
import type { ArticlePeople } from './article-people';
import { insideQuote, introducesQuote, outsideMarks, withinOneQuote } from './span-marks';
import { tokens, type Tok } from './tokens';

/** A frame in the first pass: one set off by commas, or "according to" (they govern the whole sentence). */
function framed(text: string, toks: Tok[], v: number, cue: ReportCue, end: number): Frame | null {
  if (toks[v]!.l === 'according') return according(text, toks, v, end);
  if (cue.passive) return passive(text, toks, v, end);
  return cue.participle ? null : sourceAfterComma(text, toks, v, cue.len, end);
}

/** A frame in the second pass: the source before its cue, or the speaker of a participle's clause. */
function governing(text: string, toks: Tok[], v: number, cue: ReportCue, end: number): Frame | null {
  if (cue.passive) return null;
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
  if (withinOneQuote(spans, s, e) || !mayHoldCue(text, s, e)) return null;
  const toks = tokens(text, s, e);
  const cues: [number, ReportCue][] = [];
  for (let v = 0; v < toks.length; v++) {
    // A cue inside quotation marks is the speaker's own words, not the article reporting them.
    const cue = reportCueAt(toks, v);
    if (cue && !insideQuote(spans, toks[v]!.s)) cues.push([v, cue]);
  }
  let onlyParticiples = false;
  for (const find of PASSES) {
    for (let c = 0; c < cues.length; c++) {
      const [v, cue] = cues[c]!;
      const f = find(text, toks, v, cue, e);
      // A source inside quotation marks is words of the quote, not who is reported.
      if (!f || insideQuote(spans, f.mention.start)) continue;
      if (inRelativeClause(toks, v) && cues.slice(c + 1).some(([w, k]) => find(text, toks, w, k, e) !== null)) continue;
      const start = f.parts[0]![0];
      const end = f.parts[f.parts.length - 1]![1];
      const own = cue.participle ? undefined : taken.get(f.mention.start);
      // The source of a direct quote outside this clause, or of the quote this clause is, is the
      // direct stage's; only a participle after it ("…,” he said, arguing that …") reports more.
      const quoteFrame = own?.some((q) => q.start < start || q.end > end + 1) || (own && f.parts.some(([a, b]) => outsideMarks(text, spans, a, b).words === 0));
      if (quoteFrame) {
        onlyParticiples = true;
        continue;
      }
      if (onlyParticiples && !cue.participle) continue;
      return f;
    }
  }
  return null;
}

/** Where a sentence may turn to another clause with its own subject: ", but", ", while", "; ", a dash. */
const CLAUSE_BREAK = /,\s+(?:but|while|whereas|although|though|yet|and)\s+|;\s+|\s[—–]\s/gu;

/**
 * Every attribution of a sentence: the first frame, then one in a later clause that has its own
 * source and cue ("Saudi officials deny any links, but critics point to …"), whose start ends the
 * content of the one before.
 */
function framesOf(text: string, s: number, e: number, spans: QuoteSpan[], taken: Map<number, Quote[]>): Frame[] {
  const out: Frame[] = [];
  for (let f = inSentence(text, s, e, spans, taken); f; ) {
    const last = f.parts[f.parts.length - 1]!;
    CLAUSE_BREAK.lastIndex = Math.max(f.cue[f.cue.length - 1]!.e, last[0]);
    let next: Frame | null = null;
    for (let m = CLAUSE_BREAK.exec(text); m && m.index < last[1]; m = CLAUSE_BREAK.exec(text)) {
      const at = m.index + m[0].length;
      const g = inSentence(text, at, e, spans, taken);
      if (!g || g.cue[0]!.s < at || g.mention.start < at) continue;
      next = g;
      last[1] = m.index;
      break;
    }
    out.push(f);
    f = next;
  }
  return out;
}

/** A frame as an attribution, or null when its content is a direct quote the direct stage has. */
function asQuote(text: string, f: Frame, spans: QuoteSpan[], people: ArticlePeople): Quote | null {
  const marks = f.parts.map(([a, b]) => outsideMarks(text, spans, a, b));
  // All inside the marks, or introduced by the clause's last words: a direct quote.
  if (marks.every((m) => m.words === 0) || f.parts.every(([a, b]) => introducesQuote(text, spans, a, b))) return null;
  const kind: QuoteKind = marks.some((m) => m.quoted) ? 'mixed' : 'indirect';
  const cue = f.cue[0]!;
  const cueEnd = f.cue[f.cue.length - 1]!.e;
  return {
    quote: f.parts.map(([a, b]) => withoutMarks(text.slice(a, b))).join(' … '),
    start: f.parts[0]![0],
    end: f.parts[f.parts.length - 1]![1],
    kind,
    cue: text.slice(cue.s, cueEnd),
    cueStart: cue.s,
    cueEnd,
    speaker: resolveMention(people, f.refersTo ?? f.mention),
    speakerMention: f.mention.text,
    speakerStart: f.mention.start,
    speakerEnd: f.mention.end,
  };
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
      for (const f of framesOf(text, s, e, spans, taken)) {
        const q = asQuote(text, f, spans, people);
        if (q) out.push(q);
      }
      s = e;
      while (s < p.end && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 10 || text.charCodeAt(s) === 0xa0)) s++;
    }
  }
  return out;
}
