/**
 * "Is this page an article?" — the whole verdict, on a page's DOM. The content script runs only its
 * cheap first part on the live page (`quickVerdict`); this runs in the extension's own document on
 * the page's HTML (and in the CLI and evals), where measuring the page's structure costs the page
 * nothing. Readability's quick readerability check breaks ties only; no full Readability parse.
 */

import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { declaresStory, readDeclarations } from './declarations';
import { pageStructure } from './page-structure';
import { urlSignals } from './page-address';
import { metaContent } from './meta';
import { quickVerdict } from './quick-verdict';
import { SUMMARY, kindEvidence, type Evidence } from './page-kinds';
import type { DetectPhrase } from '../i18n/phrase';
import { detectionWords, type DetectionPhrases } from './verdict-words';

/**
 * What kind of page this is, as far as its structure tells: an article, or one of the pages that
 * are not one story (a page of headlines — front, section, tag —, search results, a shop item, a
 * forum or Q&A thread, documentation, a sign-in wall, a video or audio page, a profile or social
 * post, a reference entry) or, when none of those fits but it is still no article, `other`.
 */
export type PageKind =
  | 'article'
  | 'headlines'
  | 'search'
  | 'product'
  | 'forum'
  | 'docs'
  | 'login'
  | 'video'
  | 'audio'
  | 'social'
  | 'reference'
  | 'other';

/** The verdict with its reasons, which the side panel shows as they are. */
export interface ArticleDetection {
  isArticle: boolean;
  /** In [0, 1]: how sure the verdict is that the page is an article. */
  confidence: number;
  kind: PageKind;
  /**
   * The verdict in a phrase a reader understands, e.g. "a list of 42 headlines" or "a forum
   * thread of 23 posts"; for an article, "a news article".
   */
  summary: string;
  /** Short human phrases, strongest first. */
  reasons: string[];
  /**
   * The summary and the reasons as messages with their slots (the fields above are their English),
   * so the side panel says them in the reader's language. Absent from a verdict stored before.
   */
  phrases?: DetectionPhrases;
}

/** The one reason of no weight that is still said: the text is short, neither for nor against. */
const SHORT_TEXT: DetectPhrase = { key: 'detect_why_short_text' };

/**
 * Decide whether the page is an article. Evidence adds up: what the page declares (evidence, not
 * proof: many front pages say og:type=article), its address, whether one block of prose holds a
 * story's body, and the structure of the kinds of page that are not one story (headlines, posts,
 * results, a shop item, documentation, a sign-in form, a player). isProbablyReaderable breaks
 * ties only. When the verdict is "not an article", the strongest kind of evidence names the kind.
 */
export function detectArticle(doc: Document, url: string): ArticleDetection {
  // What the page settles by its own markup is settled the same way here as on the page.
  const declared = readDeclarations(doc);
  const quick = quickVerdict(doc, declared);
  if (quick) return quick;
  const found: Evidence[] = [];
  const add = (weight: number, reason: DetectPhrase, kind?: PageKind, summary?: DetectPhrase): void => {
    found.push({ weight, reason, kind, summary });
  };

  // 1. What the page declares.
  const types = declared.ldTypes;
  const articleType = types.find(declaresStory);
  if (articleType) add(2, { key: 'detect_why_json_ld', params: { type: articleType } });
  const og = declared.og;
  if (og === 'article' || og === 'blog' || og === 'news') add(1, { key: 'detect_why_og_type', params: { type: og } });
  if (metaContent(doc, 'article:published_time')) add(1, { key: 'detect_why_published_time' });

  // 2. The address.
  const u = urlSignals(url);
  if (u.reason) add(u.score, u.reason, u.kind);

  // 3. The body of a story: one block of prose.
  const s = pageStructure(doc, declared);
  const dense = s.denseChars > s.proseChars * 0.4;
  // One long block alone (a review, a post, a description) is weaker evidence than several paragraphs.
  const several = s.mainParagraphs >= 3 ? 1 : s.mainParagraphs === 2 ? 0 : -1;
  const together: DetectPhrase = { plural: 'detect_why_paragraphs', count: s.mainParagraphs };
  if (s.mainChars >= 1500) add(2 + several, together);
  else if (s.mainChars >= 700) add(Math.max(0, 1 + several), together);
  else if (s.mainChars >= 350) add(0, SHORT_TEXT);
  else add(-2, { key: s.prose === 0 ? 'detect_why_no_paragraphs' : 'detect_why_teaser' });
  // A story says when it was published; lists, shops, forms and tools mostly do not.
  if (s.dateSource === null) add(-2, { key: 'detect_why_no_date' });
  // …and who wrote it: weaker, since wire copy and some sites name nobody.
  if (!s.hasAuthor) add(-1, { key: 'detect_why_no_author' });

  // 4. The kinds of page that are not one story, each by its structure.
  found.push(...kindEvidence(doc, s, og, types, articleType !== undefined || og === 'article'));

  // 5. Tie-breaker: Readability's own quick check, only when the rest leaves it open.
  let score = found.reduce((sum, e) => sum + e.weight, 0);
  if (score > -3 && score < 3 && doc.body) {
    // Its length threshold is made for alphabets; scale it down for CJK prose.
    const ok = isProbablyReaderable(doc, dense ? { minContentLength: 50 } : {});
    add(ok ? 2 : -2, { key: ok ? 'detect_why_readable' : 'detect_why_unreadable' });
    score += ok ? 2 : -2;
  }

  const isArticle = score > 0;
  const confidence = Math.round((1 / (1 + Math.exp(-0.9 * score))) * 100) / 100;
  // The strongest evidence names the kind; of equals, the one that names a kind other than 'other'.
  const against = found
    .filter((e) => e.kind && e.weight < 0)
    .sort((a, b) => a.weight - b.weight || Number(a.kind === 'other') - Number(b.kind === 'other'))[0];
  const kind: PageKind = isArticle ? 'article' : against?.kind ?? 'other';
  const reasons = found
    .filter((e) => e.weight !== 0 || e.reason === SHORT_TEXT)
    .sort((a, b) => (isArticle ? b.weight - a.weight : a.weight - b.weight))
    .map((e) => e.reason);
  return { isArticle, confidence, kind, ...detectionWords(isArticle ? SUMMARY.article : against?.summary ?? SUMMARY[kind], reasons) };
}
