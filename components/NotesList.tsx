import { useState } from 'preact/hooks';
import type { StoredHighlight } from '../utils/db/schema';

/** Actions on the reader's highlights. */
export interface NotesActions {
  edit(id: string, note: string, tags: string[]): Promise<void>;
  remove(id: string): Promise<void>;
  exportAll(format: 'markdown' | 'json'): Promise<void>;
}

function NoteItem(props: { h: StoredHighlight; actions: NotesActions }) {
  const { h, actions } = props;
  const [note, setNote] = useState(h.note);
  const [tags, setTags] = useState(h.tags.join(', '));
  const [status, setStatus] = useState<string | null>(null);
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await actions.edit(h.id, note, tags.split(',').map((t) => t.trim()).filter(Boolean));
      setStatus('Saved.');
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <li class="note-item">
      <blockquote>{h.selectors.quote.exact}</blockquote>
      {h.orphaned && <p class="notice">Not found on the page at this visit (the page changed). It is kept here.</p>}
      <form onSubmit={(e) => void save(e)}>
        <label>
          Note
          <textarea rows={2} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
        </label>
        <label>
          Tags (comma-separated)
          <input type="text" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
        </label>
        <p class="buttons">
          <button type="submit">Save note</button>
          <button type="button" class="danger" onClick={() => void actions.remove(h.id)} aria-label={`Delete highlight “${h.selectors.quote.exact.slice(0, 40)}”`}>
            Delete
          </button>
          {status && <span role="status">{status}</span>}
        </p>
      </form>
    </li>
  );
}

/** This page's highlights and notes, editable, with export of every annotation. */
export function NotesList(props: { highlights: StoredHighlight[]; actions: NotesActions }) {
  return (
    <>
      {props.highlights.length === 0 ? (
        <p class="empty">No highlights on this page. Select text, then choose “Save highlight” from the context menu (or press Alt+Shift+H).</p>
      ) : (
        <ul class="notes">
          {props.highlights.map((h) => (
            <NoteItem h={h} actions={props.actions} key={h.id} />
          ))}
        </ul>
      )}
      <p class="buttons">
        <button type="button" onClick={() => void props.actions.exportAll('markdown')}>
          Export all as Markdown
        </button>
        <button type="button" onClick={() => void props.actions.exportAll('json')}>
          Export all as JSON (W3C annotations)
        </button>
      </p>
    </>
  );
}
