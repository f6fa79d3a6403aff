/**
 * What every request across the wire answers (a Result), and who may send what (the sender checks
 * the background's registration applies to each direction: utils/messaging/serve.ts).
 */

/** Success with a value, or a sentence saying what went wrong. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Turns any handler into one that answers a Result: a thrown error becomes `{ok: false}` with its
 * message, so a bad message or a failing store never crashes the listener or leaves a caller waiting.
 */
export async function toResult<T>(work: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    return { ok: false, error: describeError(err) };
  }
}

/** A thrown value as a sentence, even when it cannot be turned into a string. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  try {
    return String(err);
  } catch {
    return 'An unknown error occurred.';
  }
}

/** Unwraps a Result on the calling side, throwing its error so UI code can show it. */
export function unwrap<T>(r: Result<T> | undefined): T {
  if (!r) throw new Error('No answer from the background.');
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Minimal view of a message sender, so checks are testable without a browser. */
export interface SenderLike {
  url?: string;
  tab?: { id?: number };
  id?: string;
}

/** True when the message comes from one of our own extension pages (side panel, popup, options, reader). */
export function fromExtensionPage(sender: SenderLike, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** True when the message comes from a content script in a web page tab. */
export function fromContentScript(sender: SenderLike): boolean {
  return typeof sender.tab?.id === 'number' && typeof sender.url === 'string' && /^https?:/.test(sender.url);
}
