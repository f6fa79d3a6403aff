import { describe, expect, it } from 'vitest';
import { describeContradiction, sameEventDay } from '../../../utils/coverage/format';

describe('contradictions as the side panel says them', () => {
  it('names the two event days, with the year only when they differ in it', () => {
    expect(describeContradiction({ kind: 'event-days', query: ['2021-08-03'], match: ['2021-10-14'] })).toBe('different dates: 3 Aug vs 14 Oct');
    expect(describeContradiction({ kind: 'event-days', query: ['2021-12-30'], match: ['2022-01-04'] })).toBe('different dates: 30 Dec 2021 vs 4 Jan 2022');
  });
  it('names years, weekdays and figures', () => {
    expect(describeContradiction({ kind: 'years', query: ['2019'], match: ['2021', '2022'] })).toBe('different years: 2019 vs 2021, 2022');
    expect(describeContradiction({ kind: 'weekdays', query: ['4'], match: ['1'] })).toBe('different days: Thursday vs Monday');
    expect(describeContradiction({ kind: 'quantity', query: ['12 people'], match: ['3 people'] })).toBe('different figures: 12 vs 3 (people)');
  });
  it('says "both on" only for event days within a day of each other', () => {
    expect(sameEventDay(['2022-03-24', '2022-03-24'])).toBe('both on 24 Mar');
    expect(sameEventDay(['2022-03-24', '2022-03-25'])).toBe('both on 25 Mar');
    expect(sameEventDay(['2022-03-24', '2022-03-27'])).toBe('');
    expect(sameEventDay(null)).toBe('');
  });
});
