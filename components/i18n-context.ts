/**
 * The reader's language for every component: each page's entrypoint provides the extension's
 * translator (utils/i18n, over `browser.i18n`); a component rendered without one (tests, a page
 * outside the extension) writes English.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { english, type I18n } from '../utils/i18n/translate';

export const I18nContext = createContext<I18n>(english);

/** The translator of the page this component is in. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
