/**
 * The part of a page's analysis that needs no corpus: its features, quotes and fact keys, from the
 * extracted text alone. It is made where the page is parsed (parse-page.ts): on Chrome that is the
 * offscreen document, whose thread runs beside the service worker and stays warm when the worker
 * is stopped, so a woken worker only matches and views (the features and quotes of a page were
 * half of a cold page's time in the worker). analysis.ts makes it itself for a text no parser saw.
 */
import type { ExtractedArticle } from '../article/extract';
import { featurize } from '../match/features';
import type { ArticleFeatures } from '../match/types';
import { extractQuotes } from '../quotes';
import type { Quote } from '../types';
import { factKeys, type PageFacts } from './additions';

/** The features' id of a text being analysed: never an article's, so the index excludes nothing for it. */
export const QUERY_ID = '\u0000query';

/** A text's features (under QUERY_ID), quotes and fact keys (in its language); plain data, so it crosses a message. */
export interface TextAnalysis {
  features: ArticleFeatures;
  quotes: Quote[];
  /** Its name and number keys ("what the others add" leaves out what the text says), as lists: a Set does not cross a message. */
  facts: { names: string[]; numbers: string[] };
}

/** What the text analysis reads: the same fields, whoever calls it, so both places give the same answer. */
export interface TextInput {
  title: string | null;
  text: string;
  published: string | null;
  lang: string | null;
}

/** The features of a text being analysed (not stored under this id). */
export function textFeatures(input: TextInput): ArticleFeatures {
  return featurize({ id: QUERY_ID, title: input.title, text: input.text, published: input.published, lang: input.lang });
}

/** The quotes of a text being analysed, in its language (English when unknown). */
export function textQuotes(input: TextInput): Quote[] {
  return extractQuotes(input.text, { lang: input.lang ?? 'en' });
}

/** The name and number keys of a text being analysed, in its language (English when unknown). */
export function textFacts(input: TextInput): PageFacts {
  return factKeys(input.text, input.lang ?? 'en');
}

/** A text's features, quotes and fact keys. */
export function analyseText(input: TextInput): TextAnalysis {
  const facts = textFacts(input);
  return { features: textFeatures(input), quotes: textQuotes(input), facts: { names: [...facts.names], numbers: [...facts.numbers] } };
}

/** Fact keys made by analyseText, as sets again. */
export function factsOf(made: TextAnalysis): PageFacts {
  return { names: new Set(made.facts.names), numbers: new Set(made.facts.numbers) };
}

/** An extracted page's text: its paragraphs joined by blank lines, as quote offsets and the store expect. */
export function pageText(article: ExtractedArticle): string {
  return article.paragraphs.join('\n\n');
}

/** Whether the extraction found any text (a paragraph that is not only white space). */
export function hasText(article: ExtractedArticle): boolean {
  return article.paragraphs.some((p) => p.trim().length > 0);
}

/** An extracted page's text input: its title, date and language with its text. */
export function pageInput(article: ExtractedArticle): TextInput {
  return { title: article.title, text: pageText(article), published: article.published, lang: article.lang };
}
