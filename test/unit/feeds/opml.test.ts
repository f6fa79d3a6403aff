import { describe, expect, it } from 'vitest';
import { opmlText, parseFeed } from '../../../utils/feeds/parse';
import type { OpmlOutline, ParsedOpml } from '../../../utils/feeds/types';

const opml = (s: string, url?: string): ParsedOpml => {
  const p = parseFeed(s, url ? { url } : {});
  if (p.kind !== 'opml') throw new Error('not OPML');
  return p;
};

describe('OPML', () => {
  it('reads nested folders, only outlines with an absolute xmlUrl, each feed once, text when there is no title', () => {
    const p = opml(
      `<?xml version="1.0"?><opml version="1.0"><head><title>My feeds</title></head><body>` +
        `<outline text="News"><outline text="Inner"><outline type="rss" text="BBC" xmlUrl="https://bbc.test/rss" htmlUrl="https://bbc.test/"/></outline></outline>` +
        `<outline title="Dup" xmlUrl="https://bbc.test/rss"/><outline type="vfolder" xmlUrl="vfolder" text="Unread"/>` +
        `<outline title="Rel" xmlurl="/feed.xml"/></body></opml>`,
      'https://me.test/subs.opml',
    );
    expect(p).toEqual({
      kind: 'opml',
      title: 'My feeds',
      outlines: [
        { title: 'BBC', xmlUrl: 'https://bbc.test/rss', htmlUrl: 'https://bbc.test/' },
      ],
      // What is no feed's address is set apart with why, for the import's report.
      skipped: [
        { title: 'Unread', xmlUrl: 'vfolder', reason: 'not the web address of a feed' },
        { title: 'Rel', xmlUrl: '/feed.xml', reason: 'not the web address of a feed' },
      ],
    });
  });

  it('opmlText writes OPML 2.0 that reads back the same, escaping what needs it', () => {
    const outlines: OpmlOutline[] = [
      { title: 'Tom & Jerry\'s "news" <3 > all', xmlUrl: 'https://a.test/feed?x=1&y=2', htmlUrl: 'https://a.test/' },
      { title: null, xmlUrl: 'https://b.test/rss', htmlUrl: null },
      { title: 'Zeitung für Köln – 日本', xmlUrl: 'https://c.test/atom', htmlUrl: null },
    ];
    const text = opmlText(outlines, 'Crossread & co');
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
    expect(text).toContain('xmlUrl="https://a.test/feed?x=1&amp;y=2"');
    expect(text).toContain('title="Tom &amp; Jerry&apos;s &quot;news&quot; &lt;3 &gt; all"');
    expect(opml(text)).toEqual({ kind: 'opml', title: 'Crossread & co', outlines, skipped: [] });
  });

  it('drops characters XML cannot hold instead of writing a broken file', () => {
    const text = opmlText([{ title: 'a\u0000b\u001fc', xmlUrl: 'https://a.test/', htmlUrl: null }], 't\u0007');
    expect(opml(text)).toEqual({ kind: 'opml', title: 't', outlines: [{ title: 'abc', xmlUrl: 'https://a.test/', htmlUrl: null }], skipped: [] });
  });
});
