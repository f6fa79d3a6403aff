import { describe, expect, it } from 'vitest';
import { quotations } from './quotations';
import { findQuoteSpans, paragraphs } from '../../../utils/quotes/quote-marks';

const q = (text: string) => quotations(text).map((x) => x.quote);
const qs = (text: string) => quotations(text).map((x) => [x.quote, x.speaker] as const);

describe('quotation marks of real newsrooms', () => {
  it('curly and straight double quotes', () => {
    expect(q('“We will stay the course,” Smith said.')).toEqual(['We will stay the course']);
    expect(q('"We will stay the course," Smith said.')).toEqual(['We will stay the course']);
  });
  it("doubled apostrophes used as double quotes (’’, ‘‘, '')", () => {
    expect(q('“We are aligned,’’ Jen Psaki said.')).toEqual(['We are aligned']);
    expect(q('‘‘We are aligned,’’ Jen Psaki said.')).toEqual(['We are aligned']);
    expect(q("''This isn't tax reform,'' said Douglas Holtz-Eakin.")).toEqual(["This isn't tax reform"]);
  });
  it('guillemets, German low marks and single low marks', () => {
    expect(q('« Nous resterons unis », said Emmanuel Macron.')).toEqual(['Nous resterons unis']);
    expect(q('„Wir stehen zusammen“, said Olaf Scholz.')).toEqual(['Wir stehen zusammen']);
    expect(q('»Wir stehen zusammen«, said Olaf Scholz.')).toEqual(['Wir stehen zusammen']);
    expect(q('‚Wir stehen zusammen‘, said Olaf Scholz.')).toEqual(['Wir stehen zusammen']);
  });
  it('top-level single curly quotes with an attribution', () => {
    expect(q('‘We are not at war with Russia,’ the prime minister said.')).toEqual(['We are not at war with Russia']);
  });
  it('keeps nested single quotes inside the quotation', () => {
    expect(q('“He told me ‘never again,’ and I believed him,” Ms. Cole said.')).toEqual(['He told me ‘never again,’ and I believed him']);
    expect(q('“He said ‘no.’’’ Ms. Cole said.').length).toBeLessThanOrEqual(1);
  });
  it('nested double quotes inside a double quote', () => {
    expect(q('They stated, “today’s “Straw vote” is not a step towards integration.”')).toEqual(['today’s “Straw vote” is not a step towards integration.']);
  });
  it('does not let apostrophes open quotes', () => {
    expect(q("The players’ union said it was the ’90s all over again, and nobody's fault.")).toEqual([]);
  });
  it('offsets cover the words, not the marks, and slice back to the quote', () => {
    const text = 'Intro.\n\n“Exactly so,” she said.';
    const [x] = quotations(text);
    expect(text.slice(x!.start, x!.end)).toBe('Exactly so');
    expect(x!.start).toBe(text.indexOf('Exactly'));
  });
});

describe('quotes across paragraphs and missing marks', () => {
  it('a paragraph that ends open continues in the next, which reopens the mark', () => {
    const text = '“The first part of the statement is here,” Smith said. “The second part goes on\n“and the third paragraph closes it.”';
    expect(qs(text)).toEqual([
      ['The first part of the statement is here', 'Smith'],
      ['The second part goes on', 'Smith'],
      ['and the third paragraph closes it.', 'Smith'],
    ]);
  });
  it('a closing mark missing at the end of the text', () => {
    const text = 'Mayor Ann Lee spoke last. “We will rebuild every house on this street, every one of them';
    expect(qs(text)).toEqual([['We will rebuild every house on this street, every one of them', null]]);
    const t2 = '“We will rebuild every house on this street,” Mayor Ann Lee said. “Every one of them';
    expect(qs(t2)).toEqual([['We will rebuild every house on this street', 'Ann Lee'], ['Every one of them', 'Ann Lee']]);
  });
  it('an opening mark missing where the closing mark and attribution show the quote', () => {
    const text = 'Mr. Biden’s goal,” Ms. Psaki said, “is to meet his counterparts.”';
    expect(q(text)).toEqual(['Mr. Biden’s goal', 'is to meet his counterparts.']);
  });
  it('is conservative: a stray closing mark with no attribution is not a quote', () => {
    expect(q('He is 6\'2" tall and plays guard.')).toEqual([]);
    expect(q('The paragraph simply ends,” and then more text follows here.')).toEqual([]);
  });
  it('a split line with only a closing mark continues the quote of the line before', () => {
    const text = '“We have been aligned to date,” Jen Psaki said. “We’ve been incredibly aligned.\nThat doesn’t happen by accident.”';
    expect(qs(text).map((x) => x[1])).toEqual(['Jen Psaki', 'Jen Psaki', 'Jen Psaki']);
  });
});

describe('robustness', () => {
  it('a 5,000-quotation-mark string returns, its spans inside the text', () => {
    const text = '“a ” '.repeat(1250) + '"'.repeat(1250) + '’’ ‘‘'.repeat(625) + '«'.repeat(1250);
    const spans = findQuoteSpans(text);
    for (const sp of spans) {
      expect(sp.start).toBeGreaterThanOrEqual(0);
      expect(sp.end).toBeLessThanOrEqual(text.length);
      expect(sp.start).toBeLessThanOrEqual(sp.end);
    }
    // Each “a ” pair is a span of its one word…
    expect(spans.filter((sp) => text.slice(sp.start, sp.end) === 'a')).toHaveLength(1250);
    // …and a one-word span nobody is said to have spoken is a scare quote: no quotation.
    expect(quotations(text)).toEqual([]);
    // Straight marks with nothing between them enclose no words: no span.
    expect(findQuoteSpans('"'.repeat(5000))).toEqual([]);
    expect(findQuoteSpans('"a" "b"').map((sp) => [sp.start, sp.end])).toEqual([[1, 2], [5, 6]]);
  });
  it('paragraphs are the lines with content', () => {
    expect(paragraphs('a\n\n b \n').map((p) => [p.start, p.end])).toEqual([[0, 1], [4, 5]]);
  });
  it('returns nothing for text without quotes', () => {
    expect(quotations('Plain text. Nothing quoted here.')).toEqual([]);
  });
});
