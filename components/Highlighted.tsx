/** Text with the words a search matched marked, built from text nodes only (page text is never markup). */
export function Highlighted(props: { text: string; terms: string[] }) {
  const terms = props.terms.filter((t) => t.length > 1).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (terms.length === 0) return <>{props.text}</>;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.join('|')})`, 'giu');
  const parts: (string | { mark: string })[] = [];
  let last = 0;
  for (const m of props.text.matchAll(re)) {
    if (m.index > last) parts.push(props.text.slice(last, m.index));
    parts.push({ mark: m[0] });
    last = m.index + m[0].length;
  }
  parts.push(props.text.slice(last));
  return <>{parts.map((p, i) => (typeof p === 'string' ? p : <mark key={i}>{p.mark}</mark>))}</>;
}
