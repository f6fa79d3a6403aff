/**
 * A feed's bytes to text, decoded the way a browser would. Feeds come in every encoding and often say
 * it wrongly: the byte-order mark decides first, then the XML declaration, then the HTTP charset,
 * else UTF-8 — and bytes that are not valid UTF-8 with nothing declared are windows-1252, the
 * commonest reason a feed is not UTF-8. Labels are WHATWG's (TextDecoder), so "ISO-8859-1" is read
 * as windows-1252 and "gb2312" as GBK, exactly as a browser reads them. One correction a browser does
 * not make: a feed that declares a single-byte encoding but whose bytes are valid UTF-8 with non-ASCII
 * characters in it is UTF-8 (real Latin-1 or Cyrillic text essentially never forms valid UTF-8), so
 * its "Ã¤" reads as "ä".
 */

/** The encoding an XML declaration names, read from the first bytes as ASCII. */
function declared(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  return /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)\s*["']/u.exec(head)?.[1] ?? null;
}

/** A charset from a Content-Type header value. */
function charsetOf(contentType: string | null | undefined): string | null {
  return contentType ? (/;\s*charset\s*=\s*["']?([^\s;"']+)/iu.exec(contentType)?.[1] ?? null) : null;
}

/**
 * A decoder for a label, or null when TextDecoder does not know it. A UTF-16 label written in
 * ASCII-compatible bytes (we could read it) is a lie, so it is ignored.
 */
function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    const d = new TextDecoder(label);
    return d.encoding.startsWith('utf-16') ? null : d;
  } catch {
    return null;
  }
}

/**
 * windows-1252's characters for bytes 0x80–0x9F, in order (U+FFFD for the five it leaves undefined).
 * Node's TextDecoder (v20) decodes the "windows-1252" label as ISO-8859-1, giving C1 control
 * characters where browsers give “ ” – — € ™; this puts them right in every runtime.
 */
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/gu, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Single-byte encodings, which valid multi-byte UTF-8 almost never is. */
const SINGLE_BYTE = /^(?:windows-125\d|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic|windows-874)$/u;

/** The bytes as UTF-8 if they are valid UTF-8, else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decode feed bytes to text; see the module comment for the order of evidence. */
export function decodeFeed(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const stated = decoderFor(declared(bytes)) ?? decoderFor(charsetOf(contentType));
  if (stated) {
    const utf8 = SINGLE_BYTE.test(stated.encoding) && bytes.some((b) => b >= 0x80) ? strictUtf8(bytes) : null;
    return utf8 ?? (stated.encoding === 'windows-1252' ? windows1252(bytes) : stated.decode(bytes));
  }
  return strictUtf8(bytes) ?? windows1252(bytes);
}
