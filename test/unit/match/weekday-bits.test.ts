import { describe, expect, it } from 'vitest';
import { nearWeekdayBits, weekdayBits, weekdaysOf } from '../../../utils/match/weekday-bits';

describe('weekday bits', () => {
  it('keeps only weekday keys and gives them back as ISO numbers', () => {
    expect(weekdaysOf(weekdayBits(['w4', 'n160', 'w8', 'w1']))).toEqual(['1', '4']);
    expect(weekdayBits([])).toBe(0);
  });

  it('a weekday is near itself and its neighbours, across the week end', () => {
    expect(weekdaysOf(nearWeekdayBits(weekdayBits(['w7'])))).toEqual(['1', '6', '7']);
    expect(weekdaysOf(nearWeekdayBits(weekdayBits(['w3'])))).toEqual(['2', '3', '4']);
    expect(nearWeekdayBits(0)).toBe(0);
  });
});
