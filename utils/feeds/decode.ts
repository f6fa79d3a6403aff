/**
 * A feed's bytes to text, decoded the way a browser would. Feeds come in every encoding and often say
 * it wrongly: the byte-order mark decides first, then the XML declaration, then the HTTP charset,
 * else UTF-8 — and bytes that are not valid UTF-8 with nothing declared are windows-1252, the
 * commonest reason a feed is not UTF-8. Labels are WHATWG's (TextDecoder), so "ISO-8859-1" is read
 * as windows-1252 and "gb2312" as GBK, exactly as a browser reads them.
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

/** Decode feed bytes to text; see the module comment for the order of evidence. */
export function decodeFeed(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const stated = decoderFor(declared(bytes)) ?? decoderFor(charsetOf(contentType));
  if (stated) return stated.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
