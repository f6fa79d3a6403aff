/**
 * The quotations of the page being read that other coverage also carries: what the content script
 * marks on the page, with what its hover card shows (speaker, the other outlets, their wording).
 */
import { wordDiff } from '../quotes';
import type { TabView } from './types';

export interface PageMark {
  /** The page's own wording, to find on the page. */
  quote: string;
  speaker: string;
  others: { source: string | null; quote: string; diff: { op: 'same' | 'add' | 'del'; text: string }[] | null }[];
}

/** Marks for a ready page view; nothing for selections, links or pages without shared quotes. */
export function pageMarks(view: TabView): PageMark[] {
  if (view.state !== 'ready' || view.subject.kind !== 'page') return [];
  const marks: PageMark[] = [];
  for (const s of view.speakers) {
    for (const st of s.statements) {
      const own = st.carriers.filter((c) => c.onThisPage);
      const others = st.carriers.filter((c) => !c.onThisPage);
      if (own.length === 0 || others.length === 0) continue;
      for (const o of own) {
        // The card says how the others differ from this page's words (the panel may show another outlet's first).
        const versions = others.map((c) => {
          const diff = c.quote === o.quote ? null : wordDiff(o.quote, c.quote);
          return { source: c.source, quote: c.quote, diff: diff && diff.some((d) => d.op !== 'same') ? diff : null };
        });
        marks.push({ quote: o.quote, speaker: s.speaker, others: versions });
      }
    }
  }
  return marks;
}
