/**
 * A page's `<meta>` values, looked up the one way every reader of them uses: by `property`
 * (OpenGraph), `name` or `itemprop`, case-insensitively, the first key that has a non-empty value.
 */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}" i]`) ??
      doc.querySelector(`meta[name="${key}" i]`) ??
      doc.querySelector(`meta[itemprop="${key}" i]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}
