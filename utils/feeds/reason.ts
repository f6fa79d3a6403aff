/**
 * Why a fetch or a parse failed, kept as its message and slots. The fetcher and the parser run
 * where no reader's language is known (the CLI, a test, the worker before it words anything), so
 * they throw the reason with its English text as the error's message, and the feed service says
 * it again in the reader's language (`reasonText`) when it writes a row's error or answers a page.
 */
import type { MessageKey, PluralKey } from '../i18n/locales';
import { english, type I18n, type Params } from '../i18n/translate';

/** A message with its slots, or a plural family with its count. */
export type Reason = { readonly key: MessageKey; readonly params?: Params } | { readonly plural: PluralKey; readonly count: number; readonly params?: Params };

/** The reason in a language (English by default). */
export function sayReason(r: Reason, i18n: I18n = english): string {
  return 'plural' in r ? i18n.plural(r.plural, r.count, r.params) : i18n.t(r.key, r.params);
}

/** An error whose message is its reason in English; `reason` is null for a message given as text (already worded). */
export class ReasonError extends Error {
  readonly reason: Reason | null;
  constructor(why: string | Reason) {
    super(typeof why === 'string' ? why : sayReason(why));
    this.reason = typeof why === 'string' ? null : why;
  }
}

/** An error's words in the reader's language: its reason when it has one, else its message as it is. */
export function reasonText(err: unknown, i18n: I18n = english): string {
  if (err instanceof ReasonError && err.reason) return sayReason(err.reason, i18n);
  return err instanceof Error ? err.message : String(err);
}
