/**
 * Where a page's prose is, and whether one block of it is a story's body: paragraphs (p, pre, leaf
 * list items, text broken by <br>s, bare text in <div>s on older pages), grouped by the container
 * each sits in, and sibling columns of one body merged. Teasers and posts, which carry a link of
 * their own, stay apart, so a page of forty teasers has forty small groups and no body.
 */

import { DENSE } from '../text/dense';

/** Length of a text with CJK characters counted three times. */
export function proseLength(t: string): number {
  return t.length + 2 * (t.match(DENSE)?.length ?? 0);
}

/** The prose of a page and its largest block (the story's body, if the page has one). */
export interface StoryBody {
  /** Prose paragraphs anywhere on the page, and their weighted characters. */
  prose: number;
  proseChars: number;
  /** Of those, characters in CJK scripts (weighted), to scale length thresholds. */
  denseChars: number;
  /** The largest group of prose paragraphs that share one container: a story's body. */
  mainParagraphs: number;
  mainChars: number;
  /** How many containers hold prose at all (one for a story, many for teasers or posts). */
  proseGroups: number;
  /** The container of the largest block, or null. */
  main: Element | null;
}

/** The first `cap` nodes of a static NodeList, without copying the whole list. */
export function* first<T extends Node>(list: NodeListOf<T>, cap: number): Generator<T> {
  const n = Math.min(list.length, cap);
  for (let i = 0; i < n; i++) yield list[i]!;
}

/** An element's text without the CSS and scripts some pages inline in their body. */
function ownText(el: Element): string {
  let t = el.textContent ?? '';
  if (el.querySelector('style, script')) {
    t = '';
    const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const tag = n.parentElement?.tagName;
      if (tag !== 'STYLE' && tag !== 'SCRIPT') t += n.nodeValue ?? '';
    }
  }
  return t.replace(/\s+/gu, ' ').trim();
}

/**
 * A block that stands on its own: it carries a link outside its paragraphs (a teaser's linked
 * headline, a post's author), so it is not one column of a story's body.
 */
function standsAlone(group: Element): boolean {
  if (group.closest('a[href]')) return true;
  for (const a of first(group.querySelectorAll('a[href]'), 40)) {
    if (!a.closest('p, li, blockquote, figure, pre')) return true;
  }
  return false;
}

/** The container above a block, past wrappers that hold nothing else. */
function containerOf(el: Element): Element | null {
  let up = el.parentElement;
  while (up && up.childElementCount === 1 && up.parentElement) up = up.parentElement;
  return up;
}

/** The container a prose paragraph belongs to: its parent, or the one above when the parent only wraps it. */
function groupOf(el: Element): Element | null {
  const parent = el.parentElement;
  if (!parent) return null;
  if (parent.childElementCount === 1 && parent.parentElement) return parent.parentElement;
  return parent;
}

/** Measure the prose of a page's body. Bounded: at most a few thousand blocks are looked at. */
export function storyBody(body: HTMLElement): StoryBody {
  const out: StoryBody = { prose: 0, proseChars: 0, denseChars: 0, mainParagraphs: 0, mainChars: 0, proseGroups: 0, main: null };
  const blocks = new Set<Element>();
  for (const p of first(body.querySelectorAll('p, pre, li'), 2000)) {
    // A list item is prose only as a leaf: items that hold lists are menus.
    if (p.tagName !== 'LI' || !p.querySelector('ul, ol')) blocks.add(p);
  }
  for (const br of first(body.querySelectorAll('br'), 600)) {
    const parent = br.parentElement;
    if (parent && parent.tagName !== 'P') blocks.add(parent);
  }
  const groups = new Map<Element, [number, number]>();

  const countProse = (el: Element, t: string): void => {
    const len = proseLength(t);
    out.prose++;
    out.proseChars += len;
    out.denseChars += len - t.length;
    const g = groupOf(el);
    if (!g) return;
    const v = groups.get(g) ?? [0, 0];
    v[0]++;
    v[1] += len;
    groups.set(g, v);
  };
  for (const p of blocks) {
    const t = ownText(p);
    if (proseLength(t) < 80 || !/[.!?。！？…]/u.test(t)) continue;
    let linkChars = 0;
    for (const a of first(p.querySelectorAll('a'), 100)) linkChars += (a.textContent ?? '').length;
    if (linkChars > t.length * 0.5) continue;
    countProse(p, t);
  }
  // Older CMSes and plain documents write paragraphs as bare text in <div>s: looked for only when
  // <p>s found little, so pages with proper markup never pay for the walk.
  if (out.prose < 3) {
    for (const el of first(body.querySelectorAll('div, td, section, article'), 1500)) {
      let own = '';
      for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += c.nodeValue ?? '';
      own = own.replace(/\s+/gu, ' ').trim();
      if (proseLength(own) < 80 || !/[.!?。！？…]/u.test(own)) continue;
      countProse(el, own);
    }
  }
  // A story's body is often cut into sibling columns or sections (<div><p/><p/></div><div><p/></div>):
  // groups that share a container and hold no link of their own are one body. Teasers and posts,
  // which carry a linked headline or an author, are never merged.
  const regions = new Map<Element, [number, number]>();
  for (const [g, [n, chars]] of groups) {
    const parent = containerOf(g);
    if (!parent || standsAlone(g)) continue;
    const v = regions.get(parent) ?? [0, 0];
    v[0] += n;
    v[1] += chars;
    regions.set(parent, v);
  }
  for (const candidates of [groups, regions]) {
    for (const [g, [n, chars]] of candidates) {
      if (chars > out.mainChars) {
        out.mainChars = chars;
        out.mainParagraphs = n;
        out.main = g;
      }
    }
  }
  out.proseGroups = groups.size;

  return out;
}
