import type { SpeakerView } from '../utils/coverage/types';
import { outletName } from '../utils/coverage/format';
import { WordingDiff } from './WordingDiff';

/** Who said what across the coverage: each statement with the outlets that carried it and their wording. */
export function SpeakerList(props: { speakers: SpeakerView[] }) {
  if (props.speakers.length === 0) return <p class="empty">No quotations found in this coverage.</p>;
  return (
    <ul class="speakers">
      {props.speakers.map((s) => (
        <li class="speaker" key={s.speaker}>
          <h3 class="speaker-name">{s.speaker}</h3>
          <ul class="statements">
            {s.statements.map((st) => {
              const variants = st.carriers.filter((c) => c.diff !== null);
              const outlets = [...new Set(st.carriers.map((c) => outletName(c.source)))];
              return (
                <li class="statement" key={st.id}>
                  <blockquote>“{st.text}”</blockquote>
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
                          <span class="outlet">{outletName(v.source)}:</span> <WordingDiff diff={v.diff!} />
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
