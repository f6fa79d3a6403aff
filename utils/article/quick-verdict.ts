/**
 * The part of "is this an article?" that runs on the page itself, on every page the reader opens,
 * so it must cost well under 2 ms of the page's main thread: only what the page declares and a
 * few counts the browser answers natively. It rejects the pages whose own markup says they are no
 * story (a Q&A or forum thread, search results, a shop item, a sign-in wall); every other page is
 * "maybe", and the full structural detector (`detectArticle`, page-structure.ts, page-kinds.ts)
 * decides on its HTML in the extension's own document, off the page's main thread.
 */
import type { ArticleDetection, PageKind } from './detect';
import { declaresStory, readDeclarations, type Declarations } from './declarations';
import { first } from './page-prose';

/** Declarations that are a page's own "not one story", with the kind and phrase they mean. */
const SAYS_NOT_A_STORY: Record<string, [PageKind, string]> = {
  QAPage: ['forum', 'a Q&A thread'],
  DiscussionForumPosting: ['forum', 'a forum thread'],
  SearchResultsPage: ['search', 'a page of search results'],
  Product: ['product', 'a product page'],
  ProductGroup: ['product', 'a product page'],
};

/** What the page side reports when its markup does not settle it: read it in full. */
export const MAYBE_ARTICLE: ArticleDetection = {
  isArticle: true,
  confidence: 0.5,
  kind: 'article',
  summary: 'a page to read in full',
  reasons: ['its markup does not say it is something other than a story'],
};

function reject(kind: PageKind, summary: string, reasons: string[]): ArticleDetection {
  return { isArticle: false, confidence: 0.02, kind, summary, reasons };
}

/**
 * The page's verdict when its own markup settles it (a rejection), or null when it takes the
 * full detector to tell. Never says "article": that needs the structure. `declared`: the page's
 * declarations when the caller has read them already.
 */
export function quickVerdict(doc: Document, declared: Declarations = readDeclarations(doc)): ArticleDetection | null {
  // The first 50 elements with microdata are enough to say what the page is.
  const types = [...declared.ldTypes, ...declared.microdata.slice(0, 50).flat()];
  const saysArticle = declared.og === 'article' || types.some(declaresStory);
  if (!saysArticle) {
    for (const t of types) {
      const hit = SAYS_NOT_A_STORY[t];
      if (hit) return reject(hit[0], hit[1], [`declares ${t}`, 'declares no article']);
    }
  }
  // A sign-in form with (almost) no paragraphs around it.
  if (doc.querySelector('input[type="password" i]')) {
    let chars = 0;
    for (const p of first(doc.querySelectorAll('p'), 40)) chars += (p.textContent ?? '').length;
    if (chars < 600) return reject('login', 'a sign-in page', ['a sign-in form and no article text']);
  }
  return null;
}
