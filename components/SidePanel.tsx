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
  const body = <PanelBody view={props.view} error={props.error} onCorrect={props.onCorrect} />;
  const x = props.extras;
  if (!x || props.error || !props.view || props.view.state === 'idle') return body;
  return (
    <>
      {body}
      {x.marks?.site && (
        <label class="check marks-toggle">
          <input type="checkbox" checked={x.marks.enabled} onChange={(e) => x.setMarks((e.target as HTMLInputElement).checked)} />
          Mark quotes other outlets carry on {x.marks.site}
        </label>
      )}
      {x.marks?.site && x.marks.enabled && <p class="note">On the page, hover a marked quote (or press Alt+Shift+Q) to see who else carried it and how.</p>}
      {x.highlights && (
        <section class="section" aria-labelledby="notes">
          <h2 id="notes">Your notes</h2>
          <NotesList highlights={x.highlights} actions={x.notesActions} />
        </section>
      )}
    </>
  );
}

function PanelBody(props: { view: TabView | null; error: string | null; onCorrect?: CorrectMatch }) {
  const { view, error } = props;
  const [order, setOrder] = useState<CoverageOrder>('relevance');
  if (error) {
    return (
      <StateMessage title="Crossread could not answer" tone="error">
        <p>{error}</p>
        <p>Reload the page to try again.</p>
      </StateMessage>
    );
  }
  if (!view) return <StateMessage title="Loading…" busy />;
  switch (view.state) {
    case 'idle':
      return (
        <StateMessage title="Open a news article">
          <p>Crossread reads news pages as you open them and shows the other coverage of the same story from your {view.corpusSize} articles.</p>
          <p>Or select text on any page and choose “Find related coverage” from the context menu.</p>
        </StateMessage>
      );
    case 'reading':
      return (
        <StateMessage title="Still reading the page…" busy>
          <p>Looking for the same story in your {view.corpusSize} articles.</p>
        </StateMessage>
      );
    case 'not-article':
      return (
        <StateMessage title="Not a news article">
          <p class="why-not-summary">{notArticleLine(view.detection.summary)}</p>
          {view.detection.reasons.length > 0 && (
            <ul class="why-not">
              {view.detection.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
          <p>To search anyway, select some text and choose “Find related coverage”.</p>
        </StateMessage>
      );
    case 'error':
      return (
        <StateMessage title="Something went wrong" tone="error">
          <p>{view.message}</p>
        </StateMessage>
      );
    case 'ready': {
      const s = view.subject;
      const label = s.kind === 'selection' ? 'Your selection' : s.kind === 'link' ? 'The linked page' : 'This page';
      const nothing = view.sameStory.length === 0 && view.duplicates.length === 0;
      // A selection is no article, so it has no pairs to correct.
      const correct = s.kind === 'selection' ? undefined : props.onCorrect;
      return (
        <div class="panel">
          <header class="subject">
            <p class="kicker">{label}</p>
            {s.title && <h1>{s.title}</h1>}
            {s.excerpt && <p class="excerpt">“{s.excerpt}”</p>}
            <p class="subject-meta">
              {s.source && <span class="outlet">{outletName(s.source)}</span>}
              {s.published && <time dateTime={s.published}>{formatDate(s.published)}</time>}
              {s.corpusId && (
                <a class="chip chip-here" href={readerHref(s.corpusId)} target="_blank" rel="noopener">
                  in your corpus
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
            <nav class="jump" aria-label="Sections">
              <a href="#same-story">Coverage</a>
              {view.speakers.length > 0 && <a href="#quotes">Quotes</a>}
              {view.sameStory.length > 0 && <a href="#adds">What the others add</a>}
              {view.related.length > 0 && <a href="#related">Related</a>}
            </nav>
          )}
          {nothing ? (
            <StateMessage title="No related coverage">
              <p>None of your {view.corpusSize} articles covers this story.</p>
            </StateMessage>
          ) : (
            <>
              {view.sameStory.length > 1 && (
                <label class="order">
                  Order:{' '}
                  <select value={order} onChange={(e) => setOrder((e.target as HTMLSelectElement).value as CoverageOrder)}>
                    <option value="relevance">Closest match first</option>
                    <option value="newest">Newest first</option>
                    <option value="timeline">Timeline (who reported first)</option>
                  </select>
                </label>
              )}
              <MatchList id="same-story" heading="Same story" cards={sortCoverage(view.sameStory, order)} empty="No other outlet's coverage of this story yet." onCorrect={correct} />
            </>
          )}
          <MatchList id="also-published" heading="Also published by" note="The same piece, republished." cards={view.duplicates} onCorrect={correct} />
          {view.speakers.length > 0 && (
            <section class="section" aria-labelledby="quotes">
              <h2 id="quotes">Who said what</h2>
              <SpeakerList speakers={view.speakers} />
            </section>
          )}
          {view.sameStory.length > 0 && (
            <section class="section" aria-labelledby="adds">
              <h2 id="adds">What the others add</h2>
              <AdditionsList additions={view.additions} />
            </section>
          )}
          <MatchList id="related" heading="Related topic, other stories" cards={view.related} onCorrect={correct} />
        </div>
      );
    }
  }
}
