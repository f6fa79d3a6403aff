/**
 * The background refresh of stored norms over IndexedDB (fake-indexeddb): after the corpus has
 * grown past the drift its first articles' norms were computed at, a refresh recomputes them, and
 * the stored index then answers exactly as an in-memory MatchIndex with the same history.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse, storyCandidatesOf } from '../../../utils/coverage/analysis';
import { openCorpus, type BundledCorpus } from '../../../utils/coverage/corpus-start';
import { addEntries, prepareEntries } from '../../../utils/coverage/corpus-writes';
import { countStaleNorms } from '../../../utils/db/match-store';
import { openCrossreadDb } from '../../../utils/db/schema';
import { MatchIndex } from '../../../utils/match/index';
import { staleNormsRanges } from '../../../utils/match/stored-norms';
import type { Subject } from '../../../utils/coverage/types';
import type { ArticleFeatures } from '../../../utils/match/types';
import type { Article } from '../../../utils/types';

const here = dirname(fileURLToPath(import.meta.url));
const bundled = JSON.parse(readFileSync(resolve(here, '../../../assets/corpus.json'), 'utf8')) as BundledCorpus;
const articles: Article[] = readFileSync(resolve(here, '../../../../shared/datasets/clusters/ecbplus.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, 160)
  .map((line) => {
    const r = JSON.parse(line) as { id: string; title: string | null; text: string; date: string | null };
    return { id: r.id, title: r.title, text: r.text, published: r.date, source: null, byline: null, url: null, lang: 'en', origin: 'import', addedAt: 1 };
  });

describe('refreshing stored norms', () => {
  it('recomputes the norms the corpus has moved past; the stored index then answers as MatchIndex', async () => {
    const db = await openCrossreadDb('norm-refresh-1');
    const { live } = await openCorpus(db, bundled);
    // Refreshed by hand below, not on the timer start-up and the writes set (the one set at start-up is replaced).
    live.normRefreshDelayMs = 3_600_000;
    live.scheduleNormRefresh();
    const first = await prepareEntries(articles.slice(0, 100));
    const later = await prepareEntries(articles.slice(100));
    await addEntries(live, first);
    await addEntries(live, later);
    const memory = new MatchIndex();
    for (const e of [...bundled.articles.map((a) => ({ id: a.id })), ...first.map((e) => e.article)]) {
      const stored = (await db.get('features', e.id))!.features as ArticleFeatures;
      memory.add(stored);
    }
    for (const e of later) memory.add(e.features as ArticleFeatures);
    expect(live.index.size).toBe(memory.size);
    // The first 104 articles' norms were computed at 104 articles, the corpus is at 164.
    expect(await countStaleNorms(db, staleNormsRanges(memory.size))).toBe(104);
    // A page analysed before the refresh (stale norms): its matches serve as its story candidates until the index changes.
    const page = articles[0]!;
    const subject: Subject = { kind: 'selection', title: page.title, source: null, byline: null, published: page.published, url: null, excerpt: null, corpusId: null };
    const analysed = await analyse(live, subject, page.text, page.lang);
    expect(storyCandidatesOf(analysed, 'page', live.indexVersion)).not.toBeNull();
    expect(await live.refreshNorms()).toBe(104);
    expect(await countStaleNorms(db, staleNormsRanges(memory.size))).toBe(0);
    // The refresh changed the index's answers: the analysis's are no longer taken for them, the page's add reads its candidates again.
    expect(storyCandidatesOf(analysed, 'page', live.indexVersion)).toBeNull();
    const before = live.index.staleNorms;
    for (const e of [...first.slice(0, 40), ...later.slice(0, 20)]) {
      const f = e.features as ArticleFeatures;
      expect(await live.index.rank(f, { top: 50 })).toEqual(memory.rank(f, { top: 50 }));
    }
    expect(live.index.staleNorms).toBe(before);
    // Nothing left to do: a second run refreshes none, and an analysis made since still holds.
    const since = await analyse(live, subject, page.text, page.lang);
    expect(await live.refreshNorms()).toBe(0);
    expect(storyCandidatesOf(since, 'page', live.indexVersion)).not.toBeNull();
  }, 60_000);
});
