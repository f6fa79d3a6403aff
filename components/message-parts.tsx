/**
 * A message whose slots are elements — a code span, a highlighted quotation, a number field — put
 * where each language's sentence has its `{name}`, so a sentence stays one message every language
 * orders as it needs, and no markup is ever part of a message (its text is only ever text).
 */
import { Fragment, type ComponentChild } from 'preact';
import type { I18n } from '../utils/i18n/translate';

/** What a slot is filled with: text (numbers formatted for the locale) or an element. */
export type Part = string | number | ComponentChild;

/**
 * `template` with every `{name}` that `parts` names replaced, in one pass (a text part that itself
 * holds "{x}" is never read as a slot). `template` is a message as `i18n.t(key)` or
 * `i18n.plural(key, n)` gives it, before its other slots are filled.
 */
export function withParts(template: string, parts: Record<string, Part>, i18n: I18n): ComponentChild[] {
  const out: ComponentChild[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const name = m[1]!;
    if (!Object.hasOwn(parts, name)) continue;
    if (m.index > last) out.push(template.slice(last, m.index));
    const part = parts[name];
    out.push(typeof part === 'number' ? i18n.number(part) : part);
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  return out.map((p, i) => <Fragment key={i}>{p}</Fragment>);
}
