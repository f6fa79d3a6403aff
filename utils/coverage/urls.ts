/**
 * The three ways Crossread compares addresses: a page (no fragment), the same article (no fragment
 * or trailing slash), and a site (host without "www."). One place, so highlights, the page-is-in-
 * the-corpus check, quote marks and collecting read articles agree.
 */

/** A page's highlights live under its URL without the fragment; junk is kept as it is. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

/** For "is this page that article?": no fragment, no trailing slash; null for junk. */
export function sameUrlKey(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null;
  return pageKey(url).replace(/\/$/, '');
}

/** "https://www.News.example/x" → "news.example": marks and collecting are decided per site. */
export function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
