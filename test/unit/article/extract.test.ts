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

const BODY = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: the council met again on Tuesday and agreed, after a long debate, to fund the repairs of bridge number ${i + 1} this year.</p>`).join('');
const doc = (inner: string): Document => parse(`<html><head><title>Council funds bridge</title></head><body><article><h1>Council funds bridge</h1>${inner}</article></body></html>`);

describe('extractArticle: blocks the reference text leaves out, and what it keeps', () => {
  it('keeps a photo caption that says something new, without its credit element', () => {
    const a = extractArticle(doc(`${BODY(2)}<figure><img src="a.jpg"><figcaption>Workers repair the old river bridge on Monday morning. <span class="credit">Jane Doe/Courier</span></figcaption></figure>${BODY(3)}`), URL_);
    expect(a.paragraphs).toContain('Workers repair the old river bridge on Monday morning.');
    expect(a.paragraphs.join(' ')).not.toMatch(/Jane Doe/);
  });

  it('drops a caption that only repeats a body paragraph, and a pull quote that repeats one', () => {
    const quote = 'We will not let this bridge fall down while I am mayor of this town, she said on Tuesday.';
    const a = extractArticle(doc(`${BODY(2)}<p>“${quote}”</p><figure><img src="a.jpg"><figcaption>${quote}</figcaption></figure><blockquote class="pullquote">${quote}</blockquote>${BODY(3)}`), URL_);
    expect(a.paragraphs.filter((p) => p.includes('while I am mayor'))).toHaveLength(1);
    expect(a.paragraphs).toHaveLength(6);
  });

  it('keeps a body paragraph that quotes less than all of another', () => {
    const a = extractArticle(doc(`${BODY(2)}<p>The mayor said the bridge would reopen in May, and that the town would pay for it without new taxes.</p><p>“The bridge would reopen in May,” the council’s engineer confirmed on Wednesday, adding that the tests were good.</p>${BODY(2)}`), URL_);
    expect(a.paragraphs).toHaveLength(6);
  });

  it('drops a list of links to other stories, but keeps a list of linked items inside the body text', () => {
    const related = '<ul><li><a href="/a">Council race heats up as two candidates join</a></li><li><a href="/b">Why the old bridge matters to the town</a></li><li><a href="/c">Flood warnings for the river valley</a></li></ul>';
    const inBody = '<ul><li>The first phase, paid by the <a href="/fund">regional fund</a>, repairs the deck.</li><li>The second phase, paid by the town, repaints the steel.</li></ul>';
    const a = extractArticle(doc(`${BODY(3)}${inBody}${BODY(2)}${related}`), URL_);
    const text = a.paragraphs.join('\n');
    expect(text).not.toMatch(/Council race|old bridge matters|Flood warnings/);
    expect(text).toMatch(/The first phase, paid by the regional fund, repairs the deck\./);
    expect(text).toMatch(/The second phase/);
  });

  it('does not take links to the page’s own sections (a table of contents) for related links', () => {
    const toc = '<ul><li><a href="#history">History of the bridge</a></li><li><a href="#money">Where the money comes from</a></li></ul>';
    const a = extractArticle(doc(`${toc}${BODY(4)}`), URL_);
    expect(a.paragraphs.slice(0, 2)).toEqual(['History of the bridge', 'Where the money comes from']);
  });

  it('drops "Read more" headed link blocks, newsletter boxes, share rows and the author bio at the foot', () => {
    const a = extractArticle(doc(`${BODY(4)}
      <p>Read more:</p><p><a href="/x">Bridge closures planned for the summer</a></p>
      <div><p>Get the best local stories in your inbox.</p><p>By signing up, you agree to our Terms of Use and Privacy Policy.</p></div>
      <p>Find us: Twitter / Facebook / Instagram</p>
      <p>Jane Doe is a reporter for the Courier covering city hall. Follow her on Twitter @janedoe.</p>`), URL_);
    expect(a.paragraphs).toHaveLength(4);
    expect(a.paragraphs[3]).toMatch(/^Paragraph 4:/);
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
  it('nytimes-1: title, byline, the photo caption without its credit, then the body', () => {
    const a = extractArticle(page('nytimes-1'), URL_);
    expect(a.title).toBe('United States to Lift Sudan Sanctions');
    expect(a.byline).toBe('Jeffrey Gettleman');
    expect(a.paragraphs[0]).toMatch(/^United Nations peacekeepers at a refugee camp in Sudan on Monday\. .* American intelligence agents\.$/);
    expect(a.paragraphs[1]).toMatch(/^LONDON — After nearly 20 years of hostile relations/);
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
