import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, storyCandidatesOf } from '../../../utils/coverage/analysis';
import { prepareEntry } from '../../../utils/coverage/ingest';
import { LiveCorpus } from '../../../utils/coverage/live-corpus';
import { storyCandidates } from '../../../utils/coverage/stories';
import type { BundledCorpus } from '../../../utils/coverage/engine';
import { openCrossreadDb } from '../../../utils/db/schema';
import { putEntries } from '../../../utils/db/corpus';
import { applyIndexBatch } from '../../../utils/match/stored-writes';
import type { ArticleFeatures } from '../../../utils/match/types';
import type { Article } from '../../../utils/types';
import type { Subject } from '../../../utils/coverage/types';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
const subject = (title: string | null): Subject => ({ kind: 'page', title, source: null, byline: null, published: null, url: null, excerpt: null, corpusId: null });

/** A live corpus over a new database holding `articles`, indexed in their write. */
async function liveWith(name: string, articles: Article[]): Promise<LiveCorpus> {
  const db = await openCrossreadDb(name);
  const entries = articles.map(prepareEntry);
  await putEntries(db, entries, undefined, undefined, (store) => applyIndexBatch(store, [], entries.map((e) => e.features as ArticleFeatures)));
  const live = new LiveCorpus(db);
  await live.index.load();
  return live;
}

describe('an analysis read once', () => {
  it("gives a story the candidates the index would give it, from the view's own matches", async () => {
    const live = await liveWith('analysis-1', bundled.articles.slice(1));
    // The left-out article, and one of the indexed ones read again under its own id (excluded from its candidates).
    for (const a of [bundled.articles[0]!, bundled.articles[2]!]) {
      const analysis = await analyse(live, subject(a.title), a.text, a.lang);
      const fresh = (await storyCandidates([{ ...analysis.features, id: a.id }], live.index)).get(a.id);
      expect(fresh!.length).toBeGreaterThan(0);
      expect(storyCandidatesOf(analysis, a.id, live.indexVersion)).toEqual(fresh);
    }
  });

  it('gives none once the index changed after the analysis, so they are read again', async () => {
    const live = await liveWith('analysis-2', []);
    const a = bundled.articles[0]!;
    const analysis = await analyse(live, subject(a.title), a.text, a.lang);
    expect(storyCandidatesOf(analysis, a.id, live.indexVersion)).toEqual([]);
    expect(storyCandidatesOf(analysis, a.id, live.indexVersion + 1)).toBeNull();
  });

  it('extracts quotes and fact keys once, however often they are asked', async () => {
    const live = await liveWith('analysis-3', []);
    const a = bundled.articles[1]!;
    const analysis = await analyse(live, subject(a.title), a.text, a.lang);
    expect(analysis.quotes().length).toBeGreaterThan(0);
    expect(analysis.quotes()).toBe(analysis.quotes());
    expect(analysis.facts()).toBe(analysis.facts());
  });
});
