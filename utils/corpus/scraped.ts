/**
 * Turning a scraped article text (what a "copy the page" scraper saves) into an Article. Scrapes
 * carry the page's chrome and no metadata, so the body is cleaned by the one article cleaner, and the
 * title, outlet and date are taken only from what the text itself establishes: unknown stays null.
 */

import type { Article } from '../types';
import { cleanText } from '../article/clean';

/**
 * Split raw text into paragraphs. Blank lines separate blocks; inside a block each line is its own
 * paragraph (scrapers write one paragraph a line) unless the lines look hard-wrapped (long lines that
 * stop mid-sentence, or a line that goes on in lower case), which are joined back.
 */
export function splitParagraphs(raw: string): string[] {
  const out: string[] = [];
  for (const block of raw.replace(/\r\n?/gu, '\n').split(/\n[ \t\u00a0]*\n/u)) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0) continue;
    const wrapped =
      lines.length > 1 &&
      lines.slice(0, -1).every((l) => l.length >= 50 && l.length <= 100 && !/[.!?:"”’]$/u.test(l));
    if (wrapped) {
      out.push(lines.join(' '));
      continue;
    }
    // A line that starts in lower case after one that stopped mid-sentence continues it.
    const merged: string[] = [];
    for (const l of lines) {
      const prev = merged[merged.length - 1];
      if (prev !== undefined && /^\p{Ll}/u.test(l) && !/[.!?:"”’]$/u.test(prev)) merged[merged.length - 1] = `${prev} ${l}`;
      else merged.push(l);
    }
    out.push(...merged);
  }
  return out;
}

/**
 * A headline at the top: a short line (3–25 words) with no final period and not opening a
 * quotation, followed by a longer body. Scraped headlines look like this; a lead sentence does not.
 */
function headline(paragraphs: readonly string[]): string | null {
  const [first, ...rest] = paragraphs;
  if (!first || rest.length === 0) return null;
  const n = first.split(/\s+/u).length;
  if (n < 3 || n > 25 || first.length > 200) return null;
  if (/[.,;:…"”’)]$/u.test(first) || /^["“‘'«(]/u.test(first)) return null;
  const bodyLength = rest.reduce((s, p) => s + p.length, 0);
  return bodyLength > first.length * 3 ? first : null;
}

const EN_FUNCTION_WORDS = new Set(
  'the of and to in a is that for on it with as was he she said by at from his her be have has are were an this which will would not'.split(' '),
);

/**
 * English or unknown. The bundled scrapes carry no language tag; most words of an English text are
 * drawn from a handful of function words, which no other language shares at that rate.
 */
export function guessEnglish(text: string): 'en' | null {
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < 20) return null;
  const hits = tokens.filter((t) => EN_FUNCTION_WORDS.has(t)).length;
  return hits / tokens.length >= 0.15 ? 'en' : null;
}

/**
 * Build an Article from scraped text. The publication date is set only from a date the text states
 * with its year (a "Published …" line); relative stamps ("34 minutes ago") and weekday or
 * day-of-war hints without a year establish no date, so they leave `published` null.
 */
export function parseScrapedText(raw: string, id: string): Article {
  const cleaned = cleanText(splitParagraphs(raw));
  let paragraphs = cleaned.paragraphs;
  const title = headline(paragraphs);
  if (title) paragraphs = paragraphs.slice(1);
  const text = paragraphs.join('\n\n');
  return {
    id,
    title,
    source: cleaned.source,
    byline: cleaned.byline,
    published: cleaned.published,
    ...(cleaned.published ? { publishedInferred: false } : {}),
    url: null,
    lang: guessEnglish(text),
    text,
    origin: 'bundled',
    addedAt: 0,
  };
}
