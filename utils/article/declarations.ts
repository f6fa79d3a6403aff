/**
 * What a page says about itself in its markup — JSON-LD types, microdata types, OpenGraph's type —
 * read once per page and shared by both detection stages (`quick-verdict.ts` on the page,
 * `detect.ts` and `page-structure.ts` in the extension's document), so no stage reads or parses
 * them again.
 */
import { ARTICLE_TYPES, jsonLdTexts, ldTypes, parseJsonLd } from './jsonld';
import { first } from './page-prose';
import { metaContent } from './meta';

/** The page's declarations. */
export interface Declarations {
  /** Types of the JSON-LD nodes, short names ("NewsArticle"), in page order. */
  ldTypes: string[];
  /** Microdata types (itemtype), short names, per element, for the first 400 elements that have one. */
  microdata: string[][];
  /** OpenGraph's og:type, lower case, or null. */
  og: string | null;
  /** The JSON-LD blocks' text as written, for keys read without a parse ("datePublished", "author"). */
  ldText: string;
}

/** A declared type that says "this page is a story". A social-media post is not one. */
export function declaresStory(type: string): boolean {
  return ARTICLE_TYPES.has(type) && type !== 'SocialMediaPosting';
}

/** Read the page's declarations. */
export function readDeclarations(doc: Document): Declarations {
  const texts = jsonLdTexts(doc);
  const microdata: string[][] = [];
  for (const el of first(doc.querySelectorAll('[itemtype]'), 400)) {
    microdata.push((el.getAttribute('itemtype') ?? '').split(/\s+/u).filter(Boolean).map((t) => t.replace(/^.*[/:#]/u, '')));
  }
  return {
    ldTypes: parseJsonLd(texts).flatMap(ldTypes),
    microdata,
    og: metaContent(doc, 'og:type')?.toLowerCase() ?? null,
    ldText: texts.join('\n'),
  };
}
