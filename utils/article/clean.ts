/**
 * The one boilerplate cleaner of Crossread. Scraped text and extracted page paragraphs both carry
 * the chrome of the page they came from (timestamps, share counters, comment and newsletter prompts,
 * photo credits, wire credits). Quotes and matching must see only the article's own prose, so every
 * path that turns a page or a scrape into an Article runs its paragraphs through here.
 *
 * Rules are general shapes of page chrome, not the wording of any one file: each rule is a pattern
 * that would clean other scraped articles too. Lines that carry facts about the article rather than
 * its body (a "Source:" line, a wire credit, a "By" line, a "Published" date) leave the body and come
 * back as metadata, so nothing the text establishes is lost.
 */

import { parseLooseDate } from './dates';
import { looksLikeOutlet, outletName } from './outlets';
import { countWords, isProse } from './clean-words';
import { BIO, CHROME, RELATED_INLINE, RELATED_LABEL, isHeadlineLike, isLabel } from './clean-chrome';
import { BAD_BYLINES, BY_LINE, CREDIT_LINES, DATE_LINE, SOURCE_LINE, cutCredit, isDateOnly } from './clean-facts';
import { repeats } from './clean-repeats';

/** What the cleaner took out of the body but kept as facts about the article. */
export interface CleanedText {
  /** The body paragraphs left after the chrome was removed, white space normalised. */
  paragraphs: string[];
  /** The outlet named by a "Source:"-style line, mapped to its usual name when well known. */
  source: string | null;
  /** Wire and contribution credits ("With Post wires"), kept verbatim. */
  credits: string[];
  /** A "By …" line's names, without the "By". */
  byline: string | null;
  /** A stated publication date ("Published March 24, 2022"), ISO 8601; never inferred. */
  published: string | null;
}

/** What a DOM caller knows about the paragraphs beyond their text. */
export interface CleanHints {
  /** Per paragraph (same index), the share 0–1 of its text inside links. */
  linked?: readonly number[];
  /**
   * Per paragraph, whether it is set apart from the running text (caption, quote, aside, list,
   * table). Only such paragraphs are taken for repeats when the caller knows; without this hint
   * every paragraph may be.
   */
  boxed?: readonly boolean[];
}

/** Trim, turn no-break and odd spaces into plain spaces, collapse runs, drop zero-width marks. */
export function normaliseSpace(p: string): string {
  return p
    .replace(/[\u200b-\u200d\u2060\ufeff]/gu, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/gu, ' ')
    .trim();
}

/**
 * Remove page chrome from paragraphs and return what the body is, plus the facts about the article
 * that some removed lines established (outlet, credits, byline, stated date). `hints` carries what
 * a DOM caller knows (the link share of each paragraph); text-only callers leave it out.
 */
export function cleanText(paragraphs: readonly string[], hints: CleanHints = {}): CleanedText {
  const out: CleanedText = { paragraphs: [], source: null, credits: [], byline: null, published: null };
  const kept: string[] = [];
  const linked: number[] = [];
  const boxed: boolean[] = [];
  paragraphs.forEach((raw, idx) => {
    let p = normaliseSpace(raw);
    if (!p) return;
    if (p.length <= 240) {
      const src = SOURCE_LINE.exec(p);
      if (src?.[1]) {
        // "Source: NYPOST" names the outlet; "Source: NATO." under a chart credits data. Only a
        // name that reads as an outlet is taken as one; the rest is kept as a credit.
        const name = src[1].trim();
        if (looksLikeOutlet(name)) out.source ??= outletName(name);
        else out.credits.push(p);
        return;
      }
      if (CREDIT_LINES.some((r) => r.test(p))) {
        out.credits.push(p);
        return;
      }
      const by = BY_LINE.exec(p);
      if (by?.[1] && p.length <= 100) {
        const name = by[1].replace(/[\s,]+$/u, '');
        if (!BAD_BYLINES.test(name)) out.byline ??= name;
        return;
      }
      const dl = DATE_LINE.exec(p);
      if (dl?.[1]) {
        const d = parseLooseDate(dl[1]);
        if (d) {
          out.published ??= d;
          return;
        }
      }
      if (isDateOnly(p)) {
        const d = parseLooseDate(p);
        if (d) out.published ??= d;
        return;
      }
      if (CHROME.some((r) => r.test(p))) return;
      // A caption that says something (a sentence, or eight words) keeps its words and loses its
      // credit; a bare label or a line that was nothing but a credit goes.
      const cut = cutCredit(p);
      if (cut !== p) {
        const n = countWords(cut);
        if (n < 3 || (n < 8 && !/[.!?…"”’)]$/u.test(cut))) return;
        p = cut;
      }
    }
    kept.push(p);
    linked.push(hints.linked?.[idx] ?? 0);
    boxed.push(hints.boxed?.[idx] ?? true);
  });

  const drop = new Set<number>();
  for (let i = 0; i < kept.length; i++) {
    const p = kept[i]!;
    if (p.length > 240) continue;
    // "Read more:" / "À lire aussi :" and the headlines of other stories under it.
    if (RELATED_LABEL.test(p)) {
      drop.add(i);
      for (let j = i + 1; j < kept.length && isHeadlineLike(kept[j]!) && (hints.linked === undefined || linked[j]! >= 0.5); j++) drop.add(j);
      continue;
    }
    if (RELATED_INLINE.some((r) => r.test(p))) drop.add(i);
  }
  // A run of links to other stories: two or more headline-like lines that are all link.
  if (hints.linked) {
    for (let i = 0; i < kept.length; ) {
      let j = i;
      while (j < kept.length && linked[j]! >= 0.9 && isHeadlineLike(kept[j]!)) j++;
      if (j - i >= 2) for (let k = i; k < j; k++) drop.add(k);
      i = Math.max(j, i + 1);
    }
  }
  // Author bios sit at the foot: only the last three paragraphs are looked at.
  for (let i = Math.max(0, kept.length - 3); i < kept.length; i++) if (kept[i]!.length <= 400 && BIO.test(kept[i]!)) drop.add(i);
  const rest = kept.filter((_, i) => !drop.has(i));
  const again = repeats(rest, hints.boxed ? boxed.filter((_, i) => !drop.has(i)) : null);
  const body = rest.filter((_, i) => !again.has(i));

  // Labels are dropped only where page chrome lives: before the first and after the last prose
  // paragraph. In between, a short line is a subheading that belongs to the text.
  const first = body.findIndex(isProse);
  let last = -1;
  for (let i = body.length - 1; i >= 0; i--) if (isProse(body[i]!)) { last = i; break; }
  body.forEach((p, i) => {
    if (first >= 0 && (i < first || i > last) && isLabel(p)) return;
    out.paragraphs.push(p);
  });
  return out;
}

/** The body paragraphs with page chrome removed; see {@link cleanText} for the metadata kept aside. */
export function cleanParagraphs(paragraphs: string[]): string[] {
  return cleanText(paragraphs).paragraphs;
}
