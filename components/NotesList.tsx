import { useState } from 'preact/hooks';
import type { StoredHighlight } from '../utils/db/schema';
import { useI18n } from './i18n-context';

/** The keys of the "save highlight" command (wxt.config.ts), named as the panel names them. */
const SAVE_KEYS = 'Alt+Shift+H';

/** Actions on the reader's highlights. */
export interface NotesActions {
  edit(id: string, note: string, tags: string[]): Promise<void>;
  remove(id: string): Promise<void>;
  exportAll(format: 'markdown' | 'json'): Promise<void>;
}

function NoteItem(props: { h: StoredHighlight; actions: NotesActions }) {
  const i18n = useI18n();
  const { h, actions } = props;
  const [note, setNote] = useState(h.note);
  const [tags, setTags] = useState(h.tags.join(', '));
  const [status, setStatus] = useState<string | null>(null);
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await actions.edit(h.id, note, tags.split(',').map((t) => t.trim()).filter(Boolean));
      setStatus(i18n.t('panel_note_saved'));
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <li class="note-item">
      <blockquote>{h.selectors.quote.exact}</blockquote>
      {h.orphaned && <p class="notice">{i18n.t('panel_note_orphaned')}</p>}
      <form onSubmit={(e) => void save(e)}>
        <label>
          {i18n.t('panel_note')}
          <textarea rows={2} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
        </label>
        <label>
          {i18n.t('panel_note_tags')}
          <input type="text" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
        </label>
        <p class="buttons">
          <button type="submit">{i18n.t('panel_note_save')}</button>
          <button type="button" class="danger" onClick={() => void actions.remove(h.id)} aria-label={i18n.t('panel_note_delete_label', { text: h.selectors.quote.exact.slice(0, 40) })}>
            {i18n.t('panel_note_delete')}
          </button>
          {status && <span role="status">{status}</span>}
        </p>
      </form>
    </li>
  );
}

/** This page's highlights and notes, editable, with export of every annotation. */
export function NotesList(props: { highlights: StoredHighlight[]; actions: NotesActions }) {
  const i18n = useI18n();
  return (
    <>
      {props.highlights.length === 0 ? (
        <p class="empty">{i18n.t('panel_notes_empty', { menu: i18n.t('menu_save_highlight'), keys: SAVE_KEYS })}</p>
      ) : (
        <ul class="notes">
          {props.highlights.map((h) => (
            <NoteItem h={h} actions={props.actions} key={h.id} />
          ))}
        </ul>
      )}
      <p class="buttons">
        <button type="button" onClick={() => void props.actions.exportAll('markdown')}>
          {i18n.t('panel_export_markdown')}
        </button>
        <button type="button" onClick={() => void props.actions.exportAll('json')}>
          {i18n.t('panel_export_json')}
        </button>
      </p>
    </>
  );
}
