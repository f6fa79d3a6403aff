import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { ownStory, resolveStories } from '../../../utils/coverage/stories';
import { statementsOfSpeaker, statementsOfStory } from '../../../utils/db/corpus';
import { openCrossreadDb } from '../../../utils/db/schema';
import type { Article, Match } from '../../../utils/types';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
let n = 0;
const setup = async () => {
  const db = await openCrossreadDb(`stories-${++n}`);
  return { db, engine: await CoverageEngine.open(db, bundled) };
};
const art = (id: string, source: string, text: string): Article => ({
  id, title: null, source, byline: null, published: '2024-05-02', url: null, lang: 'en', origin: 'import', addedAt: 10, text,
});
const HARBOUR = (verb: string) =>
  `Harbour Bridge in Kelso will close for six months from June, the Kelso transport board announced on Thursday. ` +
  `“The cables are ${verb} worn and we cannot wait another winter,” said Priya Natarajan, the board’s chief engineer. ` +
  `Ferry operator Tomas Berg said extra crossings to Port Ellery would run every twenty minutes during the closure of the bridge.`;
const match = (id: string, score: number): Match => ({ id, score, tier: 'same-story', reasons: { names: [], terms: [], days: null } });

describe('stories', () => {
  it('an article joins the story it matches best as a whole (average link over its members), else opens its own', () => {
    const candidates = new Map([
      ['b', [match('x', 0.9), match('a', 0.8)]],
      // c matches one of the two members of s:a only: average 0.35, not the same story.
      ['c', [match('b', 0.7)]],
      // e matches both members: average 0.65.
      ['e', [match('b', 0.7), match('a', 0.6)]],
      ['d', []],
    ]);
    const out = resolveStories(['b', 'c', 'e', 'd'], candidates, new Map([['a', 's:a']]));
    expect(Object.fromEntries(out)).toEqual({ b: 's:a', c: ownStory('c'), e: 's:a', d: ownStory('d') });
  });

  it('a close match to one member of a large stored story is not enough; the same match to a small one is', () => {
    const candidates = new Map([['q', [match('big1', 0.9), match('small1', 0.7)]]]);
    const known = new Map([['big1', 's:big'], ['small1', 's:small']]);
    const sizes = new Map([['s:big', 6], ['s:small', 1]]);
    expect(resolveStories(['q'], candidates, known, new Map(), (s) => sizes.get(s) ?? 0).get('q')).toBe('s:small');
    expect(resolveStories(['q'], new Map([['q', [match('big1', 0.9)]]]), known, new Map(), (s) => sizes.get(s) ?? 0).get('q')).toBe(ownStory('q'));
  });

  it('a stored article re-read keeps its story: it is not counted among the members it is compared with, and a candidate found twice counts once', () => {
    const known = new Map([['x', 's:y'], ['y', 's:y']]);
    expect(resolveStories(['x'], new Map([['x', [match('y', 0.9)]]]), known, new Map(), () => 2).get('x')).toBe('s:y');
    const twice = new Map([['q', [match('a', 0.3), match('a', 0.3)]]]);
    expect(resolveStories(['q'], twice, new Map([['a', 's:a']])).get('q')).toBe(ownStory('q'));
  });

  it("the reader's 'same story' decides before any average, unless that story holds an article said to be apart", () => {
    const known = new Map([['big1', 's:big'], ['small1', 's:small'], ['y', 's:big']]);
    const sizes = (s: string) => (s === 's:big' ? 6 : 1);
    const candidates = new Map([['q', [match('small1', 0.9)]]]);
    expect(resolveStories(['q'], candidates, known, new Map(), sizes, new Map([['q', ['big1']]])).get('q')).toBe('s:big');
    expect(resolveStories(['q'], candidates, known, new Map([['q', ['y']]]), sizes, new Map([['q', ['big1']]])).get('q')).toBe('s:small');
  });

  it('a story holding an article the reader said is not the same story is skipped for the next candidate', () => {
    const candidates = new Map([['b', [match('a', 0.9), match('x', 0.8)]]]);
    const known = new Map([['a', 's:a'], ['x', 's:x'], ['y', 's:a']]);
    expect(resolveStories(['b'], candidates, known, new Map([['b', ['y']]])).get('b')).toBe('s:x');
    expect(resolveStories(['b'], candidates, known, new Map([['b', ['y', 'x']]])).get('b')).toBe(ownStory('b'));
  });

  it('the four bundled articles form one story, whose statements carry several outlets', async () => {
    const { db } = await setup();
    const rows = await db.getAll('stories');
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.storyId)).size).toBe(1);
    const statements = await statementsOfStory(db, rows[0]!.storyId);
    expect(statements.length).toBeGreaterThan(5);
    expect(statements.some((s) => s.outlets >= 2)).toBe(true);
    // Every stored quote is in exactly one statement of its story.
    const keys = statements.flatMap((s) => s.members.map((m) => m.quoteKey)).sort();
    expect(keys).toEqual((await db.getAllKeys('quotes')).map(String).sort());
    expect((await statementsOfSpeaker(db, 'stoltenberg')).length).toBeGreaterThan(0);
  });

  it('imports group by story: two outlets of a new story share its statements, the seeds are untouched', async () => {
    const { db, engine } = await setup();
    const seedStory = (await db.get('stories', 'seed-001'))!.storyId;
    const before = await statementsOfStory(db, seedStory);
    await engine.addArticles([art('kelso-1', 'Kelso Courier', HARBOUR('badly')), art('kelso-2', 'Ellery Post', HARBOUR('seriously'))]);
    const s1 = (await db.get('stories', 'kelso-1'))!.storyId;
    expect((await db.get('stories', 'kelso-2'))!.storyId).toBe(s1);
    expect(s1).not.toBe(seedStory);
    const statements = await statementsOfStory(db, s1);
    const cables = statements.find((s) => s.text.includes('cables'))!;
    expect(cables.speaker).toBe('Priya Natarajan');
    expect(cables.members.map((m) => m.source).sort()).toEqual(['Ellery Post', 'Kelso Courier']);
    expect(await statementsOfStory(db, seedStory)).toEqual(before);
  });

  it('the side panel shows the stored statement with each outlet’s wording', async () => {
    const { engine } = await setup();
    await engine.addArticles([art('kelso-1', 'Kelso Courier', HARBOUR('badly')), art('kelso-2', 'Ellery Post', HARBOUR('seriously'))]);
    const view = await engine.analyzeText('selection', HARBOUR('very'), null, null);
    if (view.state !== 'ready') throw new Error(view.state);
    const natarajan = view.speakers.find((s) => s.speaker === 'Priya Natarajan')!;
    const cables = natarajan.statements.find((s) => s.text.includes('cables'))!;
    expect(cables.carriers.map((c) => c.source).sort()).toEqual(['Ellery Post', 'Kelso Courier']);
    expect(cables.carriers.some((c) => c.diff?.some((d) => d.op !== 'same'))).toBe(true);
  });

  it('deleting an article removes its wording from its story’s statements; re-importing puts it back', async () => {
    const { db, engine } = await setup();
    await engine.addArticles([art('kelso-1', 'Kelso Courier', HARBOUR('badly')), art('kelso-2', 'Ellery Post', HARBOUR('seriously'))]);
    const sid = (await db.get('stories', 'kelso-1'))!.storyId;
    await engine.removeArticle('kelso-2');
    expect(await db.get('stories', 'kelso-2')).toBeUndefined();
    const left = await statementsOfStory(db, sid);
    expect(left.flatMap((s) => s.members.map((m) => m.articleId))).not.toContain('kelso-2');
    expect(left.find((s) => s.text.includes('cables'))?.outlets).toBe(1);
    await engine.addArticles([art('kelso-2', 'Ellery Post', HARBOUR('seriously'))]);
    expect((await statementsOfStory(db, sid)).find((s) => s.text.includes('cables'))?.outlets).toBe(2);
  });

  it('a corpus stored without stories (an older version) gets them at the next start', async () => {
    const name = `stories-${++n}`;
    const db = await openCrossreadDb(name);
    const engine = await CoverageEngine.open(db, bundled);
    await engine.addArticles([art('kelso-1', 'Kelso Courier', HARBOUR('badly'))]);
    await db.clear('stories');
    await db.clear('statements');
    for (const q of await db.getAll('quotes')) await db.put('quotes', { ...q, storyId: undefined, source: undefined });
    // A database of before stories is also one of before the stored match index, which is filled at the next start.
    await db.delete('meta', 'matchIndexState');
    const again = await CoverageEngine.open(await openCrossreadDb(name), bundled);
    await again.indexReady();
    expect(again.size).toBe(5);
    const rows = await db.getAll('stories');
    expect(rows).toHaveLength(5);
    expect(new Set(rows.filter((r) => r.articleId.startsWith('seed')).map((r) => r.storyId)).size).toBe(1);
    expect((await db.get('stories', 'kelso-1'))!.storyId).toBe(ownStory('kelso-1'));
    expect((await db.getAll('quotes')).every((q) => typeof q.storyId === 'string')).toBe(true);
    expect((await db.count('statements'))).toBeGreaterThan(5);
  });
});
