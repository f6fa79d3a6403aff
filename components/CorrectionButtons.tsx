import type { MatchCard } from '../utils/coverage/types';
import type { Verdict } from '../utils/coverage/corrections';

/**
 * The reader's say on one match: "Not the same story" on same-story coverage, "Same story" on a
 * related article; once corrected, what they said and an undo. Each button's accessible name
 * starts with its visible words and names the article, so a screen reader can tell them apart.
 */
export function CorrectionButtons(props: { card: MatchCard; title: string; onCorrect: (articleId: string, verdict: Verdict | null) => void }) {
  const { card, title, onCorrect } = props;
  if (card.correction) {
    const said = card.correction === 'different' ? 'not the same story' : 'same story';
    return (
      <p class="correction">
        <span class="chip chip-correction">you said: {said}</span>{' '}
        <button type="button" class="correct-button" aria-label={`Undo “${said}” for ${title}`} onClick={() => onCorrect(card.id, null)}>
          Undo
        </button>
      </p>
    );
  }
  const verdict: Verdict = card.tier === 'related' ? 'same' : 'different';
  const label = verdict === 'same' ? 'Same story' : 'Not the same story';
  return (
    <p class="correction">
      <button type="button" class="correct-button" aria-label={`${label}: ${title}`} onClick={() => onCorrect(card.id, verdict)}>
        {label}
      </button>
    </p>
  );
}
