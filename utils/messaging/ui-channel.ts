/**
 * The extension pages' end of the wire (side panel, popup, reader, options): ask the background
 * (UI → background) and hear its notices (background → UI). Nothing else can be sent or heard here.
 */
import type { AnswerOf, BackgroundToUi, DataOf, UiToBackground } from './protocol';
import { onMessage as listen, sendMessage as send } from './wire';

/** Asks the background; the answer is a Result (`unwrap` it to show its error). */
export function sendMessage<K extends keyof UiToBackground>(type: K, data: DataOf<UiToBackground, K>): Promise<AnswerOf<UiToBackground, K>> {
  return send(type, data as never) as Promise<AnswerOf<UiToBackground, K>>;
}

/** Hears one of the background's notices; returns the function that stops listening. */
export function onMessage<K extends keyof BackgroundToUi>(type: K, handler: (message: { data: DataOf<BackgroundToUi, K> }) => void): () => void {
  return listen(type, handler as never);
}
