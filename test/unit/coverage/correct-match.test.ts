/**
 * The reader's corrections through the engine and the tab service (utils/coverage/engine.ts
 * correctMatch, tab-service.ts correct): the badge and the panel at once, the stories, a worker
 * restart, a re-import, and the corpus export / import.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { importText } from '../../../utils/coverage/import-service';
import { parsePage } from '../../../utils/coverage/parse-page';
import { TabService, type Platform } from '../../../utils/coverage/tab-service';
import { allCorrections, correctionsOf } from '../../../utils/db/corrections';
import { statementsOfStory } from '../../../utils/db/corpus';
import { openCrossreadDb, type Db } from '../../../utils/db/schema';
import { OTHER_STORY, renderArticlePage } from '../../../scripts/demo/pages';
import type { TabView } from '../../../utils/coverage/types';
import type { Article } from '../../../utils/types';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
let n = 0;
const parse = (html: string) => new JSDOM(html).window.document;
const URL3 = 'http://127.0.0.1/news/seed-003.html';
const OTHER: Article = {
  id: 'bikes', title: OTHER_STORY.title, source: 'Riverside Gazette', byline: null, published: '2026-05-12', url: null, lang: 'en', origin: 'import', addedAt: 20, text: OTHER_STORY.paragraphs.join('\n\n'),
};

function pageOf(id: string): string {
  const a = bundled.articles.find((x) => x.id === id)!;
  return renderArticlePage({ site: a.source ?? 'Demo News', title: a.title ?? 'Untitled', byline: null, published: null, url: `http://127.0.0.1/news/${id}.html`, paragraphs: a.text.split('\n\n') });
}

async function setup(name = `correct-${++n}`) {
  const db = await openCrossreadDb(name);
  const engine = await CoverageEngine.open(db, bundled);
  const badges = new Map<number, string>();
  const platform: Platform = {
    setBadge: async (tabId, text) => void badges.set(tabId, text),
    notifyChanged: async () => undefined,
    parseHtml: async (html, url, analyse) => parsePage(html, url, parse, analyse),
    fetchHtml: async () => '',
    snapshotTab: async () => ({ url: URL3, html: pageOf('seed-003') }),
    sendMarks: async () => undefined,
  };
  const tabs = new TabService(db, async () => engine, platform);
  await tabs.article(1, URL3, pageOf('seed-003'));
  return { db, engine, tabs, badges, platform };
}
const ready = (v: TabView) => {
  if (v.state !== 'ready') throw new Error(`not ready: ${v.state}`);
  return v;
};
const storyOf = async (db: Db, id: string) => (await db.get('stories', id))?.storyId;
const quoteArticles = async (db: Db, storyId: string) => new Set((await statementsOfStory(db, storyId)).flatMap((s) => s.members.map((m) => m.articleId)));

describe('correcting a match', () => {
  it('"not the same story": the badge drops, the article is listed apart, its quotes leave the page; undo puts all back', async () => {
    const { db, tabs, badges } = await setup();
    expect(badges.get(1)).toBe('3');
    const before = ready(await tabs.view(1));
    expect(before.speakers.some((sp) => sp.statements.some((st) => st.carriers.some((c) => c.articleId === 'seed-001')))).toBe(true);

    const view = ready(await tabs.correct(1, 'seed-001', 'different'));
    expect(badges.get(1)).toBe('2');
    expect(view.sameStory.map((c) => c.id).sort()).toEqual(['seed-000', 'seed-002']);
    expect(view.related.find((c) => c.id === 'seed-001')).toMatchObject({ correction: 'different', tier: 'same-story' });
    expect(view.speakers.some((sp) => sp.statements.some((st) => st.carriers.some((c) => c.articleId === 'seed-001')))).toBe(false);
    expect(view.additions.some((a) => a.articleId === 'seed-001')).toBe(false);
    // Stored: the tab's view as the panel asks for it, and the pair.
    expect(ready(await tabs.view(1)).sameStory).toHaveLength(2);
    expect((await correctionsOf(db, 'seed-001')).map((c) => [c.a, c.b, c.verdict])).toEqual([['seed-003', 'seed-001', 'different']]);

    const undone = ready(await tabs.correct(1, 'seed-001', null));
    expect(badges.get(1)).toBe('3');
    expect(undone.sameStory.map((c) => c.id).sort()).toEqual(['seed-000', 'seed-001', 'seed-002']);
    expect(undone.related.some((c) => c.id === 'seed-001')).toBe(false);
    expect(undone.sameStory.every((c) => c.correction === undefined)).toBe(true);
    expect(await allCorrections(db)).toEqual([]);
  });

  it('"not the same story" splits the corrected article out of the shared story; undo lets it rejoin', async () => {
    const { db, tabs } = await setup();
    const shared = (await storyOf(db, 'seed-003'))!;
    expect(await storyOf(db, 'seed-001')).toBe(shared);
    await tabs.correct(1, 'seed-001', 'different');
    const own = (await storyOf(db, 'seed-001'))!;
    expect(own).not.toBe(shared);
    expect(await storyOf(db, 'seed-003')).toBe(shared);
    // The statements of both stories were regrouped in the same write.
    expect(await quoteArticles(db, own)).toEqual(new Set(['seed-001']));
    expect((await quoteArticles(db, shared)).has('seed-001')).toBe(false);
    expect((await db.getAllFromIndex('quotes', 'articleId', 'seed-001')).every((q) => q.storyId === own)).toBe(true);

    await tabs.correct(1, 'seed-001', null);
    expect(await storyOf(db, 'seed-001')).toBe(shared);
    expect((await quoteArticles(db, shared)).has('seed-001')).toBe(true);
    expect(await statementsOfStory(db, own)).toEqual([]);
  });

  it('survives a restart and a re-import: the matcher never overwrites it', async () => {
    const name = `correct-${++n}`;
    const { db, tabs } = await setup(name);
    await tabs.correct(1, 'seed-001', 'different');
    const own = await storyOf(db, 'seed-001');
    // A new worker: a new engine and tab service on the same database; the page is read again.
    const again = await setup(name);
    expect(again.badges.get(1)).toBe('2');
    expect(ready(await again.tabs.view(1)).related.find((c) => c.id === 'seed-001')?.correction).toBe('different');
    await again.engine.addArticles([bundled.articles.find((a) => a.id === 'seed-001')!]);
    expect(await storyOf(db, 'seed-001')).toBe(own);
    await again.tabs.article(1, URL3, pageOf('seed-003'));
    expect(again.badges.get(1)).toBe('2');
  });

  it('"same story" on an article the matcher does not return: fetched by id, counted, and the stories merge', async () => {
    const { db, engine, tabs, badges } = await setup();
    await engine.addArticles([OTHER]);
    await tabs.article(1, URL3, pageOf('seed-003'));
    const plain = ready(await tabs.view(1));
    expect([...plain.sameStory, ...plain.related].some((c) => c.id === 'bikes')).toBe(false);
    const shared = (await storyOf(db, 'seed-003'))!;
    const bikeStory = (await storyOf(db, 'bikes'))!;
    expect(bikeStory).not.toBe(shared);

    const view = ready(await tabs.correct(1, 'bikes', 'same'));
    expect(badges.get(1)).toBe('4');
    expect(view.sameStory.find((c) => c.id === 'bikes')).toMatchObject({ correction: 'same', byCorrection: true });
    expect(view.speakers.some((sp) => sp.statements.some((st) => st.carriers.some((c) => c.articleId === 'bikes')))).toBe(true);
    // The smaller story (the one article) joined the bundled story, statements regrouped.
    expect(await storyOf(db, 'bikes')).toBe(shared);
    expect((await quoteArticles(db, shared)).has('bikes')).toBe(true);
    expect(await statementsOfStory(db, bikeStory)).toEqual([]);
    // Read again, the page still counts it.
    await tabs.article(1, URL3, pageOf('seed-003'));
    expect(badges.get(1)).toBe('4');

    const undone = ready(await tabs.correct(1, 'bikes', null));
    expect(badges.get(1)).toBe('3');
    expect([...undone.sameStory, ...undone.related].some((c) => c.id === 'bikes')).toBe(false);
  });

  it('a selection has nothing to correct, and an unknown article is refused', async () => {
    const { tabs } = await setup();
    await expect(tabs.correct(1, 'nope', 'same')).rejects.toThrow(/No article "nope"/);
    await tabs.menu(2, { selectionText: 'Stoltenberg said NATO leaders in Brussels would strengthen the alliance against Russia in Ukraine.' });
    await expect(tabs.correct(2, 'seed-001', 'different')).rejects.toThrow(/selection/);
  });
});

describe('corrections in the corpus export and import', () => {
  it('the export carries them; an import brings them back and rejects those naming unknown articles', async () => {
    const { engine, tabs } = await setup();
    await tabs.correct(1, 'seed-001', 'different');
    const doc = JSON.parse(await engine.exportCorpus()) as { articles: { id: string }[]; corrections: unknown[] };
    expect(doc.articles).toHaveLength(4);
    expect(doc.corrections).toEqual([{ a: 'seed-003', b: 'seed-001', verdict: 'different', at: expect.any(Number) }]);

    const fresh = await openCrossreadDb(`correct-${++n}`);
    const other = await CoverageEngine.open(fresh, bundled);
    const file = JSON.stringify({ ...doc, corrections: [...doc.corrections, { a: 'seed-000', b: 'ghost', verdict: 'same', at: 1 }, { a: 'seed-000', verdict: 'maybe' }] });
    const report = await importText(other, file);
    expect(report).toMatchObject({ records: 4, added: 0, replaced: 4, rejected: [] });
    expect(report.corrections.added).toBe(1);
    expect(report.corrections.rejected).toEqual([
      { line: 2, message: 'article "ghost" is neither in your corpus nor in this file' },
      { line: 3, message: 'missing "b"' },
    ]);
    expect((await allCorrections(fresh)).map((c) => [c.a, c.b, c.verdict])).toEqual([['seed-003', 'seed-001', 'different']]);
    expect(await storyOf(fresh, 'seed-001')).not.toBe(await storyOf(fresh, 'seed-003'));
  });
});
