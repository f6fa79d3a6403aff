/**
 * The context menu item and the fetch behind "Find related coverage" on a link: the only network
 * request Crossread makes, and only because the reader asked.
 */

export const MENU_ID = 'crossread-find-related';
export const MENU_TITLE = 'Find related coverage';
export const HIGHLIGHT_MENU_ID = 'crossread-save-highlight';
export const HIGHLIGHT_MENU_TITLE = 'Save highlight';
/** The `commands` entry (keyboard shortcut) that saves the selection as a highlight. */
export const SAVE_HIGHLIGHT_COMMAND = 'save-highlight';
/** The `commands` entry that shows the next marked quotation and its card, for keyboard readers. */
export const NEXT_QUOTE_COMMAND = 'next-quote';

/** Linked pages above this size are refused rather than parsed. */
export const MAX_LINK_BYTES = 5_000_000;

/** Fetches a linked page's HTML, refusing what is not an HTML page. */
export async function fetchPageHtml(url: string, fetcher: typeof fetch = fetch): Promise<string> {
  if (!/^https?:/i.test(url)) throw new Error('only web links can be read');
  const res = await fetcher(url, { credentials: 'omit', redirect: 'follow' });
  if (!res.ok) throw new Error(`the site answered ${res.status}`);
  const type = res.headers.get('content-type') ?? '';
  if (type && !/html|xml/i.test(type)) throw new Error(`the link is not a web page (${type.split(';')[0]})`);
  const text = await res.text();
  if (text.length > MAX_LINK_BYTES) return text.slice(0, MAX_LINK_BYTES);
  return text;
}
