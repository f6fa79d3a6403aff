import { describe, expect, it } from 'vitest';
import { sortCoverage } from '../../../utils/coverage/sort';
import type { MatchCard } from '../../../utils/coverage/types';

const card = (id: string, published: string | null, score: number): MatchCard => ({
  id, title: id, source: null, published, url: null, snippet: '', score, tier: 'same-story', reasons: { names: [], terms: [], days: null },
});

describe('sortCoverage', () => {
  const cards = [card('a', '2022-03-23', 0.7), card('b', null, 0.99), card('c', '2022-03-24T09:00:00+01:00', 0.8), card('d', '2022-03-22', 0.6)];
  it('orders by score, newest first, or who reported first; undated last', () => {
    expect(sortCoverage(cards, 'relevance').map((c) => c.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(sortCoverage(cards, 'newest').map((c) => c.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortCoverage(cards, 'timeline').map((c) => c.id)).toEqual(['d', 'a', 'c', 'b']);
  });
});
