/**
 * The feeds both feed benchmarks serve (Node and real Chromium): FEEDS feeds of ITEMS items each,
 * item bodies from real news reports (gva), every item distinct, dated in the last hours (the
 * reports' own dates are years old: retention would leave them out).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FEEDS = 50;
export const ITEMS = 30;

/** A report of the gva clusters file. */
export interface Report {
  title: string | null;
  text: string;
}

/** Every report of ../shared/datasets/clusters/gva.jsonl. */
export function readReports(): Report[] {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'datasets', 'clusters', 'gva.jsonl');
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Report);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Round `round`'s RSS of feed `f`: ITEMS reports of its own, their HTML paragraphs escaped in the description. */
export function feedXml(reports: readonly Report[], f: number, round = 1): string {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const k = ((round - 1) * FEEDS * ITEMS + f * ITEMS + i) % reports.length;
    const r = reports[k]!;
    const html = r.text.split('\n\n').map((p) => `<p>${esc(p)}</p>`).join('');
    return `<item><title>${esc(r.title ?? `Report ${k}`)}</title><link>http://127.0.0.1/o${f}/${round}-${i}</link><guid>o${f}-${round}-${i}</guid><pubDate>${new Date(Date.now() - i * 600_000).toUTCString()}</pubDate><description>${esc(html)}</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Outlet ${f}</title><link>http://127.0.0.1/o${f}/</link><language>en</language>${items.join('')}</channel></rss>`;
}
