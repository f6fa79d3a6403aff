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
import { detectionWords } from './verdict-words';
import type { DetectPhrase } from '../i18n/phrase';

/** Declarations that are a page's own "not one story", with the kind and phrase they mean. */
const SAYS_NOT_A_STORY: Record<string, [PageKind, DetectPhrase]> = {
  QAPage: ['forum', { key: 'detect_kind_qa' }],
  DiscussionForumPosting: ['forum', { key: 'detect_kind_thread' }],
  SearchResultsPage: ['search', { key: 'detect_kind_search' }],
  Product: ['product', { key: 'detect_kind_product' }],
  ProductGroup: ['product', { key: 'detect_kind_product' }],
};

/** What the page side reports when its markup does not settle it: read it in full. */
export const MAYBE_ARTICLE: ArticleDetection = {
  isArticle: true,
  confidence: 0.5,
  kind: 'article',
  ...detectionWords({ key: 'detect_kind_maybe' }, [{ key: 'detect_why_markup_silent' }]),
};

function reject(kind: PageKind, summary: DetectPhrase, reasons: DetectPhrase[]): ArticleDetection {
  return { isArticle: false, confidence: 0.02, kind, ...detectionWords(summary, reasons) };
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
      if (hit) return reject(hit[0], hit[1], [{ key: 'detect_why_declares', params: { type: t } }, { key: 'detect_why_declares_no_article' }]);
    }
  }
  // A sign-in form with (almost) no paragraphs around it.
  if (doc.querySelector('input[type="password" i]')) {
    let chars = 0;
    for (const p of first(doc.querySelectorAll('p'), 40)) chars += (p.textContent ?? '').length;
    if (chars < 600) return reject('login', { key: 'detect_kind_login' }, [{ key: 'detect_why_sign_in' }]);
  }
  return null;
}
