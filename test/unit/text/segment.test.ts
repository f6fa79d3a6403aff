import { describe, expect, it } from 'vitest';
import { sentences, words } from '../../../utils/text/segment';

describe('segment', () => {
  it('splits sentences and keeps offsets into the source', () => {
    const text = 'Mr. Biden arrived. He spoke briefly!  Then he left.';
    const s = sentences(text);
    expect(s.map((x) => x.text)).toEqual(['Mr. Biden arrived.', 'He spoke briefly!', 'Then he left.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it('keeps only word-like tokens', () => {
    expect(words('NATO’s 30 members — “united”.').map((w) => w.text)).toEqual(['NATO’s', '30', 'members', 'united']);
  });
});

describe('segment: abbreviations', () => {
  it('does not break after titles, initials or before lower case', () => {
    const text = 'Russian President Vladimir V. Putin spoke. Dr. Smith met him at 10 a.m. on Monday.\nNew paragraph.';
    expect(sentences(text).map((x) => x.text)).toEqual([
      'Russian President Vladimir V. Putin spoke.',
      'Dr. Smith met him at 10 a.m. on Monday.',
      'New paragraph.',
    ]);
  });
});

describe('segment: long texts', () => {
  it('gives the same words and sentences in pieces as in one go, with offsets into the whole text', () => {
    const para = 'Mr. Biden met Jens Stoltenberg in Brussels on Thursday. They spoke for an hour about the alliance. ';
    const text = Array.from({ length: 120 }, (_, i) => `${para}Paragraph ${i} ends here.\n`).join('');
    const ws = words(text);
    const whole = [...new Intl.Segmenter('en', { granularity: 'word' }).segment(text)].filter((w) => w.isWordLike);
    expect(ws.map((w) => [w.text, w.start])).toEqual(whole.map((w) => [w.segment, w.index]));
    const oneLine = text.replace(/\n/g, ' ');
    expect(sentences(oneLine)).toHaveLength(120 * 3);
    const ss = sentences(text);
    expect(ss).toHaveLength(120 * 3);
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(ss[0]!.text).toBe('Mr. Biden met Jens Stoltenberg in Brussels on Thursday.');
  });
});

describe('segment: malformed language tags', () => {
  it('falls back instead of throwing', () => {
    for (const lang of ['en us', 'x', '*', 'en.utf8', '1']) {
      expect(sentences('One. Two.', lang).map((s) => s.text)).toEqual(['One.', 'Two.']);
      expect(words('One two', lang).map((w) => w.text)).toEqual(['One', 'two']);
    }
  });
});
