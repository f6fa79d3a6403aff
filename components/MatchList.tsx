import type { MatchCard } from '../utils/coverage/types';
import type { Verdict } from '../utils/coverage/corrections';
import { MatchItem } from './MatchItem';
import { useI18n } from './i18n-context';

/** A titled list of related articles; renders nothing when empty unless told what to say. */
export function MatchList(props: { heading: string; cards: MatchCard[]; id: string; empty?: string; note?: string; onCorrect?: (articleId: string, verdict: Verdict | null) => void }) {
  const i18n = useI18n();
  if (props.cards.length === 0 && !props.empty) return null;
  const n = props.cards.length;
  return (
    <section class="section" aria-labelledby={props.id}>
      <h2 id={props.id}>
        {props.heading}{' '}
        <span class="count" title={i18n.plural('panel_count', n)}>
          {i18n.number(n)}
        </span>
      </h2>
      {props.note && <p class="note">{props.note}</p>}
      {n === 0 ? <p class="empty">{props.empty}</p> : <ul class="matches">{props.cards.map((c) => <MatchItem card={c} key={c.id} onCorrect={props.onCorrect} />)}</ul>}
    </section>
  );
}
