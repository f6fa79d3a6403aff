/**
 * The detection a content script sends is the page process's word (utils/coverage/detection.ts):
 * the background keeps a verdict of the known shape and bounded size, whatever a hostile page sends.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PHRASE, MAX_REASONS, sanitizeDetection } from '../../../utils/coverage/detection';

const good = { isArticle: false, confidence: 0.2, kind: 'headlines', summary: 'a list of 42 headlines', reasons: ['42 teasers', 'home page address'] };

describe('sanitizeDetection', () => {
  it('keeps a well-formed detection as it is', () => {
    expect(sanitizeDetection(good)).toEqual(good);
    const article = { isArticle: true, confidence: 1, kind: 'article', summary: 'a news article', reasons: [] };
    expect(sanitizeDetection(article)).toEqual(article);
  });

  it('refuses what has no boolean isArticle', () => {
    for (const bad of [null, undefined, 'article', 42, [], {}, { isArticle: 'true' }, { isArticle: 1 }]) {
      expect(sanitizeDetection(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('takes an unknown kind for "other"', () => {
    for (const kind of ['Article', 'toString', '__proto__', 'constructor', '', 7, null, { kind: 'article' }]) {
      expect(sanitizeDetection({ ...good, kind })?.kind, String(kind)).toBe('other');
    }
    expect(sanitizeDetection({ ...good, kind: 'forum' })?.kind).toBe('forum');
  });

  it('makes the kind agree with the verdict', () => {
    expect(sanitizeDetection({ ...good, isArticle: true, kind: 'forum' })?.kind).toBe('article');
    expect(sanitizeDetection({ ...good, isArticle: false, kind: 'article' })?.kind).toBe('other');
  });

  it('clamps the confidence to [0, 1]', () => {
    expect(sanitizeDetection({ ...good, confidence: 7 })?.confidence).toBe(1);
    expect(sanitizeDetection({ ...good, confidence: -3 })?.confidence).toBe(0);
    expect(sanitizeDetection({ ...good, confidence: Infinity })?.confidence).toBe(1);
    expect(sanitizeDetection({ ...good, confidence: NaN })?.confidence).toBe(0.5);
    expect(sanitizeDetection({ ...good, confidence: '0.9' })?.confidence).toBe(0.5);
  });

  it('cuts a long summary and keeps a non-string one as empty', () => {
    const long = sanitizeDetection({ ...good, summary: 'x'.repeat(100_000) })!.summary;
    expect(long.length).toBe(MAX_PHRASE);
    expect(long.endsWith('…')).toBe(true);
    expect(sanitizeDetection({ ...good, summary: { toString: () => 'a news article' } })?.summary).toBe('');
    expect(sanitizeDetection({ ...good, summary: undefined })?.summary).toBe('');
    expect(sanitizeDetection({ ...good, summary: ' a \n\u0000 list\t of  headlines ' })?.summary).toBe('a list of headlines');
  });

  it('keeps at most a dozen short string reasons', () => {
    const many = sanitizeDetection({ ...good, reasons: Array.from({ length: 10_000 }, (_, i) => `reason ${i} ${'y'.repeat(i % 500)}`) })!.reasons;
    expect(many).toHaveLength(MAX_REASONS);
    expect(many[0]).toBe('reason 0');
    expect(Math.max(...many.map((r) => r.length))).toBeLessThanOrEqual(MAX_PHRASE);
    expect(sanitizeDetection({ ...good, reasons: ['ok', 3, null, { r: 1 }, '', '  ', 'also ok'] })?.reasons).toEqual(['ok', 'also ok']);
    expect(sanitizeDetection({ ...good, reasons: 'one reason' })?.reasons).toEqual([]);
  });

  it('returns only the known fields (nothing else a page sends is kept)', () => {
    const d = sanitizeDetection({ ...good, html: '<img src=x onerror=alert(1)>', extra: 1 })!;
    expect(Object.keys(d).sort()).toEqual(['confidence', 'isArticle', 'kind', 'reasons', 'summary']);
  });
});
