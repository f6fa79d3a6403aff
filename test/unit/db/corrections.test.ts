import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openCrossreadDb } from '../../../utils/db/schema';
import { allCorrections, correctionRow, correctionsOf, pairKey, putCorrection } from '../../../utils/db/corrections';
import { correctStories, membersOfStory, putEntries, statementsOfStory, type StatementsOf } from '../../../utils/db/corpus';
import { storyStatements } from '../../../utils/coverage/stories';
import type { Article, Quote } from '../../../utils/types';

let n = 0;
const fresh = () => openCrossreadDb(`corrections-${++n}`);
const article = (id: string): Article => ({ id, title: id, source: `Outlet ${id}`, byline: null, published: null, url: null, lang: 'en', text: 'Body.', origin: 'import', addedAt: 1 });
const quote = (q: string): Quote => ({ quote: q, start: 0, end: q.length, speaker: 'Ana Ruiz', speakerMention: 'Ana Ruiz', speakerStart: null, speakerEnd: null, kind: 'direct', cue: null, cueStart: null, cueEnd: null });
const entry = (id: string, storyId: string) => ({ article: article(id), quotes: [quote(`Words of ${id}`)], speakerKeys: ['ruiz'], features: {}, storyId });

describe('corrections store', () => {
  it('one row per pair whichever way round; found from either article; a later verdict replaces', async () => {
    const db = await fresh();
    expect(pairKey('a', 'b')).toBe(pairKey('b', 'a'));
    await putCorrection(db, { a: 'a', b: 'b', verdict: 'different', at: 1 });
    await putCorrection(db, { a: 'c', b: 'a', verdict: 'same', at: 2 });
    expect((await correctionsOf(db, 'a')).map((c) => c.key)).toEqual([pairKey('a', 'b'), pairKey('a', 'c')]);
    expect((await correctionsOf(db, 'b')).map((c) => c.verdict)).toEqual(['different']);
    await putCorrection(db, { a: 'b', b: 'a', verdict: 'same', at: 3 });
    expect((await allCorrections(db)).map((c) => [c.a, c.b, c.verdict])).toEqual([
      ['c', 'a', 'same'],
      ['b', 'a', 'same'],
    ]);
  });

  it('a correction with its story moves is one write: rows, quotes and both stories’ statements', async () => {
    const db = await fresh();
    await putEntries(db, [entry('a', 's:a'), entry('b', 's:a'), entry('c', 's:c')], storyStatements);
    await correctStories(db, { put: correctionRow({ a: 'a', b: 'b', verdict: 'different', at: 1 }) }, [{ articleId: 'b', storyId: 's:c' }], storyStatements);
    expect(await membersOfStory(db, 's:a')).toEqual(['a']);
    expect((await membersOfStory(db, 's:c')).sort()).toEqual(['b', 'c']);
    expect((await db.get('quotes', 'b#0'))?.storyId).toBe('s:c');
    expect((await statementsOfStory(db, 's:a')).flatMap((s) => s.members.map((m) => m.articleId))).toEqual(['a']);
    expect((await statementsOfStory(db, 's:c')).flatMap((s) => s.members.map((m) => m.articleId)).sort()).toEqual(['b', 'c']);
    expect(await correctionsOf(db, 'b')).toHaveLength(1);
    // Undo removes the row by its key.
    await correctStories(db, { remove: pairKey('b', 'a') }, [], storyStatements);
    expect(await allCorrections(db)).toEqual([]);
  });

  it('all or nothing: a failure while regrouping keeps neither the verdict nor the moves', async () => {
    const db = await fresh();
    await putEntries(db, [entry('a', 's:a'), entry('b', 's:a')], storyStatements);
    const before = { stories: await db.getAll('stories'), quotes: await db.getAll('quotes'), statements: await db.getAll('statements') };
    const failing: StatementsOf = () => {
      throw new Error('disk full');
    };
    await expect(correctStories(db, { put: correctionRow({ a: 'a', b: 'b', verdict: 'different', at: 1 }) }, [{ articleId: 'b', storyId: 's:b' }], failing)).rejects.toThrow('disk full');
    expect(await allCorrections(db)).toEqual([]);
    expect({ stories: await db.getAll('stories'), quotes: await db.getAll('quotes'), statements: await db.getAll('statements') }).toEqual(before);
  });
});
