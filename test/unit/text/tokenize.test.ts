import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../utils/text/tokenize';
import { extractNumbers } from '../../../utils/text/numbers';
import { stem } from '../../../utils/text/stem';
import { isStopword } from '../../../utils/text/stopwords';
import { fold } from '../../../utils/text/normalize';

describe('tokenize and friends', () => {
  it('marks sentence-initial and capitalised words, folds possessives', () => {
    const [s] = tokenize('Zelensky’s aides met Biden.');
    expect(s!.map((t) => [t.folded, t.initial, t.cap])).toEqual([
      ['zelensky', true, true],
      ['aides', false, false],
      ['met', false, false],
      ['biden', false, true],
    ]);
  });
  it('treats words after an opening quote as initial', () => {
    const [s] = tokenize('He said “We will win” today.');
    expect(s!.find((t) => t.surface === 'We')!.initial).toBe(true);
  });
  it('extracts years, month-days and numbers', () => {
    expect(extractNumbers(tokenize('On March 24, 2022 some 1,200 troops and 3 tanks moved; 7.1 magnitude.'))).toEqual(['d3-24', 'y2022', 'n1200', 'n7.1']);
  });
  it('stems English, folds accents, knows stop words', () => {
    expect(stem('sanctions', 'en')).toBe(stem('sanctioned', 'en'));
    expect(stem('sanctions', 'el')).toBe('sanctions');
    expect(stem('sanktionen', 'de')).toBe('sanktion');
    expect(fold('Zelenský')).toBe('zelensky');
    expect(isStopword('the', 'en')).toBe(true);
    expect(isStopword('summit', 'en')).toBe(false);
  });
});

describe('headline sentences', () => {
  it('treats a Title Case sentence like a title (every word initial)', () => {
    const [h, b] = tokenize('Lindsay Lohan Checks Into Betty Ford Rehab Center.\n\nThe actress Lindsay Lohan checked in on Friday.');
    expect(h!.every((t) => t.initial)).toBe(true);
    expect(b!.find((t) => t.surface === 'Lohan')!.initial).toBe(false);
  });
});
