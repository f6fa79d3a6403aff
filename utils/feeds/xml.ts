/**
 * Reading feed XML the lenient way real feeds need: elements recognised by namespace, not by the
 * prefix a feed happens to write (`a10:link` is Atom, `dc:` used without a declaration is still
 * Dublin Core), xml:base and xml:lang inherited, links resolved to absolute http(s) URLs, and text
 * fields turned to plain text. Works on htmlparser2's DOM (xmlMode), which never expands entities
 * declared in a DOCTYPE.
 */
import { DomUtils, ElementType, type parseDocument } from 'htmlparser2';
import { MAX_URL_CHARS } from './limits';
import { htmlParagraphs, plainText, textParagraphs } from './text';

/** htmlparser2's node and element types, named without importing its internals. */
export type XmlElement = Parameters<typeof DomUtils.getAttributeValue>[0];
type XmlDocument = ReturnType<typeof parseDocument>;
export type XmlNode = XmlDocument['children'][number];

/** Whether a node is an element (htmlparser2's own guard lives in a package it does not re-export). */
export function isElement(n: XmlNode | XmlElement['parent']): n is XmlElement {
  return !!n && (n.type === ElementType.Tag || n.type === ElementType.Script || n.type === ElementType.Style);
}

/** The parent element, or null at the top. */
const up = (n: XmlElement): XmlElement | null => (isElement(n.parent) ? n.parent : null);

/** The vocabularies feeds mix; '' is the feed's own plain elements (RSS, or unprefixed in Atom), 'other' anything else. */
export type Ns = '' | 'atom' | 'content' | 'dc' | 'dcterms' | 'media' | 'rdf' | 'xhtml' | 'other';

/** The namespace URIs feeds declare, by vocabulary: identifiers compared as strings, never fetched. */
export const FEED_NAMESPACES: Readonly<Record<string, Ns>> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns': 'atom',
  'http://purl.org/rss/1.0/modules/content': 'content',
  'http://purl.org/dc/elements/1.1': 'dc',
  'http://purl.org/dc/terms': 'dcterms',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns': 'rdf',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://purl.org/rss/1.0': '',
  'http://my.netscape.com/rdf/simple/0.9': '',
  'http://backend.userland.com/rss2': '',
  'http://backend.userland.com/rss': '',
};
/** What a prefix means when the feed never declared it. */
const GUESS: Record<string, Ns> = {
  atom: 'atom', a10: 'atom', atom10: 'atom', content: 'content', dc: 'dc', dcterms: 'dcterms', media: 'media', rdf: 'rdf',
};

/** Namespace URIs compared loosely: case, http/https, a trailing slash or hash do not matter. */
const normUri = (u: string): string => u.trim().toLowerCase().replace(/^https:/u, 'http:').replace(/[/#]+$/u, '');

const nsCache = new WeakMap<XmlElement, Ns>();

/** The element's name without its prefix, lower case. */
export function local(el: XmlElement): string {
  const i = el.name.indexOf(':');
  return (i >= 0 ? el.name.slice(i + 1) : el.name).toLowerCase();
}

/** Which vocabulary an element belongs to, from the xmlns declarations in scope. */
export function ns(el: XmlElement): Ns {
  const hit = nsCache.get(el);
  if (hit !== undefined) return hit;
  const i = el.name.indexOf(':');
  const prefix = i >= 0 ? el.name.slice(0, i) : '';
  const key = prefix ? `xmlns:${prefix}` : 'xmlns';
  let uri: string | undefined;
  for (let n: XmlElement | null = el; n; n = up(n)) {
    uri = n.attribs[key];
    if (uri !== undefined) break;
  }
  let out: Ns;
  if (uri !== undefined) out = FEED_NAMESPACES[normUri(uri)] ?? (prefix ? 'other' : '');
  else out = prefix ? (GUESS[prefix.toLowerCase()] ?? 'other') : '';
  nsCache.set(el, out);
  return out;
}

/** Element children in document order. */
export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter(isElement);
}

/** Whether `el` is `name` in one of the vocabularies `spaces`. */
export function is(el: XmlElement, spaces: readonly Ns[], name: string): boolean {
  return local(el) === name && spaces.includes(ns(el));
}

/** The first child element that is `name` in one of `spaces`. */
export function child(el: XmlElement, spaces: readonly Ns[], name: string): XmlElement | null {
  for (const c of el.children) if (isElement(c) && is(c, spaces, name)) return c;
  return null;
}

/** All child elements that are `name` in one of `spaces`. */
export function childrenNamed(el: XmlElement, spaces: readonly Ns[], name: string): XmlElement[] {
  return elements(el).filter((c) => is(c, spaces, name));
}

/** Descendants matching `test`, in document order (an explicit stack: no recursion). */
export function descendants(root: XmlElement, test: (el: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (test(n)) out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/** An attribute by name, any letter case. */
export function attr(el: XmlElement, name: string): string | null {
  const v = el.attribs[name];
  if (v !== undefined) return v;
  const lower = name.toLowerCase();
  for (const k of Object.keys(el.attribs)) if (k.toLowerCase() === lower) return el.attribs[k]!;
  return null;
}

/** The raw text of an element (text and CDATA, entities decoded by the XML parser). */
export function rawText(el: XmlElement | null): string {
  return el ? DomUtils.textContent(el) : '';
}

/** Whether an element holds markup as elements (inline XHTML) rather than text or escaped HTML. */
function hasElements(el: XmlElement): boolean {
  return el.children.some(isElement);
}

/** The element's content as an HTML string, whether it was escaped, in CDATA, or inline elements. */
export function htmlOf(el: XmlElement): string {
  return hasElements(el) ? DomUtils.getInnerHTML(el, { xmlMode: true }) : rawText(el);
}

/** A one-line field (title, name) as plain text, or null. */
export function fieldText(el: XmlElement | null, max: number): string | null {
  return el ? plainText(htmlOf(el), max) : null;
}

/** A body field as paragraphs; `plain` for fields that are text, not HTML (Atom type="text"). */
export function fieldParagraphs(el: XmlElement | null, max: number, plain = false): string[] {
  if (!el) return [];
  return plain && !hasElements(el) ? textParagraphs(rawText(el), max) : htmlParagraphs(htmlOf(el), max);
}

/** An absolute http(s) URL for `ref` against `base`, or null (other schemes are never links to follow). */
export function resolveUrl(ref: string | null | undefined, base: string | null | undefined): string | null {
  const t = ref?.trim();
  if (!t || t.length > MAX_URL_CHARS) return null;
  for (const b of base ? [base, undefined] : [undefined]) {
    try {
      const u = new URL(t, b);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch {
      // not a URL against this base; try the next
    }
  }
  return null;
}

/** The base URL in effect at `el`: the xml:base attributes from the root down, applied over `base`. */
export function baseAt(el: XmlElement, base: string | null): string | null {
  const chain: string[] = [];
  for (let n: XmlElement | null = el; n; n = up(n)) {
    const b = n.attribs['xml:base'];
    if (b) chain.push(b);
  }
  let out = base;
  for (let i = chain.length - 1; i >= 0; i--) out = resolveUrl(chain[i], out) ?? out;
  return out;
}

/** A language tag, lower case with hyphens ("en_US" → "en-us"), or null when it is not one. */
export function normLang(s: string | null | undefined): string | null {
  const t = s?.trim().replace(/_/gu, '-').toLowerCase();
  return t && t.length <= 35 && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/u.test(t) ? t : null;
}

/** The xml:lang in effect at `el`, or null. */
export function xmlLang(el: XmlElement): string | null {
  for (let n: XmlElement | null = el; n; n = up(n)) {
    const l = n.attribs['xml:lang'];
    if (l !== undefined) return normLang(l);
  }
  return null;
}

/** A date element's text, or the `datetime` of a `<time>` inside it (some feeds put HTML there). */
export function dateText(el: XmlElement | null): string | null {
  if (!el) return null;
  const time = descendants(el, (e) => attr(e, 'datetime') !== null)[0];
  return time ? attr(time, 'datetime') : plainText(rawText(el), 200);
}
