import type { AdditionView } from '../utils/coverage/types';
import { outletName, readerHref } from '../utils/coverage/format';
import { withParts } from './message-parts';
import { useI18n } from './i18n-context';

/** Sentences of the other coverage that carry facts this page lacks, each with its outlet. */
export function AdditionsList(props: { additions: AdditionView[] }) {
  const i18n = useI18n();
  if (props.additions.length === 0) return <p class="empty">{i18n.t('panel_adds_none')}</p>;
  return (
    <ul class="additions">
      {props.additions.map((a, i) => (
        <li key={i}>
          <p class="addition-text">{a.sentence}</p>
          <p class="carriers">
            {/* "{outlet} adds:": the outlet is a link where the language's sentence has it. */}
            {withParts(
              i18n.t('panel_outlet_adds'),
              {
                outlet: (
                  <a href={readerHref(a.articleId)} target="_blank" rel="noopener" class="outlet">
                    {outletName(a.source, i18n)}
                  </a>
                ),
              },
              i18n,
            )}{' '}
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
