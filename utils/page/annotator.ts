/**
 * Everything Crossread shows on the page itself: the quiet marks on quotations other outlets also
 * carry (with their hover card), and the reader's own highlights, anchored by W3C selectors and
 * repainted on each visit. It only reads the DOM and paints with the Custom Highlight API; the one
 * element it adds is its Shadow DOM host.
 */
import { anchor, describeRange, type DomTextMap } from '../anchor';
import type { PageMark } from '../coverage/marks';
import type { StoredHighlight } from '../db/schema';
import { createPageUi, type PageUi } from './card';
import { paint, rangeAt } from './paint';
import { findLoosely, offsetsOf, pageTextMap, rangeOf } from './text-map';
import { english, type I18n } from '../i18n/translate';

/** What the annotator needs from the background. */
export interface AnnotatorApi {
  highlights(): Promise<StoredHighlight[]>;
  save(selectors: StoredHighlight['selectors'], pageTitle: string | null): Promise<StoredHighlight>;
  orphans(ids: string[]): Promise<void>;
}

export class PageAnnotator {
  private ui: PageUi | null = null;
  private map: DomTextMap | null = null;
  private marks: { range: Range; mark: PageMark }[] = [];
  private notes: { range: Range; id: string }[] = [];
  private hovered: PageMark | null = null;
  private readonly onMove = (e: MouseEvent) => this.hover(e.clientX, e.clientY);

  constructor(
    private readonly doc: Document,
    private readonly api: AnnotatorApi,
    /** The reader's language, for the card and the toasts (the entrypoint passes browser.i18n's). */
    private readonly i18n: I18n = english,
    /** What the browser calls the panel a note is added in: Chrome's side panel, Firefox's sidebar. */
    private readonly panel: 'side-panel' | 'sidebar' = 'side-panel',
  ) {}

  private pageUi(): PageUi {
    this.ui ??= createPageUi(this.doc, this.i18n);
    return this.ui;
  }

  private textMap(): DomTextMap {
    this.map ??= pageTextMap(this.doc, this.ui?.host ?? null);
    return this.map;
  }

  /** The page changed (in-page navigation): forget offsets; marks and highlights are redone by the caller. */
  reset(): void {
    this.map = null;
    this.focused = -1;
    this.setMarks([]);
    this.notes = [];
    paint(this.doc, 'crossread-note', []);
  }

  /** Marks the quotations other coverage carries (an empty list clears them). */
  setMarks(marks: PageMark[]): void {
    const text = this.textMap().text;
    this.marks = [];
    for (const mark of marks) {
      const at = findLoosely(text, mark.quote);
      const range = at && rangeOf(this.doc, this.textMap(), at[0], at[1]);
      if (range) this.marks.push({ range, mark });
    }
    paint(this.doc, 'crossread-quote', this.marks.map((m) => m.range));
    if (this.marks.length) this.doc.addEventListener('mousemove', this.onMove, { passive: true });
    else {
      this.doc.removeEventListener('mousemove', this.onMove);
      this.ui?.hideCard();
    }
  }

  /** How many quotations are marked now. */
  get markCount(): number {
    return this.marks.length;
  }

  private hover(x: number, y: number): void {
    const hit = rangeAt(this.marks, x, y);
    if (hit?.mark === this.hovered) return;
    this.hovered = hit?.mark ?? null;
    paint(this.doc, 'crossread-quote-active', hit ? [hit.range] : []);
    if (hit) this.pageUi().showCard(hit.mark, x, y);
    else this.ui?.hideCard();
  }

  private focused = -1;

  /**
   * Keyboard access to the marks (text ranges cannot take focus): brings the next marked quotation
   * into view and shows its card, as hovering would. Returns false when nothing is marked.
   */
  focusNextMark(): boolean {
    if (this.marks.length === 0) {
      this.pageUi().toast(this.i18n.t('page_no_marks'));
      return false;
    }
    this.focused = (this.focused + 1) % this.marks.length;
    const m = this.marks[this.focused]!;
    m.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = m.range.getClientRects()[0];
    paint(this.doc, 'crossread-quote-active', [m.range]);
    this.hovered = m.mark;
    if (box) this.pageUi().showCard(m.mark, box.left, box.bottom - 8);
    return true;
  }

  /** Paints the saved highlights found on the page and reports the ones that were not. */
  async loadHighlights(): Promise<{ found: number; orphaned: number }> {
    const saved = await this.api.highlights();
    const map = this.textMap();
    const orphaned: string[] = [];
    this.notes = [];
    for (const h of saved) {
      const at = anchor(map.text, { quote: h.selectors.quote, position: h.selectors.position });
      const range = at && rangeOf(this.doc, map, at.start, at.end);
      if (range) this.notes.push({ range, id: h.id });
      else orphaned.push(h.id);
    }
    paint(this.doc, 'crossread-note', this.notes.map((n) => n.range));
    if (saved.length) await this.api.orphans(orphaned);
    return { found: this.notes.length, orphaned: orphaned.length };
  }

  /** Saves the reader's current selection as a highlight; says so on the page either way. */
  async saveSelection(): Promise<StoredHighlight | null> {
    const sel = this.doc.getSelection();
    const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
    const map = this.textMap();
    const at = range ? offsetsOf(map, range) : null;
    if (!at || !map.text.slice(at[0], at[1]).trim()) {
      this.pageUi().toast(this.i18n.t('page_select_first'));
      return null;
    }
    const saved = await this.api.save(describeRange(map.text, at[0], at[1]), this.doc.title || null);
    const painted = rangeOf(this.doc, map, at[0], at[1]);
    if (painted) this.notes.push({ range: painted, id: saved.id });
    paint(this.doc, 'crossread-note', this.notes.map((n) => n.range));
    this.pageUi().toast(this.i18n.t(this.panel === 'sidebar' ? 'page_saved_sidebar' : 'page_saved'));
    return saved;
  }

  /** Removes everything Crossread put on the page. */
  destroy(): void {
    this.reset();
    this.ui?.remove();
    this.ui = null;
  }
}
