import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, badgeText, type BundledCorpus } from '../../../utils/coverage/engine';
import { parsePage } from '../../../utils/coverage/parse-page';
import { TabService, type Platform } from '../../../utils/coverage/tab-service';
import { openCrossreadDb } from '../../../utils/db/schema';
import { renderArticlePage, OTHER_STORY } from '../../../scripts/demo/pages';
import type { TabView } from '../../../utils/coverage/types';
import { pageMarks } from '../../../utils/coverage/marks';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
let n = 0;
const setup = async () => {
  const db = await openCrossreadDb(`engine-${++n}`);
  return { db, engine: await CoverageEngine.open(db, bundled) };
};
const parse = (html: string) => new JSDOM(html).window.document;

function pageOf(id: string): string {
  const a = bundled.articles.find((x) => x.id === id)!;
  return renderArticlePage({ site: a.source ?? 'Demo News', title: a.title ?? 'Untitled', byline: null, published: null, url: `http://127.0.0.1/news/${id}.html`, paragraphs: a.text.split('\n\n') });
}

describe('CoverageEngine', () => {
  it('loads the bundled corpus on first run, with quotes, and only once', async () => {
    const { db, engine } = await setup();
    expect(engine.size).toBe(bundled.articles.length);
    const info = await engine.corpusInfo();
    expect(info.articles).toBe(4);
    expect(info.quotes).toBeGreaterThan(10);
    const again = await CoverageEngine.open(db, bundled);
    expect((await again.corpusInfo()).articles).toBe(4);
  });

  it('recognises a bundled article served as a page and counts the other three', async () => {
    const { engine } = await setup();
    for (const a of bundled.articles) {
      const page = parsePage(pageOf(a.id), `http://127.0.0.1/news/${a.id}.html`, parse);
      const view = await engine.analyzePage(page.article, `http://127.0.0.1/news/${a.id}.html`, page.detection);
      expect(view.state).toBe('ready');
      if (view.state !== 'ready') continue;
      expect(view.subject.corpusId).toBe(a.id);
      expect(view.sameStory.map((c) => c.id).sort()).toEqual(bundled.articles.map((x) => x.id).filter((id) => id !== a.id).sort());
      expect(badgeText(view)).toBe('3');
      for (const c of view.sameStory) expect(c.reasons.names.length + c.reasons.terms.length).toBeGreaterThan(0);
      expect(view.speakers.length).toBeGreaterThan(0);
    }
  });

  it('finds nothing for another story and shows no badge', async () => {
    const { engine } = await setup();
    const html = renderArticlePage({ site: 'Riverside Gazette', url: 'http://127.0.0.1/x', ...OTHER_STORY });
    const page = parsePage(html, 'http://127.0.0.1/x', parse);
    const view = await engine.analyzePage(page.article, 'http://127.0.0.1/x', page.detection);
    expect(view.state === 'ready' && view.sameStory.length + view.duplicates.length).toBe(0);
    expect(badgeText(view)).toBe('');
  });

  it('groups the same statement carried by two outlets under one speaker', async () => {
    const { engine } = await setup();
    const page = parsePage(pageOf('seed-003'), 'http://127.0.0.1/news/seed-003.html', parse);
    const view = await engine.analyzePage(page.article, 'http://127.0.0.1/news/seed-003.html', page.detection);
    if (view.state !== 'ready') throw new Error('not ready');
    const stoltenberg = view.speakers.find((s) => /Stoltenberg/.test(s.speaker));
    expect(stoltenberg).toBeDefined();
    const chemical = stoltenberg!.statements.find((s) => /chemical weapons/.test(s.text));
    expect(chemical?.carriers.length).toBeGreaterThanOrEqual(2);
    expect(chemical?.carriers.some((c) => c.onThisPage)).toBe(true);
  });

  it('marks the page quotes that other coverage carries, with the other wording', async () => {
    const { engine } = await setup();
    const page = parsePage(pageOf('seed-003'), 'http://127.0.0.1/news/seed-003.html', parse);
    const view = await engine.analyzePage(page.article, 'http://127.0.0.1/news/seed-003.html', page.detection);
    const marks = pageMarks(view);
    const chemical = marks.find((m) => /chemical weapons/.test(m.quote));
    expect(chemical?.speaker).toMatch(/Stoltenberg/);
    expect(chemical?.others[0]?.quote).toMatch(/totally change/);
    expect(marks.every((m) => page.article.paragraphs.join('\n\n').includes(m.quote))).toBe(true);
  });

  it('searches titles, quotes and speakers', async () => {
    const { engine } = await setup();
    const hits = await engine.search('Stoltenberg');
    expect(hits.some((h) => h.kind === 'quote' && /Stoltenberg/.test(h.speaker ?? ''))).toBe(true);
    expect(await engine.search('   ')).toEqual([]);
    const typo = await engine.search('Stoltenburg');
    expect(typo.length).toBeGreaterThan(0);
  });

  it('gives the reader page the whole article and says what it does not know', async () => {
    const { engine } = await setup();
    const a = await engine.readerArticle('seed-000');
    expect(a.paragraphs.length).toBeGreaterThan(5);
    await expect(engine.readerArticle('nope')).rejects.toThrow(/No article/);
  });
});

describe('TabService', () => {
  const fakePlatform = () => {
    const badges = new Map<number, string>();
    const changed: number[] = [];
    const sentMarks = new Map<number, number>();
    const platform: Platform = {
      setBadge: async (tabId, text) => void badges.set(tabId, text),
      notifyChanged: async (tabId) => void changed.push(tabId),
      parseHtml: async (html, url, analyse) => parsePage(html, url, parse, analyse),
      fetchHtml: async (url) => {
        if (url.includes('broken')) throw new Error('the site answered 500');
        return pageOf('seed-001');
      },
      snapshotTab: async () => ({ url: 'http://127.0.0.1/news/seed-002.html', html: pageOf('seed-002') }),
      sendMarks: async (tabId, marks) => void sentMarks.set(tabId, marks.length),
    };
    return { platform, badges, changed, sentMarks };
  };

  it('follows a tab from "reading" to a badge of 3, and survives a restart', async () => {
    const { db, engine } = await setup();
    const { platform, badges, changed, sentMarks } = fakePlatform();
    const svc = new TabService(db, async () => engine, platform);
    await svc.detected(5, 'http://127.0.0.1/news/seed-000.html', { isArticle: true, confidence: 0.9, kind: 'article', summary: 'a news article', reasons: [] });
    expect((await svc.view(5)).state).toBe('reading');
    await svc.article(5, 'http://127.0.0.1/news/seed-000.html', pageOf('seed-000'));
    expect(badges.get(5)).toBe('3');
    expect(changed).toContain(5);
    // The page's quote marks went to its content script (an empty list when no quote is shared).
    expect(sentMarks.has(5)).toBe(true);
    // A new service (a restarted worker) reads the same view from the store.
    const restarted = new TabService(db, async () => engine, platform);
    const view = (await restarted.view(5)) as Extract<TabView, { state: 'ready' }>;
    expect(view.sameStory).toHaveLength(3);
  });

  it('answers the context menu for a selection, a link, a broken link and the page', async () => {
    const { db, engine } = await setup();
    const { platform } = fakePlatform();
    const svc = new TabService(db, async () => engine, platform);
    await svc.menu(1, { selectionText: 'Stoltenberg said NATO leaders in Brussels would strengthen the alliance against Russia in Ukraine.' });
    let v = await svc.view(1);
    expect(v.state === 'ready' && v.subject.kind === 'selection' && v.sameStory.length).toBeGreaterThan(0);

    await svc.menu(2, { linkUrl: 'http://127.0.0.1/news/seed-001.html' });
    v = await svc.view(2);
    expect(v.state === 'ready' && v.subject.kind).toBe('link');

    await svc.menu(3, { linkUrl: 'http://127.0.0.1/broken/nato-summit-biden-brussels', linkText: 'Biden at the NATO summit in Brussels' });
    v = await svc.view(3);
    expect(v.state === 'ready' && v.notice).toMatch(/Could not read the linked page \(the site answered 500\)/);

    await svc.menu(4, {});
    v = await svc.view(4);
    expect(v.state === 'ready' && v.subject.corpusId).toBe('seed-002');
  });

  it('says "not a news article" and clears the badge when the page is not one', async () => {
    const { db, engine } = await setup();
    const { platform, badges } = fakePlatform();
    const svc = new TabService(db, async () => engine, platform);
    await svc.detected(9, 'http://127.0.0.1/', { isArticle: false, confidence: 0.1, kind: 'headlines', summary: 'a list of 40 headlines', reasons: ['no article structure'] });
    expect((await svc.view(9)).state).toBe('not-article');
    expect(badges.get(9)).toBe('');
  });
});

describe('TabService ordering', () => {
  it('keeps what the reader asked for through the menu when the page result arrives later', async () => {
    const db = await openCrossreadDb(`order-${++n}`);
    const engine = await CoverageEngine.open(db, bundled);
    const platform: Platform = {
      setBadge: async () => undefined,
      notifyChanged: async () => undefined,
      parseHtml: async (html, url, analyse) => parsePage(html, url, parse, analyse),
      fetchHtml: async () => '',
      snapshotTab: async () => ({ url: '', html: '' }),
      sendMarks: async () => undefined,
    };
    const svc = new TabService(db, async () => engine, platform);
    await svc.menu(1, { selectionText: 'Stoltenberg NATO summit Brussels Biden Russia Ukraine chemical weapons' });
    await svc.article(1, 'http://127.0.0.1/x', renderArticlePage({ site: 'Riverside Gazette', url: 'http://127.0.0.1/x', ...OTHER_STORY }));
    const v = await svc.view(1);
    expect(v.state === 'ready' && v.subject.kind).toBe('selection');
    await svc.navigated(1);
    expect((await svc.view(1)).state).toBe('idle');
  });
});
