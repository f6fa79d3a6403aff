import type { Translation } from '../index';
import type { format as en } from '../en/format';

export const format: Translation<typeof en> = {
  date_inferred: '{date} (déduite)',
  days_same: 'le même jour',
  days_apart_one: '{count} jour d’écart',
  days_apart_other: '{count} jours d’écart',
  clash_dates: 'dates différentes : {query} contre {match}',
  clash_years: 'années différentes : {query} contre {match}',
  clash_weekdays: 'jours différents : {query} contre {match}',
  clash_figures: 'chiffres différents : {query} contre {match}',
  clash_figures_unit: 'chiffres différents : {query} contre {match} ({unit})',
  event_same_day: 'tous deux le {day}',
  outlet_unknown: 'Média inconnu',
  not_article_looks_like: 'Cette page ressemble à {summary} : Crossread ne l’a donc pas lue.',
  not_article: 'Cette page ne ressemble pas à un article d’actualité : Crossread ne l’a donc pas lue.',
};
