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

/** Query parameters that only say where a click came from. */
const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|cmpid|ito|at_medium|at_campaign|at_custom\d*|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|ocid|taid|smid|CMP)$/i;

/** An article's address as it is stored from a feed: http(s) only, no fragment, no trailing slash, no tracking parameters. */
export function articleUrlKey(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null;
  const u = new URL(url);
  if (!/^https?:$/.test(u.protocol)) return null;
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  return sameUrlKey(u.href);
}

/**
 * Every form under which an article at this address may have been stored (as written, without its
 * fragment or trailing slash, without tracking parameters, with a trailing slash), so a page and a
 * feed item of one article find each other whichever came first.
 */
export function urlForms(url: string): string[] {
  const key = articleUrlKey(url);
  return [...new Set([url, pageKey(url), sameUrlKey(url), key, key && !new URL(key).search ? `${key}/` : null].filter((u): u is string => !!u))];
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
