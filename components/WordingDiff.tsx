import type { QuoteCarrier } from '../utils/coverage/types';

/**
 * Another outlet's wording with the words it changed marked: removed words struck, added words
 * highlighted. In quotation marks only when that outlet printed it as a quotation (`quoted`);
 * a paraphrase is shown without them, so it never reads as someone's exact words.
 */
export function WordingDiff(props: { diff: NonNullable<QuoteCarrier['diff']>; quoted?: boolean }) {
  const quoted = props.quoted ?? true;
  return (
    <span class="diff">
      {quoted && '“'}
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
      {quoted && '”'}
    </span>
  );
}
