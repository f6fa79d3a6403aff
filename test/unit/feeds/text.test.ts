import { describe, expect, it } from 'vitest';
import { bodyText, htmlParagraphs, plainText, textParagraphs } from '../../../utils/feeds/text';

describe('htmlParagraphs', () => {
  it('splits on block elements and <br><br>, joins a single <br> with a space', () => {
    expect(htmlParagraphs('<p>One <b>bold</b> line.</p><div>Two<br>still two</div>Three<br/>\n<br/>Four', 1000)).toEqual([
      'One bold line.',
      'Two still two',
      'Three',
      'Four',
    ]);
  });

  it('drops script, style, iframe, noscript, svg and images; decodes entities', () => {
    const html =
      '<p>Caf&eacute; &amp; bar&nbsp;&#8212; &#x263A;</p><script>alert("x")</script><style>p{}</style><iframe src="x">frame</iframe>' +
      '<noscript>enable js</noscript><svg><text>svg text</text></svg><img src="a.jpg" alt="alt text"><p>After</p>';
    expect(htmlParagraphs(html, 1000)).toEqual(['Café & bar — ☺', 'After']);
  });

  it('strips markup that was escaped once more (double-escaped HTML)', () => {
    expect(htmlParagraphs('<p>&lt;b&gt;Bold&lt;/b&gt; and &amp;amp; &amp;lt;i&amp;gt;deep&amp;lt;/i&amp;gt;</p>', 1000)).toEqual(['Bold and & deep']);
  });

  it('leaves no tag or entity formed by stripping its neighbours (found by the property tests)', () => {
    for (const html of ['<&lol9;&lt;b&gt;x', '&&amp;amp;amp;amp;lt;i&amp;amp;amp;amp;gt;']) {
      expect(htmlParagraphs(html, 1000).join(' ')).not.toMatch(/<\/?[a-z]|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i);
    }
  });

  it('stops at maxChars', () => {
    const out = htmlParagraphs('<p>aaaa</p>'.repeat(1000), 50);
    expect(out.join('\n\n').length).toBeLessThanOrEqual(60);
    expect(out.length).toBeGreaterThan(0);
  });

  it('an unclosed <svg/> self-closes; an HTML element does not', () => {
    expect(htmlParagraphs('<p>a<svg/>b</p>', 100)).toEqual(['ab']);
  });
});

describe('plainText', () => {
  it('decodes entities, then strips tags', () => {
    expect(plainText('Tom &amp; Jerry &lt;b&gt;live&lt;/b&gt;', 100)).toBe('Tom & Jerry <b>live</b>'.replace(/<\/?b>/g, ''));
    expect(plainText('<b>Slack</b> &#8217;s market', 100)).toBe('Slack ’s market');
    expect(plainText('AT&T and Q&A: 5 < 6', 100)).toBe('AT&T and Q&A: 5 < 6');
  });

  it('removes bidi controls before stripping markup, so none can join "<" to a letter (found by the property tests)', () => {
    for (const raw of ['<\u202ex<y', 'a < \u202eb and c <\u2066d']) {
      expect(plainText(raw, 100) ?? '').not.toMatch(/<[a-z]/i);
      expect(textParagraphs(raw, 100).join(' ')).not.toMatch(/<[a-z]/i);
    }
    expect(plainText('a < \u202eb', 100)).toMatch(/^a < ?b$/);
  });
  it('drops script content and bidi controls, collapses space, caps, and gives null for nothing', () => {
    expect(plainText('<script>alert(1)</script>  Hello\n\tworld ', 100)).toBe('Hello world');
    expect(plainText('\u202bשלום\u202c', 100)).toBe('שלום');
    expect(plainText('x'.repeat(50), 10)).toBe('x'.repeat(10));
    expect(plainText('  <img src=x onerror=alert(1)>  ', 100)).toBeNull();
    expect(plainText(null, 10)).toBeNull();
  });

  it('never cuts a surrogate pair in half', () => {
    expect(plainText('ab😀', 3)).toBe('ab');
  });
});

describe('textParagraphs and bodyText', () => {
  it('plain text splits on blank lines; entities in it are decoded', () => {
    expect(textParagraphs('First &amp; one.\n\nSecond\nline.', 1000)).toEqual(['First & one.', 'Second line.']);
  });

  it('bodyText runs the corpus cleaner and joins paragraphs with blank lines', () => {
    const paragraphs = ['The council met on Tuesday and agreed to fund the bridge repairs in full.', 'Share on Facebook', 'Advertisement', 'It will reopen next spring, officials said on the record.'];
    expect(bodyText(paragraphs, 10_000)).toBe(
      'The council met on Tuesday and agreed to fund the bridge repairs in full.\n\nIt will reopen next spring, officials said on the record.',
    );
    expect(bodyText(['a'.repeat(100)], 10)).toHaveLength(10);
  });
});
