/**
 * Text on the test pages, shared by the Chromium (Playwright) and Firefox (Puppeteer) tests: a local
 * news page to highlight in, and a function both drivers run in the page to find, scroll to and
 * select a piece of its text as a reader would.
 */

/** A local page of one short news item, with `extra` as its middle paragraph (a highlight's text goes there). */
export function harbourNotesHtml(extra: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour notes</title></head><body><main><h1>Harbour notes</h1>
<p>The harbour ferry will run every twenty minutes from June, the operator said.</p>
<p>${extra}</p><p>Two late crossings are added on Fridays and Saturdays.</p></main></body></html>`;
}

/**
 * Runs in the page (`page.evaluate(textPoint, { text, select })` in either driver; self-contained, it
 * is sent as source): the first occurrence of `text` scrolled into view and, when `select`, selected;
 * answers a viewport point inside it (where a hover or a right-click lands), or null when the page
 * does not hold the text.
 */
export function textPoint(arg: { text: string; select: boolean }): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(arg.text);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + arg.text.length);
    n.parentElement?.scrollIntoView({ block: 'center' });
    if (arg.select) {
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    }
    const box = r.getClientRects()[0]!;
    return { x: box.left + Math.min(box.width / 2, 30), y: box.top + box.height / 2 };
  }
  return null;
}
