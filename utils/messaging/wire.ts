/**
 * The one @webext-core/messaging messenger, over every direction (protocol.ts `Wire`): one root
 * listener per context, as before the protocol was split. Imported by the channels only
 * (test/unit/messaging/wire-imports.test.ts): a context reaches it through its channel, which
 * accepts only its own directions, so no handler is registered without its sender check.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Wire } from './protocol';

export const { sendMessage, onMessage } = defineExtensionMessaging<Wire>();

/**
 * What the messenger puts on the wire and what comes back (@webext-core/messaging 2.x), for the
 * test client that talks to the background from outside the extension's bundle
 * (scripts/demo/background-client.ts).
 */
export interface WireMessage {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}
/** The listener's answer: the handler's return value, or the error it threw (serialised). */
export type WireAnswer = { res?: unknown; err?: unknown } | null | undefined;
