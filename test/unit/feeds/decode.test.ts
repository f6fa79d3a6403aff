import { describe, expect, it } from 'vitest';
import { decodeFeed } from '../../../utils/feeds/decode';

const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeFeed', () => {
  it('a UTF-8 byte-order mark wins over a declaration, and is dropped', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><t>é</t>')]);
    expect(decodeFeed(bytes)).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><t>é</t>');
  });

  it('UTF-16 with a byte-order mark', () => {
    const s = '<t>Привет</t>';
    const le = new Uint8Array(2 + s.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < s.length; i++) {
      le[2 + i * 2] = s.charCodeAt(i) & 0xff;
      le[3 + i * 2] = s.charCodeAt(i) >> 8;
    }
    expect(decodeFeed(le)).toBe(s);
  });

  it('ISO-8859-1 is read as windows-1252 (0x93 0x94 are curly quotes, 0x80 the euro sign)', () => {
    const bytes = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><t>\x93caf\xe9\x94 \x80</t>');
    expect(decodeFeed(bytes)).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><t>“café” €</t>');
  });

  it('windows-1251 and gb2312 as declared', () => {
    // "Мир" in windows-1251 is CC E8 F0; "中文" in GBK is D6 D0 CE C4.
    expect(decodeFeed(new Uint8Array([...utf8("<?xml version='1.0' encoding='windows-1251'?><t>"), 0xcc, 0xe8, 0xf0, ...utf8('</t>')]))).toContain('<t>Мир</t>');
    expect(decodeFeed(new Uint8Array([...utf8('<?xml version="1.0" encoding="gb2312"?><t>'), 0xd6, 0xd0, 0xce, 0xc4, ...utf8('</t>')]))).toContain('<t>中文</t>');
  });

  it('the declaration may follow white space; the HTTP charset is used when there is none', () => {
    expect(decodeFeed(latin1('\n  <?xml version="1.0" encoding="windows-1252"?><t>\xe9</t>'))).toContain('<t>é</t>');
    expect(decodeFeed(latin1('<rss><t>\xe9</t></rss>'), 'application/rss+xml; charset="ISO-8859-1"')).toBe('<rss><t>é</t></rss>');
  });

  it('undeclared bytes: UTF-8, else windows-1252 when they are not valid UTF-8', () => {
    expect(decodeFeed(utf8('<rss><t>ação</t></rss>'))).toBe('<rss><t>ação</t></rss>');
    expect(decodeFeed(latin1('<rss><t>a\xe7\xe3o</t></rss>'))).toBe('<rss><t>ação</t></rss>');
  });

  it('a single-byte declaration over valid non-ASCII UTF-8 is UTF-8; an unknown or UTF-16 label is ignored', () => {
    expect(decodeFeed(utf8('<?xml version="1.0" encoding="ISO-8859-1"?><t>Kölner</t>'))).toContain('<t>Kölner</t>');
    expect(decodeFeed(utf8('<?xml version="1.0" encoding="x-nonsense"?><t>ü</t>'))).toContain('<t>ü</t>');
    expect(decodeFeed(utf8('<?xml version="1.0" encoding="UTF-16"?><t>ü</t>'))).toContain('<t>ü</t>');
  });

  it('a declared UTF-8 file with a stray byte keeps its other characters (replacement, not windows-1252)', () => {
    const bytes = new Uint8Array([...utf8('<?xml version="1.0" encoding="utf-8"?><t>é'), 0xff, ...utf8('</t>')]);
    expect(decodeFeed(bytes)).toContain('<t>é\ufffd</t>');
  });
});
