import { describe, expect, it } from 'vitest';
import { FeedError, MAX_FEED_BYTES, MAX_ITEMS, MAX_TITLE_CHARS, parseFeed } from '../../../utils/feeds/parse';
import type { ParsedFeed } from '../../../utils/feeds/types';

function feed(input: string | Uint8Array, url?: string): ParsedFeed {
  const p = parseFeed(input, url ? { url } : {});
  if (p.kind !== 'feed') throw new Error('not a feed');
  return p;
}
function error(input: string | Uint8Array): string {
  try {
    parseFeed(input);
  } catch (e) {
    expect(e).toBeInstanceOf(FeedError);
    return (e as Error).message;
  }
  throw new Error('parsed without an error');
}
const rss = (items: string, channel = '', attrs = ''): string =>
  `<?xml version="1.0"?><rss version="2.0" ${attrs}><channel><title>T</title><link>https://site.test/news/</link>${channel}${items}</channel></rss>`;

describe('parseFeed: RSS 2.0', () => {
  it('reads the fields and namespaces outlets use', () => {
    const f = feed(
      rss(
        `<item><title>A &amp;amp; B</title><link>https://site.test/a</link><guid isPermaLink="false">id-1</guid>
         <pubDate>Tue, 05 Apr 2022 14:02:00 +0100</pubDate><dc:creator>Jane Doe</dc:creator><dc:creator>John Roe</dc:creator>
         <description>Short summary.</description><content:encoded><![CDATA[<p>Full <b>text</b> here.</p><p>Second.</p>]]></content:encoded></item>`,
        '<language>en-GB</language>',
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"',
      ),
    );
    expect(f).toMatchObject({ format: 'rss2', title: 'T', siteUrl: 'https://site.test/news/', lang: 'en-gb' });
    expect(f.items).toEqual([
      { id: 'id-1', title: 'A & B', url: 'https://site.test/a', date: '2022-04-05T14:02:00+01:00', author: 'Jane Doe, John Roe', lang: 'en-gb', text: 'Full text here.\n\nSecond.' },
    ]);
  });

  it('falls back: description when content:encoded is empty, media:description/title, guid as link, dc:date', () => {
    const f = feed(
      rss(
        `<item><content:encoded> </content:encoded><description>Plain &amp;eacute; text</description><guid>https://site.test/g</guid><dc:date>2022-04-05T10:00:00Z</dc:date></item>
         <item><media:group><media:title>Media title</media:title><media:description>Media text</media:description></media:group><guid isPermaLink="true">/p/2</guid></item>
         <item><title>No link</title><guid>not-a-url</guid></item>`,
        '',
        'xmlns:media="http://search.yahoo.com/mrss/"',
      ),
    );
    expect(f.items.map((i) => [i.title, i.url, i.date, i.text])).toEqual([
      [null, 'https://site.test/g', '2022-04-05T10:00:00Z', 'Plain é text'],
      ['Media title', 'https://site.test/p/2', null, 'Media text'],
      ['No link', null, null, ''],
    ]);
    expect(f.items[2]!.id).toBe('not-a-url');
  });

  it('an item with no guid or link gets a hash id from its title and date, stable across parses', () => {
    const doc = rss('<item><title>One</title><pubDate>Tue, 05 Apr 2022 14:02:00 GMT</pubDate></item><item><title>Two</title></item>');
    const [a, b] = feed(doc).items;
    expect(a!.id).toMatch(/^h:[0-9a-f]{8}$/);
    expect(b!.id).not.toBe(a!.id);
    expect(feed(doc).items.map((i) => i.id)).toEqual([a!.id, b!.id]);
  });

  it('resolves relative links: xml:base first, then the channel link, then the file URL', () => {
    const withBase = feed(`<rss xml:base="https://base.test/dir/"><channel><link>https://site.test/</link><item><link>a</link></item></channel></rss>`);
    expect(withBase.items[0]!.url).toBe('https://base.test/dir/a');
    const channel = feed(`<rss><channel><link>https://site.test/x/</link><item><link>/a</link></item></channel></rss>`, 'https://file.test/feed');
    expect(channel.items[0]!.url).toBe('https://site.test/a');
    const file = feed(`<rss><channel><item><title>t</title><link>a</link></item></channel></rss>`, 'https://file.test/dir/feed.xml');
    expect(file.items[0]!.url).toBe('https://file.test/dir/a');
    const none = feed(`<rss><channel><item><title>t</title><link>/a</link></item></channel></rss>`);
    expect(none.items[0]!.url).toBeNull();
  });

  it('keeps only http(s) links', () => {
    const f = feed(rss('<item><title>x</title><link>javascript:alert(1)</link></item><item><title>y</title><link>data:text/html,hi</link></item>'));
    expect(f.items.map((i) => i.url)).toEqual([null, null]);
  });

  it('item xml:lang, else channel language, dc:language or xml:lang; lower case, underscores to hyphens', () => {
    expect(feed(rss('<item xml:lang="FR"><title>a</title></item><item><title>b</title></item>', '<language>en_US</language>')).items.map((i) => i.lang)).toEqual(['fr', 'en-us']);
    expect(feed(`<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><dc:language>sk</dc:language><item><title>a</title></item></channel></rss>`).items[0]!.lang).toBe('sk');
    expect(feed(`<rss><channel xml:lang="de"><item><title>a</title></item></channel></rss>`).items[0]!.lang).toBe('de');
    expect(feed(rss('<item><title>a</title></item>', '<language></language>')).items[0]!.lang).toBeNull();
  });

  it('survives a bogus prolog, white space before the declaration, a stray <meta>, and a nested empty item', () => {
    const f = feed(
      `\n\n  <?phpxml version="1.0"?><rss><meta name="robots" content="noindex"><channel><title>T</title>` +
        `<item><title>One</title><link>https://s.test/1</link><item /></item><item><title>Two</title></item></channel></meta></rss>`,
    );
    expect(f.title).toBe('T');
    expect(f.items.map((i) => i.title)).toEqual(['One', 'Two']);
  });

  it('prefixes are read by namespace: a10: is Atom, an undeclared dc: is still Dublin Core', () => {
    const f = feed(
      `<rss xmlns:a10="http://www.w3.org/2005/Atom"><channel><a10:link rel="self" href="https://feed.test/rss"/><item><title>x</title><link>p</link><dc:creator>Ann</dc:creator><a10:updated>2022-01-02T03:04:05Z</a10:updated></item></channel></rss>`,
    );
    expect(f.items[0]).toMatchObject({ url: 'https://feed.test/p', author: 'Ann', date: '2022-01-02T03:04:05Z' });
  });

  it('caps items per feed and title length', () => {
    const many = feed(rss(Array.from({ length: MAX_ITEMS + 5 }, (_, i) => `<item><title>${i}</title></item>`).join('')));
    expect(many.items).toHaveLength(MAX_ITEMS);
    expect(many.items.at(-1)!.title).toBe(String(MAX_ITEMS - 1));
    expect(feed(rss(`<item><title>${'x'.repeat(5000)}</title></item>`)).items[0]!.title).toHaveLength(MAX_TITLE_CHARS);
  });
});

describe('parseFeed: RSS 1.0, Atom, JSON Feed', () => {
  it('RSS 1.0 items beside the channel', () => {
    const f = feed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
        `<channel rdf:about="https://s.test/"><title>R</title><link>https://s.test/</link><dc:language>de</dc:language></channel>` +
        `<item rdf:about="https://s.test/1"><title>Eins</title><link>https://s.test/1</link><dc:date>2009-07-04T10:00:00+02:00</dc:date></item></rdf:RDF>`,
    );
    expect(f).toMatchObject({ format: 'rss1', title: 'R', lang: 'de' });
    expect(f.items[0]).toMatchObject({ id: 'https://s.test/1', title: 'Eins', date: '2009-07-04T10:00:00+02:00', lang: 'de' });
  });

  it('Atom: alternate link, id, published before updated, feed author, content by type, xml:base', () => {
    const f = feed(
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="https://a.test/blog/"><title type="html">A &amp;lt;i&amp;gt;blog&amp;lt;/i&amp;gt;</title>` +
        `<link rel="self" href="feed.atom"/><link href="./"/><author><name>Feed Author</name></author>` +
        `<entry><id>urn:1</id><title>One</title><link rel="alternate" type="text/html" href="one"/><link rel="enclosure" href="x.mp3"/>` +
        `<updated>2022-04-06T00:00:00Z</updated><published>2022-04-05T23:00:00-04:00</published>` +
        `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First &amp; para.</p><p>Second <b>para</b>.</p></div></content></entry>` +
        `<entry xml:lang="fr"><id>urn:2</id><title type="text">Deux</title><summary type="html">&lt;p&gt;R&amp;eacute;sum&amp;eacute;&lt;/p&gt;</summary><content src="https://a.test/x"/><author><name>Own</name></author></entry></feed>`,
    );
    expect(f).toMatchObject({ format: 'atom', title: 'A blog', siteUrl: 'https://a.test/blog/', lang: 'en' });
    expect(f.items).toEqual([
      { id: 'urn:1', title: 'One', url: 'https://a.test/blog/one', date: '2022-04-05T23:00:00-04:00', author: 'Feed Author', lang: 'en', text: 'First & para.\n\nSecond para.' },
      { id: 'urn:2', title: 'Deux', url: null, date: null, author: 'Own', lang: 'fr', text: 'Résumé' },
    ]);
  });

  it('JSON Feed 1.1: content_html, content_text, summary; authors; language; ids as strings', () => {
    const f = feed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        home_page_url: 'https://j.test/',
        language: 'en-GB',
        authors: [{ name: 'Feed Person' }],
        items: [
          { id: 7, url: '/seven', title: 'Seven', content_html: '<p>Seven &amp; more</p>', date_published: '2020-08-07T11:44:36-05:00', authors: [{ name: 'A' }, { name: 'B' }] },
          { id: 'x', external_url: 'https://elsewhere.test/', content_text: 'Line one.\n\nLine <two>.', language: 'de' },
          { id: 'y', summary: 'Just a summary', date_modified: 'not a date' },
          'not an item',
          { id: 'z', title: 42, url: 'javascript:alert(1)' },
        ],
      }),
    );
    expect(f).toMatchObject({ format: 'jsonfeed', title: 'J', siteUrl: 'https://j.test/', lang: 'en-gb' });
    expect(f.items).toEqual([
      { id: '7', title: 'Seven', url: 'https://j.test/seven', date: '2020-08-07T11:44:36-05:00', author: 'A, B', lang: 'en-gb', text: 'Seven & more' },
      { id: 'x', title: null, url: 'https://elsewhere.test/', date: null, author: 'Feed Person', lang: 'de', text: 'Line one.\n\nLine .' },
      { id: 'y', title: null, url: null, date: null, author: 'Feed Person', lang: 'en-gb', text: 'Just a summary' },
      { id: 'z', title: null, url: null, date: null, author: 'Feed Person', lang: 'en-gb', text: '' },
    ]);
  });

  it('JSON Feed 1.0 author object; white space before the brace', () => {
    const f = feed(`  \n{"version":"https://jsonfeed.org/version/1","title":"D","author":{"name":"Gruber"},"items":[{"id":"1","content_text":"t"}]}`);
    expect(f.items[0]).toMatchObject({ id: '1', author: 'Gruber', text: 't' });
  });
});

describe('parseFeed: what is not a feed', () => {
  it('says why in plain words', () => {
    expect(error('')).toBe('empty file');
    expect(error(' \n\ufeff ')).toBe('empty file');
    expect(error(new Uint8Array())).toBe('empty file');
    expect(error('<!DOCTYPE html><html><head><title>Site</title></head><body>x</body></html>')).toBe('not a feed: this is an HTML page');
    expect(error('<html><body>x</body></html>')).toBe('not a feed: this is an HTML page');
    expect(error('{"title":"x"}')).toBe('not a feed: the JSON has no items list');
    expect(error('[1,2]')).toBe('not a feed: the JSON has no items list');
    expect(error('{"items": {}}')).toBe('not a feed: the JSON has no items list');
    expect(error('{"items": [')).toMatch(/^not a feed: the JSON is broken/);
    expect(error('hello world')).toBe('not a feed: this is neither XML nor JSON');
    expect(error('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toBe('not a feed: the XML is a <svg> document, not RSS, Atom or OPML');
  });

  it('a broken XML file is an error only when nothing in it can be read, and names the line', () => {
    expect(error('<?xml version="1.0"?>\n<rss>\n<channel>\n</item>\n</channel>')).toBe('the XML is broken at line 4');
    const partial = feed('<rss><channel><title>T</title><item><title>Kept</title></item><item><title>Cut off');
    expect(partial.items.map((i) => i.title)).toEqual(['Kept', 'Cut off']);
  });

  it('refuses a file over the size cap and XML nested beyond the depth cap', () => {
    expect(error(new Uint8Array(MAX_FEED_BYTES + 1))).toMatch(/^the file is too large/);
    expect(error(`<rss>${'<x>'.repeat(100_000)}`)).toMatch(/^not a feed: the XML is nested too deeply/);
  });

  it('never expands entities declared in a DOCTYPE (billion laughs)', () => {
    const decl = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
    const f = feed(`<?xml version="1.0"?><!DOCTYPE rss [${decl}]><rss><channel><title>&lol9;</title><item><title>a &lol9; b</title><description>&lol9;&lol9;</description></item></channel></rss>`);
    expect(f.title).toBeNull();
    expect(f.items[0]!.title).toBe('a b');
    expect(f.items[0]!.text).toBe('');
    expect(JSON.stringify(f).length).toBeLessThan(1000);
  });
});
