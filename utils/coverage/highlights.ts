/**
 * The reader's highlights and notes: checking what a page sends before storing it, the page key
 * they belong to, and export as Markdown or as W3C Web Annotations (JSON-LD) that other tools read.
 */
import { deleteHighlight, highlightsOfPage, putHighlight, updateHighlight } from '../db/highlights';
import type { Db, StoredHighlight } from '../db/schema';
import { pageKey } from './urls';
import { english, type I18n } from '../i18n/translate';

export { pageKey };

const MAX_EXACT = 10_000;
const MAX_CONTEXT = 200;
const MAX_NOTE = 20_000;
const MAX_TAGS = 30;
const MAX_TAG = 60;

/** What a page sends to save a highlight. */
export interface HighlightInput {
  selectors: StoredHighlight['selectors'];
  pageTitle: string | null;
}

/** Refuses what is not a well-formed selector pair instead of storing junk. */
export function checkSelectors(value: unknown): StoredHighlight['selectors'] {
  const v = value as { quote?: Record<string, unknown>; position?: Record<string, unknown> } | null;
  const q = v?.quote;
  const p = v?.position;
  if (!q || typeof q['exact'] !== 'string' || typeof q['prefix'] !== 'string' || typeof q['suffix'] !== 'string') throw new Error('A highlight needs a text quote selector.');
  if (!p || !Number.isInteger(p['start']) || !Number.isInteger(p['end']) || (p['start'] as number) < 0 || (p['end'] as number) < (p['start'] as number)) {
    throw new Error('A highlight needs a text position selector.');
  }
  const exact = (q['exact'] as string).slice(0, MAX_EXACT);
  if (!exact.trim()) throw new Error('Select some text to highlight.');
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: (q['prefix'] as string).slice(-MAX_CONTEXT), suffix: (q['suffix'] as string).slice(0, MAX_CONTEXT) },
    position: { type: 'TextPositionSelector', start: p['start'] as number, end: p['end'] as number },
  };
}

/** Tags as the reader typed them, trimmed, de-duplicated and bounded. */
export function cleanTags(tags: unknown): string[] {
  if (!Array.isArray(tags)) throw new Error('Tags must be a list.');
  return [...new Set(tags.filter((t): t is string => typeof t === 'string').map((t) => t.trim().slice(0, MAX_TAG)).filter(Boolean))].slice(0, MAX_TAGS);
}

export async function saveHighlight(db: Db, url: string, input: HighlightInput, now = Date.now(), id: string = crypto.randomUUID()): Promise<StoredHighlight> {
  const h: StoredHighlight = {
    id,
    url: pageKey(url),
    pageTitle: typeof input.pageTitle === 'string' ? input.pageTitle.slice(0, 500) : null,
    selectors: checkSelectors(input.selectors),
    note: '',
    tags: [],
    orphaned: false,
    createdAt: now,
    updatedAt: now,
  };
  await putHighlight(db, h);
  return h;
}

export function pageHighlights(db: Db, url: string): Promise<StoredHighlight[]> {
  return highlightsOfPage(db, pageKey(url));
}

/** Records which highlights the page found on this visit; the others are kept, marked orphaned. */
export async function reportAnchoring(db: Db, url: string, orphanedIds: string[]): Promise<void> {
  const orphaned = new Set(orphanedIds);
  for (const h of await highlightsOfPage(db, pageKey(url))) {
    const now = orphaned.has(h.id);
    if (now !== h.orphaned) await updateHighlight(db, h.id, (x) => ({ ...x, orphaned: now }));
  }
}

export async function editHighlight(db: Db, id: string, change: { note: unknown; tags: unknown }, now = Date.now()): Promise<StoredHighlight> {
  if (typeof change.note !== 'string') throw new Error('A note must be text.');
  const note = change.note.slice(0, MAX_NOTE);
  const tags = cleanTags(change.tags);
  return updateHighlight(db, id, (h) => ({ ...h, note, tags, updatedAt: now }));
}

export { deleteHighlight };

/** All annotations as Markdown, grouped by page, for reading or pasting elsewhere; our words in the reader's language. */
export function annotationsMarkdown(all: StoredHighlight[], i18n: I18n = english): string {
  const byPage = new Map<string, StoredHighlight[]>();
  for (const h of all) byPage.set(h.url, [...(byPage.get(h.url) ?? []), h]);
  const out: string[] = [`# ${i18n.t('panel_md_heading')}`, ''];
  for (const [url, list] of byPage) {
    out.push(`## ${list[0]?.pageTitle ?? url}`, '', `<${url}>`, '');
    for (const h of list.sort((a, b) => a.selectors.position.start - b.selectors.position.start)) {
      out.push(`> ${h.selectors.quote.exact.replace(/\s+/g, ' ').trim()}`, '');
      if (h.note.trim()) out.push(h.note.trim(), '');
      if (h.tags.length) out.push(h.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' '), '');
      if (h.orphaned) out.push(`_${i18n.t('panel_md_orphaned')}_`, '');
    }
  }
  return out.join('\n');
}

/** All annotations as W3C Web Annotations (JSON-LD), the format Hypothesis and others exchange. */
export function annotationsJson(all: StoredHighlight[]): string {
  const items = all.map((h) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${h.id}`,
    type: 'Annotation',
    created: new Date(h.createdAt).toISOString(),
    modified: new Date(h.updatedAt).toISOString(),
    motivation: h.note.trim() ? 'commenting' : 'highlighting',
    body: [
      ...(h.note.trim() ? [{ type: 'TextualBody', value: h.note, format: 'text/plain', purpose: 'commenting' }] : []),
      ...h.tags.map((t) => ({ type: 'TextualBody', value: t, purpose: 'tagging' })),
    ],
    target: { source: h.url, selector: [h.selectors.quote, h.selectors.position] },
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
}
