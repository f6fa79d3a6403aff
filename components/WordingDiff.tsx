import type { QuoteCarrier } from '../utils/coverage/types';
import { withParts } from './message-parts';
import { useI18n } from './i18n-context';

/**
 * Another outlet's wording with the words it changed marked: removed words struck, added words
 * highlighted. In quotation marks (the reader's language's) only when that outlet printed it as a
 * quotation (`quoted`); a paraphrase is shown without them, so it never reads as someone's exact words.
 */
export function WordingDiff(props: { diff: NonNullable<QuoteCarrier['diff']>; quoted?: boolean }) {
  const i18n = useI18n();
  const words = props.diff.map((d, i) =>
    d.op === 'same' ? (
      <span key={i}>{d.text} </span>
    ) : d.op === 'add' ? (
      <ins key={i} title={i18n.t('wording_added')}>
        {d.text}{' '}
      </ins>
    ) : (
      <del key={i} title={i18n.t('wording_removed')}>
        {d.text}{' '}
      </del>
    ),
  );
  return <span class="diff">{(props.quoted ?? true) ? withParts(i18n.t('quoted'), { text: words }, i18n) : words}</span>;
}
