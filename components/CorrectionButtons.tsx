import type { MatchCard } from '../utils/coverage/types';
import type { Verdict } from '../utils/coverage/corrections';
import { useI18n } from './i18n-context';

/**
 * The reader's say on one match: "Not the same story" on same-story coverage, "Same story" on a
 * related article; once corrected, what they said and an undo. Each button's accessible name
 * starts with its visible words and names the article, so a screen reader can tell them apart.
 */
export function CorrectionButtons(props: { card: MatchCard; title: string; onCorrect: (articleId: string, verdict: Verdict | null) => void }) {
  const i18n = useI18n();
  const { card, title, onCorrect } = props;
  if (card.correction) {
    const different = card.correction === 'different';
    return (
      <p class="correction">
        <span class="chip chip-correction">{i18n.t(different ? 'panel_said_different' : 'panel_said_same')}</span>{' '}
        <button type="button" class="correct-button" aria-label={i18n.t(different ? 'panel_undo_different_label' : 'panel_undo_same_label', { title })} onClick={() => onCorrect(card.id, null)}>
          {i18n.t('panel_undo')}
        </button>
      </p>
    );
  }
  const verdict: Verdict = card.tier === 'related' ? 'same' : 'different';
  const same = verdict === 'same';
  return (
    <p class="correction">
      <button type="button" class="correct-button" aria-label={i18n.t(same ? 'panel_correct_same_label' : 'panel_correct_different_label', { title })} onClick={() => onCorrect(card.id, verdict)}>
        {i18n.t(same ? 'panel_correct_same' : 'panel_correct_different')}
      </button>
    </p>
  );
}
