import type { Translation } from '../index';
import type { common as en } from '../en/common';

export const common: Translation<typeof en> = {
  ext_name: 'Crossread',
  ext_description: 'Lire l’actualité d’un média à l’autre : la même histoire ailleurs et qui a dit quoi, le tout sur votre appareil.',
  cmd_save_highlight: 'Enregistrer le texte sélectionné comme surlignage',
  cmd_next_quote: 'Afficher la citation suivante reprise par d’autres médias',
  menu_find_related: 'Trouver d’autres articles sur cette actualité',
  menu_save_highlight: 'Enregistrer le surlignage',
  action_title: 'Recherche Crossread',
  sidebar_title: 'Crossread',
};
