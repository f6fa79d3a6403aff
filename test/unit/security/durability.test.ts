/**
 * Data that survives: faults injected while saving (a value the store cannot clone, a full disk
 * on the n-th write) leave the store, its match index and search, and the engine's answers exactly
 * as they were (CoverageEngine.addArticles writes the corpus, the index and the search in the one
 * putEntries transaction, and forgets what it read of the index only once that has committed;
 * importText turns the failure into "Nothing was imported … Your corpus is unchanged.").
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { importText } from '../../../utils/coverage/import-service';
import { openCrossreadDb, type Db } from '../../../utils/db/schema';
import type { Article } from '../../../utils/types';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
let n = 0;

const article = (id: string, text: string): Article => ({
  id,
  title: `Stoltenberg warns Russia ${id}`,
  source: 'Example Wire',
  byline: null,
  published: '2022-03-23',
  url: `https://wire.test/${id}`,
  lang: 'en',
  text,
  origin: 'import',
  addedAt: 1,
});
const BODY =
  'NATO Secretary General Jens Stoltenberg said on Wednesday that any use of chemical weapons by Russia would change the nature of the conflict in Ukraine, as President Joe Biden prepared to meet NATO leaders in Brussels. “This would be a blatant violation of international law,” Stoltenberg told reporters.';

/** What a reader can observe of the corpus: the store's rows and the engine's answers. */
async function snapshot(db: Db, engine: CoverageEngine) {
  return {
    size: engine.size,
    info: await engine.corpusInfo(),
    ids: (await db.getAllKeys('articles')).map(String).sort(),
    featureIds: (await db.getAllKeys('features')).map(String).sort(),
    quoteKeys: (await db.getAllKeys('quotes')).map(String).sort(),
    stories: (await db.getAll('stories')).sort((a, b) => a.articleId.localeCompare(b.articleId)),
    statements: (await db.getAll('statements')).map((s) => `${s.id}:${s.members.map((m) => m.quoteKey).join(',')}`).sort(),
    search: (await engine.search('Stoltenberg chemical weapons')).map((h) => h.articleId).sort(),
    related: (await engine.analyzeText('selection', BODY, null, null)) as unknown,
  };
}

const realPut = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

/**
 * Makes the n-th IDBObjectStore.put into `db` from now on throw a QuotaExceededError, as a full
 * disk does. Only `db`'s puts count: another engine of this file may still be writing (its norm
 * refresh runs on a timer, 3 s after its last write) and must not take the fault.
 */
function failNthPut(db: Db, nth: number): void {
  let calls = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.transaction.db.name === db.name && ++calls === nth) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realPut.apply(this, args);
  } as IDBObjectStore['put'];
}

/**
 * The norms the corpus has moved past, refreshed now. A successful write schedules a refresh 3 s
 * later: when nothing is left to refresh it writes nothing, so it can neither change what a
 * snapshot reads nor take a fault meant for the write under test, however slow the machine.
 */
async function settled(engine: CoverageEngine): Promise<void> {
  await engine.refreshNorms();
  expect(await engine.refreshNorms(), 'norms left to refresh').toBe(0);
}

async function setup() {
  const db = await openCrossreadDb(`durable-${++n}`);
  const engine = await CoverageEngine.open(db, bundled);
  // One imported article already there, so "unchanged" covers replaced rows too.
  await engine.addArticles([article('wire-0', BODY)]);
  await settled(engine);
  return { db, engine };
}

describe('engine.addArticles under injected faults', () => {
  it('a value the store cannot clone: the store, the match index and search are unchanged', async () => {
    const { db, engine } = await setup();
    const before = await snapshot(db, engine);
    const bad = { ...article('wire-bad', BODY), extra: () => 1 } as unknown as Article;
    await expect(engine.addArticles([article('wire-1', BODY), article('wire-0', 'Replacement body that must not land.'), bad])).rejects.toThrow();
    expect(await snapshot(db, engine)).toEqual(before);
    expect((await db.get('articles', 'wire-0'))?.text).toBe(BODY);
  });

  const batch = () => [article('wire-1', BODY), article('wire-2', `${BODY} Second.`), article('wire-0', 'Replacement body that must not land.'), article('wire-3', `${BODY} Third.`)];

  it('a full disk at write positions all over a batch (3 new articles + 1 replacement): nothing of the batch is kept, nothing before is lost', async () => {
    // Count the writes of one successful batch first.
    let total = 0;
    {
      const { db, engine } = await setup();
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.transaction.db.name === db.name) total++;
        return realPut.apply(this, args);
      } as IDBObjectStore['put'];
      await engine.addArticles(batch());
      IDBObjectStore.prototype.put = realPut;
      await settled(engine);
    }
    expect(total).toBeGreaterThanOrEqual(8);
    // The batch's rows, the match index's and the search's are ~300 puts of one transaction: every one of the
    // first 40 (the corpus rows and the first index rows), then every 7th, and the last.
    const positions = [...new Set([...Array.from({ length: Math.min(total, 40) }, (_, i) => i + 1), ...Array.from({ length: Math.floor(total / 7) }, (_, i) => (i + 1) * 7), total])];
    console.log(`[durability] fault injected at ${positions.length} of ${total} writes`);
    const { db, engine } = await setup();
    const before = await snapshot(db, engine);
    for (const nth of positions) {
      failNthPut(db, nth);
      await expect(engine.addArticles(batch()), `fault at put #${nth} of ${total}`).rejects.toThrow();
      IDBObjectStore.prototype.put = realPut;
      expect(await snapshot(db, engine), `after a fault at put #${nth}`).toEqual(before);
    }
    // And the engine still works afterwards.
    await engine.addArticles([article('wire-9', BODY)]);
    expect(engine.size).toBe(before.size + 1);
  }, 120_000);

  it('importText on a full disk says nothing was imported and the corpus is unchanged', async () => {
    const { db, engine } = await setup();
    const before = await snapshot(db, engine);
    failNthPut(db, 4);
    const text = [1, 2, 3].map((i) => JSON.stringify({ id: `file-${i}`, title: `Report ${i}`, text: `${BODY} Part ${i}.` })).join('\n');
    await expect(importText(engine, text)).rejects.toThrow(/^Nothing was imported: the browser is out of storage space\. Your corpus is unchanged\.$/);
    IDBObjectStore.prototype.put = realPut;
    expect(await snapshot(db, engine)).toEqual(before);
  });

  it('removing an article on a full disk (its story regrouped at every write position): nothing changes', async () => {
    const { db, engine } = await setup();
    await engine.addArticles([article('wire-1', `${BODY} Second.`)]);
    await settled(engine);
    let faults = 0;
    for (let nth = 1; nth <= 3; nth++) {
      const before = await snapshot(db, engine);
      failNthPut(db, nth);
      const removing = engine.removeArticle('wire-1');
      const failed = await removing.then(() => false, () => true);
      IDBObjectStore.prototype.put = realPut;
      if (!failed) break; // fewer writes than nth: the removal went through whole
      faults++;
      expect(await snapshot(db, engine), `after a fault at put #${nth}`).toEqual(before);
    }
    expect(faults).toBeGreaterThan(1);
  });
});
