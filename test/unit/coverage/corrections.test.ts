import { describe, expect, it } from 'vitest';
import {
  apartFrom,
  applyCorrections,
  correctCandidates,
  mergeMoves,
  missingSame,
  splitMove,
  subjectKey,
  verdictsFor,
  type CoverageLists,
} from '../../../utils/coverage/corrections';
import { idForUrl } from '../../../utils/coverage/ingest';
import type { Correction } from '../../../utils/db/corrections';
import type { MatchCard, Subject } from '../../../utils/coverage/types';
import type { Match, Tier } from '../../../utils/types';

const card = (id: string, tier: Tier, score: number): MatchCard => ({
  id, title: id, source: null, published: null, url: null, snippet: '', score, tier, reasons: { names: [], terms: [], days: null },
});
const lists = (): CoverageLists => ({
  sameStory: [card('b', 'same-story', 0.8), card('c', 'same-story', 0.6)],
  duplicates: [card('d', 'duplicate', 0.95)],
  related: [card('r', 'related', 0.3)],
});
const ids = (l: CoverageLists) => ({ same: l.sameStory.map((c) => c.id), dup: l.duplicates.map((c) => c.id), rel: l.related.map((c) => c.id) });
const fix = (a: string, b: string, verdict: Correction['verdict'], at = 1): Correction => ({ a, b, verdict, at });
const subject = (over: Partial<Subject>): Subject => ({ kind: 'page', title: null, source: null, byline: null, published: null, url: null, excerpt: null, corpusId: null, ...over });
const m = (id: string, score = 0.5): Match => ({ id, score, tier: 'same-story', reasons: { names: [], terms: [], days: null } });

describe('applyCorrections', () => {
  it('without corrections, the matcher’s lists as they are', () => {
    expect(applyCorrections(lists(), 'a', [])).toEqual(lists());
  });

  it('"different" moves a same-story article to related, marked, and the count drops', () => {
    const out = applyCorrections(lists(), 'a', [fix('a', 'b', 'different')]);
    expect(ids(out)).toEqual({ same: ['c'], dup: ['d'], rel: ['b', 'r'] });
    expect(out.related[0]).toMatchObject({ id: 'b', correction: 'different', tier: 'same-story' });
    expect(out.sameStory.every((c) => c.correction === undefined)).toBe(true);
  });

  it('a verdict is found from either side of the pair, and a duplicate called different leaves "also published by"', () => {
    const out = applyCorrections(lists(), 'a', [fix('d', 'a', 'different')]);
    expect(ids(out)).toEqual({ same: ['b', 'c'], dup: [], rel: ['d', 'r'] });
  });

  it('"same" moves a related article into the same story, in score order', () => {
    const out = applyCorrections(lists(), 'a', [fix('a', 'r', 'same')]);
    expect(ids(out)).toEqual({ same: ['b', 'c', 'r'], dup: ['d'], rel: [] });
    expect(out.sameStory[2]).toMatchObject({ correction: 'same', tier: 'related' });
  });

  it('"same" on an article the matcher did not return lists the fetched card, flagged', () => {
    const x = card('x', 'related', 0);
    const corrections = [fix('a', 'x', 'same')];
    expect(missingSame(lists(), 'a', corrections)).toEqual(['x']);
    const out = applyCorrections(lists(), 'a', corrections, [x]);
    expect(ids(out).same).toEqual(['b', 'c', 'x']);
    expect(out.sameStory[2]).toMatchObject({ byCorrection: true, correction: 'same' });
    // A fetched card with no "same" verdict is never listed.
    expect(ids(applyCorrections(lists(), 'a', [], [x])).same).toEqual(['b', 'c']);
  });

  it('re-applied to its own output it undoes and redoes: the same as applying to the matcher’s lists', () => {
    const x = card('x', 'related', 0);
    const once = applyCorrections(lists(), 'a', [fix('a', 'b', 'different'), fix('a', 'x', 'same'), fix('a', 'r', 'same')], [x]);
    expect(ids(once)).toEqual({ same: ['c', 'r', 'x'], dup: ['d'], rel: ['b'] });
    // Undo all: back to the matcher's own lists, the fetched card gone.
    expect(applyCorrections(once, 'a', [])).toEqual(lists());
    // Undo one: only that one goes back.
    const some = applyCorrections(once, 'a', [fix('a', 'x', 'same'), fix('a', 'r', 'same')]);
    expect(ids(some)).toEqual({ same: ['b', 'c', 'r', 'x'], dup: ['d'], rel: [] });
    expect(applyCorrections(once, 'a', [fix('a', 'b', 'different'), fix('a', 'x', 'same'), fix('a', 'r', 'same')])).toEqual(once);
  });

  it('corrections of other pairs, and the subject itself, change nothing', () => {
    expect(applyCorrections(lists(), 'a', [fix('b', 'c', 'different'), fix('q', 'r', 'same')])).toEqual(lists());
    expect(applyCorrections(lists(), 'b', []).sameStory.map((c) => c.id)).toEqual(['c']);
    expect(applyCorrections(lists(), null, [fix('a', 'b', 'different')])).toEqual(lists());
  });

  it('the latest verdict on a pair wins', () => {
    expect(verdictsFor('a', [fix('a', 'b', 'same', 5), fix('b', 'a', 'different', 2)]).get('b')).toBe('same');
  });
});

describe('subjectKey', () => {
  it('a corpus article by its id, another page by the id its URL would get, a selection by none', () => {
    expect(subjectKey(subject({ corpusId: 'seed-001', url: 'http://x.test/a' }))).toBe('seed-001');
    expect(subjectKey(subject({ url: 'http://x.test/a' }))).toBe(idForUrl('http://x.test/a'));
    expect(subjectKey(subject({ kind: 'selection', url: 'http://x.test/a' }))).toBeNull();
  });
});

describe('corrections and stories', () => {
  it('story candidates drop an article called different and put one called same first', () => {
    const candidates = new Map([['a', [m('b', 0.9), m('c', 0.7)]], ['z', [m('b')]]]);
    const out = correctCandidates(candidates, [fix('a', 'b', 'different'), fix('x', 'a', 'same')]);
    expect(out.get('a')!.map((c) => c.id)).toEqual(['x', 'c']);
    expect(out.get('z')!.map((c) => c.id)).toEqual(['b']);
  });

  it('"same" merges the smaller story into the larger; the page article’s story moves on a tie', () => {
    expect(mergeMoves({ storyId: 's1', members: ['a'] }, { storyId: 's2', members: ['b', 'c'] })).toEqual([{ articleId: 'a', storyId: 's2' }]);
    expect(mergeMoves({ storyId: 's1', members: ['a', 'e', 'f'] }, { storyId: 's2', members: ['b', 'c'] })).toEqual([
      { articleId: 'b', storyId: 's1' },
      { articleId: 'c', storyId: 's1' },
    ]);
    expect(mergeMoves({ storyId: 's1', members: ['a'] }, { storyId: 's2', members: ['b'] })).toEqual([{ articleId: 'a', storyId: 's2' }]);
    expect(mergeMoves({ storyId: 's1', members: ['a'] }, { storyId: 's1', members: ['a'] })).toEqual([]);
  });

  it('"different" moves the corrected article to its best candidate’s story outside the shared one, else its own', () => {
    const storyOf = new Map([['c', 's1'], ['d', 's3']]);
    expect(splitMove('b', new Set(['s1']), [m('c'), m('d')], storyOf, 's:b')).toEqual({ articleId: 'b', storyId: 's3' });
    expect(splitMove('b', new Set(['s1']), [m('c')], storyOf, 's:b')).toEqual({ articleId: 'b', storyId: 's:b' });
    expect(splitMove('b', new Set(), [m('c')], storyOf, 's:b')).toEqual({ articleId: 'b', storyId: 's1' });
  });

  it('"different" pairs, from either side, as the articles each one must stay apart from', () => {
    expect(Object.fromEntries(apartFrom([fix('a', 'b', 'different'), fix('c', 'a', 'different'), fix('a', 'd', 'same')]))).toEqual({ a: ['b', 'c'], b: ['a'], c: ['a'] });
  });
});
