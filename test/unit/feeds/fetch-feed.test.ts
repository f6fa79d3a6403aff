import { describe, expect, it } from 'vitest';
import { fetchFeed, FetchError, statusWords } from '../../../utils/feeds/fetch-feed';
import { nextFetchAt, validInterval } from '../../../utils/feeds/schedule';

const none = { etag: null, lastModified: null };
const serve = (res: () => Response | Promise<Response>) => (async () => res()) as unknown as typeof fetch;

describe('fetchFeed', () => {
  it('answers the bytes, type and validators of a 200, and not-modified for a 304', async () => {
    const r = await fetchFeed('https://a.example/rss', none, { fetcher: serve(() => new Response('<rss/>', { headers: { 'content-type': 'application/rss+xml', etag: '"x"' } })) });
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(new TextDecoder().decode(r.bytes)).toBe('<rss/>');
    expect(r.contentType).toBe('application/rss+xml');
    expect(r.validators).toEqual({ etag: '"x"', lastModified: null });
    expect(await fetchFeed('https://a.example/rss', { etag: '"x"', lastModified: null }, { fetcher: serve(() => new Response(null, { status: 304 })) })).toEqual({ status: 'not-modified' });
  });

  it('calls the fetch function on its own, as the browser\'s fetch requires (no other `this`)', async () => {
    const strict = function (this: unknown) {
      if (this !== undefined) throw new TypeError('Illegal invocation');
      return Promise.resolve(new Response('<rss/>'));
    } as unknown as typeof fetch;
    expect((await fetchFeed('https://a.example/rss', none, { fetcher: strict })).status).toBe('ok');
  });

  it('sends no cookies and the validators it is given', async () => {
    let seen: RequestInit | undefined;
    const fetcher = (async (_: unknown, init?: RequestInit) => ((seen = init), new Response('<rss/>'))) as unknown as typeof fetch;
    await fetchFeed('https://a.example/rss', { etag: 'W/"1"', lastModified: 'Mon, 30 Nov 2026 11:00:00 GMT' }, { fetcher });
    expect(seen?.credentials).toBe('omit');
    expect(seen?.headers).toMatchObject({ 'if-none-match': 'W/"1"', 'if-modified-since': 'Mon, 30 Nov 2026 11:00:00 GMT' });
  });

  it('says what went wrong in plain words: status, no answer in time, too large, unreachable, not http', async () => {
    await expect(fetchFeed('https://a.example/rss', none, { fetcher: serve(() => new Response('x', { status: 404 })) })).rejects.toThrow('the site answered 404 (not found)');
    const slow = ((_: unknown, init?: RequestInit) =>
      new Promise((_r, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as unknown as typeof fetch;
    await expect(fetchFeed('https://a.example/rss', none, { fetcher: slow, timeoutMs: 30 })).rejects.toThrow('no answer within 0 seconds');
    const big = () => new Response(new ReadableStream({ pull(c) { c.enqueue(new Uint8Array(1000)); } }));
    await expect(fetchFeed('https://a.example/rss', none, { fetcher: serve(big), maxBytes: 5000 })).rejects.toThrow(/larger than/);
    await expect(fetchFeed('https://a.example/rss', none, { fetcher: serve(() => new Response('x', { headers: { 'content-length': '999999999' } })), maxBytes: 5000 })).rejects.toThrow(/larger than/);
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(fetchFeed('https://a.example/rss', none, { fetcher: down })).rejects.toThrow('the site could not be reached (Failed to fetch)');
    await expect(fetchFeed('file:///etc/passwd', none)).rejects.toBeInstanceOf(FetchError);
    expect(statusWords(418)).toBe('the site answered 418');
  });
});

describe('schedule', () => {
  it('waits the interval after a success, doubling after each failure in a row up to a day', () => {
    expect(nextFetchAt(0, 30, 0)).toBe(30 * 60_000);
    expect(nextFetchAt(0, 30, 1)).toBe(60 * 60_000);
    expect(nextFetchAt(0, 30, 3)).toBe(240 * 60_000);
    expect(nextFetchAt(0, 30, 40)).toBe(24 * 60 * 60_000);
    expect(nextFetchAt(0, 1440, 5)).toBe(24 * 60 * 60_000);
    expect(validInterval(60)).toBe(60);
    expect(() => validInterval(7)).toThrow(/one of 15, 30/);
  });
});
