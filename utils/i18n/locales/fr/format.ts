import type { Translation } from '../index';
import type { format as en } from '../en/format';

// French typography: a no-break space (\u00a0) before ":".
export const format: Translation<typeof en> = {
  date_inferred: '{date} (déduite)',
  days_same: 'le même jour',
  days_apart_one: '{count} jour d’écart',
  days_apart_other: '{count} jours d’écart',
  clash_dates: 'dates différentes\u00a0: {query} contre {match}',
  clash_years: 'années différentes\u00a0: {query} contre {match}',
  clash_weekdays: 'jours différents\u00a0: {query} contre {match}',
  clash_figures: 'chiffres différents\u00a0: {query} contre {match}',
  clash_figures_unit: 'chiffres différents\u00a0: {query} contre {match} ({unit})',
  event_same_day: 'tous deux le {day}',
  outlet_unknown: 'Média inconnu',
  not_article_looks_like: 'Cette page ressemble à {summary}\u00a0: Crossread ne l’a donc pas lue.',
  not_article: 'Cette page ne ressemble pas à un article d’actualité\u00a0: Crossread ne l’a donc pas lue.',
  quoted: '«\u00a0{text}\u00a0»',
  wording_added: 'Seulement dans la formulation de ce média',
  wording_removed: 'Absent de la formulation de ce média',
};
