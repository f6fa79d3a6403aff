import type { QuoteCarrier } from '../utils/coverage/types';

/** Another outlet's wording with the words it changed marked: removed words struck, added words highlighted. */
export function WordingDiff(props: { diff: NonNullable<QuoteCarrier['diff']> }) {
  return (
    <span class="diff">
      “
      {props.diff.map((d, i) =>
        d.op === 'same' ? (
          <span key={i}>{d.text} </span>
        ) : d.op === 'add' ? (
          <ins key={i} title="Only in this outlet's wording">
            {d.text}{' '}
          </ins>
        ) : (
          <del key={i} title="Not in this outlet's wording">
            {d.text}{' '}
          </del>
        ),
      )}
      ”
    </span>
  );
}
