/**
 * The direct-quote stage of the pipeline alone (quotation marks, their attribution, scare quotes),
 * for the tests that pin that stage down; reported speech and its merge are tested on extractQuotes.
 */
import type { Quote } from '../../../utils/types';
import { directQuotes } from '../../../utils/quotes/direct';
import { findQuoteSpans } from '../../../utils/quotes/quote-marks';
import { ArticlePeople } from '../../../utils/quotes/article-people';

/** Every direct quotation of `text` with its speaker, as the direct stage finds it. */
export function quotations(text: string): Quote[] {
  return directQuotes(text, findQuoteSpans(text), new ArticlePeople(text));
}
