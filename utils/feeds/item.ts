/**
 * The last step of every format's reader: an item's fields, already plain text, become a FeedItem
 * with the id rule all formats share (the feed's own id, else the link, else a hash of title and
 * date), so an item seen again keeps its id and updates its article instead of adding one.
 */
import { fnv1a } from '../text/hash';
import { MAX_FIELD_CHARS } from './limits';
import { cut } from './text';
import type { FeedItem } from './types';

/** An item as a reader found it, before the id rule. */
export type ItemFields = Omit<FeedItem, 'id'> & { id: string | null };

/**
 * The finished item, or null for an empty one (no id, title, link or text: the stray `<item/>`s
 * some feeds nest inside their items). Without an id or link the id is `h:` and the FNV-1a hash of
 * the title and date — and of the text when both are missing, so such items do not all collide.
 */
export function finishItem(f: ItemFields): FeedItem | null {
  const ownId = f.id?.trim() ? cut(f.id.trim(), MAX_FIELD_CHARS) : null;
  if (!ownId && !f.title && !f.url && !f.text) return null;
  const key = f.title || f.date ? `${f.title ?? ''}\n${f.date ?? ''}` : f.text;
  const id = ownId ?? f.url ?? `h:${fnv1a(key).toString(16).padStart(8, '0')}`;
  return { id, title: f.title, url: f.url, date: f.date, author: f.author, lang: f.lang, text: f.text };
}

/** Several author names as one, de-duplicated, in the order given; null when there are none. */
export function joinAuthors(names: (string | null)[]): string | null {
  const seen = [...new Set(names.filter((n): n is string => !!n))];
  return seen.length ? cut(seen.join(', '), MAX_FIELD_CHARS) : null;
}
