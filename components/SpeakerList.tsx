import type { QuoteCarrier, SpeakerView, StatementView } from '../utils/coverage/types';
import { UNATTRIBUTED } from '../utils/coverage/types';
import type { QuoteKind } from '../utils/types';
import { formatWhen, outletName } from '../utils/coverage/format';
import { statementSummary } from '../utils/coverage/statement-summary';
import { changeLabel } from '../utils/coverage/wording-change';
import { WordingDiff } from './WordingDiff';

const isParaphrase = (k: QuoteKind): boolean => k !== 'direct';

/** The mark of reported speech: the words are the outlet's, not the speaker's. Nothing for a direct quote. */
function KindChip(props: { kind: QuoteKind }) {
  if (props.kind === 'indirect') return <span class="chip chip-paraphrase">paraphrase</span>;
  if (props.kind === 'mixed') return <span class="chip chip-paraphrase" title="Reported speech that quotes some of the words">paraphrase, partly quoted</span>;
  return null;
}

/** Words in quotation marks when printed as a quotation; a paraphrase (mixed included) without outer marks. */
function Words(props: { text: string; kind: QuoteKind }) {
  return <>{isParaphrase(props.kind) ? props.text : `“${props.text}”`}</>;
}

/** "first: Reuters, 10 Mar 14:02" (the time in the reader's locale), or nothing when no time says who. */
function FirstLine(props: { carriers: QuoteCarrier[] }) {
  const first = props.carriers.find((c) => c.first);
  if (!first) return null;
  const when = formatWhen(first.published);
  return <span class="first">first: {outletName(first.source)}{when ? `, ${when}` : ''}</span>;
}

/** The versions other than the one shown that differ from it in words or in how they are attributed. */
function variantsOf(st: StatementView): QuoteCarrier[] {
  const shown = st.carriers[0];
  return st.carriers.filter((c) => c !== shown && (c.diff !== null || c.change !== null || isParaphrase(c.kind) !== isParaphrase(st.kind)));
}

function Statement(props: { speaker: SpeakerView; st: StatementView }) {
  const { speaker, st } = props;
  const variants = variantsOf(st);
  const outlets = [...new Set(st.carriers.map((c) => outletName(c.source)))];
  // Who quoted and who paraphrased, where there is more than one outlet or way to say it (else the chips say it all).
  const several = new Set(st.carriers.map((c) => c.source ?? c.articleId)).size > 1 || new Set(st.carriers.map((c) => c.kind)).size > 1;
  const summary = several ? statementSummary(speaker.speaker === UNATTRIBUTED ? null : speaker.speaker, speaker.pronoun, st.carriers) : '';
  return (
    <li class={isParaphrase(st.kind) ? 'statement statement-paraphrase' : 'statement'}>
      <blockquote>
        <Words text={st.text} kind={st.kind} />
      </blockquote>
      {(isParaphrase(st.kind) || st.carriers.some((c) => c.first)) && (
        <p class="statement-meta">
          <KindChip kind={st.kind} /> <FirstLine carriers={st.carriers} />
        </p>
      )}
      {summary && <p class="statement-summary">{summary}</p>}
      <p class="carriers">
        {st.carriers.some((c) => c.onThisPage) && <span class="chip chip-here">on this page</span>}
        {outlets.map((o) => (
          <span class="chip" key={o}>{o}</span>
        ))}
      </p>
      {variants.length > 0 && (
        <ul class="variants" aria-label="Other wordings">
          {variants.map((v, i) => (
            <li key={i}>
              <span class="outlet">{outletName(v.source)}:</span> <KindChip kind={v.kind} />
              {v.kind !== 'direct' && ' '}
              {v.change && <span class="chip chip-change">{changeLabel(v.change)}</span>}{' '}
              {v.diff ? <WordingDiff diff={v.diff} quoted={!isParaphrase(v.kind)} /> : <Words text={v.quote} kind={v.kind} />}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Who said what across the coverage: each statement, quoted or reported, with the outlets that
 * carried it, who carried it first, who quoted and who paraphrased it, and how each worded it.
 */
export function SpeakerList(props: { speakers: SpeakerView[] }) {
  if (props.speakers.length === 0) return <p class="empty">No quotations found in this coverage.</p>;
  return (
    <ul class="speakers">
      {props.speakers.map((s) => (
        <li class="speaker" key={s.speaker}>
          <h3 class="speaker-name">{s.speaker}</h3>
          <ul class="statements">
            {s.statements.map((st) => (
              <Statement key={st.id} speaker={s} st={st} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
