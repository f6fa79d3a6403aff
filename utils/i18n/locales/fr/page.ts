import type { Translation } from '../index';
import type { page as en } from '../en/page';

// French typography: a no-break space (\u00a0) before ":" and inside « ».
export const page: Translation<typeof en> = {
  page_also_carried: 'Également repris par {outlets}',
  page_outlet_label: '{outlet}\u00a0: ',
  page_same_wording: 'même formulation',
  page_no_marks: 'Aucune citation de cette page n’est reprise par d’autres articles de votre corpus.',
  page_select_first: 'Sélectionnez d’abord du texte, puis enregistrez-le comme surlignage.',
  page_saved: 'Surlignage enregistré. Ajoutez une note dans le panneau latéral de Crossread.',
  page_saved_sidebar: 'Surlignage enregistré. Ajoutez une note dans la barre latérale de Crossread.',
};
