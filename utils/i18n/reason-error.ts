/**
 * An error that keeps why it happened as a phrase (./phrase.ts). The fetcher, the feed parser and the
 * link reader run where no reader's language is known (the CLI, a test, the worker before it words
 * anything), so they throw the phrase with its English text as the error's message, and the service
 * that answers a page says it again in the reader's language (`reasonText`).
 */
import { say, type Phrase } from './phrase';
import { english, type I18n } from './translate';

/** An error whose message is its reason in English; `reason` is null for a message given as text (already worded). */
export class ReasonError extends Error {
  readonly reason: Phrase | null;
  constructor(why: string | Phrase) {
    super(typeof why === 'string' ? why : say(why, english));
    this.reason = typeof why === 'string' ? null : why;
  }
}

/** An error's words in the reader's language: its reason when it has one, else its message as it is. */
export function reasonText(err: unknown, i18n: I18n = english): string {
  if (err instanceof ReasonError && err.reason) return say(err.reason, i18n);
  return err instanceof Error ? err.message : String(err);
}
