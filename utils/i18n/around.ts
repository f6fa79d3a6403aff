/**
 * A message cut at one of its slots, for a slot an element fills (a link, a marked-up diff): the
 * text before and after it. The message stays one whole sentence a translator can reorder; no HTML
 * is ever put in a message.
 */
import type { MessageKey } from './locales';
import type { I18n, Params } from './translate';

const MARK = '\u0000';

/** The text of `key` before and after its `{slot}` (the other slots filled from `params`). */
export function around(i18n: I18n, key: MessageKey, slot: string, params: Params = {}): [string, string] {
  const text = i18n.t(key, { ...params, [slot]: MARK });
  const at = text.indexOf(MARK);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + MARK.length)];
}
