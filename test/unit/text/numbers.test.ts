import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../utils/text/tokenize';
import { extractNumbers, extractQuantities } from '../../../utils/text/numbers';
import { stem } from '../../../utils/text/stem';
import { isStopword } from '../../../utils/text/stopwords';

const unit = (w: string): string | null => (w.length < 3 || isStopword(w, 'en') ? null : stem(w, 'en'));

describe('extractNumbers', () => {
  it('keys weekdays, month-days, years and numbers', () => {
    expect(extractNumbers(tokenize('On Thursday, March 24, 2022 some 1,200 troops moved.'))).toEqual(['w4', 'd3-24', 'y2022', 'n1200']);
  });
});

describe('extractQuantities', () => {
  it('pairs a number with the content word after it', () => {
    expect(extractQuantities(tokenize('A 4.6 magnitude earthquake killed 12 people and hurt 30 others.'), unit)).toEqual([
      `${stem('magnitude', 'en')}=4.6`,
      `${stem('people', 'en')}=12`,
      `${stem('others', 'en')}=30`,
    ]);
  });
  it('skips years, single digits, stop words and a following number', () => {
    expect(extractQuantities(tokenize('In 2013 he saw 3 ships, then 45 of ships, then 10 20.'), unit)).toEqual([`${stem('ships', 'en')}=45`]);
  });
  it('looks no further than two words', () => {
    expect(extractQuantities(tokenize('We counted 15 of the very large boats.'), unit)).toEqual([]);
  });
});
