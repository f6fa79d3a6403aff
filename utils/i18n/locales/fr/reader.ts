import type { Translation } from '../index';
import type { reader as en } from '../en/reader';

// French typography: a no-break space (\u00a0) before ":" and inside « ».
export const reader: Translation<typeof en> = {
  reader_page_title: 'Lecteur Crossread',
  reader_doc_title: '{title} — Crossread',
  reader_doc_title_untitled: 'Article — Crossread',
  reader_not_available: 'Article indisponible',
  reader_no_id: 'Aucun article n’a été indiqué.',
  reader_missing: 'L’article «\u00a0{id}\u00a0» n’est pas dans votre corpus.',
  reader_loading: 'Chargement…',
  reader_untitled: 'Article sans titre',
  reader_original: 'Page d’origine',
  reader_quotes: 'Citations de cet article',
  reader_quote: '«\u00a0{quote}\u00a0»',
  reader_speaker: '— {speaker}',
  reader_unattributed: 'Non attribuée',
};
