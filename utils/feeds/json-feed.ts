/**
 * JSON Feed 1.0 / 1.1 to a ParsedFeed. The JSON is untrusted: every field is type-checked and a
 * wrong type is treated as missing. Items read `content_html`, else `content_text`, else `summary`;
 * `url`, else `external_url`; authors from 1.1's `authors` or 1.0's `author`, else the feed's.
 */
import { feedDate } from './dates';
import { finishItem, joinAuthors } from './item';
import { MAX_FIELD_CHARS, MAX_ITEMS, MAX_TEXT_CHARS, MAX_TITLE_CHARS } from './limits';
import { bodyText, htmlParagraphs, plainText, textParagraphs } from './text';
import { FeedError, type FeedItem, type ParsedFeed } from './types';
import { normLang, resolveUrl } from './xml';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function authors(o: Obj): string | null {
  const list = Array.isArray(o.authors) ? o.authors : isObj(o.author) ? [o.author] : [];
  return joinAuthors(list.slice(0, 50).map((a) => (isObj(a) ? plainText(str(a.name), MAX_FIELD_CHARS) : null)));
}

function readItem(o: Obj, base: string | null, feedAuthor: string | null, feedLang: string | null): FeedItem | null {
  const html = str(o.content_html);
  const plain = str(o.content_text);
  const summary = str(o.summary);
  let text = html ? bodyText(htmlParagraphs(html, MAX_TEXT_CHARS), MAX_TEXT_CHARS) : '';
  if (!text && plain) text = bodyText(textParagraphs(plain, MAX_TEXT_CHARS), MAX_TEXT_CHARS);
  if (!text && summary) text = bodyText(textParagraphs(summary, MAX_TEXT_CHARS), MAX_TEXT_CHARS);
  const id = typeof o.id === 'number' && Number.isFinite(o.id) ? String(o.id) : str(o.id);
  return finishItem({
    id,
    title: plainText(str(o.title), MAX_TITLE_CHARS),
    url: resolveUrl(str(o.url), base) ?? resolveUrl(str(o.external_url), base),
    date: feedDate(str(o.date_published)) ?? feedDate(str(o.date_modified)),
    author: authors(o) ?? feedAuthor,
    lang: normLang(str(o.language)) ?? feedLang,
    text,
  });
}

/** Read a JSON Feed from its text; `url` is where it came from, for relative links. */
export function readJsonFeed(text: string, url: string | null): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new FeedError({ key: 'feeds_json_broken', params: { detail: e instanceof Error ? e.message : String(e) } });
  }
  if (!isObj(data) || !Array.isArray(data.items)) throw new FeedError({ key: 'feeds_json_no_items' });
  const site = resolveUrl(str(data.home_page_url), url);
  const base = site ?? resolveUrl(str(data.feed_url), url) ?? url;
  const lang = normLang(str(data.language));
  const author = authors(data);
  const items: FeedItem[] = [];
  for (const o of data.items) {
    if (items.length >= MAX_ITEMS) break;
    const item = isObj(o) ? readItem(o, base, author, lang) : null;
    if (item) items.push(item);
  }
  return { kind: 'feed', format: 'jsonfeed', title: plainText(str(data.title), MAX_TITLE_CHARS), siteUrl: site, lang, items };
}
