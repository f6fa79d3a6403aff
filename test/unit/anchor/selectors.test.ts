import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../utils/anchor/selectors';

const TEXT = 'The harbour council of Velmora voted on Tuesday to rebuild the old lighthouse.';

describe('describeRange', () => {
  it('stores the quote, up to `context` chars around it, and the position', () => {
    const start = TEXT.indexOf('voted');
    const end = start + 'voted on Tuesday'.length;
    const sel = describeRange(TEXT, start, end, 10);
    expect(sel.quote).toEqual({ type: 'TextQuoteSelector', exact: 'voted on Tuesday', prefix: 'f Velmora ', suffix: ' to rebuil' });
    expect(sel.position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('keeps shorter context at the edges of the text', () => {
    const sel = describeRange(TEXT, 0, 3);
    expect(sel.quote.prefix).toBe('');
    expect(sel.quote.exact).toBe('The');
    expect(sel.quote.suffix).toBe(TEXT.slice(3, 35));
    const last = describeRange(TEXT, TEXT.length - 11, TEXT.length);
    expect(last.quote.exact).toBe('lighthouse.');
    expect(last.quote.suffix).toBe('');
  });

  it('allows an empty range (start === end)', () => {
    const sel = describeRange(TEXT, 4, 4, 4);
    expect(sel.quote).toMatchObject({ exact: '', prefix: 'The ', suffix: 'harb' });
    expect(sel.position).toMatchObject({ start: 4, end: 4 });
  });

  it('clamps offsets outside the text into it', () => {
    const sel = describeRange(TEXT, -5, TEXT.length + 100, 5);
    expect(sel.position).toMatchObject({ start: 0, end: TEXT.length });
    expect(sel.quote.exact).toBe(TEXT);
  });

  it('throws a RangeError for a reversed or non-finite range', () => {
    expect(() => describeRange(TEXT, 10, 5)).toThrow(RangeError);
    expect(() => describeRange(TEXT, Number.NaN, 5)).toThrow(/finite/);
  });
});
