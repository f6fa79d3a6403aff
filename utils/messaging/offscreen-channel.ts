/** The offscreen document's end of the wire: it answers the background only (serve.ts). */
import { serveOffscreen, type Listen, type OffscreenHandlers } from './serve';
import { onMessage } from './wire';

/** Registers the offscreen document's handlers (`extensionId`: browser.runtime.id). */
export function serveOffscreenMessages(extensionId: string, handlers: OffscreenHandlers): void {
  serveOffscreen(onMessage as unknown as Listen, extensionId, handlers);
}
