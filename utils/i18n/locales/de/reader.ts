import type { Translation } from '../index';
import type { reader as en } from '../en/reader';

export const reader: Translation<typeof en> = {
  reader_page_title: 'Crossread-Leseansicht',
  reader_doc_title: '{title} – Crossread',
  reader_doc_title_untitled: 'Bericht – Crossread',
  reader_not_available: 'Bericht nicht verfügbar',
  reader_no_id: 'Es wurde kein Bericht angegeben.',
  reader_missing: 'Der Bericht „{id}“ ist nicht in Ihrer Sammlung.',
  reader_loading: 'Wird geladen …',
  reader_untitled: 'Bericht ohne Titel',
  reader_original: 'Originalseite',
  reader_quotes: 'Zitate in diesem Bericht',
  reader_quote: '„{quote}“',
  reader_speaker: '– {speaker}',
  reader_unattributed: 'Ohne Zuordnung',
};
