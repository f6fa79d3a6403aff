/**
 * The context menu item and the fetch behind "Find related coverage" on a link (also used to read
 * a feed item's page when the reader turned "fetch the full article" on for that feed).
 */
import { boundedRequest, discardBody, FetchError, readCapped } from '../feeds/fetch-feed';

/** The menu items' ids; their titles are the messages menu_find_related and menu_save_highlight (utils/i18n). */
export const MENU_ID = 'crossread-find-related';
export const HIGHLIGHT_MENU_ID = 'crossread-save-highlight';
/** The `commands` entry (keyboard shortcut) that saves the selection as a highlight. */
export const SAVE_HIGHLIGHT_COMMAND = 'save-highlight';
/** The `commands` entry that shows the next marked quotation and its card, for keyboard readers. */
export const NEXT_QUOTE_COMMAND = 'next-quote';

/** Linked pages above this size are cut there (a news page is far smaller; the cut part is never read). */
export const MAX_LINK_BYTES = 5_000_000;
/** Longest a linked page may take to arrive. */
export const LINK_TIMEOUT_MS = 20_000;

/**
 * Fetches a linked page's HTML, refusing what is not an HTML page, within LINK_TIMEOUT_MS and
 * MAX_LINK_BYTES (read as it streams, so a huge or endless answer costs no more). Used for the
 * context menu's link and for a feed's "fetch the full article", which runs without the reader
 * waiting for it, so a page that never answers must not hold anything up.
 */
export async function fetchPageHtml(url: string, fetcher: typeof fetch = fetch, timeoutMs = LINK_TIMEOUT_MS): Promise<string> {
  // Reasons as messages (their English is the error's message), said again in the reader's language by whoever shows them.
  if (!/^https?:/i.test(url)) throw new FetchError({ key: 'panel_link_not_web' });
  const late = { plural: 'panel_link_late', count: Math.round(timeoutMs / 1000) } as const;
  return boundedRequest(url, {}, { fetcher, timeoutMs, late }, async (res, signal) => {
    if (!res.ok) {
      await discardBody(res);
      throw new FetchError({ key: 'feeds_http', params: { status: String(res.status) } });
    }
    const type = res.headers.get('content-type') ?? '';
    if (type && !/html|xml/i.test(type)) {
      await discardBody(res);
      throw new FetchError({ key: 'panel_link_not_page', params: { type: type.split(';')[0]! } });
    }
    const bytes = await readCapped(res, MAX_LINK_BYTES, signal, timeoutMs, 'cut');
    const charset = /charset=["']?([\w-]+)/i.exec(type)?.[1];
    return decoderFor(charset).decode(bytes);
  });
}

/** The page's declared charset as a decoder, UTF-8 when none is declared or the label is unknown (as fetch's text() does). */
function decoderFor(charset: string | undefined): TextDecoder {
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}
