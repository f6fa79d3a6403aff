import type { AdditionView } from '../utils/coverage/types';
import { outletName, readerHref } from '../utils/coverage/format';
import { around } from '../utils/i18n/around';
import { useI18n } from './i18n-context';

/** Sentences of the other coverage that carry facts this page lacks, each with its outlet. */
export function AdditionsList(props: { additions: AdditionView[] }) {
  const i18n = useI18n();
  if (props.additions.length === 0) return <p class="empty">{i18n.t('panel_adds_none')}</p>;
  // "{outlet} adds:": the outlet is a link, so the message is cut around it.
  const [before, after] = around(i18n, 'panel_outlet_adds', 'outlet');
  return (
    <ul class="additions">
      {props.additions.map((a, i) => (
        <li key={i}>
          <p class="addition-text">{a.sentence}</p>
          <p class="carriers">
            {before}
            <a href={readerHref(a.articleId)} target="_blank" rel="noopener" class="outlet">
              {outletName(a.source, i18n)}
            </a>
            {after}{' '}
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
