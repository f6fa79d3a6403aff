import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MAYBE_ARTICLE, quickVerdict } from '../../../utils/article/quick-verdict';

/** The page side of the decision (#13): the content script runs only this on the live page. */
function doc(head: string, body: string): Document {
  return new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url: 'https://news.example/2024/05/story', virtualConsole: new VirtualConsole() })
    .window.document;
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the story: the council voted on Tuesday to widen the riverside bike lanes, officials said, after months of debate.</p>`).join('');

describe('quickVerdict', () => {
  it('leaves an ordinary article page to the full detector (null)', () => {
    const d = doc(`<meta property="og:type" content="article">${ld({ '@type': 'NewsArticle', headline: 'Bike lanes' })}`, `<article><h1>Bike lanes</h1>${prose(8)}</article>`);
    expect(quickVerdict(d)).toBeNull();
  });

  it('leaves a page that declares nothing to the full detector too: it never says "article" itself', () => {
    const d = doc('', `<ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Headline ${i}</a></li>`).join('')}</ul>`);
    expect(quickVerdict(d)).toBeNull();
    // What the content script reports then: "maybe", to be read in full.
    expect(MAYBE_ARTICLE.isArticle).toBe(true);
  });

  it('rejects a page that declares a QAPage', () => {
    const v = quickVerdict(doc(ld({ '@type': 'QAPage', mainEntity: { '@type': 'Question', name: 'Why?' } }), prose(8)));
    expect(v).not.toBeNull();
    expect(v?.isArticle).toBe(false);
    expect(v?.kind).toBe('forum');
    expect(v?.summary).toBe('a Q&A thread');
    expect(v?.reasons).toContain('declares QAPage');
    expect(v?.confidence).toBeLessThan(0.5);
  });

  it('reads the type from a @graph and from a full schema.org URL', () => {
    const v = quickVerdict(doc(ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'https://schema.org/SearchResultsPage' }] }), prose(2)));
    expect(v?.kind).toBe('search');
    expect(v?.reasons).toContain('declares SearchResultsPage');
  });

  it('rejects a product declared in microdata', () => {
    const v = quickVerdict(doc('', `<div itemscope itemtype="https://schema.org/Product"><h1>Trailhawk X2</h1>${prose(3)}</div>`));
    expect(v?.isArticle).toBe(false);
    expect(v?.kind).toBe('product');
  });

  it('does not reject a declared article that also declares a forum thread (its comments)', () => {
    const d = doc(ld([{ '@type': 'NewsArticle', headline: 'Bike lanes' }, { '@type': 'DiscussionForumPosting' }]), prose(8));
    expect(quickVerdict(d)).toBeNull();
  });

  it('a SocialMediaPosting is no article declaration: a forum thread that declares both is rejected', () => {
    const v = quickVerdict(doc(ld([{ '@type': 'SocialMediaPosting' }, { '@type': 'DiscussionForumPosting' }]), prose(2)));
    expect(v?.kind).toBe('forum');
  });

  it('rejects a sign-in wall: a password field and almost no paragraphs', () => {
    const v = quickVerdict(doc('', '<form><p>Sign in to continue.</p><input type="email"><input type="password"><button>Sign in</button></form>'));
    expect(v?.isArticle).toBe(false);
    expect(v?.kind).toBe('login');
    expect(v?.summary).toBe('a sign-in page');
  });

  it('does not reject an article that carries a sign-in form beside its text', () => {
    const d = doc('', `<form><input type="password"></form><article>${prose(8)}</article>`);
    expect(quickVerdict(d)).toBeNull();
  });
});
