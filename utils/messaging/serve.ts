/**
 * Registering a direction's handlers, with its sender check applied by construction: the only way
 * to answer a page message is `servePage` (the handler gets the content script's URL and tab from
 * the sender), a UI message `serveUi` (refused unless an extension page sent it), the offscreen
 * document's `serveOffscreen` (refused unless the background sent it). Every handler's value or
 * throw becomes the Result the sender reads. Pure: the listener comes in as `listen`, so the
 * checks are tested without a browser.
 */
import type { BackgroundToOffscreen, DataOf, PageToBackground, UiToBackground, ValueOf } from './protocol';
import { fromContentScript, fromExtensionPage, toResult, type SenderLike } from './result';

/** Adds the listener for one message type (the messaging library's onMessage, or a fake in tests). */
export type Listen = (type: string, handler: (message: { data: unknown; sender: SenderLike }) => unknown) => unknown;

/** The page a page message came from: both read from the sender. */
export interface FromPage {
  url: string;
  tabId: number;
}

type Handlers<M, From> = { [K in keyof M]: (data: DataOf<M, K>, from: From) => Promise<ValueOf<M, K>> | ValueOf<M, K> };

/** A handler for every page → background message. */
export type PageHandlers = Handlers<PageToBackground, FromPage>;
/** A handler for every UI → background message. */
export type UiHandlers = Handlers<UiToBackground, void>;
/** A handler for every background → offscreen message. */
export type OffscreenHandlers = Handlers<BackgroundToOffscreen, void>;

/** Registers each handler; `admit` throws for a sender the direction refuses, before the handler runs. */
function serve<M, From>(listen: Listen, handlers: Handlers<M, From>, admit: (type: string, sender: SenderLike) => From): void {
  for (const type of Object.keys(handlers) as (keyof M & string)[]) {
    const handle = handlers[type] as (data: unknown, from: From) => unknown;
    listen(type, ({ data, sender }) => toResult(() => handle(data, admit(type, sender))));
  }
}

/** Page messages: answered for a content script in a web page's tab only. */
export function servePage(listen: Listen, handlers: PageHandlers): void {
  serve(listen, handlers, (type, sender) => {
    if (!fromContentScript(sender)) throw new Error(`${type} is for content scripts.`);
    return { url: sender.url!, tabId: sender.tab!.id! };
  });
}

/** UI messages: answered for the extension's own pages only (`extensionOrigin`: browser.runtime.getURL('/')). */
export function serveUi(listen: Listen, extensionOrigin: string, handlers: UiHandlers): void {
  serve(listen, handlers, (type, sender) => {
    if (!fromExtensionPage(sender, extensionOrigin)) throw new Error(`${type} is for extension pages.`);
  });
}

/** Offscreen messages: answered for the background only (our extension's id, not from a tab). */
export function serveOffscreen(listen: Listen, extensionId: string, handlers: OffscreenHandlers): void {
  serve(listen, handlers, (type, sender) => {
    if (sender.id !== extensionId || sender.tab) throw new Error(`${type} is for the background.`);
  });
}
