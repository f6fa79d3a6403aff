/**
 * What the Firefox tests read, as a person would read it: a tab's badge, the side panel's rendered
 * text (the panel page opened as a tab, or Firefox's actual sidebar), and what the annotator shows on a
 * news page. The extension's API is asked from an extension page kept open for it (the "probe").
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionApi } from './firefox-browser';
import { waitFor } from './helpers';
import { textPoint } from './page-text';

/** Firefox's `browser` global inside an extension page (the functions below run there, not in Node). */
type ExtGlobal = { browser: ExtensionApi };

/** The id Firefox gave the tab showing `url`. */
export async function tabIdOf(probe: Page, url: string): Promise<number> {
  const id = await waitFor(
    () => probe.evaluate(async (u) => (await (globalThis as unknown as ExtGlobal).browser.tabs.query({})).find((t) => t.url === u)?.id ?? null, url),
    (v) => v !== null,
    10_000,
  );
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

/** The toolbar button's badge for a tab, as Firefox shows it (browserAction in MV2). */
export function badgeOf(probe: Page, tabId: number): Promise<string> {
  return probe.evaluate((id) => (globalThis as unknown as ExtGlobal).browser.browserAction.getBadgeText({ tabId: id }), tabId);
}

export interface PanelView {
  /** The panel-wide state heading ("Not a news article", "No related coverage", …), if any. */
  state: string | null;
  /** What the panel is about: "This page", "Your selection" or "The linked page" (the header's kicker). */
  subject: string | null;
  /** The subject's title (a page's headline) or, for a selection, its excerpt. */
  subjectTitle: string | null;
  subjectExcerpt: string | null;
  sections: string[];
  sameStoryIds: string[];
  outlets: string[];
  inCorpus: boolean;
  speakers: string[];
  statements: number;
  /** The quotes of the reader's highlights listed under Notes. */
  notes: string[];
  /** The notes' notices ("Not found on the page at this visit …"). */
  noteNotices: string[];
}

/**
 * What the panel shows right now, read from its DOM as a person would read it: in `panel` itself (the
 * panel page opened as a tab) or, with `where: 'sidebar'`, in Firefox's sidebar, whose document an
 * extension page reaches with `extension.getViews({ type: 'sidebar' })` (null while no sidebar of
 * the add-on is loaded).
 */
export function readPanel(panel: Page, where: 'page' | 'sidebar' = 'page'): Promise<PanelView | null> {
  return panel.evaluate((where): PanelView | null => {
    const doc = where === 'page' ? document : (globalThis as unknown as ExtGlobal).browser.extension.getViews({ type: 'sidebar' })[0]?.document;
    if (!doc || doc.readyState !== 'complete') return null;
    const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
    const matches = [...doc.querySelectorAll('section[aria-labelledby="same-story"] li.match')];
    return {
      state: text(doc.querySelector('section.state h2')) || null,
      subject: text(doc.querySelector('header.subject .kicker')) || null,
      subjectTitle: text(doc.querySelector('header.subject h1')) || null,
      subjectExcerpt: text(doc.querySelector('header.subject .excerpt')) || null,
      sections: [...doc.querySelectorAll('h2')].map(text),
      sameStoryIds: matches.map((li) => new URL((li.querySelector('a.match-title') as HTMLAnchorElement).href).searchParams.get('id') ?? ''),
      outlets: matches.map((li) => text(li.querySelector('.outlet'))),
      inCorpus: [...doc.querySelectorAll('.chip-here')].some((c) => text(c) === 'in your corpus'),
      speakers: [...doc.querySelectorAll('.speakers .speaker-name')].map(text),
      statements: doc.querySelectorAll('.speakers .statement blockquote').length,
      notes: [...doc.querySelectorAll('li.note-item blockquote')].map(text),
      noteNotices: [...doc.querySelectorAll('li.note-item .notice')].map(text),
    };
  }, where);
}

/**
 * Selects the first occurrence of `text` on the page as a reader would with the mouse, scrolled into
 * view, and returns a viewport point inside it (where a right-click keeps the selection).
 */
export async function selectText(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(textPoint, { text, select: true });
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}

/** How many ranges a named Custom Highlight paints on the page (0 when none). */
export function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights?.get(n)?.size ?? 0, name);
}

/** The annotator's toast on the page (inside its shadow root), while it is shown; null otherwise. */
export function toastOf(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const toast = document.querySelector('crossread-ui')?.shadowRoot?.querySelector<HTMLElement>('.toast');
    return toast && !toast.hidden ? (toast.textContent ?? '') : null;
  });
}

/**
 * Types into a field of the sidebar, found by its label's text inside the `n`-th note (or the whole
 * sidebar with n = -1): the value is set and an `input` event fired, as typing does for the panel's
 * Preact handlers. (The sidebar is no WebDriver browsing context, so no real key events reach it.)
 */
export function fillInSidebar(probe: Page, label: string, value: string, n = 0): Promise<void> {
  return probe.evaluate(
    ({ label, value, n }) => {
      const doc = (globalThis as unknown as ExtGlobal).browser.extension.getViews({ type: 'sidebar' })[0]?.document;
      const scope = n < 0 ? doc : doc?.querySelectorAll('li.note-item')[n];
      const field = [...(scope?.querySelectorAll('label') ?? [])].find((l) => l.textContent?.trim().startsWith(label))?.querySelector('input, textarea');
      if (!field) throw new Error(`no field "${label}" in the sidebar`);
      (field as HTMLInputElement).value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { label, value, n },
  );
}

/** Clicks the sidebar's button whose text is `name` (an element click, as a mouse click triggers it). */
export function clickInSidebar(probe: Page, name: string): Promise<void> {
  return probe.evaluate((name) => {
    const doc = (globalThis as unknown as ExtGlobal).browser.extension.getViews({ type: 'sidebar' })[0]?.document;
    const button = [...(doc?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === name);
    if (!button) throw new Error(`no button "${name}" in the sidebar`);
    button.click();
  }, name);
}

/** The sidebar's status lines (role=status), e.g. a note's "Saved.". */
export function sidebarStatus(probe: Page): Promise<string[]> {
  return probe.evaluate(() => {
    const doc = (globalThis as unknown as ExtGlobal).browser.extension.getViews({ type: 'sidebar' })[0]?.document;
    return [...(doc?.querySelectorAll('[role=status]') ?? [])].map((s) => s.textContent?.trim() ?? '');
  });
}
