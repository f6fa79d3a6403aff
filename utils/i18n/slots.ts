/**
 * A message cut at the slots an element fills (a link, a code span, a marked-up diff, a number
 * field), so a sentence stays one message each language orders as it needs and no markup is ever
 * part of a message. The cut is made on the message before any slot is filled, so a text that
 * itself holds "{x}" is never read as a slot. Components fill the slots with Preact elements
 * (components/message-parts.tsx), the page card with DOM nodes (utils/page/card.ts).
 */

/** A run of the message's own text, or the name of a slot an element goes in. */
export type MessagePiece = string | { readonly slot: string };

/** `template`'s text and its `{name}` slots among `slots`, in order (other `{…}` stay text). */
export function messagePieces(template: string, slots: readonly string[]): MessagePiece[] {
  const out: MessagePiece[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const name = m[1]!;
    if (!slots.includes(name)) continue;
    if (m.index > last) out.push(template.slice(last, m.index));
    out.push({ slot: name });
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  return out;
}
