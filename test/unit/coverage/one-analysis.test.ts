import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { parsePage } from '../../../utils/coverage/parse-page';
import { TabService, type Platform } from '../../../utils/coverage/tab-service';
import { openCrossreadDb } from '../../../utils/db/schema';
import { DEFAULT_SETTINGS } from '../../../utils/coverage/settings';
import { renderArticlePage } from '../../../scripts/demo/pages';
import { featurize } from '../../../utils/match/features';
import { extractQuotes } from '../../../utils/quotes';
import { detectArticle } from '../../../utils/article/detect';
import { tokenize } from '../../../utils/text/tokenize';
import { factKeys } from '../../../utils/coverage/additions';

// Counters on the three analyses a page visit may repeat, and on the tokenizer (fed the page's whole text).
vi.mock('../../../utils/match/features', async (load) => {
  const real = await load<typeof import('../../../utils/match/features')>();
  return { ...real, featurize: vi.fn(real.featurize) };
});
vi.mock('../../../utils/quotes', async (load) => {
  const real = await load<typeof import('../../../utils/quotes')>();
  return { ...real, extractQuotes: vi.fn(real.extractQuotes) };
});
vi.mock('../../../utils/article/detect', async (load) => {
  const real = await load<typeof import('../../../utils/article/detect')>();
  return { ...real, detectArticle: vi.fn(real.detectArticle) };
});
vi.mock('../../../utils/text/tokenize', async (load) => {
  const real = await load<typeof import('../../../utils/text/tokenize')>();
  return { ...real, tokenize: vi.fn(real.tokenize) };
});

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
const parse = (html: string) => new JSDOM(html).window.document;
let n = 0;

/** A page of the bundled story that is none of its articles: the first half of one, the second half of another. */
function newPageOfTheStory(): { html: string; url: string; text: string } {
  const [a, b] = [bundled.articles[0]!, bundled.articles[1]!];
  const pa = a.text.split('\n\n');
  const pb = b.text.split('\n\n');
  const paragraphs = [...pa.slice(0, 3), ...pb.slice(-3)];
  const url = 'http://127.0.0.1/news/mixed.html';
  return { html: renderArticlePage({ site: 'Mixed Herald', title: 'Allies meet in Brussels', byline: null, published: null, url, paragraphs }), url, text: paragraphs.join('\n\n') };
}

function platform(): Platform {
  return {
    setBadge: async () => undefined,
    notifyChanged: async () => undefined,
    parseHtml: async (html, url, analyse) => parsePage(html, url, parse, analyse),
    fetchHtml: async () => '',
    snapshotTab: async () => ({ url: '', html: '' }),
    sendMarks: async () => undefined,
  };
}

describe('one page visit with "add articles I read" on', () => {
  it('detects, featurizes and extracts quotes once, and stores the article in the story it matched', async () => {
    const db = await openCrossreadDb(`one-analysis-${++n}`);
    const engine = await CoverageEngine.open(db, bundled);
    const svc = new TabService(db, async () => engine, platform(), async () => ({ ...DEFAULT_SETTINGS, collectReading: true }));
    const page = newPageOfTheStory();
    vi.mocked(featurize).mockClear();
    vi.mocked(extractQuotes).mockClear();
    vi.mocked(detectArticle).mockClear();
    vi.mocked(tokenize).mockClear();
    await svc.article(1, page.url, page.html);
    const view = await svc.view(1);
    if (view.state !== 'ready') throw new Error(`not ready: ${view.state}`);
    expect(view.sameStory.length).toBeGreaterThan(0);
    expect(view.subject.corpusId).not.toBeNull();
    expect(engine.size).toBe(bundled.articles.length + 1);
    const counts = {
      detect: vi.mocked(detectArticle).mock.calls.length,
      featurize: vi.mocked(featurize).mock.calls.length,
      extractQuotes: vi.mocked(extractQuotes).mock.calls.length,
      tokenizeWholeText: vi.mocked(tokenize).mock.calls.filter(([text]) => text === page.text).length,
    };
    console.log('one visit:', JSON.stringify(counts));
    expect(counts).toEqual({ detect: 1, featurize: 1, extractQuotes: 1, tokenizeWholeText: counts.tokenizeWholeText });
  });

  it('stores what an import of the same article stores: features, quotes, story and statements', async () => {
    const db = await openCrossreadDb(`one-analysis-${++n}`);
    const engine = await CoverageEngine.open(db, bundled);
    const svc = new TabService(db, async () => engine, platform(), async () => ({ ...DEFAULT_SETTINGS, collectReading: true }));
    const page = newPageOfTheStory();
    await svc.article(1, page.url, page.html);
    const view = await svc.view(1);
    const id = view.state === 'ready' ? view.subject.corpusId! : '';
    const article = (await db.get('articles', id))!;
    // The same article imported into a fresh corpus, analysed on its own.
    const other = await openCrossreadDb(`one-analysis-${++n}`);
    await (await CoverageEngine.open(other, bundled)).addArticles([article]);
    const stored = async (d: typeof db) => ({
      features: await d.get('features', id),
      quotes: await d.getAllFromIndex('quotes', 'articleId', id),
      story: await d.get('stories', id),
      statements: await d.getAll('statements'),
    });
    const read = await stored(db);
    expect(read.quotes.length).toBeGreaterThan(0);
    expect(read.story?.storyId).not.toBe(`s:${id}`);
    expect(read).toEqual(await stored(other));
  });

  it("reads a page's facts for 'what the others add' in the page's language, not in English", async () => {
    const db = await openCrossreadDb(`one-analysis-${++n}`);
    const engine = await CoverageEngine.open(db, bundled);
    const text = 'Bundeskanzler Olaf Scholz traf am Donnerstag in Brüssel die Staats- und Regierungschefs der NATO.';
    const page = { title: 'Gipfel in Brüssel', siteName: 'Zeitung', byline: null, published: null, modified: null, canonicalUrl: null, lang: 'de', paragraphs: [text], excerpt: null };
    const analysis = await engine.analyzedPage(page, 'http://127.0.0.1/de.html');
    expect(analysis.facts()).toEqual(factKeys(text, 'de'));
    expect(analysis.facts()).not.toEqual(factKeys(text, 'en'));
  });
});
