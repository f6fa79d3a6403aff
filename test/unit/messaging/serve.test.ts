/**
 * Each direction's handlers are registered with its sender check (utils/messaging/serve.ts): a UI
 * message is answered for our extension pages only, a page message for a content script only (and
 * its handler is given the sender's URL and tab, whatever the message says), an offscreen message
 * for the background only. Tested through the Results the registered listeners answer.
 */
import { describe, expect, it } from 'vitest';
import { serveOffscreen, servePage, serveUi, type Listen, type OffscreenHandlers, type PageHandlers, type UiHandlers } from '../../../utils/messaging/serve';
import type { SenderLike } from '../../../utils/messaging/result';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const EXTENSION_PAGE: SenderLike = { url: `${ORIGIN}options.html` };
const CONTENT_SCRIPT: SenderLike = { url: 'https://news.test/a', tab: { id: 7 } };
const BACKGROUND: SenderLike = { id: 'abcdefghijklmnopabcdefghijklmnop', url: `${ORIGIN}background.js` };

/** A stand-in for the messaging library: the listeners by type, called as a message would call them. */
function fakeWire() {
  const listeners = new Map<string, (m: { data: unknown; sender: SenderLike }) => unknown>();
  const listen: Listen = (type, handler) => {
    if (listeners.has(type)) throw new Error(`two listeners for ${type}`);
    listeners.set(type, handler);
  };
  const send = (type: string, data: unknown, sender: SenderLike) => listeners.get(type)!({ data, sender });
  return { listen, send, types: () => [...listeners.keys()] };
}

describe('serveUi', () => {
  const calls: unknown[] = [];
  const wire = fakeWire();
  serveUi(wire.listen, ORIGIN, {
    uiCorpusInfo: async () => (calls.push('info'), { articles: 4, quotes: 9, generation: 1 }),
    uiDeleteArticle: async (data) => {
      calls.push(data);
      if (typeof data?.id !== 'string') throw new Error('uiDeleteArticle needs an id.');
      return null;
    },
  } as Partial<UiHandlers> as UiHandlers);

  it('registers every handler it is given, once', () => {
    expect(wire.types()).toEqual(['uiCorpusInfo', 'uiDeleteArticle']);
  });
  it('answers an extension page with the Result of its handler', async () => {
    expect(await wire.send('uiCorpusInfo', null, EXTENSION_PAGE)).toEqual({ ok: true, value: { articles: 4, quotes: 9, generation: 1 } });
    expect(await wire.send('uiDeleteArticle', { id: 5 }, EXTENSION_PAGE)).toEqual({ ok: false, error: 'uiDeleteArticle needs an id.' });
  });
  it('refuses a content script, another extension or a look-alike page before the handler runs', async () => {
    calls.length = 0;
    for (const sender of [CONTENT_SCRIPT, { url: `https://evil.test/${ORIGIN}options.html`, tab: { id: 2 } }, { url: 'chrome-extension://other/options.html' }, {}]) {
      expect(await wire.send('uiDeleteArticle', { id: 'seed-000' }, sender)).toEqual({ ok: false, error: 'uiDeleteArticle is for extension pages.' });
    }
    expect(calls).toEqual([]);
  });
});

describe('servePage', () => {
  const seen: unknown[] = [];
  const wire = fakeWire();
  servePage(wire.listen, {
    pageHighlights: async (_data, page) => (seen.push(page), []),
  } as Partial<PageHandlers> as PageHandlers);

  it("gives the handler the sender's URL and tab, not the message's", async () => {
    expect(await wire.send('pageHighlights', { url: 'https://other.test/', tabId: 99 }, CONTENT_SCRIPT)).toEqual({ ok: true, value: [] });
    expect(seen).toEqual([{ url: 'https://news.test/a', tabId: 7 }]);
  });
  it('refuses an extension page and a page without a tab', async () => {
    seen.length = 0;
    for (const sender of [EXTENSION_PAGE, { url: 'https://news.test/a' }, { url: 'file:///etc/passwd', tab: { id: 1 } }]) {
      expect(await wire.send('pageHighlights', null, sender)).toEqual({ ok: false, error: 'pageHighlights is for content scripts.' });
    }
    expect(seen).toEqual([]);
  });
});

describe('serveOffscreen', () => {
  const wire = fakeWire();
  serveOffscreen(wire.listen, 'abcdefghijklmnopabcdefghijklmnop', {
    offscreenExtract: (data) => {
      if (data.html === 'boom') throw new Error('no DOM today');
      return { url: data.url } as never;
    },
  } satisfies OffscreenHandlers);

  it('answers the background, a thrown error as an error Result', async () => {
    expect(await wire.send('offscreenExtract', { html: '<p>x</p>', url: 'https://news.test/a' }, BACKGROUND)).toEqual({ ok: true, value: { url: 'https://news.test/a' } });
    expect(await wire.send('offscreenExtract', { html: 'boom', url: 'u' }, BACKGROUND)).toEqual({ ok: false, error: 'no DOM today' });
  });
  it('refuses a content script of our own extension and another extension', async () => {
    for (const sender of [{ ...BACKGROUND, tab: { id: 3 } }, { ...BACKGROUND, id: 'someone-else' }]) {
      expect(await wire.send('offscreenExtract', { html: '<p>x</p>', url: 'u' }, sender)).toEqual({ ok: false, error: 'offscreenExtract is for the background.' });
    }
  });
});
