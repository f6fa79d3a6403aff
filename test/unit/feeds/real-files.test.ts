/**
 * The parser on the 62 real feed files of ../shared/datasets/feeds (see its README): every file
 * parses to its expected item count, with titles, readable dates, absolute links and no markup, and
 * a handful of items checked field by field against values read from the files by hand (across
 * formats and encodings: windows-1251, gb2312, undeclared Latin-1, UTF-8 declared as ISO-8859-1).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../utils/feeds/parse';
import type { FeedItem, ParsedFeed, ParsedOpml } from '../../../utils/feeds/types';

const here = dirname(fileURLToPath(import.meta.url));
const dataset = resolve(here, '../../../../shared/datasets/feeds');
const present = existsSync(join(dataset, 'index.jsonl'));
if (!present) console.warn(`feeds dataset not found at ${dataset}: the real-file tests are skipped`);

interface Row {
  id: string;
  file: string;
  format: string;
  items: number;
}
const rows: Row[] = present
  ? readFileSync(join(dataset, 'index.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row)
  : [];

/** Where the files with relative links and no base of their own came from (what `--url` would say). */
const URLS: Record<string, string> = {
  'nnw-qemu-atom': 'https://www.qemu.org/feed.xml',
  'extractus-jsonfeed-relative-json': 'https://jsonfeed.micro.blog/feed.json',
};

/** Files whose honest count differs from the index's count of elements, and why. */
const COUNTS: Record<string, { items: number; why: string }> = {
  'nfp-pcmag-dvorak-rss': { items: 10, why: 'each of the 10 items has an empty <item /> illegally nested inside it: nothing to read' },
  'miniflux-cercle-psy-rss': { items: 9, why: 'one item has an empty title, link and description (only a pubDate)' },
  'nnw-subs-opml': { items: 206, why: 'http://feed.katiefloyd.com and http://feed.katiefloyd.com/ are the same feed' },
  'nnw-subs-notitle-opml': { items: 206, why: 'the same duplicate as nnw-subs-opml' },
  'liferea-feedlist-de-opml': { items: 15, why: 'two vfolder pseudo-outlines have xmlUrl="vfolder", not a feed address' },
  'liferea-feedlist-he-opml': { items: 29, why: 'two vfolder pseudo-outlines have xmlUrl="vfolder", not a feed address' },
};

/** Files that state no item dates at all. */
const NO_DATES = new Set(['miniflux-heise-rdf090']);

const MARKUP = /<\/?[a-z][a-z0-9-]*(?:[\s/>]|$)|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})?)?$/;

const parsed = new Map<string, ParsedFeed | ParsedOpml>();
function parse(id: string): ParsedFeed | ParsedOpml {
  let p = parsed.get(id);
  if (!p) {
    const row = rows.find((r) => r.id === id)!;
    const url = URLS[id];
    p = parseFeed(readFileSync(join(dataset, row.file)), url ? { url } : {});
    parsed.set(id, p);
  }
  return p;
}
function items(id: string): FeedItem[] {
  const p = parse(id);
  if (p.kind !== 'feed') throw new Error(`${id} is not a feed`);
  return p.items;
}

describe.skipIf(!present)('parseFeed on the real feed files', () => {
  it('has the 62 files the README describes', () => {
    expect(rows).toHaveLength(62);
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s: item count, titles, dates, links, no markup', (id, row) => {
    const p = parse(id);
    const want = COUNTS[id]?.items ?? row.items;
    if (row.format === 'opml') {
      expect(p.kind).toBe('opml');
      if (p.kind !== 'opml') return;
      expect(p.outlines).toHaveLength(want);
      for (const o of p.outlines) {
        expect(o.xmlUrl).toMatch(/^https?:\/\//);
        if (o.title !== null) expect(o.title).not.toMatch(MARKUP);
      }
      expect(new Set(p.outlines.map((o) => o.xmlUrl)).size).toBe(p.outlines.length);
      return;
    }
    expect(p.kind).toBe('feed');
    if (p.kind !== 'feed') return;
    expect(p.format).toBe(row.format);
    expect(p.items).toHaveLength(want);
    expect(p.title).toBeTruthy();
    expect(new Set(p.items.map((i) => i.id)).size).toBe(p.items.length);
    for (const it of p.items) {
      expect(it.title?.length).toBeGreaterThan(0);
      expect(it.title).not.toMatch(MARKUP);
      expect(it.text).not.toMatch(MARKUP);
      expect(`${it.title}${it.text}`).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u0080-\u009f]/);
      if (it.author !== null) expect(it.author).not.toMatch(MARKUP);
      expect(it.url).toMatch(/^https?:\/\/[^\s]+$/);
      if (NO_DATES.has(id)) expect(it.date).toBeNull();
      else {
        expect(it.date).toMatch(ISO);
        expect(Number.isNaN(Date.parse(it.date!))).toBe(false);
      }
      if (it.lang !== null) expect(it.lang).toMatch(/^[a-z]{2,3}(?:-[a-z0-9]+)*$/);
    }
  });

  it('reads windows-1251 (oren.ru), keeping the +0600 offset', () => {
    expect(items('nfp-oren-ru-rss')[0]).toMatchObject({
      title: 'В Бузулуке главные стройплощадки – детсад и Ледовый дворец',
      url: 'http://www.oren.ru/news/2743422/',
      date: '2014-01-22T20:31:31+06:00',
      text: 'Работы по возведению детского сада идут с опережением графика, деньги, выделенные на эту стройку, осваиваются в два раза быстрее, чем планировалось.',
    });
  });

  it('reads gb2312 as GBK, and the "2020/1/10 14:33:00" pubDates (no zone stated: none given)', () => {
    const first = items('nnw-kc0011-gb2312-rss')[0]!;
    expect(first).toMatchObject({
      title: '建国35周年纪念，华表，和平鸽',
      author: '大鱼儿',
      date: '2020-01-10T14:33:00',
      url: 'http://www.kc0011.net/dispbbs.asp?BoardID=10&ID=25164257&Page=1',
      lang: 'zh-cn',
    });
    expect(first.text.split('\n\n').slice(0, 2)).toEqual([
      '建国35周年纪念，华表，和平鸽',
      '35周年1套520，华表60一个，和平鸽20一个 一起出7枚680元，包真包老。品相如图，喜欢联系',
    ]);
  });

  it('reads undeclared Latin-1 bytes as windows-1252, with Portuguese day and month names', () => {
    expect(items('rssparser-uol-noticias-rss')[0]).toMatchObject({
      title: 'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno',
      date: '2018-09-24T19:42:40-03:00',
    });
    expect(items('miniflux-cercle-psy-rss')[1]).toMatchObject({
      title: 'Masters en Psycho : une simplificationet#8230; très complexe',
      date: '2018-10-17T10:30:00Z',
    });
  });

  it('reads ISO-8859-1 declared files, and UTF-8 bytes mislabelled ISO-8859-1 as UTF-8', () => {
    expect(items('rssparser-jn-ultimas-rss')[1]!.title).toBe('Reações dos partidos ao veto de Marcelo');
    expect(items('laminas-lautde-rdf').map((i) => i.text)).toContain(
      'Schon länger haderten die Kölner mit der Plattform des "fiesen Rupert Murdoch". Das Fass zum Überlaufen brachte aber ein Werbebanner von Deutschrapper Sido.',
    );
  });

  it('resolves relative links: FT against its channel link, QEMU and a JSON Feed against the file URL', () => {
    expect(items('rowan-ft-uk-rss')[0]).toMatchObject({
      id: 'c57f1115-2f03-4022-8eaf-8a7145f0e694',
      url: 'https://www.ft.com/content/c57f1115-2f03-4022-8eaf-8a7145f0e694',
      date: '2022-04-05T18:03:09Z',
      text: 'New penalties need to be agreed by all 27 EU member states',
    });
    expect(items('nnw-qemu-atom')[0]).toMatchObject({
      title: 'QEMU version 10.1.0 released',
      url: 'https://www.qemu.org/2025/08/26/qemu-10-1-0/',
      date: '2025-08-26T23:25:00+00:00',
    });
    const json = parse('extractus-jsonfeed-relative-json') as ParsedFeed;
    expect(json.siteUrl).toBe('https://jsonfeed.micro.blog/');
    expect(json.items[0]).toMatchObject({
      url: 'https://jsonfeed.micro.blog/2020/08/07/json-feed-version.html',
      date: '2020-08-07T11:44:36-05:00',
    });
    expect(json.items[0]!.text).toMatch(/^We’ve updated the spec to version 1\.1\. It’s a minor update/);
  });

  it('reads RFC 822 named zones without seconds, dc:date, and a <time datetime> inside a pubDate', () => {
    expect(items('rowan-nasa-breaking-rss')[0]).toMatchObject({
      title: 'NASA to Discuss Final Test Status Today Before Artemis Moon Mission',
      date: '2022-04-05T06:27:00-04:00',
    });
    expect(items('prof18-reporterre-rss')[0]).toMatchObject({
      title: 'Europe : vers un « affaiblissement historique » des normes écologiques ?',
      date: '2025-02-26T16:42:45Z',
      lang: 'fr',
    });
    expect(items('prof18-fda-recalls-rss')[0]).toMatchObject({
      date: '2019-05-03T19:21:28Z',
      url: 'http://www.fda.gov/safety/recalls-market-withdrawals-safety-alerts/vivimed-life-sciences-pvt-ltd-issues-voluntary-nationwide-recall-losartan-potassium-25-mg-50-mg-and',
      author: 'FDA',
    });
    expect(items('feedrs-nbcny-rss')[0]!.date).toBe('2023-12-16T14:02:33');
    expect(items('prof18-news18-hindi-rss')[0]!.date).toBe('2021-01-29T16:42:00');
  });

  it('decodes entities and strips HTML in titles, reads CDATA links', () => {
    expect(items('feedjira-google-alerts-atom')[0]).toMatchObject({
      title: 'Report offers Prediction of Automotive Slack Market by Top key players like Haldex, Meritor, Bendix ...',
      date: '2019-07-10T11:53:37Z',
    });
    expect(items('rowan-telegraph-rss').map((i) => i.title)).toContain(
      "Tiger Woods confirms his intention to play at Masters: 'I can win sixth Green Jacket'",
    );
    expect(items('nnw-livemint-rss')[0]).toMatchObject({
      url: 'https://www.livemint.com/news/india/pm-modi-xi-jinping-informal-summit-in-varanasi-this-october-report-1559104147038.html',
      author: 'Elizabeth Roche',
    });
  });

  it('reads Atom with xml:base and xml:lang, JSON Feed 1.0 authors, RSS 0.90 with no dates', () => {
    expect(items('nnw-pappacoda-atom')[0]).toMatchObject({
      title: 'Le favicon non sono difficili',
      url: 'https://andrea.pappacoda.it/blog/favicon_2026/',
      date: '2026-05-24T13:02:30+02:00',
      lang: 'it',
    });
    expect(items('rowan-verge-atom')[0]).toMatchObject({
      title: 'Anker’s first 3D printer might be the one you’ve been waiting for',
      date: '2022-04-06T03:00:39-04:00',
    });
    expect(items('nnw-daringfireball-json')[0]).toMatchObject({
      id: 'https://daringfireball.net/linked/2017/06/26/the-talk-show-195',
      title: 'The Talk Show: ‘I Do Like Throwing a Baby’',
      url: 'https://daringfireball.net/linked/2017/06/26/the-talk-show-195',
      date: '2017-06-27T00:54:17Z',
      author: 'John Gruber',
    });
    expect(items('miniflux-heise-rdf090')[0]).toMatchObject({ title: 'OLED-TVs: Vorsichtsmaßnahmen gegen Einbrennen', date: null });
  });

  it('reads OPML: numeric references decoded and RTL embedding marks dropped, nested folders', () => {
    const he = parse('liferea-feedlist-he-opml') as ParsedOpml;
    expect(he.outlines).toContainEqual({ title: 'ynet - חדשות היום', xmlUrl: 'http://www.ynet.co.il/Integration/StoryRss2.xml', htmlUrl: 'http://www.ynet.co.il/' });
    // The file writes this title as &#x202B;הידען&#x202C; (an RTL embedding around the name).
    expect(he.outlines.find((o) => o.xmlUrl === 'http://www.hayadan.org.il/feed/')?.title).toBe('הידען');
    const guard = parse('feeder-rssguard-opml') as ParsedOpml;
    expect(guard.outlines[0]).toMatchObject({ title: 'avril de perthuis', xmlUrl: 'http://www.avrildeperthuis.com/feed/' });
  });
});
