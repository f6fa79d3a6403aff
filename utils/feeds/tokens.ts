/**
 * A flat walk over markup with htmlparser2's tokenizer: tags, attributes and decoded text as events,
 * no tree. htmlparser2's tree builder keeps its stack of open elements in an array it unshifts, so a
 * hostile file nested 100,000 levels deep costs it seconds or minutes; the tokenizer alone is linear.
 * Feeds use it to measure a document before building its tree, item HTML is turned into text with it,
 * and autodiscovery reads `<link>` elements with it.
 */
import { Tokenizer } from 'htmlparser2';

/** What a walk is told about; every callback is optional. */
export interface TagEvents {
  /** An opening tag, once its attributes are read (lower-cased name in HTML mode). */
  open?(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  /** A closing tag `</name>`; `at` is its offset in the text. */
  close?(name: string, at: number): void;
  /** Text, entities decoded; CDATA sections come here too. */
  text?(s: string): void;
}

/** Walk `text` as XML (`xmlMode`) or HTML; attributes are collected only when `attrs` is set. */
export function tokenize(text: string, xmlMode: boolean, ev: TagEvents, attrs = false): void {
  let name = '';
  let attribs: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';
  const slice = (a: number, b: number): string => text.slice(a, b);
  const emitOpen = (selfClosing: boolean): void => {
    ev.open?.(name, attribs, selfClosing);
    attribs = {};
  };
  const tokenizer = new Tokenizer(
    { xmlMode, decodeEntities: true },
    {
      onattribdata(a, b) {
        if (attrs) attrValue += slice(a, b);
      },
      onattribentity(cp) {
        if (attrs) attrValue += String.fromCodePoint(cp);
      },
      onattribend() {
        if (attrs && !(attrName in attribs)) attribs[attrName] = attrValue;
        attrValue = '';
      },
      onattribname(a, b) {
        if (attrs) attrName = xmlMode ? slice(a, b) : slice(a, b).toLowerCase();
      },
      oncdata(a, b, offset) {
        ev.text?.(slice(a, b - offset));
      },
      onclosetag(a, b) {
        ev.close?.(xmlMode ? slice(a, b) : slice(a, b).toLowerCase(), a);
      },
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onopentagend() {
        emitOpen(false);
      },
      onopentagname(a, b) {
        name = xmlMode ? slice(a, b) : slice(a, b).toLowerCase();
      },
      onprocessinginstruction() {},
      onselfclosingtag() {
        emitOpen(true);
      },
      ontext(a, b) {
        ev.text?.(slice(a, b));
      },
      ontextentity(cp) {
        ev.text?.(String.fromCodePoint(cp));
      },
    },
  );
  tokenizer.write(text);
  tokenizer.end();
}

/** How deep an XML document nests, and the first line where its tags stop matching (or null). */
export interface XmlShape {
  depth: number;
  brokenLine: number | null;
}

/**
 * The nesting depth htmlparser2's XML tree builder will reach for `text`, and where the document
 * first breaks: a closing tag that is not the innermost open one, or the end with elements open.
 * Mirrors the builder's rule (a closing tag closes up to its nearest namesake, or is ignored) with
 * a count per name, so it stays linear however the tags are mismatched.
 */
export function xmlShape(text: string): XmlShape {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let depth = 0;
  let brokenAt = -1;
  const pop = (): void => {
    const n = stack.pop()!;
    open.set(n, open.get(n)! - 1);
  };
  tokenize(text, true, {
    open(name, _a, selfClosing) {
      if (selfClosing) return;
      stack.push(name);
      open.set(name, (open.get(name) ?? 0) + 1);
      if (stack.length > depth) depth = stack.length;
    },
    close(name, at) {
      if (stack[stack.length - 1] === name) return pop();
      if (brokenAt < 0) brokenAt = at;
      if (!open.get(name)) return;
      while (stack.length && stack[stack.length - 1] !== name) pop();
      pop();
    },
  });
  if (brokenAt < 0 && stack.length) brokenAt = text.length;
  return { depth, brokenLine: brokenAt < 0 ? null : lineAt(text, brokenAt) };
}

/** 1-based line number of offset `at`. */
export function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
