/**
 * The web page's end of the wire (content script, annotator): ask the background (page →
 * background) and answer or hear what it sends this tab (background → page).
 */
import type { AnswerOf, BackgroundToPage, DataOf, PageToBackground } from './protocol';
import { onMessage as listen, sendMessage as send } from './wire';

/** Asks the background about this page; the answer is a Result. */
export function sendMessage<K extends keyof PageToBackground>(type: K, data: DataOf<PageToBackground, K>): Promise<AnswerOf<PageToBackground, K>> {
  return send(type, data as never) as Promise<AnswerOf<PageToBackground, K>>;
}

/** Handles one of the background's messages to this tab: a request answers its Result, a notice nothing. */
export function onMessage<K extends keyof BackgroundToPage>(
  type: K,
  handler: (message: { data: DataOf<BackgroundToPage, K> }) => AnswerOf<BackgroundToPage, K> | Promise<AnswerOf<BackgroundToPage, K>>,
): () => void {
  return listen(type, handler as never);
}
