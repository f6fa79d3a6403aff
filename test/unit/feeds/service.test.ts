import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { getSettings, setSettings } from '../../../utils/coverage/settings';
import { getArticle, GENERATION_KEY, getMeta } from '../../../utils/db/corpus';
import { openCrossreadDb } from '../../../utils/db/schema';
import { allSources, articleIdsOfSource } from '../../../utils/db/sources';
import { FeedService, MAX_PARALLEL_FEEDS, normaliseAddress, sourceId } from '../../../utils/feeds/service';
import { feedArticleId } from '../../../utils/feeds/feed-article';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
const empty: BundledCorpus = { version: 1, articles: [] };
const T0 = Date.parse('2026-11-30T12:00:00Z');
const MIN = 60_000;

interface Item {
  guid: string;
  title: string;
  link: string;
  date?: string;
  text: string;
}
const rss = (title: string, items: Item[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>https://harbour.example/</link><language>en</language>${items
    .map((i) => `<item><guid isPermaLink="false">${i.guid}</guid><title>${i.title}</title><link>${i.link}</link>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}<description><![CDATA[<p>${i.text}</p>]]></description></item>`)
    .join('')}</channel></rss>`;
const story = (n: number): Item => ({
  guid: `g${n}`,
  title: `Council votes on harbour bridge ${n}`,
  link: `https://harbour.example/news/${n}?utm_source=rss`,
  date: 'Mon, 30 Nov 2026 09:00:00 GMT',
  text: `The council voted 5 to 4 on Monday for the harbour bridge number ${n}, after a debate of three hours. “It is a good day for the harbour,” said Mayor Ana Ruiz.`,
});

type Route = (req: { url: string; headers: Record<string, string> }) => Response | Promise<Response>;
/** A web of a few addresses; records every request and how many ran at once. */
function web(routes: Record<string, Route>) {
  const log: { url: string; headers: Record<string, string> }[] = [];
  let running = 0;
  let most = 0;
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    log.push({ url, headers });
    running++;
    most = Math.max(most, running);
    try {
      await new Promise((r) => setTimeout(r, 5));
      const route = routes[url];
      if (!route) return new Response('no', { status: 404 });
      const res = await route({ url, headers });
      Object.defineProperty(res, 'url', { value: url });
      return res;
    } finally {
      running--;
    }
  }) as typeof fetch;
  return { fetcher, log, most: () => most };
}
const ok = (body: string, type = 'application/rss+xml', extra: Record<string, string> = {}) => new Response(body, { status: 200, headers: { 'content-type': type, ...extra } });

let n = 0;
async function setup(routes: Record<string, Route>, corpus: BundledCorpus = empty) {
  const db = await openCrossreadDb(`feeds-${++n}`);
  const engine = await CoverageEngine.open(db, corpus);
  const w = web(routes);
  let now = T0;
  const service = new FeedService(db, async () => engine, { fetcher: w.fetcher, now: () => now });
  return { db, engine, service, web: w, at: (t: number) => (now = t) };
}
const FEED = 'https://harbour.example/feed.xml';

describe('FeedService: following a feed', () => {
  it('adds a feed by its URL and stores its items as feed articles, link without tracking, text without markup', async () => {
    const { db, service } = await setup({ [FEED]: () => ok(rss('Harbour Post - Local', [story(1), story(2)])) });
    const view = await service.add('harbour.example/feed.xml');
    expect(view).toMatchObject({ feedUrl: FEED, title: 'Harbour Post - Local', items: 2, lastError: null, fetching: false });
    const a = await getArticle(db, feedArticleId(view.id, 'g1'));
    expect(a).toMatchObject({ origin: 'feed', title: 'Council votes on harbour bridge 1', url: 'https://harbour.example/news/1', source: 'Harbour Post', published: '2026-11-30T09:00:00Z', lang: 'en' });
    expect(a!.text).toMatch(/^The council voted 5 to 4/);
    expect(a!.text).not.toMatch(/<|&lt;|&amp;/);
    expect(a!.feed).toMatchObject({ sourceId: view.id, itemId: 'g1' });
    // Like any import: the article joins a story and its quote is stored with its speaker.
    expect(await db.get('stories', a!.id)).toBeTruthy();
    expect((await db.getAllFromIndex('quotes', 'articleId', a!.id)).map((q) => q.speaker)).toEqual(['Ana Ruiz']);
    // Adding it again finds the same source.
    expect((await service.add(FEED)).id).toBe(view.id);
    expect(await allSources(db)).toHaveLength(1);
  });

  it("finds a site's feed from its page's feed links", async () => {
    const page = `<!doctype html><html><head><title>Harbour Post</title><link rel="alternate" type="application/rss+xml" title="Local" href="/feed.xml"></head><body><p>Hello</p></body></html>`;
    const { service } = await setup({ 'https://harbour.example/': () => ok(page, 'text/html; charset=utf-8'), [FEED]: () => ok(rss('Harbour Post', [story(1)])) });
    const view = await service.add('https://harbour.example/');
    expect(view.feedUrl).toBe(FEED);
    expect(view.items).toBe(1);
  });

  it('refuses an address that is no feed and names no feed, in plain words, and keeps nothing', async () => {
    const { db, service } = await setup({ 'https://plain.example/': () => ok('<!doctype html><html><body><p>No feeds here.</p></body></html>', 'text/html') });
    await expect(service.add('https://plain.example/')).rejects.toThrow(/is not a feed/);
    await expect(service.add('ftp://plain.example/x')).rejects.toThrow(/Only http and https/);
    await expect(service.add('   ')).rejects.toThrow(/Type the address/);
    expect(await allSources(db)).toHaveLength(0);
  });
});

describe('FeedService: fetching', () => {
  it('asks again conditionally; an unchanged feed (304) adds nothing and is scheduled its interval later', async () => {
    let hits = 0;
    const { db, service, web: w, at } = await setup({
      [FEED]: ({ headers }) => {
        hits++;
        if (headers['if-none-match'] === '"v1"') return new Response(null, { status: 304 });
        return ok(rss('Harbour Post', [story(1)]), 'application/rss+xml', { etag: '"v1"', 'last-modified': 'Mon, 30 Nov 2026 11:00:00 GMT' });
      },
    });
    const { id } = await service.add(FEED);
    const generation = await getMeta<number>(db, GENERATION_KEY);
    at(T0 + 31 * MIN);
    const [report] = await service.refreshDue();
    expect(report).toMatchObject({ status: 'not-modified', added: 0 });
    expect(w.log.at(-1)!.headers).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Mon, 30 Nov 2026 11:00:00 GMT' });
    expect(await getMeta<number>(db, GENERATION_KEY)).toBe(generation);
    const [source] = await allSources(db);
    expect(source).toMatchObject({ id, nextFetchAt: T0 + 61 * MIN, lastFetchedAt: T0 + 31 * MIN, failures: 0 });
    // Not due yet: nothing is fetched.
    expect(await service.refreshDue()).toEqual([]);
    expect(hits).toBe(2);
  });

  it('an item seen again updates its article (same guid, new title); an unchanged one is not rewritten', async () => {
    let version = 1;
    const { db, service, at } = await setup({
      [FEED]: () => ok(rss('Harbour Post', version === 1 ? [story(1), story(2)] : [{ ...story(1), title: 'Council approves harbour bridge' }, story(2), story(3)])),
    });
    const { id } = await service.add(FEED);
    const before = await getArticle(db, feedArticleId(id, 'g2'));
    version = 2;
    at(T0 + 40 * MIN);
    const [report] = await service.refreshNow(id);
    expect(report).toMatchObject({ status: 'updated', added: 1, updated: 1 });
    expect(await articleIdsOfSource(db, id)).toHaveLength(3);
    expect((await getArticle(db, feedArticleId(id, 'g1')))!.title).toBe('Council approves harbour bridge');
    expect(await getArticle(db, feedArticleId(id, 'g2'))).toEqual(before);
  });

  it('a failing feed gets its error in plain words and backs off; the other feeds are fetched as usual', async () => {
    const BAD = 'https://broken.example/rss';
    const { db, service, at } = await setup({ [FEED]: () => ok(rss('Harbour Post', [story(1)])), [BAD]: () => ok('{ this is neither XML nor JSON', 'text/plain') });
    await service.add(FEED);
    await service.importOpml(`<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body><outline text="Broken" xmlUrl="${BAD}"/><outline text="Gone" xmlUrl="https://gone.example/feed"/></body></opml>`);
    at(T0 + 31 * MIN);
    const reports = await service.refreshDue();
    expect(reports.map((r) => r.status).sort()).toEqual(['failed', 'failed', 'updated']);
    const rows = new Map((await allSources(db)).map((s) => [s.feedUrl, s]));
    expect(rows.get('https://gone.example/feed')).toMatchObject({ failures: 1, lastError: 'the site answered 404 (not found)', nextFetchAt: T0 + 31 * MIN + 60 * MIN });
    expect(rows.get(BAD)!.lastError).toBeTruthy();
    expect(rows.get(FEED)!.lastError).toBeNull();
    // A second failure in a row doubles the wait again.
    at(T0 + 31 * MIN + 60 * MIN);
    await service.refreshDue();
    expect((await allSources(db)).find((s) => s.feedUrl === 'https://gone.example/feed')).toMatchObject({ failures: 2, nextFetchAt: T0 + 91 * MIN + 120 * MIN });
  });

  it(`fetches at most ${MAX_PARALLEL_FEEDS} feeds at once`, async () => {
    const routes: Record<string, Route> = {};
    for (let i = 0; i < 8; i++) routes[`https://f${i}.example/rss`] = () => ok(rss(`Feed ${i}`, [{ ...story(i), guid: `f${i}` }]));
    const { service, web: w } = await setup(routes);
    await service.importOpml(`<opml version="2.0"><body>${Object.keys(routes).map((u) => `<outline text="x" xmlUrl="${u}"/>`).join('')}</body></opml>`);
    const reports = await service.refreshDue();
    expect(reports.filter((r) => r.status === 'updated')).toHaveLength(8);
    expect(w.most()).toBeLessThanOrEqual(MAX_PARALLEL_FEEDS);
    expect(w.most()).toBeGreaterThan(1);
  });

  it('"fetch the full article" (off by default) reads each new item\'s page; the feed\'s text stays where the page is no article', async () => {
    const db = await openCrossreadDb(`feeds-${++n}`);
    const engine = await CoverageEngine.open(db, empty);
    const w = web({ [FEED]: () => ok(rss('Harbour Post', [story(1), story(2)])) });
    const asked: string[] = [];
    const full = 'The council voted 5 to 4 on Monday for the harbour bridge.\n\nThe debate lasted three hours and ended after midnight, with the mayor casting no vote. Work on the bridge starts in the spring, and the first cars should cross it in two years, the engineers said.';
    const service = new FeedService(db, async () => engine, {
      fetcher: w.fetcher,
      now: () => T0,
      readPage: async (url) => {
        asked.push(url);
        const isArticle = url.endsWith('/1');
        return { detection: { isArticle, confidence: 1, kind: isArticle ? 'article' : 'other', summary: '', reasons: [] }, article: { title: 'x', byline: 'Jo Reporter', siteName: null, published: null, lang: 'en', paragraphs: isArticle ? full.split('\n\n') : ['Menu'], canonicalUrl: null } as never };
      },
    });
    const { id } = await service.add(FEED);
    expect(asked).toEqual([]);
    await service.update(id, { fullArticle: true });
    await service.refreshNow(id);
    expect(asked).toEqual([]); // nothing new, nothing changed: no page is fetched
    const [src] = await allSources(db);
    await db.put('sources', { ...src!, etag: null });
    await db.clear('articles');
    await service.refreshNow(id);
    expect(asked.sort()).toEqual(['https://harbour.example/news/1', 'https://harbour.example/news/2']);
    expect(await getArticle(db, feedArticleId(id, 'g1'))).toMatchObject({ text: full, byline: 'Jo Reporter' });
    expect((await getArticle(db, feedArticleId(id, 'g2')))!.text).toMatch(/^The council voted 5 to 4 on Monday for the harbour bridge number 2/);
  });

  it('never overwrites an article the reader read or imported under the same link', async () => {
    const { db, engine, service } = await setup({ [FEED]: () => ok(rss('Harbour Post', [story(1)])) });
    const full = { id: 'mine', title: 'Full text', source: 'Harbour Post', byline: null, published: null, url: 'https://harbour.example/news/1', lang: 'en', text: 'The whole article, as I read it.', origin: 'read' as const, addedAt: 1 };
    await engine.addArticles([full]);
    const view = await service.add(FEED);
    expect(view.items).toBe(0);
    expect(await getArticle(db, 'mine')).toEqual(full);
  });

  it('a source removed while its fetch runs keeps nothing of it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let fetching!: () => void;
    // The fetch is running once the feed's address was asked for: removed then, not after a guessed time.
    const fetched = new Promise<void>((r) => (fetching = r));
    const { db, service, at } = await setup({ [FEED]: async () => (fetching(), await gate, ok(rss('Harbour Post', [story(1)]))) });
    await service.importOpml(`<opml version="2.0"><body><outline text="Harbour" xmlUrl="${FEED}"/></body></opml>`);
    at(T0 + MIN);
    const running = service.refreshDue();
    await fetched;
    await service.remove(sourceId(FEED), false);
    release();
    const [report] = await running;
    expect(report!.status).toBe('skipped');
    expect(await db.count('articles')).toBe(0);
  });

  it('a worker stopped mid-fetch loses nothing and stores nothing twice: the next worker fetches the source again', async () => {
    const { db, engine, web: w } = await setup({ [FEED]: () => ok(rss('Harbour Post', [story(1), story(2)])) });
    const hang = new FeedService(db, async () => engine, { fetcher: (() => new Promise(() => undefined)) as typeof fetch, now: () => T0 });
    await hang.importOpml(`<opml version="2.0"><body><outline text="Harbour" xmlUrl="${FEED}"/></body></opml>`);
    void hang.refreshDue(); // never answers: the worker is stopped here
    await new Promise((r) => setTimeout(r, 20));
    const next = new FeedService(db, async () => engine, { fetcher: w.fetcher, now: () => T0 + 5 * MIN });
    const [report] = await next.refreshDue();
    expect(report).toMatchObject({ status: 'updated', added: 2 });
    await next.refreshNow(null);
    expect(await db.count('articles')).toBe(2);
  });
});

describe('FeedService: what a review found', () => {
  it('two feeds fetched at once with one story put it in one story, as one after the other does', async () => {
    const A = 'https://a.example/rss';
    const B = 'https://b.example/rss';
    const text = (o: string) => `The city council of Portvale voted 5 to 4 on Monday night to build the new harbour bridge across the Lune estuary, ending a debate of three hours. Mayor Ana Ruiz said the bridge would cost 40 million euros and open in 2029. Opponents led by councillor Tomas Berg said the estuary's birds would suffer. ${o} reported the vote from the town hall.`;
    const ia = { guid: 'a1', title: 'Portvale council approves harbour bridge over the Lune', link: 'https://a.example/1', date: 'Mon, 30 Nov 2026 09:00:00 GMT', text: text('The Courier') };
    const ib = { guid: 'b1', title: 'Portvale votes for Lune harbour bridge', link: 'https://b.example/1', date: 'Mon, 30 Nov 2026 09:30:00 GMT', text: text('The Gazette') };
    // Twenty unrelated items around them (made-up words, none shared), so the two batches are analysed at the same time.
    const word = (k: number) => `q${((k * 2654435761) >>> 0).toString(36)}`;
    const filler = (p: string) => Array.from({ length: 20 }, (_, i) => ({ guid: `${p}-filler-${i}`, title: `${word(i * 97 + p.length)} ${word(i * 89 + 7)}`, link: `https://${p}.example/f${i}`, date: 'Mon, 30 Nov 2026 08:00:00 GMT', text: Array.from({ length: 40 }, (_, k) => word((p === 'a' ? 1 : 2) * 100_000 + i * 1000 + k)).join(' ') + '.' }));
    const { db, service } = await setup({ [A]: () => ok(rss('Courier', [...filler('a'), ia])), [B]: () => ok(rss('Gazette', [ib, ...filler('b')])) });
    await service.importOpml(`<opml version="2.0"><body><outline text="A" xmlUrl="${A}"/><outline text="B" xmlUrl="${B}"/></body></opml>`);
    await service.refreshDue();
    const sa = (await db.get('stories', feedArticleId(sourceId(A), 'a1')))?.storyId;
    const sb = (await db.get('stories', feedArticleId(sourceId(B), 'b1')))?.storyId;
    expect(sa).toBeTruthy();
    expect(sb).toBe(sa);
  });

  it('an item page that never answers ("fetch the full article") ends in time with the feed\'s own text, and holds nothing up', async () => {
    const db = await openCrossreadDb(`feeds-${++n}`);
    const engine = await CoverageEngine.open(db, empty);
    const w = web({ [FEED]: () => ok(rss('Harbour Post', [story(1)])) });
    const service = new FeedService(db, async () => engine, { fetcher: w.fetcher, now: () => T0, readPage: () => new Promise(() => undefined), pageTimeoutMs: 50 });
    await service.importOpml(`<opml version="2.0"><body><outline text="H" xmlUrl="${FEED}"/></body></opml>`);
    await service.update(sourceId(FEED), { fullArticle: true });
    const [report] = await service.refreshNow(sourceId(FEED));
    expect(report).toMatchObject({ status: 'updated', added: 1 });
    expect((await service.state()).sources[0]!.fetching).toBe(false);
    expect((await getArticle(db, feedArticleId(sourceId(FEED), 'g1')))!.text).toMatch(/^The council voted/);
  });

  it('paused for lack of space: a lowered retention frees space at "Refresh all", before fetching resumes', async () => {
    const { db, engine, service, at } = await setup({ [FEED]: () => ok(rss('Harbour Post', [1, 2, 3].map(story))), 'https://more.example/rss': () => ok(rss('More', [{ ...story(9), link: 'https://more.example/9' }])) });
    await service.add(FEED);
    const add = engine.addArticles.bind(engine);
    engine.addArticles = async () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    await service.importOpml(`<opml version="2.0"><body><outline text="More" xmlUrl="https://more.example/rss"/></body></opml>`);
    await service.refreshDue();
    expect((await service.state()).paused).toBeTruthy();
    engine.addArticles = add;
    at(T0 + 3 * 86_400_000);
    await setSettings(db, { ...(await getSettings(db)), feedRetentionDays: 1 });
    await service.refreshNow(sourceId(FEED));
    expect((await service.state()).paused).toBeNull();
    // The three are three days old: gone, and the feed (unchanged, its items now older than the retention) adds none back.
    expect(await db.countFromIndex('articles', 'feedSource')).toBe(0);
  });

  it('an item on a page the reader has under another form of its link (trailing slash, tracking) is that page, not a copy', async () => {
    const { db, engine, service } = await setup({ [FEED]: () => ok(rss('Harbour Post', [story(1)])) });
    const mine = { id: 'mine', title: 'Full', source: 'Harbour Post', byline: null, published: null, url: 'https://harbour.example/news/1/', lang: 'en', text: 'The whole article, as I read it.', origin: 'read' as const, addedAt: 1 };
    await engine.addArticles([mine]);
    expect((await service.add(FEED)).items).toBe(0);
    expect(await db.count('articles')).toBe(1);
    expect(await getArticle(db, 'mine')).toEqual(mine);
  });

  it("an item whose guid changed but not its link updates its article; two items with one link are one article", async () => {
    let v = 1;
    const { db, service, at } = await setup({
      [FEED]: () => ok(rss('Harbour Post', v === 1 ? [story(1), { ...story(2), guid: 'x', link: story(3).link }, story(3)] : [{ ...story(1), guid: 'g1-v2', title: 'Council approves harbour bridge' }])),
    });
    const { id } = await service.add(FEED);
    expect(await articleIdsOfSource(db, id)).toHaveLength(2);
    v = 2;
    at(T0 + 40 * MIN);
    const [report] = await service.refreshNow(id);
    expect(report).toMatchObject({ added: 0, updated: 1 });
    expect((await getArticle(db, feedArticleId(id, 'g1')))!.title).toBe('Council approves harbour bridge');
    expect(await articleIdsOfSource(db, id)).toHaveLength(2);
  });

  it("following a feed again under an address that redirects to it keeps the reader's settings for it", async () => {
    const db = await openCrossreadDb(`feeds-${++n}`);
    const engine = await CoverageEngine.open(db, empty);
    const w = web({ [FEED]: () => ok(rss('Harbour Post', [story(1)])) });
    const redirecting = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input) === 'http://harbour.example/feed.xml' ? FEED : String(input);
      return w.fetcher(url, init);
    }) as typeof fetch;
    const service = new FeedService(db, async () => engine, { fetcher: redirecting, now: () => T0 });
    const { id } = await service.add(FEED);
    await service.update(id, { intervalMinutes: 360, fullArticle: true });
    expect((await service.add('http://harbour.example/feed.xml')).id).toBe(id);
    expect(await allSources(db)).toMatchObject([{ id, intervalMinutes: 360, fullArticle: true }]);
  });

  it('an alarm during a refresh joins it, and "Refresh all" meanwhile shares its three slots: no feed asked twice, never more than three at once', async () => {
    const routes: Record<string, Route> = {};
    for (let i = 0; i < 9; i++) routes[`https://f${i}.example/rss`] = async () => (await new Promise((r) => setTimeout(r, (i % 3) * 15)), ok(rss(`Feed ${i}`, [{ ...story(i), guid: `f${i}`, link: `https://f${i}.example/1` }])));
    const { service, web: w } = await setup(routes);
    await service.importOpml(`<opml version="2.0"><body>${Object.keys(routes).map((u) => `<outline text="x" xmlUrl="${u}"/>`).join('')}</body></opml>`);
    const first = service.refreshDue();
    await new Promise((r) => setTimeout(r, 2));
    const second = service.refreshDue();
    expect(second).toBe(first);
    await Promise.all([first, second]);
    const asked = new Map<string, number>();
    for (const r of w.log) asked.set(r.url, (asked.get(r.url) ?? 0) + 1);
    expect([...asked.values()].every((c) => c === 1)).toBe(true);
    expect(asked.size).toBe(9);
    await Promise.all([service.refreshNow(null), service.refreshNow(null)]);
    expect(w.most()).toBeLessThanOrEqual(MAX_PARALLEL_FEEDS);
  });

  it('choosing an interval for a feed not fetched yet keeps its first fetch due', async () => {
    const { db, service } = await setup({});
    await service.importOpml(`<opml version="2.0"><body><outline text="H" xmlUrl="${FEED}"/></body></opml>`);
    await service.update(sourceId(FEED), { intervalMinutes: 1440 });
    expect(await allSources(db)).toMatchObject([{ intervalMinutes: 1440, nextFetchAt: T0 }]);
  });

  it('a feed that talks of quotas is a broken feed, not a full disk', async () => {
    const { service } = await setup({ [FEED]: () => ok('<QuotaExceeded>quota exceeded</QuotaExceeded>') });
    await service.importOpml(`<opml version="2.0"><body><outline text="H" xmlUrl="${FEED}"/></body></opml>`);
    const [report] = await service.refreshDue();
    expect(report!.status).toBe('failed');
    expect(report!.error).not.toMatch(/storage/);
    expect((await service.state()).paused).toBeNull();
  });
});

describe('FeedService: subscriptions and retention', () => {
  it('imports OPML (nested, duplicates counted, what is no web address reported and never followed) and exports it back', async () => {
    const { service } = await setup({});
    const report = await service.importOpml(`<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body><outline text="News"><outline text="A &amp; B" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/><outline text="C" xmlUrl="https://c.example/atom"/></outline><outline text="Again" xmlUrl="https://a.example/rss"/><outline text="Bad" xmlUrl="javascript:alert(1)"/></body></opml>`);
    // The javascript: outline is no web address: never followed, and reported.
    expect(report.added).toBe(2);
    expect(report.rejected).toEqual([{ title: 'Bad', xmlUrl: 'javascript:alert(1)', message: 'not the web address of a feed' }]);
    expect((await service.state()).sources.map((s) => s.feedUrl)).toEqual(['https://a.example/rss', 'https://c.example/atom']);
    expect((await service.importOpml(`<opml version="2.0"><body><outline text="A" xmlUrl="https://a.example/rss"/></body></opml>`)).existing).toBe(1);
    const exported = await service.exportOpml();
    const again = await setup({});
    expect(await again.service.importOpml(exported)).toEqual({ added: 2, existing: 0, rejected: [] });
    expect((await again.service.state()).sources.map((s) => [s.title, s.feedUrl, s.siteUrl])).toEqual([
      ['A & B', 'https://a.example/rss', 'https://a.example/'],
      ['C', 'https://c.example/atom', null],
    ]);
    await expect(service.importOpml('{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[]}')).rejects.toThrow(/not a list of subscriptions/);
  });

  it('removes a source and, only when asked, its articles', async () => {
    const OTHER = 'https://other.example/rss';
    const { db, service } = await setup({ [FEED]: () => ok(rss('Harbour Post', [story(1)])), [OTHER]: () => ok(rss('Other', [{ ...story(7), link: 'https://other.example/7' }])) });
    const a = await service.add(FEED);
    const b = await service.add(OTHER);
    expect(await service.remove(a.id, false)).toEqual({ removedArticles: 0 });
    expect(await db.count('articles')).toBe(2);
    expect(await service.remove(b.id, true)).toEqual({ removedArticles: 1 });
    expect(await db.count('articles')).toBe(1);
    expect(await db.count('sources')).toBe(0);
  });

  it('removing a feed with its articles keeps those the reader highlighted or corrected', async () => {
    const { db, service } = await setup({ [FEED]: () => ok(rss('Harbour Post', [story(1), story(2), story(3)])) });
    const { id } = await service.add(FEED);
    await db.put('highlights', { id: 'h1', url: 'https://harbour.example/news/1/', pageTitle: null, selectors: { quote: { type: 'TextQuoteSelector', exact: 'council', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 4, end: 11 } }, note: '', tags: [], orphaned: false, createdAt: 1, updatedAt: 1 });
    await db.put('corrections', { key: 'k', a: 'url-x', b: feedArticleId(id, 'g2'), verdict: 'different', at: 1 });
    expect(await service.remove(id, true)).toEqual({ removedArticles: 1 });
    expect((await db.getAllKeys('articles')).sort()).toEqual([feedArticleId(id, 'g1'), feedArticleId(id, 'g2')].sort());
  });

  it('keeps feed articles within the retention, never one the reader highlighted, and never bundled or imported ones', async () => {
    const items = [1, 2, 3, 4, 5].map(story);
    const { db, service, at } = await setup({ [FEED]: () => ok(rss('Harbour Post', items)) }, bundled);
    await setSettings(db, { ...(await getSettings(db)), feedMaxArticles: 100, feedRetentionDays: 2 });
    const { id } = await service.add(FEED);
    const highlighted = feedArticleId(id, 'g2');
    await db.put('highlights', { id: 'h1', url: 'https://harbour.example/news/2', pageTitle: null, selectors: { quote: { type: 'TextQuoteSelector', exact: 'council', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 4, end: 11 } }, note: 'keep', tags: [], orphaned: false, createdAt: 1, updatedAt: 1 });
    at(T0 + 3 * 86_400_000);
    expect(await service.prune()).toBe(4);
    expect(await articleIdsOfSource(db, id)).toEqual([highlighted]);
    expect(await db.count('articles')).toBe(bundled.articles.length + 1);
  });

  it('keeps at most N feed articles, the oldest going first', async () => {
    const LATER = 'https://later.example/rss';
    const items = Array.from({ length: 102 }, (_, i) => ({ ...story(100 + i), guid: `n${i}`, link: `https://later.example/${i}` }));
    const { db, service, at } = await setup({ [LATER]: () => ok(rss('Later', items.slice(0, 2))), [FEED]: () => ok(rss('Harbour Post', items.slice(2))) });
    await setSettings(db, { ...(await getSettings(db)), feedMaxArticles: 100 });
    const first = await service.add(LATER);
    at(T0 + MIN);
    await service.add(FEED);
    expect(await db.countFromIndex('articles', 'feedSource')).toBe(100);
    // The two added first are the ones that went.
    expect(await articleIdsOfSource(db, first.id)).toEqual([]);
  });

  it('a full disk pauses fetching with a message and loses nothing; "Refresh all" resumes', async () => {
    const { db, engine, service, at } = await setup({ [FEED]: () => ok(rss('Harbour Post', [story(1)])), 'https://more.example/rss': () => ok(rss('More', [{ ...story(9), link: 'https://more.example/9' }])) });
    await service.add(FEED);
    const stored = await db.count('articles');
    const add = engine.addArticles.bind(engine);
    engine.addArticles = async () => {
      throw Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' });
    };
    await service.importOpml(`<opml version="2.0"><body><outline text="More" xmlUrl="https://more.example/rss"/></body></opml>`);
    at(T0 + MIN);
    const [report] = await service.refreshDue();
    expect(report).toMatchObject({ status: 'failed', error: 'the browser is out of storage space' });
    expect((await service.state()).paused).toMatch(/Fetching feeds stopped: the browser is out of storage space\. Nothing already stored was lost/);
    expect(await db.count('articles')).toBe(stored);
    at(T0 + 60 * MIN);
    expect(await service.refreshDue()).toEqual([]);
    engine.addArticles = add;
    await service.refreshNow(null);
    expect((await service.state()).paused).toBeNull();
    expect(await db.count('articles')).toBe(stored + 1);
  });
});

describe('addresses', () => {
  it('gives typed addresses a scheme, drops the fragment and refuses other schemes', () => {
    expect(normaliseAddress(' example.com/feed#top ')).toBe('https://example.com/feed');
    expect(() => normaliseAddress('file:///etc/passwd')).toThrow(/Only http and https/);
    expect(() => normaliseAddress('http://')).toThrow(/not a web address/);
  });
});
