import { useState } from 'preact/hooks';
import type { TabView } from '../utils/coverage/types';
import { sortCoverage, type CoverageOrder } from '../utils/coverage/sort';
import { AdditionsList } from './AdditionsList';
import { NotesList, type NotesActions } from './NotesList';
import type { StoredHighlight } from '../utils/db/schema';
import { formatDate, notArticleLine, outletName, readerHref } from '../utils/coverage/format';
import { MatchList } from './MatchList';
import { SpeakerList } from './SpeakerList';
import { StateMessage } from './StateMessage';
import type { Verdict } from '../utils/coverage/corrections';
import { say } from '../utils/i18n/phrase';
import { useI18n } from './i18n-context';

/** The keys of the "next quote" command (wxt.config.ts), named as the panel names them. */
const NEXT_QUOTE_KEYS = 'Alt+Shift+Q';

/** The reader corrects a match of the tab's page (verdict null undoes it). */
export type CorrectMatch = (articleId: string, verdict: Verdict | null) => void;

/** What the side panel shows besides the coverage: the page's highlights and its quote-mark setting. */
export interface PanelExtras {
  highlights: StoredHighlight[] | null;
  marks: { site: string | null; enabled: boolean } | null;
  notesActions: NotesActions;
  setMarks(enabled: boolean): void;
}

/** The side panel for one tab: coverage, quotes, what the others add, and the reader's notes. */
export function SidePanel(props: { view: TabView | null; error: string | null; extras?: PanelExtras; onCorrect?: CorrectMatch }) {
  const i18n = useI18n();
  const body = <PanelBody view={props.view} error={props.error} onCorrect={props.onCorrect} />;
  const x = props.extras;
  if (!x || props.error || !props.view || props.view.state === 'idle') return body;
  return (
    <>
      {body}
      {x.marks?.site && (
        <label class="check marks-toggle">
          <input type="checkbox" checked={x.marks.enabled} onChange={(e) => x.setMarks((e.target as HTMLInputElement).checked)} />
          {i18n.t('panel_marks_toggle', { site: x.marks.site })}
        </label>
      )}
      {x.marks?.site && x.marks.enabled && <p class="note">{i18n.t('panel_marks_hint', { keys: NEXT_QUOTE_KEYS })}</p>}
      {x.highlights && (
        <section class="section" aria-labelledby="notes">
          <h2 id="notes">{i18n.t('panel_notes')}</h2>
          <NotesList highlights={x.highlights} actions={x.notesActions} />
        </section>
      )}
    </>
  );
}

function PanelBody(props: { view: TabView | null; error: string | null; onCorrect?: CorrectMatch }) {
  const i18n = useI18n();
  const { view, error } = props;
  const [order, setOrder] = useState<CoverageOrder>('relevance');
  const menu = i18n.t('menu_find_related');
  if (error) {
    return (
      <StateMessage title={i18n.t('panel_error_title')} tone="error">
        <p>{error}</p>
        <p>{i18n.t('panel_error_reload')}</p>
      </StateMessage>
    );
  }
  if (!view) return <StateMessage title={i18n.t('panel_loading')} busy />;
  switch (view.state) {
    case 'idle':
      return (
        <StateMessage title={i18n.t('panel_idle_title')}>
          <p>{i18n.plural('panel_idle_body', view.corpusSize)}</p>
          <p>{i18n.t('panel_idle_menu', { menu })}</p>
        </StateMessage>
      );
    case 'reading':
      return (
        <StateMessage title={i18n.t('panel_reading_title')} busy>
          <p>{i18n.plural('panel_reading_body', view.corpusSize)}</p>
        </StateMessage>
      );
    case 'not-article': {
      // The verdict's words as messages when the detector gave them, else its English (a view stored before).
      const d = view.detection;
      const summary = d.phrases ? say(d.phrases.summary, i18n) : d.summary;
      const reasons = d.phrases ? d.phrases.reasons.map((r) => say(r, i18n)) : d.reasons;
      return (
        <StateMessage title={i18n.t('panel_not_article_title')}>
          <p class="why-not-summary">{notArticleLine(summary, i18n)}</p>
          {reasons.length > 0 && (
            <ul class="why-not">
              {reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
          <p>{i18n.t('panel_not_article_hint', { menu })}</p>
        </StateMessage>
      );
    }
    case 'error':
      return (
        <StateMessage title={i18n.t('panel_failed_title')} tone="error">
          <p>{view.message}</p>
        </StateMessage>
      );
    case 'ready': {
      const s = view.subject;
      const label = i18n.t(s.kind === 'selection' ? 'panel_subject_selection' : s.kind === 'link' ? 'panel_subject_link' : 'panel_subject_page');
      const nothing = view.sameStory.length === 0 && view.duplicates.length === 0;
      // A selection is no article, so it has no pairs to correct.
      const correct = s.kind === 'selection' ? undefined : props.onCorrect;
      return (
        <div class="panel">
          <header class="subject">
            <p class="kicker">{label}</p>
            {s.title && <h1>{s.title}</h1>}
            {s.excerpt && <p class="excerpt">{i18n.t('panel_excerpt', { excerpt: s.excerpt })}</p>}
            <p class="subject-meta">
              {s.source && <span class="outlet">{outletName(s.source, i18n)}</span>}
              {s.published && <time dateTime={s.published}>{formatDate(s.published, false, i18n)}</time>}
              {s.corpusId && (
                <a class="chip chip-here" href={readerHref(s.corpusId)} target="_blank" rel="noopener">
                  {i18n.t('panel_in_corpus')}
                </a>
              )}
            </p>
          </header>
          {view.notice && (
            <p class="notice" role="status">
              {view.notice}
            </p>
          )}
          {!nothing && (
            <nav class="jump" aria-label={i18n.t('panel_sections')}>
              <a href="#same-story">{i18n.t('panel_jump_coverage')}</a>
              {view.speakers.length > 0 && <a href="#quotes">{i18n.t('panel_jump_quotes')}</a>}
              {view.sameStory.length > 0 && <a href="#adds">{i18n.t('panel_adds')}</a>}
              {view.related.length > 0 && <a href="#related">{i18n.t('panel_jump_related')}</a>}
            </nav>
          )}
          {nothing ? (
            <StateMessage title={i18n.t('panel_none_title')}>
              <p>{i18n.plural('panel_none_body', view.corpusSize)}</p>
            </StateMessage>
          ) : (
            <>
              {view.sameStory.length > 1 && (
                <label class="order">
                  {i18n.t('panel_order')}{' '}
                  <select value={order} onChange={(e) => setOrder((e.target as HTMLSelectElement).value as CoverageOrder)}>
                    <option value="relevance">{i18n.t('panel_order_relevance')}</option>
                    <option value="newest">{i18n.t('panel_order_newest')}</option>
                    <option value="timeline">{i18n.t('panel_order_timeline')}</option>
                  </select>
                </label>
              )}
              <MatchList id="same-story" heading={i18n.t('panel_same_story')} cards={sortCoverage(view.sameStory, order)} empty={i18n.t('panel_same_story_empty')} onCorrect={correct} />
            </>
          )}
          <MatchList id="also-published" heading={i18n.t('panel_also_published')} note={i18n.t('panel_also_published_note')} cards={view.duplicates} onCorrect={correct} />
          {view.speakers.length > 0 && (
            <section class="section" aria-labelledby="quotes">
              <h2 id="quotes">{i18n.t('panel_who_said_what')}</h2>
              <SpeakerList speakers={view.speakers} />
            </section>
          )}
          {view.sameStory.length > 0 && view.additionsPending !== false && (
            <section class="section" aria-labelledby="adds" aria-busy={view.additionsPending === true}>
              <h2 id="adds">{i18n.t('panel_adds')}</h2>
              {view.additionsPending ? <p class="empty">{i18n.t('panel_adds_reading')}</p> : <AdditionsList additions={view.additions} />}
            </section>
          )}
          <MatchList id="related" heading={i18n.t('panel_related')} cards={view.related} onCorrect={correct} />
        </div>
      );
    }
  }
}
