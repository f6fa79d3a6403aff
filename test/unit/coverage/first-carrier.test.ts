import { describe, expect, it } from 'vitest';
import { before, firstIndex, publishedSpan } from '../../../utils/coverage/first-carrier';

const at = (iso: string) => Date.parse(iso);

describe('publishedSpan and before', () => {
  it('a zoned date-time is one instant; unknown and unreadable times are null', () => {
    expect(publishedSpan('2022-03-10T14:02:00+01:00')).toEqual([at('2022-03-10T13:02:00Z'), at('2022-03-10T13:02:00Z') + 1]);
    expect(publishedSpan(null)).toBeNull();
    expect(publishedSpan('last Tuesday')).toBeNull();
    expect(before(null, publishedSpan('2022-03-10T14:02:00Z'))).toBe(false);
    expect(before(publishedSpan('2022-03-10T14:02:00Z'), null)).toBe(false);
  });

  it('a bare date is every hour it may mean in any zone, so only a clearly later time comes after it', () => {
    const day = publishedSpan('2022-03-09');
    expect(before(day, publishedSpan('2022-03-10T20:00:00Z'))).toBe(true);
    expect(before(day, publishedSpan('2022-03-10T08:00:00Z'))).toBe(false); // still 9 March west of UTC-8
    expect(before(publishedSpan('2022-03-09T13:00:00Z'), day)).toBe(false); // already 9 March east of UTC+11
  });

  it('a wall-clock time without a zone may be half a day either way', () => {
    const wall = publishedSpan('2022-03-10T14:02');
    expect(before(publishedSpan('2022-03-10T10:00:00Z'), wall)).toBe(false);
    expect(before(publishedSpan('2022-03-09T23:00:00Z'), wall)).toBe(true);
  });
});

describe('firstIndex', () => {
  it('the version no other certainly precedes; among several, the outlet name first; none without a time', () => {
    const spans = ['2022-03-10T14:02:00Z', null, '2022-03-10T09:00:00Z'].map(publishedSpan);
    expect(firstIndex(spans, ['Reuters', 'AFP', 'The Times'])).toBe(2);
    const tied = ['2022-03-10T14:02:00Z', '2022-03-10'].map(publishedSpan);
    expect(firstIndex(tied, ['AP', 'Reuters'])).toBe(0);
    expect(firstIndex(tied, ['Reuters', 'AP'])).toBe(1);
    expect(firstIndex([null, null], ['AP', 'Reuters'])).toBeNull();
  });
});
