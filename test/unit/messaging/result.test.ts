import { describe, expect, it } from 'vitest';
import { fromContentScript, fromExtensionPage, toResult, unwrap } from '../../../utils/messaging/result';

describe('messaging results', () => {
  it('turns values and thrown errors into results', async () => {
    expect(await toResult(() => 3)).toEqual({ ok: true, value: 3 });
    expect(await toResult(async () => Promise.reject(new Error('disk full')))).toEqual({ ok: false, error: 'disk full' });
  });
  it('unwrap gives the value or throws the error', () => {
    expect(unwrap({ ok: true, value: 'x' })).toBe('x');
    expect(() => unwrap({ ok: false, error: 'nope' })).toThrow('nope');
    expect(() => unwrap(undefined)).toThrow(/No answer/);
  });
  it('tells extension pages from content scripts', () => {
    const origin = 'chrome-extension://abc/';
    expect(fromExtensionPage({ url: 'chrome-extension://abc/sidepanel.html' }, origin)).toBe(true);
    expect(fromExtensionPage({ url: 'https://evil.test/', tab: { id: 1 } }, origin)).toBe(false);
    expect(fromExtensionPage({ url: 'chrome-extension://other/x.html' }, origin)).toBe(false);
    expect(fromContentScript({ url: 'https://news.test/a', tab: { id: 3 } })).toBe(true);
    expect(fromContentScript({ url: 'chrome-extension://abc/popup.html' })).toBe(false);
  });
});
