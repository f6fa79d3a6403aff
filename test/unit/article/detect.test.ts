import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../utils/article/detect';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, '../../fixtures/pages');
const readability = resolve(here, '../../../../shared/datasets/pages/readability');

function doc(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

describe('detectArticle on our non-article fixtures', () => {
  const expected = JSON.parse(readFileSync(resolve(fixtures, 'expected.json'), 'utf8')) as Record<
    string,
    { url: string; isArticle: boolean }
  >;
  it.each(Object.entries(expected))('%s', (file, want) => {
    const d = detectArticle(doc(readFileSync(resolve(fixtures, file), 'utf8'), want.url), want.url);
    expect(d.isArticle).toBe(want.isArticle);
    expect(d.confidence).toBeLessThan(0.5);
    expect(d.reasons.length).toBeGreaterThan(0);
  });

  it('says why: a product page is named by its JSON-LD type', () => {
    const url = 'https://shop.example/products/trailhawk-x2-running-shoe';
    const d = detectArticle(doc(readFileSync(resolve(fixtures, 'product.html'), 'utf8'), url), url);
    expect(d.reasons).toContain('declares Product');
    expect(d.kind).toBe('product');
    expect(d.summary).toBe('a product page');
  });

  it('says why: a front page is a home page of linked headlines', () => {
    const url = 'https://courier.example/';
    const d = detectArticle(doc(readFileSync(resolve(fixtures, 'front-page.html'), 'utf8'), url), url);
    expect(d.reasons).toContain('home page address');
    expect(d.reasons).toContain('14 linked headlines and no story');
    expect(d.kind).toBe('headlines');
    expect(d.summary).toBe('a list of 14 headlines');
  });
});

describe('detectArticle on small made-up pages', () => {
  const prose = Array.from({ length: 8 }, (_, i) =>
    `<p>Paragraph ${i + 1} of the report says that the council met again on Tuesday and agreed, after a long debate, to fund the repairs.</p>`,
  ).join('\n');

  it('accepts a NewsArticle declared in a JSON-LD @graph, with its reason', () => {
    const html = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"],"headline":"x"}]}</script></head><body><article>${prose}</article></body></html>`;
    const d = detectArticle(doc(html, 'https://news.example/2024/05/10/council-funds-bridge'), 'https://news.example/2024/05/10/council-funds-bridge');
    expect(d.isArticle).toBe(true);
    expect(d.confidence).toBeGreaterThan(0.9);
    expect(d.reasons).toContain('JSON-LD says NewsArticle');
    expect(d.reasons).toContain('8 paragraphs of prose together');
    expect(d.kind).toBe('article');
  });

  it('accepts an article in another script without any declared metadata', () => {
    const zh = Array.from({ length: 8 }, () => '<p>市议会周二再次开会，经过长时间的辩论，同意为桥梁维修提供资金。官员表示，工程将于明年春天开始，预计需要两年时间完成。居民说，他们希望维修期间交通不会受到太大影响。</p>').join('');
    const d = detectArticle(doc(`<html lang="zh"><body>${zh}</body></html>`, 'https://news.example/a/123456'), 'https://news.example/a/123456');
    expect(d.isArticle).toBe(true);
  });

  it('rejects an empty page', () => {
    expect(detectArticle(doc('<html><body><p>Hello</p></body></html>', 'https://x.example/about'), 'https://x.example/about').isArticle).toBe(false);
  });
});

describe.skipIf(!existsSync(readability))('detectArticle on Readability test pages', () => {
  const url = 'http://fakehost/test/page.html';
  it.each(['nytimes-1', 'guardian-1', 'bbc-1', 'lemonde-1', 'qq', 'aktualne', 'wapo-1'])('%s is an article', (c) => {
    const d = detectArticle(doc(readFileSync(resolve(readability, c, 'source.html'), 'utf8'), url), url);
    expect(d.isArticle).toBe(true);
  });
  it.each(['mozilla-2', 'lazy-image-3'])('%s is not readerable and not an article', (c) => {
    const d = detectArticle(doc(readFileSync(resolve(readability, c, 'source.html'), 'utf8'), url), url);
    expect(d.isArticle).toBe(false);
  });
});
