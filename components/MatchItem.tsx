import type { MatchCard } from '../utils/coverage/types';
import type { Verdict } from '../utils/coverage/corrections';
import { daysApart, describeContradiction, formatDate, outletName, readerHref, sameEventDay } from '../utils/coverage/format';
import { CorrectionButtons } from './CorrectionButtons';
import { useI18n } from './i18n-context';

/** A score in [0, 1] as a whole percentage, as the locale writes one ("87%", "87 %"). */
function percent(score: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(Math.round(score * 100) / 100);
}

/**
 * One related article: outlet, title, date, snippet, and why it matched (page text rendered as
 * text); with `onCorrect`, the reader's "Not the same story" / "Same story" buttons.
 */
export function MatchItem(props: { card: MatchCard; onCorrect?: (articleId: string, verdict: Verdict | null) => void }) {
  const i18n = useI18n();
  const c = props.card;
  const why = [...c.reasons.names.slice(0, 5), ...c.reasons.terms.slice(0, 5)];
  const apart = daysApart(c.reasons.days, i18n);
  const eventDay = sameEventDay(c.reasons.eventDays, i18n);
  const clashes = (c.reasons.contradictions ?? []).map((x) => describeContradiction(x, i18n));
  const title = c.title ?? c.snippet.slice(0, 90);
  return (
    <li class="match" data-tier={c.tier} data-correction={c.correction}>
      <div class="match-meta">
        <span class="outlet">{outletName(c.source, i18n)}</span>
        {c.published && <time dateTime={c.published}>{formatDate(c.published, false, i18n)}</time>}
        {c.byCorrection ? (
          <span class="score" title={i18n.t('panel_pick_title')}>
            {i18n.t('panel_pick')}
          </span>
        ) : (
          <span class="score" title={i18n.t('panel_score_title')}>
            {percent(c.score, i18n.locale)}
          </span>
        )}
      </div>
      <a class="match-title" href={readerHref(c.id)} target="_blank" rel="noopener">
        {title}
      </a>
      <p class="snippet">{c.snippet}</p>
      {(why.length > 0 || apart || eventDay) && (
        <p class="reasons">
          <span class="reasons-label">{i18n.t('panel_why')} </span>
          {c.reasons.names.slice(0, 5).map((n) => (
            <span class="chip chip-name" key={`n-${n}`}>{n}</span>
          ))}
          {c.reasons.terms.slice(0, 5).map((t) => (
            <span class="chip" key={`t-${t}`}>{t}</span>
          ))}
          {apart && <span class="chip chip-time">{apart}</span>}
          {eventDay && <span class="chip chip-time">{eventDay}</span>}
        </p>
      )}
      {clashes.length > 0 && (
        <p class="reasons reasons-against">
          <span class="reasons-label">{i18n.t('panel_against')} </span>
          {clashes.map((t) => (
            <span class="chip chip-clash" key={t}>{t}</span>
          ))}
        </p>
      )}
      {props.onCorrect && <CorrectionButtons card={c} title={title} onCorrect={props.onCorrect} />}
    </li>
  );
}
