/**
 * The background's end of the wire: it answers pages and the UI, each direction registered once
 * with its sender check (serve.ts), and sends to one tab, to every extension page, or to the
 * offscreen document.
 */
import type { AnswerOf, BackgroundToOffscreen, BackgroundToPage, BackgroundToUi, DataOf } from './protocol';
import { servePage, serveUi, type Listen, type PageHandlers, type UiHandlers } from './serve';
import { onMessage, sendMessage } from './wire';

const listen = onMessage as unknown as Listen;

/** Registers the handler of every page → background message. */
export function servePageMessages(handlers: PageHandlers): void {
  servePage(listen, handlers);
}

/** Registers the handler of every UI → background message (`extensionOrigin`: browser.runtime.getURL('/')). */
export function serveUiMessages(extensionOrigin: string, handlers: UiHandlers): void {
  serveUi(listen, extensionOrigin, handlers);
}

/** Sends to the annotator in one tab. */
export function sendToPage<K extends keyof BackgroundToPage>(type: K, data: DataOf<BackgroundToPage, K>, tabId: number): Promise<AnswerOf<BackgroundToPage, K>> {
  return sendMessage(type, data as never, tabId) as Promise<AnswerOf<BackgroundToPage, K>>;
}

/** Tells every open extension page (it rejects when none is open: callers ignore that). */
export function sendToUi<K extends keyof BackgroundToUi>(type: K, data: DataOf<BackgroundToUi, K>): Promise<void> {
  return sendMessage(type, data as never) as Promise<void>;
}

/** Asks the offscreen document (Chrome), which must exist. */
export function sendToOffscreen<K extends keyof BackgroundToOffscreen>(type: K, data: DataOf<BackgroundToOffscreen, K>): Promise<AnswerOf<BackgroundToOffscreen, K>> {
  return sendMessage(type, data as never) as Promise<AnswerOf<BackgroundToOffscreen, K>>;
}
