/**
 * Feed autodiscovery: when a reader gives a site's address instead of its feed's, the page names its
 * feeds in `<link rel="alternate" type="application/rss+xml" href="…">`. Read with htmlparser2's
 * tokenizer, so a huge or deeply nested page costs no more than its length.
 */
import { MAX_FEED_BYTES, MAX_TITLE_CHARS } from './limits';
import { plainText } from './text';
import { tokenize } from './tokens';
import { resolveUrl } from './xml';

/** The feed types a page may announce. */
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'application/rdf+xml']);

/** A feed a page announces. */
export interface DiscoveredFeed {
  /** Absolute http(s) URL of the feed. */
  url: string;
  title: string | null;
  /** The announced MIME type, lower case ("application/rss+xml"). */
  type: string;
}

/** The feeds an HTML page announces, in page order, each URL once, resolved against `<base href>` or `pageUrl`. */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const found: { href: string; title: string | null; type: string }[] = [];
  let base: string | null = null;
  tokenize(
    html.length > MAX_FEED_BYTES ? html.slice(0, MAX_FEED_BYTES) : html,
    false,
    {
      open(name, a) {
        if (name === 'base' && base === null && a.href) base = resolveUrl(a.href, pageUrl);
        if (name !== 'link' || !a.href || found.length >= 100) return;
        const rels = (a.rel ?? '').toLowerCase().split(/\s+/u);
        const type = (a.type ?? '').split(';')[0]!.trim().toLowerCase();
        if (rels.includes('alternate') && FEED_TYPES.has(type)) found.push({ href: a.href, title: plainText(a.title, MAX_TITLE_CHARS), type });
      },
    },
    true,
  );
  const out: DiscoveredFeed[] = [];
  for (const f of found) {
    const url = resolveUrl(f.href, base ?? pageUrl);
    if (url && !out.some((o) => o.url === url)) out.push({ url, title: f.title, type: f.type });
  }
  return out;
}
