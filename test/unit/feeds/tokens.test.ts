import { describe, expect, it } from 'vitest';
import { lineAt, tokenize, xmlShape } from '../../../utils/feeds/tokens';

describe('xmlShape', () => {
  it('measures depth the way the tree builder nests', () => {
    expect(xmlShape('<a><b><c/></b><b></b></a>')).toEqual({ depth: 2, brokenLine: null });
    expect(xmlShape('<a><![CDATA[<b><c><d>]]><!-- <e><f> --></a>')).toEqual({ depth: 1, brokenLine: null });
  });

  it('names the first line where the tags stop matching, or the end when elements are left open', () => {
    expect(xmlShape('<a>\n<b>\n</c>\n</b></a>').brokenLine).toBe(3);
    expect(xmlShape('<a>\n<b>\n</a>').brokenLine).toBe(3);
    expect(xmlShape('<a>\n<b>\n</b>\n').brokenLine).toBe(4);
  });

  it('stays linear on hostile nesting and mismatched closing tags', () => {
    const t0 = performance.now();
    const shape = xmlShape(`${'<a>'.repeat(100_000)}${'</b>'.repeat(100_000)}`);
    expect(shape.depth).toBe(100_000);
    expect(shape.brokenLine).toBe(1);
    expect(performance.now() - t0).toBeLessThan(5000); // a guard against a hang, not a timing test
  });
});

describe('tokenize', () => {
  it('reports tags with attributes and decoded text', () => {
    const events: string[] = [];
    tokenize('<P Class="x" data-a="1&amp;2">Caf&eacute;<BR/></p>', false, {
      open: (n, a, self) => events.push(`open ${n} ${JSON.stringify(a)} ${self}`),
      close: (n) => events.push(`close ${n}`),
      text: (s) => events.push(`text ${s}`),
    }, true);
    expect(events.join('|')).toBe('open p {"class":"x","data-a":"1&2"} false|text Caf|text é|open br {} true|close p');
  });

  it('lineAt counts lines from 1', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });
});
