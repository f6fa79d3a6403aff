/**
 * One HTTP request for a feed: conditional (ETag / Last-Modified), bounded in time and size, with
 * no cookies, and every failure turned into words a reader understands. The fetch function is
 * given, so the same code runs in the service worker, in Node and in tests.
 */

import type { MessageKey } from '../i18n/locales';
import { MAX_FEED_BYTES } from './limits';
import { english, type I18n } from '../i18n/translate';
import { say, type Phrase } from '../i18n/phrase';
import { ReasonError } from '../i18n/reason-error';

/** Longest a feed request may take before it is abandoned. */
export const FEED_TIMEOUT_MS = 20_000;

/** What the last successful answer said, sent back so an unchanged feed costs a 304. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** The answer: unchanged since the validators, or the body with its new validators. */
export type FeedResponse =
  | { status: 'not-modified' }
  | { status: 'ok'; bytes: Uint8Array; contentType: string | null; finalUrl: string; validators: Validators };

/**
 * A request that failed, with the reason in plain words ("the site answered 404 (not found)"):
 * English as its message, and as a `reason` the feed service words in the reader's language.
 */
export class FetchError extends ReasonError {
  override name = 'FetchError';
}

/** The HTTP statuses a reader is told the meaning of (each its own message, `feeds_http_<status>`). */
const STATUS_WORDS = new Set([401, 403, 404, 410, 429, 500, 502, 503, 504]);

/** "the site answered 404 (not found)", as a reason (the status is a code, written as it is). */
export function statusReason(status: number): Phrase {
  const key = STATUS_WORDS.has(status) ? (`feeds_http_${status}` as MessageKey) : 'feeds_http';
  return { key, params: { status: String(status) } };
}

/** "the site answered 404 (not found)", in English unless told otherwise. */
export function statusWords(status: number, i18n: I18n = english): string {
  return say(statusReason(status), i18n);
}

/**
 * Fetches `url` (http or https only). Sends the validators it is given; a 304 answers
 * `not-modified`. Stops reading past `maxBytes` and after `timeoutMs`, both as FetchErrors.
 */
export async function fetchFeed(
  url: string,
  validators: Validators,
  opts: { fetcher?: typeof fetch; timeoutMs?: number; maxBytes?: number; accept?: string } = {},
): Promise<FeedResponse> {
  if (!/^https?:\/\//i.test(url)) throw new FetchError({ key: 'feeds_only_http' });
  const { fetcher = fetch, timeoutMs = FEED_TIMEOUT_MS, maxBytes = MAX_FEED_BYTES } = opts;
  const headers: Record<string, string> = {
    accept: opts.accept ?? 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  return boundedRequest(url, { headers, cache: 'no-store' }, { fetcher, timeoutMs, late: noAnswer(timeoutMs) }, async (res, signal) => {
    if (res.status === 304) {
      await discardBody(res);
      return { status: 'not-modified' };
    }
    if (!res.ok) {
      await discardBody(res);
      throw new FetchError(statusReason(res.status));
    }
    if (Number(res.headers.get('content-length')) > maxBytes) {
      await discardBody(res);
      throw new FetchError(tooLarge(maxBytes));
    }
    const bytes = await readCapped(res, maxBytes, signal, timeoutMs);
    return {
      status: 'ok',
      bytes,
      contentType: res.headers.get('content-type'),
      finalUrl: res.url || url,
      validators: { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') },
    };
  });
}

/**
 * One cookie-less request bounded in time from the first byte sent to the last one read: `read` is
 * given the answer and the signal its body reads stop on. A site that cannot be reached fails in
 * words, one too slow with `late`. Feeds and linked pages (utils/coverage/menu.ts) both go through it.
 */
export async function boundedRequest<T>(
  url: string,
  init: RequestInit,
  opts: { fetcher: typeof fetch; timeoutMs: number; late: string | Phrase },
  read: (res: Response, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const { fetcher } = opts; // called on its own: the browser's fetch refuses another `this`
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), opts.timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetcher(url, { ...init, credentials: 'omit', redirect: 'follow', signal: abort.signal });
    } catch (err) {
      throw new FetchError(abort.signal.aborted ? opts.late : { key: 'feeds_unreachable', params: { detail: why(err) } });
    }
    return await read(res, abort.signal);
  } finally {
    clearTimeout(timer);
  }
}

/** Lets go of an answer whose body will not be read. */
export async function discardBody(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}

/**
 * The body's bytes as they stream, never more than `maxBytes` (the length header can lie or be
 * absent): past it the read stops, and the answer is refused ("fail", a feed) or cut there ("cut",
 * a page whose first megabytes hold the article).
 */
export async function readCapped(res: Response, maxBytes: number, signal: AbortSignal, timeoutMs: number, over: 'fail' | 'cut' = 'fail'): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer()).slice(0, maxBytes);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (size + value.byteLength > maxBytes) {
        await reader.cancel().catch(() => undefined);
        if (over === 'fail') throw new FetchError(tooLarge(maxBytes));
        chunks.push(value.subarray(0, maxBytes - size));
        size = maxBytes;
        break;
      }
      size += value.byteLength;
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    throw new FetchError(signal.aborted ? noAnswer(timeoutMs) : { key: 'feeds_broke_off', params: { detail: why(err) } });
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The largest feed read is the parser's own bound (real news feeds are well under 2 MB). */
function tooLarge(maxBytes: number): Phrase {
  return { key: 'feeds_larger_than', params: { size: Math.round(maxBytes / 2 ** 20) } };
}

/** "no answer within 20 seconds". */
function noAnswer(timeoutMs: number): Phrase {
  return { plural: 'feeds_no_answer', count: Math.round(timeoutMs / 1000) };
}

function why(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
