/**
 * OPML subscription lists, both ways: reading one (any version, folders nested to any depth, only
 * outlines with an `xmlUrl`, each feed once) and writing one (OPML 2.0) that reads back the same.
 * Readers move their subscriptions between apps this way.
 */
import { MAX_OUTLINES, MAX_TITLE_CHARS } from './limits';
import { plainText } from './text';
import type { OpmlOutline, ParsedOpml } from './types';
import { attr, child, descendants, fieldText, local, resolveUrl, type XmlElement } from './xml';

/**
 * Read an OPML document whose root element is `root`. Only absolute http(s) addresses count: a
 * subscription list is moved between apps, so a relative one has no base to mean anything against,
 * and readers put pseudo-entries there (Liferea's `xmlUrl="vfolder"`).
 */
export function readOpml(root: XmlElement): ParsedOpml {
  const head = child(root, ['', 'other'], 'head');
  const seen = new Set<string>();
  const outlines: OpmlOutline[] = [];
  const skipped: ParsedOpml['skipped'] = [];
  const titleOf = (el: XmlElement) => plainText(attr(el, 'title'), MAX_TITLE_CHARS) ?? plainText(attr(el, 'text'), MAX_TITLE_CHARS);
  for (const el of descendants(root, (e) => local(e) === 'outline')) {
    if (outlines.length >= MAX_OUTLINES) break;
    const raw = attr(el, 'xmlUrl');
    const xmlUrl = resolveUrl(raw, null);
    if (!xmlUrl && raw?.trim() && skipped.length < MAX_OUTLINES) {
      skipped.push({ title: titleOf(el), xmlUrl: raw.trim().slice(0, 300), reason: 'not the web address of a feed' });
    }
    if (!xmlUrl || seen.has(xmlUrl)) continue;
    seen.add(xmlUrl);
    outlines.push({
      title: titleOf(el),
      xmlUrl,
      htmlUrl: resolveUrl(attr(el, 'htmlUrl'), null),
    });
  }
  return { kind: 'opml', title: head ? fieldText(child(head, ['', 'other'], 'title'), MAX_TITLE_CHARS) : null, outlines, skipped };
}

/** Escape text for an XML attribute or element; characters XML 1.0 cannot hold are dropped. */
function esc(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;')
    .replace(/\t/gu, '&#9;')
    .replace(/\n/gu, '&#10;')
    .replace(/\r/gu, '&#13;');
}

/** An OPML 2.0 document listing `outlines` under `title`, for export; parseFeed reads it back. */
export function opmlText(outlines: readonly OpmlOutline[], title: string): string {
  const lines = outlines.map((o) => {
    const t = esc(o.title ?? '');
    const html = o.htmlUrl ? ` htmlUrl="${esc(o.htmlUrl)}"` : '';
    return `    <outline type="rss" text="${t}" title="${t}" xmlUrl="${esc(o.xmlUrl)}"${html}/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${esc(title)}</title></head>`,
    '  <body>',
    ...lines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
