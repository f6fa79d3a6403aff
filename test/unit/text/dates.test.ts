import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../../support/fast-check-seed';
import { FUTURE_SLACK, mendDateText, statedDates, type StatedDate } from '../../../utils/text/dates';
import { adversarialText } from '../property/arbitraries';

const day = (iso: string): number => Math.floor(Date.parse(iso) / 86_400_000);
const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
/** The resolved days, as ISO dates. */
const days = (text: string, published: string | null, lang = 'en'): string[] =>
  statedDates(text, published === null ? null : day(published), lang).map((d) => iso(d.day));
const one = (text: string, published: string | null, lang = 'en'): StatedDate => {
  const ds = statedDates(text, published === null ? null : day(published), lang);
  expect(ds).toHaveLength(1);
  return ds[0]!;
};

const SAT = '2022-03-26'; // a Saturday

describe('statedDates: weekdays refer to the past week', () => {
  it('"on Thursday" in a Saturday article is two days before', () => {
    expect(days('Police said the shooting happened on Thursday.', SAT)).toEqual(['2022-03-24']);
  });
  it('a weekday chrono would put in the coming days is still the past one ("early Sunday" on a Saturday)', () => {
    expect(days('A man was shot early Sunday.', SAT)).toEqual(['2022-03-20']);
    expect(days('It happened at 1:15 a.m. Tuesday.', SAT)).toEqual(['2022-03-22']);
  });
  it('the publication weekday is that day; "last" makes it a week before', () => {
    expect(days('The leaders met on Saturday.', SAT)).toEqual([SAT]);
    expect(days('The leaders met last Saturday.', SAT)).toEqual(['2022-03-19']);
    expect(days('The leaders met last Thursday.', SAT)).toEqual(['2022-03-24']);
  });
  it('a weekday with a time of day ("Thursday night") is that weekday, relative, exact', () => {
    const d = one('Thursday night a man was wounded.', SAT);
    expect(iso(d.day)).toBe('2022-03-24');
    expect(d).toMatchObject({ explicit: false, spread: 0, start: d.day, end: d.day });
  });
  it('drops a weekday stated as future: "will", "next", "this", "scheduled", "until"', () => {
    expect(days('The ministers will meet on Thursday.', SAT)).toEqual([]);
    expect(days('The president will travel to Brussels on Thursday.', SAT)).toEqual([]);
    expect(days('They meet again next Thursday.', SAT)).toEqual([]);
    expect(days('The vote is scheduled for Tuesday.', SAT)).toEqual([]);
    expect(days('The road is closed until Monday.', SAT)).toEqual([]);
    expect(days('The vote is this Tuesday.', SAT)).toEqual([]);
  });
  it('keeps the day of a statement about the future ("said Thursday ... will")', () => {
    expect(days('Biden said Thursday the US will send more troops.', SAT)).toEqual(['2022-03-24']);
  });
  it('drops abbreviations and named days that are not the day of the report', () => {
    expect(days('The Baltimore Sun reported the arrest.', SAT)).toEqual([]);
    expect(days('Shoppers crowded the malls on Black Friday.', SAT)).toEqual([]);
    expect(days('The Sunday Times reported it.', SAT)).toEqual([]);
    expect(days('The office is open Monday-Friday.', SAT)).toEqual([]);
  });
  it('mends re-joined-token artefacts ("3: 33 a. m. Tuesday")', () => {
    expect(mendDateText('at 3: 33 a. m. Tuesday , police')).toBe('at 3:33 a.m. Tuesday, police');
    const d = one('It was reported at 3: 33 a. m. Tuesday , police said.', SAT);
    expect(iso(d.day)).toBe('2022-03-22');
    expect(d.text).toBe('at 3:33 a.m. Tuesday');
  });
});

describe('statedDates: relative days', () => {
  it('yesterday, last night, today, tonight, this morning, two days ago', () => {
    expect(days('He was arrested yesterday.', SAT)).toEqual(['2022-03-25']);
    expect(days('Shots rang out last night.', SAT)).toEqual(['2022-03-25']);
    expect(days('The name was released earlier today.', SAT)).toEqual([SAT]);
    expect(days('A vigil is held tonight.', SAT)).toEqual([SAT]);
    expect(days('Police said this morning that he died.', SAT)).toEqual([SAT]);
    expect(days('It happened two days ago.', SAT)).toEqual(['2022-03-24']);
  });
  it('"last week" is a week before, give or take 3 days; "last month" the previous calendar month', () => {
    expect(one('The summit last week agreed on sanctions.', SAT)).toMatchObject({ day: day('2022-03-19'), spread: 3, explicit: false });
    const m = one('The summit last month agreed on sanctions.', SAT);
    expect(m.spread).toBeGreaterThanOrEqual(13);
    expect(m.start).toBe(day('2022-02-01'));
    expect(m.end).toBeLessThanOrEqual(day('2022-03-01'));
  });
  it('"earlier this week" lies between Monday and the publication day', () => {
    const d = one('Earlier this week the council met.', SAT);
    expect(d.start).toBeGreaterThanOrEqual(day('2022-03-21'));
    expect(d.end).toBeLessThanOrEqual(day(SAT));
  });
  it('drops future and vague relatives: tomorrow, next week, last year, several weeks ago, now', () => {
    expect(days('The funeral is tomorrow.', SAT)).toEqual([]);
    expect(days('The talks resume next week.', SAT)).toEqual([]);
    expect(days('It rose last year.', SAT)).toEqual([]);
    expect(days('It began several weeks ago.', SAT)).toEqual([]);
    expect(days('He is now in custody.', SAT)).toEqual([]);
    expect(days('USA Today reported the arrest.', SAT)).toEqual([]);
  });
});

describe('statedDates: explicit dates', () => {
  it('month+day in its forms resolves to the publication year', () => {
    for (const t of ['on March 24', 'on 24 March', 'on Mar. 24', 'on March 24th', 'on 3/24', 'on March 24 , after'])
      expect(days(`The leaders met ${t}.`, SAT), t).toEqual(['2022-03-24']);
    expect(one('The leaders met on March 24.', SAT)).toMatchObject({ explicit: true, spread: 0 });
  });
  it('"Dec. 30" in a January 2 article is the previous December', () => {
    expect(days('The fire broke out Dec. 30.', '2023-01-02')).toEqual(['2022-12-30']);
  });
  it('"Jan. 3" in a December 30 article is within the slack after publication: next January', () => {
    expect(FUTURE_SLACK).toBeGreaterThanOrEqual(4);
    expect(days('The trial opened Jan. 3.', '2022-12-30')).toEqual(['2023-01-03']);
  });
  it('drops a year-less month-day well after the publication day (a future date)', () => {
    expect(days('The trial opens April 10.', SAT)).toEqual([]);
  });
  it('a stated year is kept as stated, with or without a publication day', () => {
    expect(days('On March 24, 2022, the leaders met.', SAT)).toEqual(['2022-03-24']);
    expect(days('On March 24, 2022, the leaders met.', null)).toEqual(['2022-03-24']);
    expect(days('The leaders met on 2022-03-24.', null)).toEqual(['2022-03-24']);
  });
  it('a weekday beside a year-less date picks the year it fits', () => {
    // Wednesday, Dec. 28 is 2022 (a Wednesday), not 2021 (a Tuesday)
    expect(days('It happened Wednesday, Dec. 28.', '2023-01-02')).toEqual(['2022-12-28']);
  });
  it('a short range is its middle, with half its length as spread', () => {
    expect(one('The festival ran March 3-5.', SAT)).toMatchObject({ day: day('2022-03-04'), spread: 1, start: day('2022-03-03'), end: day('2022-03-05') });
  });
  it('the same day stated twice is one date, explicit when either is', () => {
    const ds = statedDates('On Thursday, March 24, leaders met. On Thursday they agreed.', day(SAT));
    expect(ds.map((d) => [iso(d.day), d.explicit])).toEqual([['2022-03-24', true]]);
  });
});

describe('statedDates: what is not an event day', () => {
  it('years alone, year ranges, ages, months alone, times of day', () => {
    expect(days('The law passed in 2019.', SAT)).toEqual([]);
    expect(days('In the 2019-2020 season he scored.', SAT)).toEqual([]);
    expect(days('A 25-year-old man was shot.', SAT)).toEqual([]);
    expect(days('The law passed in March.', SAT)).toEqual([]);
    expect(days('Shots were fired at 10 p.m. near the park.', SAT)).toEqual([]);
  });
  it('a lowercase English month is a word ("march 10 blocks"); "a day earlier" is relative to another event', () => {
    expect(days('Protesters march 10 blocks to city hall.', SAT)).toEqual([]);
    expect(days('He had bought the gun a day earlier.', SAT)).toEqual([]);
    expect(days('He died the day before.', SAT)).toEqual([]);
  });
  it('birthdates', () => {
    expect(days('Smith, born March 3, 1960, was a teacher.', SAT)).toEqual([]);
    expect(days('Smith was born on March 3, 1960.', null)).toEqual([]);
  });
  it('slash forms that are not dates, and slash dates without "on"', () => {
    expect(days('The store is open 24/7.', SAT)).toEqual([]);
    expect(days('Security changed after 9/11.', SAT)).toEqual([]);
    expect(days('He ran 1/2 mile.', SAT)).toEqual([]);
    expect(days('Prices rose 3/24 percent.', SAT)).toEqual([]);
  });
  it('page metadata: when the page was posted or updated', () => {
    expect(days('Posted: Friday, July 26, 2013 5:24 AM EST Updated: Tuesday, July 30, 2013 5:45 PM EST', '2013-07-26')).toEqual([]);
    expect(days('UPDATE (Feb. 20): Police made an arrest.', '2015-02-17')).toEqual([]);
  });
  it('a date stated as future is dropped, even explicit', () => {
    expect(days('The summit will be held on March 28.', SAT)).toEqual([]);
  });
});

describe('statedDates: without a publication day', () => {
  it('relative dates and year-less month-days give nothing', () => {
    expect(days('The leaders met on Thursday.', null)).toEqual([]);
    expect(days('The leaders met yesterday.', null)).toEqual([]);
    expect(days('The leaders met last week.', null)).toEqual([]);
    expect(days('The leaders met on March 24.', null)).toEqual([]);
  });
});

describe('statedDates: other languages', () => {
  it('de, fr, es, it, nl, pt weekdays and dates', () => {
    expect(days('Am Donnerstag trafen sich die Staats- und Regierungschefs.', SAT, 'de')).toEqual(['2022-03-24']);
    expect(days('Die Nato wird am Donnerstag tagen.', SAT, 'de')).toEqual([]);
    expect(days('Am 24. März trafen sie sich.', SAT, 'de')).toEqual(['2022-03-24']);
    expect(days('Les dirigeants se sont réunis jeudi à Bruxelles.', SAT, 'fr')).toEqual(['2022-03-24']);
    expect(days('Le sommet aura lieu jeudi prochain.', SAT, 'fr')).toEqual([]);
    expect(days('hier soir', SAT, 'fr')).toEqual(['2022-03-25']);
    expect(days('Los líderes se reunieron el 24 de marzo.', SAT, 'es')).toEqual(['2022-03-24']);
    expect(days('Ieri i leader si sono riuniti.', SAT, 'it')).toEqual(['2022-03-25']);
    expect(days('Vorige week kwamen de leiders bijeen.', SAT, 'nl')).toEqual(['2022-03-19']);
    expect(days('Os líderes reuniram-se na quinta-feira.', SAT, 'pt')).toEqual(['2022-03-24']);
    expect(days('Os líderes reúnem-se na próxima quinta-feira.', SAT, 'pt')).toEqual([]);
  });
  it('a language without a parser gives nothing', () => {
    expect(days('в четверг', SAT, 'ru')).toEqual([]);
    expect(days('', SAT)).toEqual([]);
  });
});

describe('statedDates: properties on random news-like text', () => {
  const PIECES = [
    'on', 'last', 'next', 'will', 'said', 'Thursday', 'Sunday', 'night', 'yesterday', 'today', 'week', 'month', 'March', 'Dec.',
    '24', '30', '3/24', '2019', '2022', ',', ' ,', '.', ': ', 'a. m.', '\n', ' ', ' ', 'born', 'Updated:', '-', 'ago', 'two',
  ];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(' '));
  const pub = fc.option(fc.integer({ min: day('1990-01-01'), max: day('2040-12-31') }), { nil: null });
  it('never throws; start ≤ day ≤ end; relative dates need a publication day and are never after it', () => {
    fc.assert(
      fc.property(text, pub, fc.constantFrom('en', 'de', 'fr', 'xx'), (t, p, lang) => {
        for (const d of statedDates(t, p, lang)) {
          expect(d.start).toBe(d.day - d.spread);
          expect(d.end).toBe(d.day + d.spread);
          expect(d.spread).toBeGreaterThanOrEqual(0);
          if (!d.explicit) {
            expect(p).not.toBeNull();
            expect(d.day).toBeLessThanOrEqual(p!);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('statedDates: adversarial text', () => {
  it('never throws on unicode, lone surrogates, huge runs', () => {
    fc.assert(
      fc.property(adversarialText, (t) => {
        expect(Array.isArray(statedDates(t, day(SAT)))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
