import { describe, expect, it } from 'vitest';
import { discoverFeeds } from '../../../utils/feeds/parse';

describe('discoverFeeds', () => {
  it('reads alternate feed links in page order, absolute, each once, with their titles and types', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/s.css">
      <link rel="alternate" type="application/rss+xml" title="All &amp; everything" href="/feed/">
      <LINK REL="Alternate" TYPE="application/atom+xml" HREF="https://other.test/atom.xml">
      <link rel="alternate" type="application/feed+json" href="feed.json">
      <link rel="alternate feed" type="application/json" href="/feed/">
      <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
      <link rel="alternate" type="application/json+oembed" href="/oembed">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    </head><body><link rel="alternate" type="application/rss+xml" href="/late.xml"></body></html>`;
    expect(discoverFeeds(html, 'https://site.test/news/page.html')).toEqual([
      { url: 'https://site.test/feed/', title: 'All & everything', type: 'application/rss+xml' },
      { url: 'https://other.test/atom.xml', title: null, type: 'application/atom+xml' },
      { url: 'https://site.test/news/feed.json', title: null, type: 'application/feed+json' },
      { url: 'https://site.test/late.xml', title: null, type: 'application/rss+xml' },
    ]);
  });

  it('resolves against <base href>', () => {
    expect(discoverFeeds('<base href="https://cdn.test/x/"><link rel=alternate type="application/rss+xml" href="rss">', 'https://site.test/').map((f) => f.url)).toEqual([
      'https://cdn.test/x/rss',
    ]);
  });

  it('finds nothing in a page without feed links, and is linear on a deeply nested page', () => {
    expect(discoverFeeds('<p>no feeds</p>', 'https://site.test/')).toEqual([]);
    const deep = `${'<div>'.repeat(100_000)}<link rel="alternate" type="application/rss+xml" href="/deep.xml">${'</span>'.repeat(100_000)}`;
    expect(discoverFeeds(deep, 'https://site.test/')).toEqual([{ url: 'https://site.test/deep.xml', title: null, type: 'application/rss+xml' }]);
  });
});
