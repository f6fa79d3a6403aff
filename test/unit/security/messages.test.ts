/**
 * Message checks (utils/messaging/result.ts): who may ask the background for what. A content
 * script (a tab with an http(s) URL) is never an extension page, whatever its URL looks like;
 * extension pages of another extension are not ours; a thrown anything becomes an error Result.
 * The background gates page* messages on fromContentScript and every ui* message on
 * fromExtensionPage when it registers them (utils/messaging/serve.ts); the e2e test
 * test/e2e/messages.e2e.ts checks the same through real Chromium.
 */
import { describe, expect, it } from 'vitest';
import { fromContentScript, fromExtensionPage, toResult, unwrap } from '../../../utils/messaging/result';
import { validateSettings } from '../../../utils/coverage/settings';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';

describe('sender checks', () => {
  const contentSenders = [
    { url: 'https://news.test/a', tab: { id: 3 } },
    { url: 'http://127.0.0.1:8080/news/x.html', tab: { id: 1 } },
    // A web page whose path or query mentions our origin is still a web page.
    { url: `https://evil.test/${ORIGIN}options.html`, tab: { id: 4 } },
    { url: `https://evil.test/?r=${encodeURIComponent(ORIGIN)}`, tab: { id: 5 } },
  ];
  it('a content script is never taken for an extension page', () => {
    for (const s of contentSenders) {
      expect(fromExtensionPage(s, ORIGIN), s.url).toBe(false);
      expect(fromContentScript(s), s.url).toBe(true);
    }
  });

  it('look-alike origins are not ours', () => {
    for (const url of [
      'chrome-extension://abcdefghijklmnopabcdefghijklmnopx/options.html',
      'chrome-extension://abcdefghijklmnopabcdefghijklmno/options.html',
      'chrome-extension://ABCDEFGHIJKLMNOPABCDEFGHIJKLMNOP/options.html',
      'moz-extension://abcdefghijklmnopabcdefghijklmnop/options.html',
      `https://abcdefghijklmnopabcdefghijklmnop/options.html`,
      `blob:${ORIGIN}x`,
      '',
    ]) {
      expect(fromExtensionPage({ url }, ORIGIN), url).toBe(false);
    }
  });

  it('senders with missing or wrongly typed fields are neither', () => {
    const odd = [{}, { url: undefined }, { tab: { id: 1 } }, { url: 42 }, { url: ['https://x.test'] }, { url: 'https://x.test/', tab: {} }, { url: 'https://x.test/', tab: { id: '1' } }];
    for (const s of odd as Parameters<typeof fromContentScript>[0][]) {
      expect(fromExtensionPage(s, ORIGIN)).toBe(false);
      expect(fromContentScript(s)).toBe(false);
    }
    // Pages that are not http(s) in a tab (file:, data:, javascript:, our own pages opened in a tab).
    for (const url of ['file:///etc/passwd', 'data:text/html,x', 'javascript:alert(1)', `${ORIGIN}reader.html`, 'about:blank']) {
      expect(fromContentScript({ url, tab: { id: 2 } }), url).toBe(false);
    }
  });

  it('our own pages are ours, also when opened in a tab', () => {
    expect(fromExtensionPage({ url: `${ORIGIN}sidepanel.html?tabId=3` }, ORIGIN)).toBe(true);
    expect(fromExtensionPage({ url: `${ORIGIN}reader.html?id=x`, tab: { id: 9 } }, ORIGIN)).toBe(true);
  });
});

describe('results', () => {
  it('anything thrown becomes an error Result with a string, never a rejection', async () => {
    const thrown: unknown[] = [null, undefined, 0, '', 'plain string', { message: 'not an Error' }, Symbol('s'), new TypeError('typed')];
    // Object.create(null) (no toString) is a known gap: see test/unit/security/to-result.pending.ts.
    for (const t of thrown) {
      const r = await toResult(() => {
        throw t;
      });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(typeof r.error).toBe('string');
    }
    const rejected = await toResult(() => Promise.reject(new RangeError('bad range')));
    expect(rejected).toEqual({ ok: false, error: 'bad range' });
  });

  it('unwrap refuses malformed answers', () => {
    expect(() => unwrap(undefined)).toThrow(/No answer/);
    expect(() => unwrap({ ok: false, error: '<img src=x onerror=alert(1)>' })).toThrow('<img src=x onerror=alert(1)>');
  });
});

describe('malformed message data', () => {
  it('settings of the wrong shape are refused with a reason, never stored half-checked', () => {
    const bad: unknown[] = [null, undefined, 'x', 42, [], { collectReading: 'true', excludedSites: [] }, { collectReading: true }, { collectReading: true, excludedSites: 'a.test' }, { collectReading: true, excludedSites: [1, 2] }, { collectReading: true, excludedSites: [null] }];
    for (const v of bad) expect(() => validateSettings(v), JSON.stringify(v) ?? String(v)).toThrow();
  });

  it('settings are capped and normalised (1,000 sites at most, junk dropped, no prototype keys kept)', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => `site${i}.test`);
    const s = validateSettings({ collectReading: true, excludedSites: [...many, 'javascript:alert(1)', '<b>x</b>', '__proto__'], extra: { polluted: true } });
    expect(s.excludedSites).toHaveLength(1000);
    expect(Object.keys(s).sort()).toEqual(['collectReading', 'excludedSites', 'feedMaxArticles', 'feedRetentionDays']);
    const proto = validateSettings(JSON.parse('{"collectReading": false, "excludedSites": [], "__proto__": {"polluted": 1}}'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(proto).sort()).toEqual(['collectReading', 'excludedSites', 'feedMaxArticles', 'feedRetentionDays']);
    expect(() => validateSettings({ collectReading: false, excludedSites: [], feedRetentionDays: 0 })).toThrow(/feedRetentionDays/);
    expect(() => validateSettings({ collectReading: false, excludedSites: [], feedMaxArticles: '50' })).toThrow(/feedMaxArticles/);
  });
});
