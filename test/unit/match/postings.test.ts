import { describe, expect, it } from 'vitest';
import { kthLargest } from '../../../utils/match/postings';

describe('kthLargest', () => {
  it('finds the k-th largest value, ties and all', () => {
    const values = [5, 1, 9, 3, 9, 7, 2, 8, 8, 0];
    const sorted = [...values].sort((a, b) => b - a);
    for (let k = 1; k <= values.length; k++) expect(kthLargest(Float64Array.from(values), k)).toBe(sorted[k - 1]);
    expect(kthLargest(Float64Array.from([4, 4, 4]), 2)).toBe(4);
  });
});
