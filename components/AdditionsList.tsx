import type { AdditionView } from '../utils/coverage/types';
import { outletName, readerHref } from '../utils/coverage/format';

/** Sentences of the other coverage that carry facts this page lacks, each with its outlet. */
export function AdditionsList(props: { additions: AdditionView[] }) {
  if (props.additions.length === 0) return <p class="empty">The other coverage adds no names or figures this page lacks.</p>;
  return (
    <ul class="additions">
      {props.additions.map((a, i) => (
        <li key={i}>
          <p class="addition-text">{a.sentence}</p>
          <p class="carriers">
            <a href={readerHref(a.articleId)} target="_blank" rel="noopener" class="outlet">
              {outletName(a.source)}
            </a>{' '}
            adds:{' '}
            {a.facts.slice(0, 6).map((f) => (
              <span class="chip" key={f}>
                {f}
              </span>
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}
