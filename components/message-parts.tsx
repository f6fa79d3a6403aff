/**
 * A message whose slots are elements — a code span, a highlighted quotation, a number field — put
 * where each language's sentence has its `{name}` (utils/i18n/slots.ts cuts it), so a sentence stays
 * one message every language orders as it needs, and no markup is ever part of a message.
 */
import { Fragment, type ComponentChild } from 'preact';
import type { I18n } from '../utils/i18n/translate';
import { messagePieces } from '../utils/i18n/slots';

/** What a slot is filled with: text (numbers formatted for the locale) or an element. */
export type Part = string | number | ComponentChild;

/**
 * `template` with every `{name}` that `parts` names replaced. `template` is a message as
 * `i18n.t(key)` or `i18n.plural(key, n)` gives it, before its element slots are filled.
 */
export function withParts(template: string, parts: Record<string, Part>, i18n: I18n): ComponentChild[] {
  return messagePieces(template, Object.keys(parts)).map((p, i) => {
    const part = typeof p === 'string' ? p : parts[p.slot];
    return <Fragment key={i}>{typeof part === 'number' ? i18n.number(part) : part}</Fragment>;
  });
}
