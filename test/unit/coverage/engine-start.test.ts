import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { prepareEntry } from '../../../utils/coverage/ingest';
import { putEntries, getMeta } from '../../../utils/db/corpus';
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

describe('engine start-up', () => {
  it('starts from the saved index snapshot when it describes the stored corpus', async () => {
    const name = `start-${++n}`;
    const first = await CoverageEngine.open(await openCrossreadDb(name), bundled);
    await first.addArticles([extra]);
    await first.saveSnapshot();
    const db = await openCrossreadDb(name);
    const snap = await getMeta<{ generation: number }>(db, 'matchIndexSnapshot');
    expect(snap?.generation).toBe(await getMeta<number>(db, 'corpusGeneration'));
    const again = await CoverageEngine.open(db, bundled);
    expect(again.size).toBe(5);
    expect(await sameStoryIds(again)).toContain('seed-001');
  });

  it('ignores a snapshot the corpus has moved past, and rebuilds from the stored features', async () => {
    const name = `start-${++n}`;
    const first = await CoverageEngine.open(await openCrossreadDb(name), bundled);
    await first.saveSnapshot();
    // Another writer (a worker stopped before its snapshot) adds an article.
    await putEntries(await openCrossreadDb(name), [prepareEntry(extra)]);
    const again = await CoverageEngine.open(await openCrossreadDb(name), bundled);
    expect(again.size).toBe(5);
    expect((await again.analyzeText('selection', extra.text, null, null)).state).toBe('ready');
  });

  it('recomputes features stored in an older format from the article text', async () => {
    const name = `start-${++n}`;
    const db = await openCrossreadDb(name);
    await CoverageEngine.open(db, bundled);
    const stored = await db.get('features', 'seed-001');
    await db.put('features', { id: 'seed-001', features: { ...(stored!.features as object), v: -1 } });
    await db.delete('meta', 'matchIndexSnapshot');
    const again = await CoverageEngine.open(await openCrossreadDb(name), bundled);
    expect(again.size).toBe(4);
    expect(((await db.get('features', 'seed-001'))!.features as { v: number }).v).not.toBe(-1);
    expect(await sameStoryIds(again)).toContain('seed-001');
  });
});
