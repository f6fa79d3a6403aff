import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { getMeta, setMeta } from '../../../utils/db/corpus';
import { MATCH_STATE_KEY } from '../../../utils/db/match-store';
import { INDEX_FILL_KEY } from '../../../utils/coverage/index-fill';
import { openCrossreadDb } from '../../../utils/db/schema';
import type { Article } from '../../../utils/types';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
let n = 0;
const extra: Article = {
  id: 'wire-1', title: 'Stoltenberg warns on chemical weapons as NATO meets in Brussels', source: 'Wire', byline: null, published: null, url: null, lang: 'en', origin: 'import', addedAt: 1,
  text: 'NATO Secretary General Jens Stoltenberg said any use of chemical weapons by Russia would change the nature of the conflict in Ukraine, as President Joe Biden met NATO leaders at the emergency summit in Brussels.',
};
const sameStoryIds = async (engine: CoverageEngine) => {
  const v = await engine.analyzeText('selection', extra.text, null, null);
  return v.state === 'ready' ? v.sameStory.map((c) => c.id).sort() : [];
};

/** A corpus of the bundled articles and `extra`, written by a first engine: its name and what a selection of `extra` found then. */
async function corpusWithExtra(): Promise<{ name: string; before: string[] }> {
  const name = `start-${++n}`;
  const first = await CoverageEngine.open(await openCrossreadDb(name), bundled);
  await first.addArticles([extra]);
  return { name, before: await sameStoryIds(first) };
}

/** Empties the stored match index, as a version-6 database (upgraded) has it. */
const dropIndex = (db: Awaited<ReturnType<typeof openCrossreadDb>>) => Promise.all([db.clear('matchKeys'), db.clear('matchBlocks'), db.clear('matchDocs'), db.delete('meta', MATCH_STATE_KEY)]);

describe('engine start-up', () => {
  it('gives the bundled articles their stories at the next start when a stop came between their write and their stories', async () => {
    const name = `start-${++n}`;
    const db = await openCrossreadDb(name);
    await CoverageEngine.open(db, bundled);
    const stories = await db.getAll('stories');
    expect(stories).toHaveLength(4);
    expect(await getMeta(db, 'storiesPending')).toBe(false);
    // As a worker stopped after the bundled write left it: the flag set, the stories not yet written.
    await db.clear('stories');
    await setMeta(db, 'storiesPending', true);
    await CoverageEngine.open(await openCrossreadDb(name), bundled);
    expect((await db.getAll('stories')).map((r) => r.storyId).sort()).toEqual(stories.map((r) => r.storyId).sort());
    expect(await getMeta(db, 'storiesPending')).toBe(false);
    // A start with nothing pending does not look for articles without a story.
    await db.clear('stories');
    await CoverageEngine.open(await openCrossreadDb(name), bundled);
    expect(await db.count('stories')).toBe(0);
  });

  it('starts from the stored index as the last run left it: nothing is filled, the same answers', async () => {
    const { name, before } = await corpusWithExtra();
    const db = await openCrossreadDb(name);
    expect((await getMeta<{ size: number }>(db, MATCH_STATE_KEY))?.size).toBe(5);
    const again = await CoverageEngine.open(db, bundled);
    expect(await again.indexReady()).toBe(0);
    expect(again.size).toBe(5);
    expect(before).toContain('seed-001');
    expect(await sameStoryIds(again)).toEqual(before);
  });

  it('fills a missing index (a database of version 6) from the stored features, and answers as before', async () => {
    const { name, before } = await corpusWithExtra();
    const db = await openCrossreadDb(name);
    await dropIndex(db);
    const again = await CoverageEngine.open(await openCrossreadDb(name), bundled);
    expect(await again.indexReady()).toBe(5);
    expect(again.size).toBe(5);
    expect(await sameStoryIds(again)).toEqual(before);
    expect(await getMeta(db, INDEX_FILL_KEY)).toBeUndefined();
  });

  it('goes on with a fill stopped half-way, from the last batch written', async () => {
    const { name, before } = await corpusWithExtra();
    const db = await openCrossreadDb(name);
    // As a stopped fill leaves it: the walk begun, the articles up to 'seed-001' written (here: lost, to tell them apart).
    await dropIndex(db);
    await setMeta(db, INDEX_FILL_KEY, 'seed-001');
    const again = await CoverageEngine.open(await openCrossreadDb(name), bundled);
    // Only the articles after the last one indexed are read (seed-002, seed-003, wire-1).
    expect(await again.indexReady()).toBe(3);
    expect(again.size).toBe(3);
    expect(await sameStoryIds(again)).not.toContain('seed-001');
    expect(before.length).toBeGreaterThan(0);
  });

  it('recomputes features stored in an older format from the article text', async () => {
    const name = `start-${++n}`;
    const db = await openCrossreadDb(name);
    await CoverageEngine.open(db, bundled);
    const stored = await db.get('features', 'seed-001');
    await db.put('features', { id: 'seed-001', features: { ...(stored!.features as object), v: -1 } });
    await dropIndex(db);
    const again = await CoverageEngine.open(await openCrossreadDb(name), bundled);
    await again.indexReady();
    expect(again.size).toBe(4);
    expect(((await db.get('features', 'seed-001'))!.features as { v: number }).v).not.toBe(-1);
    expect(await sameStoryIds(again)).toContain('seed-001');
  });
});
