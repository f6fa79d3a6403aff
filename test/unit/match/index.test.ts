import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { featurize } from '../../../utils/match/features';
import { MatchIndex } from '../../../utils/match/index';
import { RELATED, SAME_STORY } from '../../../utils/match/tiers';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f, title: null, text: readFileSync(new URL(f, SEEDS), 'utf8'), published: null }));

const OTHER = {
  id: 'other',
  title: 'Local bakery wins regional sourdough contest',
  published: null,
  text:
    'A family bakery in Lyon won the regional sourdough contest on Sunday, beating forty rivals with a rye loaf ' +
    'fermented for three days.\n\nThe judges praised the crust and the open crumb. "We bake every night," said ' +
    'Marie Dupont, who runs the shop with her brother.\n\nThe prize includes a new oven and a trip to the national ' +
    'final in Paris next spring, where bakers from every region compete.',
};

function seededIndex(): MatchIndex {
  const index = new MatchIndex();
  for (const s of seeds) index.add(featurize(s));
  return index;
}

describe('MatchIndex on the bundled seed articles (one story told four times)', () => {
  it('each seed matches the other three as the same story, scores in [0, 1]', () => {
    expect(seeds).toHaveLength(4);
    const index = seededIndex();
    expect(index.size).toBe(4);
    for (const s of seeds) {
      const res = index.query(featurize(s));
      expect(res.map((m) => m.id).sort()).toEqual(seeds.filter((x) => x.id !== s.id).map((x) => x.id));
      for (const m of res) {
        expect(m.tier).toBe('same-story');
        expect(m.score).toBeGreaterThanOrEqual(SAME_STORY);
        expect(m.score).toBeLessThanOrEqual(1);
        expect(m.reasons.names.map((n) => n.toLowerCase())).toContain('nato');
      }
    }
  });

  it('an article on another topic gets nothing', () => {
    const index = seededIndex();
    expect(index.query(featurize(OTHER))).toEqual([]);
    const all = index.rank(featurize(OTHER));
    for (const r of all) expect(r.score).toBeLessThan(RELATED);
  });

  it('a republished copy is a duplicate, ranked first', () => {
    const index = seededIndex();
    const orig = seeds[1]!;
    const copy = { ...orig, id: 'copy', title: 'Syndicated: Biden in Brussels', text: `Reuters\n\n${orig.text}\n\nShare this article.` };
    const res = index.query(featurize(copy));
    expect(res[0]).toMatchObject({ id: orig.id, tier: 'duplicate' });
    expect(res[0]!.score).toBeGreaterThanOrEqual(0.9);
    expect(res.slice(1).every((m) => m.tier === 'same-story')).toBe(true);
  });

  it('remove takes an article out and has/size follow', () => {
    const index = seededIndex();
    index.remove(seeds[0]!.id);
    expect(index.has(seeds[0]!.id)).toBe(false);
    expect(index.size).toBe(3);
    const res = index.query(featurize(seeds[1]!));
    expect(res.map((m) => m.id)).not.toContain(seeds[0]!.id);
    expect(res).toHaveLength(2);
    index.remove('never-added');
    expect(index.size).toBe(3);
  });

  it('exclude, top and the query article itself are honoured', () => {
    const index = seededIndex();
    const f = featurize(seeds[0]!);
    expect(index.query(f).map((m) => m.id)).not.toContain(seeds[0]!.id);
    expect(index.query(f, { top: 1 })).toHaveLength(1);
    expect(index.query(f, { exclude: [seeds[1]!.id] }).map((m) => m.id)).not.toContain(seeds[1]!.id);
  });

  it('features survive a JSON round trip (what IndexedDB stores)', () => {
    const index = new MatchIndex();
    for (const s of seeds) index.add(JSON.parse(JSON.stringify(featurize(s))));
    expect(index.query(featurize(seeds[2]!))).toHaveLength(3);
  });

  it('an empty index answers nothing', () => {
    expect(new MatchIndex().query(featurize(OTHER))).toEqual([]);
  });
});

describe('dates', () => {
  const base = { title: 'Earthquake of magnitude 6.1 strikes Sumatra', text: 'An earthquake of magnitude 6.1 struck western Sumatra on Tuesday, Indonesia’s geophysics agency BMKG said. Officials in Padang reported damaged houses.' };
  it('a year apart lowers the score of otherwise similar articles', () => {
    const index = new MatchIndex();
    index.add(featurize({ ...base, id: 'near', published: '2022-03-02' }));
    index.add(featurize({ ...base, id: 'far', published: '2023-03-01', text: `${base.text} ` }));
    const q = featurize({ ...base, id: 'q', published: '2022-03-01', text: `${base.text} Rescue teams were sent.` });
    const [a, b] = index.rank(q);
    expect(a!.id).toBe('near');
    expect(a!.reasons.days).toBe(1);
    expect(b!.reasons.days).toBe(365);
    expect(b!.score).toBeLessThan(a!.score);
  });
});

describe('contradictions between two reports of the same kind of event', () => {
  const base = (id: string, title: string, text: string) => ({ id, title, text, published: null });
  const quake = (id: string, mag: string, day: string, year: string) =>
    base(
      id,
      `${mag} magnitude earthquake shakes Sonoma County`,
      `A ${mag} magnitude earthquake struck near The Geysers in Sonoma County early ${day}, the U.S. Geological Survey said. ` +
        `There were no reports of damage or injuries in Santa Rosa or Healdsburg. The quake in ${year} was felt across the North Bay.\n\n` +
        'Residents of Cobb Mountain said dishes rattled. The Geysers geothermal field sees frequent small quakes, seismologists said.',
    );
  const scoreOf = (a: ReturnType<typeof quake>, b: ReturnType<typeof quake>, filler: ReturnType<typeof quake>[]): number => {
    const index = new MatchIndex();
    for (const d of [b, ...filler]) index.add(featurize(d));
    return index.rank(featurize(a)).find((m) => m.id === b.id)!.score;
  };
  const filler = [base('f1', 'Bakery wins contest', OTHER.text), base('f2', 'Rain in Lyon', 'Heavy rain fell on Lyon on Monday, flooding two streets near the river. The city opened shelters.')];
  const a = quake('a', '4.6', 'Thursday', '2013');

  it('a different year scores lower than the same year', () => {
    const same = scoreOf(a, quake('b', '4.6', 'Thursday', '2013'), filler);
    const other = scoreOf(a, quake('b', '4.6', 'Thursday', '2008'), filler);
    expect(other).toBeLessThan(same);
  });
  it('event weekdays two or more days apart score lower; adjacent days (next-day coverage) do not', () => {
    const same = scoreOf(a, quake('b', '4.6', 'Thursday', '2013'), filler);
    const next = scoreOf(a, quake('b', '4.6', 'Friday', '2013'), filler);
    const far = scoreOf(a, quake('b', '4.6', 'Sunday', '2013'), filler);
    expect(far).toBeLessThan(same);
    expect(far).toBeLessThan(next);
  });
  it('another value of the same quantity scores lower', () => {
    const same = scoreOf(a, quake('b', '4.6', 'Thursday', '2013'), filler);
    const other = scoreOf(a, quake('b', '4.4', 'Thursday', '2013'), filler);
    expect(other).toBeLessThan(same);
  });
  it('reports the contradictions as signals', () => {
    const index = new MatchIndex();
    index.add(featurize(quake('b', '4.4', 'Sunday', '2008')));
    const s = index.rank(featurize(a))[0]!.signals;
    expect([s.yearClash, s.dayClash, s.qtyClash]).toEqual([1, 1, 1]);
  });
  it('explains the contradictions with the values that disagree', () => {
    const index = new MatchIndex();
    index.add(featurize(quake('b', '4.4', 'Sunday', '2008')));
    const r = index.rank(featurize(a))[0]!.reasons;
    expect(r.contradictions).toEqual([
      { kind: 'years', query: ['2013'], match: ['2008'] },
      { kind: 'weekdays', query: ['4'], match: ['7'] },
      { kind: 'quantity', query: ['4.6 magnitude'], match: ['4.4 magnitude'] },
    ]);
  });
});

describe('the figure that disagrees', () => {
  it('names the unit with no value in common, not one they agree on', () => {
    const doc = (id: string, text: string) => ({ id, title: 'Earthquake shakes Sonoma County', text, published: null });
    const index = new MatchIndex();
    index.add(featurize(doc('b', 'Officials counted 12 people hurt in Cobb and 3 people hurt in Santa Rosa after a 4.4 magnitude earthquake struck near The Geysers, the U.S. Geological Survey said.')));
    const r = index.rank(featurize(doc('a', 'Officials counted 3 people hurt in Santa Rosa after a 4.6 magnitude earthquake struck near The Geysers, the U.S. Geological Survey said.')))[0]!;
    expect(r.signals.qtyClash).toBe(1);
    expect(r.reasons.contradictions?.filter((c) => c.kind === 'quantity')).toEqual([{ kind: 'quantity', query: ['4.6 magnitude'], match: ['4.4 magnitude'] }]);
  });
});

describe('time as evidence', () => {
  const report = (id: string, published: string | null, text: string) => ({ id, title: 'Man shot outside Elm Street bar', text, published, lang: 'en' });
  const body = (day: string) =>
    `A 34-year-old man was shot outside the Blue Door bar on Elm Street in Dayton early ${day}, police said. ` +
    'Officers found him with a gunshot wound to the leg; he was taken to Miami Valley Hospital. No arrests have been made.';
  // Another outlet's write-up of the same kind of facts (not a republished copy).
  const other = (day: string) =>
    `Dayton police are looking for the gunman who wounded a man on Elm Street ${day} night. ` +
    'The victim, 34, was leaving the Blue Door bar when shots were fired, a police spokesman said. He is expected to survive at Miami Valley Hospital.';
  const filler = [report('f1', '2022-01-03', 'Heavy rain fell on Lyon on Monday, flooding two streets near the river.')];
  const scoreOf = (a: ReturnType<typeof report>, b: ReturnType<typeof report>) => {
    const index = new MatchIndex();
    for (const d of [b, ...filler]) index.add(featurize(d));
    return index.rank(featurize(a)).find((m) => m.id === b.id)!;
  };
  // 2022-03-26 is a Saturday: "Thursday" is 2022-03-24.
  const a = report('a', '2022-03-26', body('Thursday'));

  it('resolves the event day the lead states and reports it', () => {
    const m = scoreOf(a, report('b', '2022-03-25', other('Thursday')));
    expect(m.signals.dup).toBeLessThan(0.5);
    expect(m.signals.eventGap).toBe(0);
    expect(m.reasons.eventDays).toEqual(['2022-03-24', '2022-03-24']);
  });
  it('a report of the same kind weeks later scores lower, and says why', () => {
    const near = scoreOf(a, report('b', '2022-03-25', other('Thursday')));
    const later = scoreOf(a, report('b', '2022-04-23', other('Thursday')));
    expect(later.score).toBeLessThan(near.score);
    expect(later.reasons.days).toBe(28);
    expect(later.reasons.contradictions).toContainEqual({ kind: 'event-days', query: ['2022-03-24'], match: ['2022-04-21'] });
  });
  it("a person's shared full name is evidence; places and institutions that look like one are not", () => {
    const m = scoreOf(a, report('b', '2022-03-25', other('Thursday')));
    expect(m.reasons.names).toContain('Miami Valley Hospital');
    expect(m.signals.fullName).toBe(0);
    const named = (x: string) => `${x} Police identified the victim as Taivon Reed of Dayton.`;
    const index = new MatchIndex();
    for (const d of [report('b', '2022-03-25', named(other('Thursday'))), ...filler]) index.add(featurize(d));
    const withName = index.rank(featurize(report('a', '2022-03-26', named(body('Thursday'))))).find((r) => r.id === 'b')!;
    expect(withName.signals.fullName).toBeGreaterThan(0.5);
  });

  it('an unknown publication date is not the same day', () => {
    const sameDay = scoreOf(a, report('b', '2022-03-26', other('Thursday')));
    const unknown = scoreOf(a, report('b', null, other('Thursday')));
    expect(unknown.signals.days).toBeNull();
    expect(unknown.score).toBeLessThan(sameDay.score);
  });
});
