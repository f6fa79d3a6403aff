import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleFromExtraction, cleanByline, extractArticle, extractFromHtml } from '../../../utils/article/extract';

const here = dirname(fileURLToPath(import.meta.url));
const readability = resolve(here, '../../../../shared/datasets/pages/readability');
const parse = (html: string): Document => new JSDOM(html, { url: 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() }).window.document;
const page = (c: string): Document => parse(readFileSync(resolve(readability, c, 'source.html'), 'utf8'));
const URL_ = 'http://fakehost/test/page.html';

const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the council met again on Tuesday and agreed, after a long debate, to fund the bridge repairs this year.</p>`).join('');

describe('extractArticle on made-up pages', () => {
  it('reads metadata from JSON-LD and meta tags, resolves the canonical address, drops a generic byline', () => {
    const html = `<html lang="en-GB"><head><title>Council funds bridge | Courier</title>
      <link rel="canonical" href="/2024/05/10/council-funds-bridge">
      <meta property="og:site_name" content="The Courier">
      <meta name="author" content="By Staff">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council funds bridge","datePublished":"2024-05-10T08:00:00+0200","dateModified":"2024-05-10T09:30:00+02:00","author":{"@type":"Organization","name":"Staff"}}</script>
      </head><body><article><h1>Council funds bridge</h1>${PROSE}<p>Comments are closed.</p><p>With wire services</p></article></body></html>`;
    const a = extractFromHtml(html, 'https://courier.example/x?utm=1', parse);
    expect(a.canonicalUrl).toBe('https://courier.example/2024/05/10/council-funds-bridge');
    expect(a.published).toBe('2024-05-10T08:00:00+02:00');
    expect(a.modified).toBe('2024-05-10T09:30:00+02:00');
    expect(a.byline).toBeNull();
    expect(a.lang).toBe('en-GB');
    expect(a.paragraphs).toHaveLength(6);
    expect(a.paragraphs[0]).toMatch(/^Paragraph 1:/);
    expect(a.paragraphs.join(' ')).not.toMatch(/Comments are closed|wire services/);
    const stored = articleFromExtraction(a, { id: 'r1', url: 'https://courier.example/x?utm=1', origin: 'read', addedAt: 5 });
    expect(stored).toMatchObject({ id: 'r1', source: 'The Courier', url: 'https://courier.example/2024/05/10/council-funds-bridge', origin: 'read', addedAt: 5 });
    expect(stored.text.split('\n\n')).toEqual(a.paragraphs);
  });

  it('prefers a complete JSON-LD articleBody when the page shows only part of the text', () => {
    const full = Array.from({ length: 10 }, (_, i) => `Sentence group ${i + 1} of the full story, with the details the teaser leaves out.`).join('\n');
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: full })}</script></head>
      <body><article><p>Sentence group 1 of the full story, with the details the teaser leaves out, and a little more text to be read.</p></article></body></html>`;
    const a = extractArticle(parse(html), URL_);
    expect(a.paragraphs).toHaveLength(10);
    expect(a.paragraphs[9]).toMatch(/^Sentence group 10/);
  });

  it('leaves the caller’s document untouched', () => {
    const d = parse(`<html><body><div class="sidebar"><a href="/">Home</a></div><article>${PROSE}</article></body></html>`);
    const before = d.documentElement.outerHTML;
    extractArticle(d, URL_);
    expect(d.documentElement.outerHTML).toBe(before);
  });
});

describe('cleanByline', () => {
  it.each([
    ['By Erin Cunningham', 'Erin Cunningham'],
    ['By\n\t\t\tScott Cunningham', 'Scott Cunningham'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['By Staff', null],
    ['https://www.facebook.com/someone', null],
  ])('%j → %j', (raw, want) => {
    expect(cleanByline(raw)).toBe(want);
  });
});

describe.skipIf(!existsSync(readability))('extractArticle on Readability test pages', () => {
  it('nytimes-1: title, byline and body', () => {
    const a = extractArticle(page('nytimes-1'), URL_);
    expect(a.title).toBe('United States to Lift Sudan Sanctions');
    expect(a.byline).toBe('Jeffrey Gettleman');
    expect(a.paragraphs[0]).toMatch(/^LONDON — After nearly 20 years of hostile relations/);
  });
  it('aktualne: date keeps its time zone, written as an ISO offset', () => {
    const a = extractArticle(page('aktualne'), URL_);
    expect(a.published).toBe('2021-11-01T10:52:50+01:00');
    expect(a.siteName).toBe('Aktuálně.cz');
    expect(a.lang).toBe('cs');
  });
  it('guardian-1: UTC date, site name and byline', () => {
    const a = extractArticle(page('guardian-1'), URL_);
    expect(a.published).toBe('2019-01-03T07:00:02.000Z');
    expect(a.siteName).toBe('the Guardian');
    expect(a.byline).toBe('Eleanor Ainge Roy');
  });
  it('wapo-1: "By" is taken off the byline', () => {
    expect(extractArticle(page('wapo-1'), URL_).byline).toBe('Erin Cunningham');
  });
});
