import { describe, expect, it } from 'vitest';
import { analyseFields, boundedDistance, searchTerms } from '../../../utils/search/analyze';
import { decodePostings, encodePostings } from '../../../utils/search/postings';

describe('search analysis', () => {
  it('folds words as the rest of Crossread does: case, accents, possessives', () => {
    expect(searchTerms('Zelenskyy’s Kyiv visit — Müller, ÉLYSÉE!')).toEqual(['zelenskyy', 'kyiv', 'visit', 'muller', 'elysee']);
  });
  it('weights a title word 3, a speaker 3, an outlet 2 and a body word 1, and counts the length', () => {
    const d = analyseFields({ title: 'Harbour bridge', text: 'The harbour', source: 'Harbour Post', speaker: 'Ana Ruiz' });
    expect(d.weights.get('harbour')).toBe(3 + 1 + 2);
    expect(d.weights.get('ruiz')).toBe(3);
    expect(d.weights.get('the')).toBe(1);
    expect(d.length).toBe(8);
  });
  it('measures small edit distances and gives up past the bound', () => {
    expect(boundedDistance('stoltenburg', 'stoltenberg', 2)).toBe(1);
    expect(boundedDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('postings blocks', () => {
  it('pack to a few bytes a posting and unpack sorted by document', () => {
    const postings = [{ doc: 300_000, weight: 7, length: 1200 }, { doc: 5, weight: 1, length: 3 }, { doc: 6, weight: 3, length: 90 }];
    const bytes = encodePostings(postings);
    expect(bytes.length).toBeLessThanOrEqual(postings.length * 5);
    expect(decodePostings(bytes)).toEqual([...postings].sort((a, b) => a.doc - b.doc));
    expect(decodePostings(encodePostings([]))).toEqual([]);
  });
});
