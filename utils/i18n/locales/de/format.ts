import type { Translation } from '../index';
import type { format as en } from '../en/format';

export const format: Translation<typeof en> = {
  date_inferred: '{date} (erschlossen)',
  days_same: 'am selben Tag',
  days_apart_one: '{count} Tag auseinander',
  days_apart_other: '{count} Tage auseinander',
  clash_dates: 'andere Daten: {query} gegenüber {match}',
  clash_years: 'andere Jahre: {query} gegenüber {match}',
  clash_weekdays: 'andere Tage: {query} gegenüber {match}',
  clash_figures: 'andere Zahlen: {query} gegenüber {match}',
  clash_figures_unit: 'andere Zahlen: {query} gegenüber {match} ({unit})',
  event_same_day: 'beide am {day}',
  outlet_unknown: 'Unbekanntes Medium',
  not_article_looks_like: 'Diese Seite sieht aus wie {summary}, daher hat Crossread sie nicht gelesen.',
  not_article: 'Diese Seite sieht nicht nach einem Nachrichtenartikel aus, daher hat Crossread sie nicht gelesen.',
  quoted: '„{text}“',
  wording_added: 'Nur im Wortlaut dieses Mediums',
  wording_removed: 'Nicht im Wortlaut dieses Mediums',
};
