/**
 * One analysis of a page (or a selection, or a link's words), made once in the background and
 * read by everything that needs it: the side panel's view (coverage-view.ts), "what the others
 * add" (its fact keys, in the page's language) and, when the reader collects what they read, the
 * stored article (its features and quotes, and its story taken from the same matches). Before,
 * each of those featurized, queried and extracted quotes again.
 */
import type { ArticleFeatures } from '../match/types';
import type { Article, Match, Quote } from '../types';
import type { CorpusEntry } from '../db/corpus';
import type { PageFacts } from './additions';
import { quotesEntry } from './ingest';
import type { LiveCorpus } from './live-corpus';
import { bestFirst, CANDIDATES } from './stories';
import type { Subject } from './types';
import { markPage } from './page-timing';
import { factsOf, textFacts, textFeatures, textQuotes, type TextAnalysis } from './text-analysis';

/** How many matches the side panel lists at most (more than a story's candidates, which are read from them). */
export const TOP = 50;

export interface Analysis {
  /** What was analysed, as the view shows it (`corpusId` when its URL is a stored article's). */
  readonly subject: Subject;
  readonly text: string;
  readonly lang: string | null;
  /** The corpus size when it was analysed, as the view says it. */
  readonly corpusSize: number;
  readonly features: ArticleFeatures;
  /** The index's answer for the features: at most TOP, best first, without `exclude`. */
  readonly matches: Match[];
  readonly exclude: readonly string[];
  /** The index's version (LiveCorpus.indexVersion) the matches were read from. */
  readonly indexVersion: number;
  /** The text's quotes in its language (extracted when first asked, once). */
  quotes(): Quote[];
  /** The text's names and numbers in its language, for "what the others add" (once). */
  facts(): PageFacts;
}

/**
 * Features, matches, and (when asked) quotes and fact keys of a text, read against the live index.
 * `made`: the text's features and quotes made already where the page was parsed (text-analysis.ts),
 * from this text, title, date and language; else they are made here.
 */
export async function analyse(live: LiveCorpus, subject: Subject, text: string, lang: string | null, made?: TextAnalysis): Promise<Analysis> {
  const corpusSize = live.index.size;
  const input = { title: subject.title, text, published: subject.published, lang };
  const features = made?.features ?? textFeatures(input);
  if (subject.kind === 'page') markPage('featurized');
  const exclude = subject.corpusId ? [subject.corpusId] : [];
  const matches = await live.index.query(features, { top: TOP, exclude });
  if (subject.kind === 'page') markPage('matched');
  let quotes: Quote[] | undefined = made?.quotes;
  let facts: PageFacts | undefined = made ? factsOf(made) : undefined;
  return {
    subject,
    text,
    lang,
    corpusSize,
    features,
    matches,
    exclude,
    indexVersion: live.indexVersion,
    quotes: () => (quotes ??= textQuotes(input)),
    facts: () => (facts ??= textFacts(input)),
  };
}

/**
 * The analysed text stored as `article`: its quotes and its features under the article's id, as
 * prepareEntry would compute them (the same text, title, date and language go in), or null when
 * the article is not the analysed text.
 */
export function entryOf(analysis: Analysis, article: Article): CorpusEntry | null {
  const { subject } = analysis;
  if (article.text !== analysis.text || article.lang !== analysis.lang || article.title !== subject.title || article.published !== subject.published) return null;
  return { ...quotesEntry(article, analysis.quotes()), features: { ...analysis.features, id: article.id } };
}

/**
 * The story candidates storyCandidates (stories.ts) would read for the analysed text stored as
 * `id`, taken from the analysis's own matches: the index's answer excluding `id`, the best
 * CANDIDATES of it, in its order. Only while the index is the one the analysis read (`indexVersion`)
 * and the analysis excluded nothing but `id`; else null, and they are read from the index again.
 * The same answer: the matches are the first TOP (> CANDIDATES) of one ranked list, and leaving out
 * one article keeps the first CANDIDATES of the rest.
 */
export function storyCandidatesOf(analysis: Analysis, id: string, indexVersion: number): Match[] | null {
  if (indexVersion !== analysis.indexVersion || analysis.exclude.some((x) => x !== id) || TOP <= CANDIDATES) return null;
  return analysis.matches.filter((m) => m.id !== id).slice(0, CANDIDATES).sort(bestFirst);
}
