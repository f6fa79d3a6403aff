import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { parsePage, type AnalyseWhen } from '../../../utils/coverage/parse-page';
import { TabService, type Platform } from '../../../utils/coverage/tab-service';
import { analyseText, pageInput } from '../../../utils/coverage/text-analysis';
import { openCrossreadDb } from '../../../utils/db/schema';
import { renderArticlePage } from '../../../scripts/demo/pages';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
const parse = (html: string) => new JSDOM(html).window.document;

/** A page of the bundled story that is none of its articles, with quotes: halves of two of them. */
function storyPage(): { html: string; url: string } {
  const [a, b] = [bundled.articles[0]!, bundled.articles[2]!];
  const paragraphs = [...a.text.split('\n\n').slice(0, 4), ...b.text.split('\n\n').slice(-4)];
  const url = 'http://127.0.0.1/news/allies.html';
  return { html: renderArticlePage({ site: 'Mixed Herald', title: 'Allies meet in Brussels', byline: null, published: '2022-03-24', url, paragraphs }), url };
}

/** A platform whose parser is `parseHtml`; nothing else is used here. */
function platform(parseHtml: Platform['parseHtml']): Platform {
  return { setBadge: async () => undefined, notifyChanged: async () => undefined, parseHtml, fetchHtml: async () => '', snapshotTab: async () => ({ url: '', html: '' }), sendMarks: async () => undefined };
}

describe("a page's text analysed where it is parsed", () => {
  it('gives the view the engine gives when it analyses the text itself, after crossing a message as JSON', async () => {
    const db = await openCrossreadDb(`text-analysis-${Date.now()}`);
    const engine = await CoverageEngine.open(db, bundled);
    const page = storyPage();
    // As the offscreen document answers: the analysis made there, serialised as extension messages are.
    const made = new TabService(db, async () => engine, platform(async (html, url, analyse) => JSON.parse(JSON.stringify(parsePage(html, url, parse, analyse)))));
    // As before: the parser extracts only, the engine featurizes and extracts the quotes.
    const itself = new TabService(db, async () => engine, platform(async (html, url) => parsePage(html, url, parse)));
    await made.article(1, page.url, page.html);
    await itself.article(2, page.url, page.html);
    const [a, b] = [await made.view(1), await itself.view(2)];
    if (a.state !== 'ready') throw new Error(`not ready: ${a.state}`);
    expect(a.sameStory.length).toBeGreaterThan(0);
    expect(a.speakers.length).toBeGreaterThan(0);
    // What the others add leaves out what the page says: the page's fact keys crossed the message too.
    expect(a.additions.length).toBeGreaterThan(0);
    expect(a.speakers.some((s) => s.statements.some((st) => st.carriers.some((c) => c.onThisPage)))).toBe(true);
    expect(a).toEqual(b);
  });

  it('is made for the pages asked: articles only, any page with text, or none', () => {
    const article = storyPage();
    const contact =
      '<!doctype html><html lang="en"><head><title>Contact us - Herald</title></head><body><h1>Contact us</h1>' +
      '<p>Write to the newsroom at news@herald.example or call the desk between nine and five on weekdays. Our editors read every message and answer as soon as they can.</p>' +
      '<p>For subscriptions, write to the subscriptions team, who can change your delivery address or your plan.</p></body></html>';
    const of = (html: string, analyse?: AnalyseWhen) => parsePage(html, 'http://127.0.0.1/x', parse, analyse);
    const parsed = of(article.html, 'articles');
    expect(parsed.detection.isArticle).toBe(true);
    expect(parsed.analysis).toEqual(analyseText(pageInput(parsed.article)));
    expect(parsed.analysis!.quotes.length).toBeGreaterThan(0);
    expect(of(article.html).analysis).toBeUndefined();
    expect(of(article.html, 'none').analysis).toBeUndefined();
    const other = of(contact, 'articles');
    expect(other.detection.isArticle).toBe(false);
    expect(other.article.paragraphs.length).toBe(2);
    expect(other.analysis).toBeUndefined();
    expect(of(contact, 'any').analysis).toEqual(analyseText(pageInput(other.article)));
  });
});
