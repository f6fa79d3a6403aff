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
