/**
 * Feed text to plain text. Titles, authors and bodies in feeds are HTML more often than not — escaped,
 * in CDATA, double-escaped, or plain text with entities — and Crossread shows and stores no markup,
 * so every text field of a feed comes through here: entities decoded, tags stripped, script and
 * style dropped, block elements and `<br><br>` splitting paragraphs. Bodies then go through the one
 * corpus cleaner (utils/article/clean.ts) like every other article text.
 */
import { cleanParagraphs, normaliseSpace } from '../article/clean';
import { tokenize } from './tokens';

/** Elements that end one paragraph and start the next. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Elements whose content is not text a reader sees (images and embeds have none to begin with). */
const DROP = new Set([
  'audio', 'button', 'canvas', 'frameset', 'head', 'iframe', 'map', 'math', 'noembed', 'noframes', 'noscript', 'object',
  'picture', 'script', 'select', 'style', 'svg', 'template', 'textarea', 'title', 'video',
]);
/** Foreign elements that may close themselves (`<svg/>`); an HTML element's `/>` is ignored, as browsers do. */
const FOREIGN = new Set(['svg', 'math']);

/** Anything still shaped like a tag or an entity after decoding (text escaped several times over). */
const TAG_LIKE = /<[A-Za-z!?/][^<>]*>?/g;
const ENTITY_LIKE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi;
/** Bidirectional embedding and override controls: invisible, and a way to make a title read backwards. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** A tag name without its namespace prefix, lower case ("xhtml:P" → "p"). */
function local(name: string): string {
  const i = name.indexOf(':');
  return (i >= 0 ? name.slice(i + 1) : name).toLowerCase();
}

/**
 * Walk HTML as a flat stream and call `flush` wherever a paragraph ends. Linear in the input
 * whatever its nesting, so a hostile item costs no more than its size.
 */
function walk(html: string, add: (s: string) => void, flush: () => void): void {
  const dropping = new Map<string, number>();
  let dropped = 0;
  let brs = 0;
  tokenize(html, false, {
    open(raw, _a, selfClosing) {
      const name = local(raw);
      if (DROP.has(name)) {
        if (!(selfClosing && FOREIGN.has(name))) {
          dropping.set(name, (dropping.get(name) ?? 0) + 1);
          dropped++;
        }
      } else if (dropped) return;
      else if (name === 'br') {
        if (brs) {
          flush();
          brs = 0;
        } else {
          add(' ');
          brs = 1;
        }
      } else if (BLOCK.has(name)) {
        flush();
        brs = 0;
      } else if (name === 'td' || name === 'th') add(' ');
    },
    close(raw) {
      const name = local(raw);
      const n = dropping.get(name);
      if (n) {
        dropping.set(name, n - 1);
        dropped--;
      } else if (!dropped && BLOCK.has(name)) {
        flush();
        brs = 0;
      }
    },
    text(s) {
      if (dropped) return;
      if (brs && /\S/u.test(s)) brs = 0;
      add(s);
    },
  });
  flush();
}

/** Decode and strip what is left of markup in text that was escaped more than once; bounded passes. */
function residue(s: string): string {
  for (let pass = 0; pass < 3 && /[<&]/u.test(s); pass++) {
    let out = '';
    walk(s, (t) => (out += t), () => (out += ' '));
    out = normaliseSpace(out);
    if (out === s) break;
    s = out;
  }
  if (!/[<&]/u.test(s)) return s;
  // Strip what is left; removing a piece can join its neighbours into a new tag or entity ("<&a;b"),
  // so a last linear pass breaks any that remain with a space: "<b" → "< b", "&lt;" → "& lt;".
  return normaliseSpace(s.replace(TAG_LIKE, ' ').replace(ENTITY_LIKE, ''))
    .replace(/<(?=[A-Za-z!?/])/gu, '< ')
    .replace(/&(?=#?[A-Za-z0-9]+;)/gu, '& ');
}

/** Cut `s` to at most `max` UTF-16 units without splitting a surrogate pair. */
export function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\ud800-\udbff]/u.test(s[max - 1] ?? '') ? max - 1 : max;
  return s.slice(0, end);
}

/**
 * HTML to paragraphs of plain text: block elements and `<br><br>` split paragraphs, a single `<br>` is
 * a space, script / style / iframe / embedded media are dropped, entities are decoded. Stops adding
 * text once `maxChars` are collected.
 */
export function htmlParagraphs(html: string, maxChars: number): string[] {
  const out: string[] = [];
  let buf = '';
  let size = 0;
  walk(
    html,
    (s) => {
      if (size + buf.length < maxChars) buf += s;
    },
    () => {
      const p = buf ? residue(normaliseSpace(buf)) : '';
      buf = '';
      if (p && size < maxChars) {
        out.push(p);
        size += p.length + 2;
      }
    },
  );
  return out;
}

/**
 * A one-line text field (a title, an author, a date) to plain text: HTML and entities decoded, tags
 * stripped, spaces collapsed, bidi controls removed, at most `max` characters; null when empty.
 */
export function plainText(raw: string | null | undefined, max: number): string | null {
  if (raw == null) return null;
  // Bidi controls go first: removed after markup is stripped, they would join "<" and a letter into a tag.
  const s = (raw.length > max * 10 ? raw.slice(0, max * 10) : raw).replace(BIDI_CONTROLS, '');
  const text = /[<&]/u.test(s) ? htmlParagraphs(s, max * 2).join(' ') : normaliseSpace(s);
  return cut(normaliseSpace(text), max) || null;
}

/** Plain text (no markup expected) to paragraphs: blank lines split them; stray markup is still stripped. */
export function textParagraphs(text: string, maxChars: number): string[] {
  return text
    .slice(0, maxChars * 2)
    .split(/\n\s*\n/u)
    .map((p) => plainText(p, maxChars) ?? '')
    .filter(Boolean);
}

/** Paragraphs to an article body: the corpus cleaner, then joined by blank lines, at most `maxChars`. */
export function bodyText(paragraphs: string[], maxChars: number): string {
  return cut(cleanParagraphs(paragraphs).join('\n\n'), maxChars);
}
