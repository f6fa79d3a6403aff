import { describe, expect, it } from 'vitest';
import { daysApart, formatDate, readerHref } from '../../../utils/coverage/format';
import { bestSnippet, truncate } from '../../../utils/coverage/cards';
import { wordsOfUrl } from '../../../utils/coverage/tab-service';
import { fetchPageHtml } from '../../../utils/coverage/menu';

describe('format', () => {
  it('formats dates and says when they were inferred; unknown stays empty', () => {
    expect(formatDate('2022-03-24')).toBe('24 Mar 2022');
    expect(formatDate('2022-03-24', true)).toBe('24 Mar 2022 (inferred)');
    expect(formatDate(null)).toBe('');
  });
  it('links to the reader page with the id encoded', () => {
    expect(readerHref('a b/c')).toBe('/reader.html?id=a%20b%2Fc');
  });
  it('says how far apart two dates are', () => {
    expect(daysApart(null)).toBe('');
    expect(daysApart(0.2)).toBe('same day');
    expect(daysApart(-3)).toBe('3 days apart');
  });
  it('cuts snippets at a word and prefers the sentence with the shared names', () => {
    expect(truncate('word '.repeat(100), 30).endsWith('…')).toBe(true);
    const text = 'The weather was fine. Stoltenberg met Biden in Brussels. Markets rose.';
    expect(bestSnippet(text, 'en', ['Stoltenberg', 'Brussels'])).toBe('Stoltenberg met Biden in Brussels.');
  });
  it('turns a link into words when its page cannot be read', () => {
    expect(wordsOfUrl('https://news.test/2022/03/24/biden-nato-summit-brussels.html')).toBe('biden nato summit brussels');
  });
});

describe('fetching a linked page', () => {
  const response = (body: string, type: string, status = 200) =>
    Promise.resolve(new Response(body, { status, headers: { 'content-type': type } }));
  it('returns HTML', async () => {
    expect(await fetchPageHtml('https://x.test/a', () => response('<p>hi</p>', 'text/html'))).toBe('<p>hi</p>');
  });
  it('refuses errors, non-HTML and non-web links with a clear reason', async () => {
    await expect(fetchPageHtml('https://x.test/a', () => response('', 'text/html', 404))).rejects.toThrow('answered 404');
    await expect(fetchPageHtml('https://x.test/a.pdf', () => response('%PDF', 'application/pdf'))).rejects.toThrow('not a web page');
    await expect(fetchPageHtml('javascript:alert(1)')).rejects.toThrow('only web links');
  });
});
