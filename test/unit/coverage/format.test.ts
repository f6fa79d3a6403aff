import { describe, expect, it } from 'vitest';
import { daysApart, formatDate, formatWhen, notArticleLine, readerHref } from '../../../utils/coverage/format';
import { bestSnippet, truncate } from '../../../utils/coverage/cards';
import { wordsOfUrl } from '../../../utils/coverage/tab-service';
import { fetchPageHtml, MAX_LINK_BYTES } from '../../../utils/coverage/menu';

describe('format', () => {
  it('formats dates and says when they were inferred; unknown stays empty', () => {
    expect(formatDate('2022-03-24')).toBe('24 Mar 2022');
    expect(formatDate('2022-03-24', true)).toBe('24 Mar 2022 (inferred)');
    expect(formatDate(null)).toBe('');
  });
  it('formats a publication time in the reader’s locale and zone, the year only when it is not this one', () => {
    const now = Date.parse('2022-06-01T00:00:00Z');
    expect(formatWhen('2022-03-10T14:02:00Z', { locale: 'en-GB', timeZone: 'UTC', now })).toBe('10 Mar 14:02');
    expect(formatWhen('2022-03-10T14:02:00Z', { locale: 'en-GB', timeZone: 'Europe/Brussels', now })).toBe('10 Mar 15:02');
    expect(formatWhen('2022-03-10T14:02:00Z', { locale: 'en-US', timeZone: 'UTC', now })).toBe('Mar 10 2:02 PM');
    expect(formatWhen('2021-03-10T14:02:00Z', { locale: 'en-GB', timeZone: 'UTC', now })).toBe('10 Mar 2021 14:02');
    // A bare date, and a time the article gave without its zone, as the article wrote them.
    expect(formatWhen('2022-03-10', { locale: 'en-GB', timeZone: 'Pacific/Auckland', now })).toBe('10 Mar');
    expect(formatWhen('2022-03-10T14:02', { locale: 'en-GB', timeZone: 'Pacific/Auckland', now })).toBe('10 Mar 14:02');
    expect(formatWhen(null)).toBe('');
  });
  it('links to the reader page with the id encoded', () => {
    expect(readerHref('a b/c')).toBe('/reader.html?id=a%20b%2Fc');
  });
  it("puts the detector's summary in the not-an-article sentence, or says the plain one without it", () => {
    expect(notArticleLine('a list of 42 headlines')).toBe('This page looks like a list of 42 headlines, so Crossread did not read it.');
    expect(notArticleLine(' a product page. ')).toBe('This page looks like a product page, so Crossread did not read it.');
    const plain = 'This page does not look like a news article, so Crossread did not read it.';
    expect(notArticleLine('')).toBe(plain);
    expect(notArticleLine('  ')).toBe(plain);
    expect(notArticleLine(undefined)).toBe(plain);
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
  it('gives up on a page that does not answer in time, and cuts an endless one at the size bound', async () => {
    const silent = ((_: unknown, init?: RequestInit) =>
      new Promise((_r, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as unknown as typeof fetch;
    await expect(fetchPageHtml('https://x.test/a', silent, 30)).rejects.toThrow('did not answer within');
    const endless = () => Promise.resolve(new Response(new ReadableStream({ pull: (c) => c.enqueue(new TextEncoder().encode('<p>' + 'word '.repeat(20_000) + '</p>')) }), { headers: { 'content-type': 'text/html' } }));
    expect((await fetchPageHtml('https://x.test/a', endless)).length).toBe(MAX_LINK_BYTES);
    const latin = () => Promise.resolve(new Response(new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x74, 0xe9]), { headers: { 'content-type': 'text/html; charset=windows-1252' } }));
    expect(await fetchPageHtml('https://x.test/a', latin)).toBe('<p>été');
  });
});
