/**
 * Found by the security tests; fixed in utils/coverage/parse-page.ts (a RangeError from cloning means "not read").
 * parsePage/extractArticle on a page nested 5,000 <div>s deep, parsed with jsdom (the CLI
 * `extract` command and the unit tests), throws "RangeError: Maximum call stack size exceeded":
 * utils/article/extract.ts extractArticle calls doc.cloneNode(true) (for Readability), and jsdom
 * clones recursively (jsdom/lib/jsdom/living/node.js clone). 1,000 levels work. In Chromium the
 * HTML parser caps nesting at 512 levels, so the extension's offscreen path is not affected.
 * Expected: a result (possibly "not an article"), e.g. by refusing or flattening pages deeper
 * than a cap before cloning, or catching the RangeError and falling back to the un-cloned doc.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../utils/coverage/parse-page';
import { deepPage } from '../../fixtures/hostile/pages';

describe('deep DOM in jsdom', () => {
  it('a page nested 5,000 levels deep returns a result instead of overflowing the stack', () => {
    expect(() => parsePage(deepPage(5_000), 'http://x.test/deep.html', (h) => new JSDOM(h).window.document)).not.toThrow();
  });
});
