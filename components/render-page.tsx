/**
 * Renders an extension page in the reader's language: the document's `lang` (screen readers,
 * hyphenation, the right quotation marks) and title, and the translator every component reads
 * (I18nContext). Each page's entrypoint makes the translator from `browser.i18n` and calls this once.
 */
import { render, type ComponentChild } from 'preact';
import { I18nContext } from './i18n-context';
import type { I18n } from '../utils/i18n/translate';

export function renderPage(app: ComponentChild, i18n: I18n, title: string, root: HTMLElement = document.getElementById('app')!): void {
  document.documentElement.lang = i18n.locale;
  document.title = title;
  render(<I18nContext.Provider value={i18n}>{app}</I18nContext.Provider>, root);
}
