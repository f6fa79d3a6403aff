/**
 * Properties of the feed parser (utils/feeds/parse.ts parseFeed) on random and hostile input: feeds
 * assembled from real elements with script, event handlers, entities and markup in every field,
 * billion-laughs DOCTYPEs, huge attributes, deep nesting, random JSON and random bytes. It throws
 * nothing but FeedError, its output is bounded by the caps and carries no markup. A property
 * whose checks loop over the parsed items or outlines also insists some runs had any, so it
 * cannot pass by parsing nothing.
 */
import fc from 'fast-check';
import '../../support/fast-check-seed';
import { describe, expect, it } from 'vitest';
import { FeedError, MAX_ITEMS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, parseFeed } from '../../../utils/feeds/parse';
import type { ParsedFeed, ParsedOpml } from '../../../utils/feeds/types';
import { adversarialText, anyText } from './arbitraries';

const MARKUP = /<\/?[a-z][a-z0-9-]*(?:[\s/>]|$)|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** Parse, and hold the result to the invariants; a FeedError is an allowed answer, anything else fails. */
function check(input: string | Uint8Array, url?: string): ParsedFeed | ParsedOpml | FeedError {
  let out: ParsedFeed | ParsedOpml;
  try {
    out = parseFeed(input, url ? { url } : {});
  } catch (e) {
    if (e instanceof FeedError) {
      expect(e.message.length).toBeGreaterThan(0);
      return e;
    }
    throw e;
  }
  if (out.kind === 'opml') {
    for (const o of out.outlines) {
      expect(o.xmlUrl).toMatch(/^https?:\/\//);
      if (o.htmlUrl !== null) expect(o.htmlUrl).toMatch(/^https?:\/\//);
      if (o.title) expect(o.title).not.toMatch(MARKUP);
    }
    return out;
  }
  expect(out.items.length).toBeLessThanOrEqual(MAX_ITEMS);
  if (out.title) expect(out.title).not.toMatch(MARKUP);
  for (const it of out.items) {
    expect(it.id.length).toBeGreaterThan(0);
    for (const s of [it.title, it.author]) if (s !== null) expect(s).not.toMatch(MARKUP);
    if (it.title !== null) expect(it.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(it.text).not.toMatch(MARKUP);
    expect(it.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    if (it.url !== null) expect(it.url).toMatch(/^https?:\/\//);
    if (it.date !== null) expect(Number.isNaN(Date.parse(it.date))).toBe(false);
  }
  return out;
}

/** Pieces of hostile markup, to be put raw, escaped or in CDATA into any field. */
const HOSTILE = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<style>p{}</style>', '<iframe src="javascript:alert(1)"></iframe>',
  '<b onclick="alert(1)">bold</b>', '<svg onload=alert(1)>', '&lt;script&gt;alert(1)&lt;/script&gt;', '&amp;lt;b&amp;gt;x',
  '&amp;amp;amp;amp;lt;i&amp;amp;amp;amp;gt;', '&nbsp;', '&#x3C;p&#x3E;', '&lol9;', ']]>', '<![CDATA[', '<!--', '-->', '<', '>', '&',
  '<p>para</p>', '<br><br>', '\u202e', 'x<y', 'Tom & Jerry', 'javascript:alert(1)',
];
const hostile = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 10 })), { maxLength: 12 }).map((a) => a.join(''));
/** A field's content: plain, escaped for XML, or wrapped in CDATA. */
const field = fc.tuple(fc.oneof(hostile, adversarialText), fc.constantFrom('raw', 'escaped', 'cdata')).map(([s, how]) =>
  how === 'escaped' ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;') : how === 'cdata' ? `<![CDATA[${s}]]>` : s,
);
const rssItem = fc
  .record({ title: field, link: fc.oneof(field, fc.constantFrom('/rel', 'https://x.test/a', 'javascript:alert(1)')), description: field, encoded: field, date: fc.oneof(field, fc.constantFrom('Tue, 05 Apr 2022 14:02:00 +0100', '2022-13-45')) })
  .map((r) => `<item><title>${r.title}</title><link>${r.link}</link><description>${r.description}</description><content:encoded>${r.encoded}</content:encoded><pubDate>${r.date}</pubDate></item>`);
const rssDoc = fc.tuple(field, fc.array(rssItem, { maxLength: 8 })).map(
  ([title, items]) => `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${title}</title>${items.join('')}</channel></rss>`,
);
const atomDoc = fc.array(fc.tuple(field, field, fc.constantFrom('text', 'html', 'xhtml')), { maxLength: 8 }).map(
  (entries) =>
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>${entries
      .map(([t, c, type]) => `<entry><id>i</id><title type="${type}">${t}</title><content type="${type}">${type === 'xhtml' ? `<div>${c}</div>` : c}</content></entry>`)
      .join('')}</feed>`,
);
const jsonDoc = fc.oneof(
  fc.array(fc.record({ id: fc.oneof(fc.string(), fc.integer()), title: fc.oneof(hostile, fc.jsonValue({ maxDepth: 2 })), content_html: fc.oneof(hostile, fc.jsonValue({ maxDepth: 2 })), content_text: hostile, url: fc.oneof(fc.string(), fc.constant('javascript:alert(1)')), date_published: fc.string() }, { requiredKeys: [] }), { maxLength: 8 })
    .map((items) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'j', items })),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
);
/** An attribute's value: hostile text with its quotes escaped (or not: then the document is malformed). */
const attrValue = fc.tuple(fc.oneof(hostile, adversarialText), fc.boolean()).map(([s, escape]) => (escape ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;') : s));
const xmlUrlValue = fc.oneof(fc.constantFrom('https://feeds.test/a.xml', 'http://feeds.test/b.rss', 'HTTPS://FEEDS.TEST/C', 'javascript:alert(1)', 'vfolder', '/relative.xml', 'data:text/xml,<rss/>', ' https://feeds.test/spaced.xml '), attrValue);
/** OPML subscription lists: outlines with hostile titles and addresses, some in folders. */
const opmlDoc = fc
  .array(fc.tuple(attrValue, xmlUrlValue, fc.oneof(fc.constant(null), xmlUrlValue), fc.boolean()), { maxLength: 8 })
  .map(
    (outlines) =>
      `<?xml version="1.0"?><opml version="2.0"><head><title>Feeds</title></head><body>${outlines
        .map(([title, xmlUrl, htmlUrl, inFolder]) => {
          const o = `<outline type="rss" text="${title}" xmlUrl="${xmlUrl}"${htmlUrl === null ? '' : ` htmlUrl="${htmlUrl}"`}/>`;
          return inFolder ? `<outline text="Folder">${o}</outline>` : o;
        })
        .join('')}</body></opml>`,
  );
/** XML-ish garbage: tags, entities, declarations and text shuffled together. */
const xmlSoup = fc
  .array(fc.oneof(fc.constantFrom('<rss>', '</rss>', '<channel>', '<item>', '</item>', '<title>', '</title>', '<feed>', '<entry>', '<opml>', '<outline xmlUrl="https://o.test/">', '<!DOCTYPE x [<!ENTITY a "&a;&a;">]>', '&a;', '<?xml version="1.0"?>', '<link>', '</link>', '<![CDATA[', ']]>'), fc.string({ maxLength: 8 }), hostile), { maxLength: 60 })
  .map((a) => a.join(''));

describe('parseFeed: properties', () => {
  it('RSS, Atom and JSON Feeds and OPML lists with hostile fields: only FeedError, bounded output, no markup', () => {
    let items = 0;
    let outlines = 0;
    fc.assert(
      fc.property(fc.oneof(rssDoc, atomDoc, jsonDoc, xmlSoup, opmlDoc), (doc) => {
        const out = check(doc, 'https://feed.test/dir/feed.xml');
        if (out instanceof FeedError) return;
        if (out.kind === 'opml') outlines += out.outlines.length;
        else items += out.items.length;
      }),
      { numRuns: 300 },
    );
    // The invariants above were held to parsed items and outlines, not only to FeedErrors.
    expect(items).toBeGreaterThan(0);
    expect(outlines).toBeGreaterThan(0);
  });

  it('random text and random bytes: only FeedError', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, adversarialText), (s) => {
        check(s);
        check(new TextEncoder().encode(s));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(null, 'text/xml; charset=windows-1251', 'text/xml; charset=bogus'), (bytes, contentType) => {
        try {
          parseFeed(bytes, { contentType });
        } catch (e) {
          expect(e).toBeInstanceOf(FeedError);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a billion-laughs DOCTYPE is never expanded: the output stays small', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2, max: 20 }), (levels, fan) => {
        const decl = ['<!ENTITY l0 "lol">', ...Array.from({ length: levels }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(fan)}">`)].join('\n');
        const doc = `<?xml version="1.0"?><!DOCTYPE rss [\n${decl}\n]><rss><channel><title>&l${levels};</title><item><title>x &l${levels};</title><description>&l${levels};</description></item></channel></rss>`;
        const out = check(doc);
        expect(out).not.toBeInstanceOf(FeedError);
        expect(JSON.stringify(out).length).toBeLessThan(2 * doc.length);
      }),
      { numRuns: 30 },
    );
  });

  it('huge attributes, 100k levels of nesting, huge fields: answered within bounds', () => {
    const t0 = performance.now();
    const huge = 'x'.repeat(3_000_000);
    const cases = [
      `<rss><channel><item><title a="${huge}">t</title><link href="${huge}">https://x.test/</link></item></channel></rss>`,
      `<rss><channel><item><title>${'<b>'.repeat(100_000)}deep</title></item></channel></rss>`,
      `<rss><channel><item><title>t</title><description>${'&lt;div&gt;'.repeat(100_000)}deep${'&lt;/span&gt;'.repeat(100_000)}</description></item></channel></rss>`,
      `<rss><channel><item><title>t</title><description><![CDATA[${'<svg><div>'.repeat(50_000)}x]]></description></item></channel></rss>`,
      `{"items":[{"id":"1","content_html":"${'<div>'.repeat(100_000)}deep"}]}`,
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `<rss><channel><item><title>${huge}</title><description>${huge}</description></item></channel></rss>`,
      `<opml><body>${'<outline>'.repeat(100_000)}</body></opml>`,
    ];
    const answers = cases.map((c) => check(c));
    expect(answers[1]).toBeInstanceOf(FeedError);
    expect((answers[2] as ParsedFeed).items[0]!.text).toBe('deep');
    expect((answers[4] as ParsedFeed).items[0]!.text).toBe('deep');
    const big = (answers[6] as ParsedFeed).items[0]!;
    expect(big.title).toHaveLength(MAX_TITLE_CHARS);
    expect(big.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(performance.now() - t0).toBeLessThan(60_000); // a guard against a hang, not a timing test
  });
});
