/**
 * The quotes module's front door: the pipeline (pipeline.ts) and what the coverage views use
 * across articles (one person per speaker, statements grouped across outlets, word diffs).
 */
export { extractQuotes, type ExtractOptions } from './pipeline';
export { QUOTES_VERSION } from './version';
export { canonicalSpeakers, speakerKey } from './speakers';
export { groupQuotes, type QuoteGroup, type QuoteGroupMember } from './group';
export { wordDiff, type DiffPart } from './diff';
export { findQuoteSpans } from './extract';
