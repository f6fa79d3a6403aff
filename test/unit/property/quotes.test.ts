/**
 * Properties of the quote extractor (utils/quotes extractQuotes) on random and adversarial text:
 * it never throws, every attribution lies inside the text (a direct quote with text.slice(start, end)
 * === quote, reported speech with its words in that slice, in order), attributions are sorted and
 * do not overlap, and a speaker mention and a cue, when given, are the text at their offsets.
 */
import fc from 'fast-check';
import '../../support/fast-check-seed';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../utils/quotes';
import { findQuoteSpans } from '../../../utils/quotes/quote-marks';
import type { Quote } from '../../../utils/types';
import { adversarialText, QUOTE_MARKS } from './arbitraries';

const words = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every word of `a` occurs in `b` in the same order. */
function inOrder(a: string[], b: string[]): boolean {
  let j = 0;
  for (const w of a) {
    while (j < b.length && b[j] !== w) j++;
    if (j++ >= b.length) return false;
  }
  return true;
}

function checkQuotes(text: string, quotes: Quote[]): void {
  let prevEnd = -1;
  let prevStart = -1;
  for (const q of quotes) {
    expect(Number.isInteger(q.start) && Number.isInteger(q.end)).toBe(true);
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.start).toBeLessThanOrEqual(q.end);
    expect(['direct', 'mixed', 'indirect']).toContain(q.kind);
    if (q.kind === 'direct') expect(text.slice(q.start, q.end)).toBe(q.quote);
    else expect(inOrder(words(q.quote), words(text.slice(q.start, q.end)))).toBe(true);
    if (q.cue !== null) expect(text.slice(q.cueStart!, q.cueEnd!)).toBe(q.cue);
    else expect([q.cueStart, q.cueEnd]).toEqual([null, null]);
    expect(q.start).toBeGreaterThanOrEqual(prevStart);
    // Quotes never overlap one another.
    expect(q.start).toBeGreaterThanOrEqual(prevEnd);
    prevStart = q.start;
    prevEnd = q.end;
    if (q.speakerStart !== null || q.speakerEnd !== null) {
      expect(q.speakerStart).not.toBeNull();
      expect(q.speakerEnd).not.toBeNull();
      expect(q.speakerStart!).toBeGreaterThanOrEqual(0);
      expect(q.speakerEnd!).toBeLessThanOrEqual(text.length);
      expect(q.speakerStart!).toBeLessThanOrEqual(q.speakerEnd!);
      if (q.speakerMention !== null) expect(text.slice(q.speakerStart!, q.speakerEnd!)).toBe(q.speakerMention);
    }
    if (q.speaker !== null) expect(typeof q.speaker).toBe('string');
  }
}

describe('extractQuotes: properties', () => {
  it('never throws; offsets inside the text, slice equals quote, sorted, no overlap (random and adversarial text)', () => {
    fc.assert(
      fc.property(adversarialText, (text) => {
        checkQuotes(text, extractQuotes(text, { lang: 'en' }));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the quote of a well-formed attribution wherever it is embedded', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (before, after) => {
        const said = '“We will respond if chemical weapons are used in Ukraine,” Jens Stoltenberg said.';
        const text = `${before}\n\n${said}\n\n${after}`;
        const quotes = extractQuotes(text);
        checkQuotes(text, quotes);
        // And the quote is found, with its speaker, whatever surrounds its paragraph.
        expect(quotes.map((q) => [q.quote, q.speaker])).toContainEqual(['We will respond if chemical weapons are used in Ukraine', 'Jens Stoltenberg']);
      }),
      { numRuns: 200 },
    );
  });

  it('findQuoteSpans never throws and its spans are inside the text', () => {
    fc.assert(
      fc.property(adversarialText, (text) => {
        for (const s of findQuoteSpans(text)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.start).toBeLessThanOrEqual(s.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  // Hostile input sizes. No timed assertions: the tests finish within vitest's timeout, and the results are valid.
  it('returns on 5,000 quotation marks of each kind, with offsets inside the text', () => {
    for (const mark of ['"', '“', '”', '«', '„', "'", '「']) {
      const text = mark.repeat(5_000);
      checkQuotes(text, extractQuotes(text));
    }
    const mixed = Array.from({ length: 5_000 }, (_, i) => QUOTE_MARKS[i % QUOTE_MARKS.length]).join('');
    checkQuotes(mixed, extractQuotes(mixed));
  });

  it('returns on 5,000 quotation marks spread through news prose (2,500 short quotes with speakers)', () => {
    const text = Array.from({ length: 2_500 }, (_, i) => `“Statement number ${i} is on the record today,” Jens Stoltenberg said.`).join(' ');
    const quotes = extractQuotes(text);
    checkQuotes(text, quotes);
    expect(quotes.length).toBeGreaterThan(0);
  });

  it('returns on unbalanced marks in one long paragraph (5,000 openers, no closer)', () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `word${i} “said`).join(' ');
    checkQuotes(text, extractQuotes(text));
  });
});
