/**
 * Every attribution of an article — direct quotes, reported speech with quoted words (mixed) and
 * reported speech without (indirect) — with its cue, source mention and resolved speaker. Pure
 * string work (no DOM), linear in the article, so it runs in the service worker on every article.
 */
import type { Quote } from '../types';
import { directQuotes } from './direct';
import { findQuoteSpans } from './quote-marks';
import { withReportedSpeech } from './merge';
import { reportedSpeech } from './reported';
import { ArticlePeople } from './article-people';

/** Options for extractQuotes: the article's language (BCP 47), when known. */
export interface ExtractOptions {
  lang?: string;
}

/** Reported speech is read from English cue words only; quotation marks are read in every language. */
const readsReportedSpeech = (lang: string | undefined): boolean => !lang || /^en\b/iu.test(lang);

/**
 * Every attribution in `text`, sorted by start, none overlapping another. Offsets are JS string
 * indices; for a direct quote `text.slice(start, end) === quote`, for reported speech `quote` is
 * that slice without quotation marks (a parenthetical attribution's two sides joined by " … ").
 */
export function extractQuotes(text: string, opts: ExtractOptions = {}): Quote[] {
  const spans = findQuoteSpans(text);
  const people = new ArticlePeople(text);
  const direct = directQuotes(text, spans, people);
  const reported = readsReportedSpeech(opts.lang) ? reportedSpeech(text, spans, direct, people) : [];
  return withReportedSpeech(text, direct, reported);
}
