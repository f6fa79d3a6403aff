/**
 * Reading schema.org JSON-LD blocks. Publishers state what a page is (NewsArticle, Product, …) and
 * its metadata there more reliably than anywhere else, but nest it in arrays and @graph lists and
 * write types as "schema:NewsArticle" or full URLs; this flattens all of that once.
 */

/** One JSON-LD node: a plain object as parsed. */
export type LdNode = Record<string, unknown>;

/** Types that mean "this page is a piece of writing". */
export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'LiveBlogPosting',
  'SocialMediaPosting', 'ScholarlyArticle', 'TechArticle', 'Report', 'SatiricalArticle', 'AdvertiserContentArticle',
]);

/** Types that mean "this page is something else" (a shop item, a list, a search, a profile). */
export const NON_ARTICLE_TYPES = new Set([
  'Product', 'ProductGroup', 'Offer', 'AggregateOffer', 'SearchResultsPage', 'CollectionPage', 'ItemList',
  'ProfilePage', 'CheckoutPage', 'Store', 'Event', 'JobPosting', 'Recipe',
]);

/** "schema:NewsArticle" / "https://schema.org/NewsArticle" → "NewsArticle"; arrays kept as arrays. */
export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : t === undefined ? [] : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/u, ''));
}

function collect(value: unknown, out: LdNode[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const node = value as LdNode;
  if ('@type' in node) out.push(node);
  if (Array.isArray(node['@graph'])) collect(node['@graph'], out, depth + 1);
}

/** The text of every JSON-LD block of the page, as written. */
export function jsonLdTexts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '');
}

/** Every typed top-level node of these JSON-LD texts (arrays and @graph flattened); bad JSON skipped. */
export function parseJsonLd(texts: readonly string[]): LdNode[] {
  const out: LdNode[] = [];
  for (const text of texts) {
    const src = text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/gu, '').trim();
    if (!src) continue;
    try {
      collect(JSON.parse(src), out, 0);
    } catch {
      // A page's broken JSON-LD is its problem, not a reason to stop reading the page.
    }
  }
  return out;
}

/** Every typed top-level node of every JSON-LD block of the page. */
export function readJsonLd(doc: Document): LdNode[] {
  return parseJsonLd(jsonLdTexts(doc));
}

/** The first node whose type is an article type, if any. */
export function ldArticle(nodes: LdNode[]): LdNode | null {
  return nodes.find((n) => ldTypes(n).some((t) => ARTICLE_TYPES.has(t))) ?? null;
}

/** A string field, or the `name` of an object field, or the names of an array's items joined. */
export function ldName(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(ldName).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return ldName((value as LdNode)['name']);
  return null;
}
