/**
 * The folder's public surface, what code outside utils/quotes uses: the pipeline (pipeline.ts),
 * its version, and what the coverage views use across articles (one person per speaker,
 * statements grouped across outlets, word diffs). Modules inside the folder import each other directly.
 */
export { extractQuotes, type ExtractOptions } from './pipeline';
export { QUOTES_VERSION } from './version';
export { canonicalSpeakers } from './canonical';
export { speakerKey } from './speaker-key';
export { groupQuotes, type QuoteGroup, type QuoteGroupMember } from './group';
export { wordDiff, type DiffPart } from './diff';
