/**
 * Every attribution of an article — direct quotes, reported speech with quoted words (mixed) and
 * reported speech without (indirect) — with its cue, source mention and resolved speaker. Pure
 * string work (no DOM), linear in the article, so it runs in the service worker on every article.
 */
import type { Quote } from '../types';
import { directQuotes } from './direct';
import { findQuoteSpans } from './extract';
import { withReportedSpeech } from './merge';
import { reportedSpeech } from './reported';
import { ArticlePeople } from './speakers';

/** Options for extractQuotes. Only English cue words ship today; `lang` is kept for the others. */
export interface ExtractOptions {
  lang?: string;
}

/**
 * Every attribution in `text`, sorted by start. Offsets are JS string indices; for a direct quote
 * `text.slice(start, end) === quote`, for reported speech `quote` is that slice without its marks.
 */
export function extractQuotes(text: string, opts: ExtractOptions = {}): Quote[] {
  void opts;
  const spans = findQuoteSpans(text);
  const people = new ArticlePeople(text);
  const direct = directQuotes(text, spans, people);
  return withReportedSpeech(text, direct, reportedSpeech(text, spans, direct, people));
}
