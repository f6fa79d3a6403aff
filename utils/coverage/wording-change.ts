/**
 * What one version of a statement did to the version shown, in a word the side panel can print
 * beside its word diff: cut it, quoted more of it, reworded it, or changed how it is attributed
 * (a paraphrase printed as a quotation, a quotation reported as a paraphrase).
 */
import type { DiffPart } from '../quotes';
import type { QuoteKind } from '../types';
import type { WordingChange } from './types';
import { english, type I18n } from '../i18n/translate';

const paraphrase = (k: QuoteKind): boolean => k !== 'direct';

/**
 * The change from the shown version (`base`, of kind `baseKind`) to one of kind `kind` whose word
 * diff from it is `diff` (null: the same words). A change of kind is named only when this version
 * is known to be `later` than the shown one, which is then the earliest: printing as a quote what
 * another outlet had paraphrased is a claim about order. Otherwise the words decide.
 */
export function wordingChange(baseKind: QuoteKind, kind: QuoteKind, diff: readonly DiffPart[] | null, later: boolean): WordingChange | null {
  if (later && paraphrase(baseKind) && !paraphrase(kind)) return 'paraphrase-quoted';
  if (later && !paraphrase(baseKind) && paraphrase(kind)) return 'quote-paraphrased';
  if (!diff) return null;
  const added = diff.some((d) => d.op === 'add');
  const removed = diff.some((d) => d.op === 'del');
  if (removed && !added) return 'cut';
  if (added && !removed) return 'longer';
  return added ? 'reworded' : null;
}

/** The change as the side panel says it, in the reader's language. */
export function changeLabel(change: WordingChange, i18n: I18n = english): string {
  switch (change) {
    case 'cut':
      return i18n.t('panel_change_cut');
    case 'longer':
      return i18n.t('panel_change_longer');
    case 'reworded':
      return i18n.t('panel_change_reworded');
    case 'paraphrase-quoted':
      return i18n.t('panel_change_paraphrase_quoted');
    case 'quote-paraphrased':
      return i18n.t('panel_change_quote_paraphrased');
  }
}
