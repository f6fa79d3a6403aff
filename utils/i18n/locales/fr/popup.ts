import type { Translation } from '../index';
import type { popup as en } from '../en/popup';

// French typography: a no-break space (\u00a0) before ":" and inside « », a narrow one (\u202f) before ";", "?" and "!".
export const popup: Translation<typeof en> = {
  popup_page_title: 'Recherche Crossread',
  popup_feeds: 'Flux…',
  popup_open_panel: 'Ouvrir le panneau latéral',
  popup_search_label: 'Rechercher dans votre corpus',
  popup_placeholder: 'Rechercher…',
  popup_placeholder_count_one: 'Rechercher parmi {count} article, citations, personnes citées…',
  popup_placeholder_count_other: 'Rechercher parmi {count} articles, citations, personnes citées…',
  popup_filters: 'Filtres',
  popup_filters_on: 'Filtres (actifs)',
  popup_outlet: 'Média',
  popup_any_outlet: 'Tous',
  popup_speaker: 'Personne citée',
  popup_anyone: 'Tous',
  popup_from: 'Du',
  popup_to: 'Au',
  popup_feed: 'Flux',
  popup_any_feed: 'Tous les flux',
  popup_empty_query: 'Rien dans votre corpus ne correspond à «\u00a0{query}\u00a0».',
  popup_empty_filtered: 'Rien dans votre corpus ne correspond à ces filtres.',
  popup_empty_query_filtered: 'Rien dans votre corpus ne correspond à «\u00a0{query}\u00a0» avec ces filtres.',
  popup_kind_quote: 'citation',
  popup_kind_article: 'article',
  popup_untitled: '(sans titre)',
  popup_unattributed: 'Non attribuée',
  popup_said: '{speaker}\u00a0: «\u00a0{quote}\u00a0»',
  popup_also_carried: 'Également reprise par {outlets}.',
};
