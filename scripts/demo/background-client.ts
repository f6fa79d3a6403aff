/**
 * Talks to the background from outside the extension's bundle (end-to-end tests, benches), as the
 * extension's own contexts do: from an extension page (UI → background) or from a web page's
 * isolated world, with exactly a content script's privileges (page → background). A message's
 * type and payload are checked against its direction's map (utils/messaging/protocol.ts); the
 * answer is the handler's Result. The wire format of @webext-core/messaging is written here only:
 * tests and benches never build a message by hand. `raw` sends what the types forbid (a UI
 * message from a web page, a malformed payload), for the tests that check the background refuses it.
 */
import type { Page, Worker } from 'playwright-core';
import type { AnswerOf, DataOf, PageToBackground, UiToBackground, ValueOf } from '../../utils/messaging/protocol';
import type { Result } from '../../utils/messaging/result';
import type { WireAnswer, WireMessage } from '../../utils/messaging/wire';

/** Any message: what the hostile tests send. */
export interface RawMessage {
  type: string;
  data: unknown;
  /** Sends it about the tab showing this URL: its id, looked up in the same round trip, becomes `data.tabId`. */
  tabOfUrl?: string;
  /** Only these fields of a successful answer's value come back (the rest is dropped in the browser). */
  keep?: readonly string[];
}

/** What came back for a raw message: the handler's Result, or why none came (no listener, a closed channel, a thrown error). */
export interface RawReply {
  result?: Result<unknown>;
  failure?: string;
}

/** One direction's messages, sent from one context. */
export interface BackgroundClient<M> {
  /** Sends one message and resolves to the handler's Result; throws when none came back. */
  ask<K extends keyof M & string>(type: K, data: DataOf<M, K>): Promise<AnswerOf<M, K>>;
  /** Sends one message and resolves to its value; throws the background's error. */
  value<K extends keyof M & string>(type: K, data: DataOf<M, K>): Promise<ValueOf<M, K>>;
  /** Sends any messages, in order, in one round trip. */
  raw(messages: RawMessage[]): Promise<RawReply[]>;
  /**
   * Asks about the tab showing `url` (found by the tabs API in the same round trip) and brings back
   * only the value's fields `keep`: a timing loop then times neither an extra hop nor the transfer
   * of a whole view. Throws when no tab shows it yet or no answer came.
   */
  peekForTab<K extends keyof M & string>(type: K, url: string, data: Omit<DataOf<M, K>, 'tabId'>, keep: readonly string[]): Promise<Result<Record<string, unknown>>>;
}

type Sent = { answer?: WireAnswer; thrown?: string };

/** Sends messages in order from the context it runs in. Runs inside the browser: it uses nothing from this module. */
async function sendAll(messages: RawMessage[]): Promise<Sent[]> {
  const out: Sent[] = [];
  for (const m of messages) {
    let data = m.data;
    if (m.tabOfUrl !== undefined) {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === m.tabOfUrl);
      if (tab?.id === undefined) {
        out.push({ thrown: `no tab shows ${m.tabOfUrl}` });
        continue;
      }
      data = { ...(data as object), tabId: tab.id };
    }
    const message: WireMessage = { id: Math.floor(Math.random() * 1e9), type: m.type, data, timestamp: Date.now() };
    try {
      const answer = (await chrome.runtime.sendMessage(message)) as WireAnswer;
      const res = answer && 'res' in answer ? (answer.res as { ok?: boolean; value?: Record<string, unknown> } | undefined) : undefined;
      if (m.keep && res?.ok && res.value) res.value = Object.fromEntries(m.keep.map((k) => [k, res.value![k]]));
      out.push({ answer });
    } catch (e) {
      out.push({ thrown: String(e) });
    }
  }
  return out;
}

function reply(sent: Sent | undefined): RawReply {
  const answer = sent?.answer;
  if (answer && 'res' in answer && answer.res !== undefined) return { result: answer.res as Result<unknown> };
  return { failure: sent?.thrown ?? (answer?.err !== undefined ? JSON.stringify(answer.err) : 'no answer') };
}

function client<M>(send: (messages: RawMessage[]) => Promise<Sent[]>): BackgroundClient<M> {
  const raw = async (messages: RawMessage[]) => (await send(messages)).map(reply);
  const answer = async <K extends keyof M & string>(message: RawMessage & { type: K }) => {
    const [r] = await raw([message]);
    if (!r?.result) throw new Error(`${message.type}: no answer from the background (${r?.failure})`);
    return r.result as AnswerOf<M, K>;
  };
  const ask = <K extends keyof M & string>(type: K, data: DataOf<M, K>) => answer({ type, data });
  return {
    ask,
    peekForTab: async (type, url, data, keep) => (await answer({ type, data, tabOfUrl: url, keep })) as Result<Record<string, unknown>>,
    async value(type, data) {
      const r = (await ask(type, data)) as Result<unknown>;
      if (!r.ok) throw new Error(r.error);
      return r.value as ValueOf<M, typeof type>;
    },
    raw,
  };
}

/** From an extension page (`page` must show one of ours: popup.html, options.html, …), as our pages ask. */
export function uiClient(page: Page): BackgroundClient<UiToBackground> {
  return client((messages) => page.evaluate(sendAll, messages));
}

/**
 * From the web page in `tabId`, in its ISOLATED world (injected by the service worker with
 * chrome.scripting.executeScript): sender.tab set, sender.url the web page, as for a content script.
 */
export function contentClient(worker: Worker, tabId: number): BackgroundClient<PageToBackground> {
  // A string, since the function injected into the page must travel inside the worker's own call.
  const inject = (messages: RawMessage[]) => `(async () => {
    const [r] = await chrome.scripting.executeScript({ target: { tabId: ${tabId} }, world: 'ISOLATED', args: [${JSON.stringify(messages)}], func: ${sendAll.toString()} });
    return r?.result;
  })()`;
  return client(async (messages) => {
    const sent = (await worker.evaluate(inject(messages))) as Sent[] | undefined;
    if (!Array.isArray(sent)) throw new Error(`the script injected into tab ${tabId} did not run`);
    return sent;
  });
}
