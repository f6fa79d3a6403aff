import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { parsePage } from '../../../utils/coverage/parse-page';
import { TabService, type Platform } from '../../../utils/coverage/tab-service';
import type { TabView } from '../../../utils/coverage/types';
import { putTabView } from '../../../utils/db/tabs';
import { openCrossreadDb } from '../../../utils/db/schema';
import { renderArticlePage } from '../../../scripts/demo/pages';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
const parse = (html: string) => new JSDOM(html).window.document;
let n = 0;

/** A page of the bundled story that is none of its articles: the lead of one, so the others add to it. */
function storyPage(): { html: string; url: string } {
  const a = bundled.articles[1]!;
  const url = 'http://127.0.0.1/news/lead.html';
  return { html: renderArticlePage({ site: 'Lead Herald', title: a.title ?? 'Allies meet', byline: null, published: a.published, url, paragraphs: a.text.split('\n\n').slice(0, 2) }), url };
}

describe('a page view published in two steps', () => {
  it('the badge and the coverage first, then the same view with what the others add', async () => {
    const db = await openCrossreadDb(`additions-${++n}`);
    const engine = await CoverageEngine.open(db, bundled);
    const published: { view: TabView; badge: string }[] = [];
    let badge = '';
    const platform: Platform = {
      setBadge: async (_tab, text) => void (badge = text),
      notifyChanged: async (tab) => void published.push({ view: await svc.view(tab), badge }),
      parseHtml: async (html, url, analyse) => parsePage(html, url, parse, analyse),
      fetchHtml: async () => '',
      snapshotTab: async () => ({ url: '', html: '' }),
      sendMarks: async () => undefined,
    };
    const svc = new TabService(db, async () => engine, platform);
    const page = storyPage();
    await svc.article(1, page.url, page.html);
    expect(published).toHaveLength(2);
    const [first, second] = published as [{ view: TabView; badge: string }, { view: TabView; badge: string }];
    if (first.view.state !== 'ready' || second.view.state !== 'ready') throw new Error('not ready');
    expect(first.view.sameStory.length).toBeGreaterThan(0);
    expect(first.badge).toBe(String(first.view.sameStory.length));
    expect(first.view.additionsPending).toBe(true);
    expect(first.view.additions).toEqual([]);
    expect(second.badge).toBe(first.badge);
    expect(second.view.additionsPending).toBeUndefined();
    expect(second.view.additions.length).toBeGreaterThan(0);
    // The final view is the one-step view of the same page, additions included.
    const parsed = parsePage(page.html, page.url, parse, 'articles');
    const once = await engine.analyzePage(parsed.article, page.url, parsed.detection, parsed.analysis);
    expect(second.view).toEqual(once);
    expect({ ...first.view, additions: once.state === 'ready' ? once.additions : [], additionsPending: undefined }).toEqual(once);
  });

  it('additions that cannot be read leave their section out, and the coverage and badge stand', async () => {
    const db = await openCrossreadDb(`additions-${++n}`);
    const engine = await CoverageEngine.open(db, bundled);
    // The store fails on the additions' read only.
    const failing = Object.assign(Object.create(engine) as CoverageEngine, { viewWithAdditions: async () => Promise.reject(new Error('disk gone')) });
    let badge = '';
    const svc = new TabService(db, async () => failing, { setBadge: async (_t, text) => void (badge = text), notifyChanged: async () => undefined, parseHtml: async (html, url, analyse) => parsePage(html, url, parse, analyse), fetchHtml: async () => '', snapshotTab: async () => ({ url: '', html: '' }), sendMarks: async () => undefined });
    const page = storyPage();
    await svc.article(1, page.url, page.html);
    const view = await svc.view(1);
    if (view.state !== 'ready') throw new Error('not ready');
    expect(view.additionsPending).toBe(false);
    expect(view.sameStory.length).toBeGreaterThan(0);
    expect(badge).toBe(String(view.sameStory.length));
  });

  it('a view whose additions a stopped worker was reading leaves them out, rather than wait for them', async () => {
    const db = await openCrossreadDb(`additions-${++n}`);
    const engine = await CoverageEngine.open(db, bundled);
    const page = storyPage();
    const parsed = parsePage(page.html, page.url, parse, 'articles');
    const pending = await engine.analyzedView(await engine.analyzedPage(parsed.article, page.url, parsed.analysis), parsed.detection, null, 'later');
    expect(pending.state === 'ready' && pending.additionsPending).toBe(true);
    await putTabView(db, 7, pending);
    // A new worker's tab service: nothing of it reads those additions.
    const svc = new TabService(db, async () => engine, { setBadge: async () => undefined, notifyChanged: async () => undefined, parseHtml: async () => parsed, fetchHtml: async () => '', snapshotTab: async () => ({ url: '', html: '' }), sendMarks: async () => undefined });
    const view = await svc.view(7);
    expect(view.state === 'ready' && view.additionsPending).toBe(false);
  });
});
