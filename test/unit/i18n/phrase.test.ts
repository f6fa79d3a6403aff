/**
 * Phrases (a message and its slots, said later in the reader's language): the English a verdict
 * keeps is the English table's, and a phrase from a page's process is kept only when it names a
 * known message, with bounded slots.
 */
import { describe, expect, it } from 'vitest';
import { inEnglish, sanitizePhrase, say, type DetectPhrase } from '../../../utils/i18n/phrase';
import { english } from '../../../utils/i18n/translate';
import { tableI18n } from '../../../utils/i18n/table-i18n';
import { sanitizeDetection } from '../../../utils/coverage/detection';
import { MAYBE_ARTICLE } from '../../../utils/article/quick-verdict';

const PHRASES: DetectPhrase[] = [
  { key: 'detect_why_declares', params: { type: 'QAPage' } },
  { plural: 'detect_kind_headline_list', count: 1 },
  { plural: 'detect_kind_headline_list', count: 1234 },
  { key: 'detect_why_link_share', params: { percent: 61 } },
  { plural: 'detect_why_prices_cart', count: 1 },
];

describe('phrases', () => {
  it('inEnglish says what the English translator says', () => {
    for (const p of PHRASES) expect(inEnglish(p)).toBe(say(p, english));
    expect(inEnglish({ plural: 'detect_kind_headline_list', count: 1234 })).toBe('a list of 1,234 headlines');
    expect(say({ plural: 'detect_kind_headline_list', count: 1234 }, tableI18n('de'))).toBe('eine Liste mit 1.234 Schlagzeilen');
    expect(MAYBE_ARTICLE.summary).toBe('a page to read in full');
  });

  it('keeps only known messages from a page, slots bounded and never objects', () => {
    const clean = (s: string) => s.slice(0, 5);
    expect(sanitizePhrase({ key: 'detect_why_declares', params: { type: 'QAPage and more', x: { a: 1 }, n: Infinity } }, clean)).toEqual({ key: 'detect_why_declares', params: { type: 'QAPag' } });
    expect(sanitizePhrase({ key: 'no_such_message' }, clean)).toBeNull();
    expect(sanitizePhrase({ key: 'toString' }, clean)).toBeNull();
    expect(sanitizePhrase({ plural: 'detect_kind_headline_list', count: 'many' }, clean)).toBeNull();
    expect(sanitizePhrase({ plural: 'detect_kind_headline_list', count: 3 }, clean)).toEqual({ plural: 'detect_kind_headline_list', count: 3 });
    expect(sanitizePhrase('detect_why_wiki', clean)).toBeNull();
  });

  it('a detection from a content script keeps its phrases only when the summary is a known message', () => {
    const base = { isArticle: false, kind: 'forum', confidence: 0.02, summary: 'a Q&A thread', reasons: ['declares QAPage'] };
    const good = sanitizeDetection({ ...base, phrases: { summary: { key: 'detect_kind_qa' }, reasons: [{ key: 'detect_why_declares', params: { type: 'QAPage' } }, { key: 'bogus' }] } });
    expect(good?.phrases).toEqual({ summary: { key: 'detect_kind_qa' }, reasons: [{ key: 'detect_why_declares', params: { type: 'QAPage' } }] });
    expect(sanitizeDetection({ ...base, phrases: { summary: { key: 'bogus' }, reasons: [] } })).not.toHaveProperty('phrases');
    expect(sanitizeDetection(base)).not.toHaveProperty('phrases');
  });
});
