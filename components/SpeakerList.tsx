import type { QuoteCarrier, SpeakerView, StatementView } from '../utils/coverage/types';
import { UNATTRIBUTED } from '../utils/coverage/types';
import type { QuoteKind } from '../utils/types';
import { formatWhen, outletName } from '../utils/coverage/format';
import { statementSummary } from '../utils/coverage/statement-summary';
import { changeLabel } from '../utils/coverage/wording-change';
import { WordingDiff } from './WordingDiff';
import { useI18n } from './i18n-context';

const isParaphrase = (k: QuoteKind): boolean => k !== 'direct';

/** The mark of reported speech: the words are the outlet's, not the speaker's. Nothing for a direct quote. */
function KindChip(props: { kind: QuoteKind }) {
  const i18n = useI18n();
  if (props.kind === 'indirect') return <span class="chip chip-paraphrase">{i18n.t('panel_kind_indirect')}</span>;
  if (props.kind === 'mixed') {
    return (
      <span class="chip chip-paraphrase" title={i18n.t('panel_kind_mixed_title')}>
        {i18n.t('panel_kind_mixed')}
      </span>
    );
  }
  return null;
}

/** Words in (the reader's language's) quotation marks when printed as a quotation; a paraphrase (mixed included) without outer marks. */
function Words(props: { text: string; kind: QuoteKind }) {
  const i18n = useI18n();
  return <>{isParaphrase(props.kind) ? props.text : i18n.t('quoted', { text: props.text })}</>;
}

/** "first: Reuters, 10 Mar 14:02" (the time in the reader's locale), or nothing when no time says who. */
function FirstLine(props: { carriers: QuoteCarrier[] }) {
  const i18n = useI18n();
  const first = props.carriers.find((c) => c.first);
  if (!first) return null;
  const when = formatWhen(first.published, { locale: i18n.locale });
  const outlet = outletName(first.source, i18n);
  return <span class="first">{when ? i18n.t('panel_first_when', { outlet, when }) : i18n.t('panel_first', { outlet })}</span>;
}

/** The versions other than the one shown that differ from it in words or in how they are attributed. */
function variantsOf(st: StatementView): QuoteCarrier[] {
  const shown = st.carriers[0];
  return st.carriers.filter((c) => c !== shown && (c.diff !== null || c.change !== null || isParaphrase(c.kind) !== isParaphrase(st.kind)));
}

function Statement(props: { speaker: SpeakerView; st: StatementView }) {
  const i18n = useI18n();
  const { speaker, st } = props;
  const variants = variantsOf(st);
  const outlets = [...new Set(st.carriers.map((c) => outletName(c.source, i18n)))];
  // Who quoted and who paraphrased, where there is more than one outlet or way to say it (else the chips say it all).
  const several = new Set(st.carriers.map((c) => c.source ?? c.articleId)).size > 1 || new Set(st.carriers.map((c) => c.kind)).size > 1;
  const summary = several ? statementSummary(speaker.speaker === UNATTRIBUTED ? null : speaker.speaker, speaker.pronoun, st.carriers, i18n) : '';
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
        {st.carriers.some((c) => c.onThisPage) && <span class="chip chip-here">{i18n.t('panel_on_this_page')}</span>}
        {outlets.map((o) => (
          <span class="chip" key={o}>{o}</span>
        ))}
      </p>
      {variants.length > 0 && (
        <ul class="variants" aria-label={i18n.t('panel_other_wordings')}>
          {variants.map((v, i) => (
            <li key={i}>
              <span class="outlet">{i18n.t('panel_outlet_label', { outlet: outletName(v.source, i18n) })}</span> <KindChip kind={v.kind} />
              {v.kind !== 'direct' && ' '}
              {v.change && <span class="chip chip-change">{changeLabel(v.change, i18n)}</span>}{' '}
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
  const i18n = useI18n();
  if (props.speakers.length === 0) return <p class="empty">{i18n.t('panel_no_quotes')}</p>;
  return (
    <ul class="speakers">
      {props.speakers.map((s) => (
        <li class="speaker" key={s.speaker}>
          <h3 class="speaker-name">{s.speaker === UNATTRIBUTED ? i18n.t('panel_unattributed') : s.speaker}</h3>
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
