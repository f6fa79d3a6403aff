import { describe, expect, it } from 'vitest';
import { dayOf, featurize } from '../../../utils/match/features';
import { tierOf, SAME_STORY, RELATED, DUPLICATE_JACCARD } from '../../../utils/match/tiers';
import { combine } from '../../../utils/match/score';
import { idf } from '../../../utils/match/idf';

const doc = {
  id: 'd1',
  title: 'Zelenskyy meets Biden in Washington',
  published: '2022-12-21T18:00:00Z',
  text:
    'President Joe Biden welcomed Ukrainian President Volodymyr Zelenskyy to the White House on Wednesday.\n\n' +
    'Mr. Biden promised 1.8 billion dollars in new military aid, including a Patriot missile battery, on December 21.\n\n' +
    'Zelensky later addressed Congress. Biden said the United States would stand with Ukraine.',
};

describe('featurize', () => {
  const f = featurize(doc);
  it('is plain JSON with the expected version and publication day', () => {
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
    expect(f.day).toBe(dayOf('2022-12-21'));
    expect(f.lang).toBe('en');
    expect(f.minhash).toHaveLength(64);
  });
  it('folds name variants and strips honorifics', () => {
    expect(f.names.zelensky).toBeGreaterThan(0);
    expect(f.names.biden).toBeGreaterThan(f.names['joe biden'] ?? 0);
    expect(Object.keys(f.names).some((k) => k.startsWith('president') || k.startsWith('mr'))).toBe(false);
    expect(f.names['white house']).toBeGreaterThan(0);
  });
  it('stems content terms, drops stop words and weighs the title above the body', () => {
    expect(f.terms.meet).toBeGreaterThan(0);
    expect(f.terms.the).toBeUndefined();
    expect(f.terms.promis).toBeGreaterThan(0);
    expect(f.terms.meet!).toBeGreaterThan(f.terms.promis!);
    expect(f.surfaces['t:promis']).toBe('promised');
  });
  it('keeps numbers and dates', () => {
    expect(f.nums).toContain('n1.8');
    expect(f.nums).toContain('d12-21');
  });
  it('ignores non-ISO dates rather than guessing', () => {
    expect(dayOf('December 15th, 2008, 7 : 35 am')).toBeNull();
    expect(dayOf(null)).toBeNull();
  });
});

describe('tiers and scores', () => {
  it('maps scores and shingle overlap to tiers', () => {
    expect(tierOf(0.99, DUPLICATE_JACCARD)).toBe('duplicate');
    expect(tierOf(SAME_STORY, 0)).toBe('same-story');
    expect(tierOf(RELATED, 0)).toBe('related');
    expect(tierOf(RELATED / 2, 0)).toBeNull();
  });
  it('the score is in [0, 1] and grows with shared names', () => {
    const lo = combine({ names: 0.1, terms: 0.2, nums: 0, lead: 0.2, days: null, eventGap: null, fullName: 0, dup: 0, yearClash: 0, dayClash: 0, qtyClash: 0 });
    const hi = combine({ names: 0.8, terms: 0.2, nums: 0, lead: 0.2, days: null, eventGap: null, fullName: 0, dup: 0, yearClash: 0, dayClash: 0, qtyClash: 0 });
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThanOrEqual(1);
    expect(hi).toBeGreaterThan(lo);
  });
  it('IDF stays finite and ordered in a tiny corpus', () => {
    expect(idf(4, 4, 0.0001)).toBeGreaterThan(idf(4, 4, 0.5));
    expect(Number.isFinite(idf(0, 0, 0.001))).toBe(true);
    expect(idf(4, 4, 0.5)).toBeGreaterThan(0);
  });
});
