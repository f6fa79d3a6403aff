/**
 * Random and adversarial text for the property tests: every kind of quotation mark, unicode of
 * all planes, lone surrogates, huge runs, empty strings — the inputs a hostile page or file can
 * put in front of the core.
 */
import fc from 'fast-check';

/** Every quotation mark the extractor might meet, paired or not. */
export const QUOTE_MARKS = [
  '"', "'", '“', '”', '‘', '’', '„', '‟', '«', '»', '‹', '›', '「', '」', '『', '』', '〝', '〞', '＂', '❝', '❞', '`', '´',
];

/** Pieces that look like news text: words, names, speech verbs, punctuation, paragraph breaks. */
const PIECES = [
  'said', 'says', 'told reporters', 'according to', 'Jens Stoltenberg', 'Ms. Psaki', 'he', 'she', 'the official',
  'NATO', 'Brussels', 'the', 'a', 'and', '.', ',', '!', '?', ' ', ' ', ' ', '\n\n', '\n', '\t', '—', '–', '…', '-',
  'Mr.', 'Dr.', 'U.S.', '2022', '9.5', 'ﬁ', 'é', 'Ü', 'ß', 'İ', 'ǅ', '𝔘', '😀', '👩‍👩‍👧', '\u200b', '\u00a0', '\u202e', '\ufeff',
  'مرحبا', 'שלום', '你好', 'こんにちは', 'Привет', '\ud800', '\udc00', '\udbff', '\u0000', '\r\n',
];

/** Text assembled from news-like pieces and quotation marks, so quotes and attributions actually occur. */
export const newsLike = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, { weight: 2, arbitrary: fc.constantFrom(...QUOTE_MARKS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), {
    maxLength: 300,
    // fast-check's default size keeps arrays to about ten items; these texts should reach hundreds of pieces.
    size: 'medium',
  })
  .map((parts) => parts.join(' ').replace(/ {2,}/g, ' '));

/** Arbitrary UTF-16 (lone surrogates included), full unicode, and plain strings. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 400 }),
  fc.string({ unit: fc.constantFrom(...QUOTE_MARKS, ' ', 'a', '\n'), maxLength: 400 }),
  fc.constant(''),
);

/** Long runs of one character (quotation marks, spaces, letters, newlines) around some text. */
export const runs = fc
  .tuple(fc.constantFrom(...QUOTE_MARKS, ' ', 'a', '\n', '.', '\ud800', 'Ab'), fc.integer({ min: 1, max: 3000 }), fc.string({ maxLength: 40 }))
  .map(([c, n, tail]) => c.repeat(n) + tail + c.repeat(n >> 1));

/** Everything above, mixed. */
export const adversarialText = fc.oneof({ weight: 3, arbitrary: newsLike }, { weight: 2, arbitrary: anyText }, { weight: 1, arbitrary: runs });
