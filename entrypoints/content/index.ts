import { defineContentScript } from 'wxt/utils/define-content-script';
import { quickVerdict, MAYBE_ARTICLE } from '../../utils/article/quick-verdict';
import { sendMessage } from '../../utils/messaging/page-channel';
import { whenIdle } from '../../utils/coverage/idle';

/** What the content script needs of the annotator the background may have injected. */
type Annotator = { reset(): void; destroy(): void } | undefined;
const annotator = () => (globalThis as unknown as { __crossreadAnnotator?: Annotator }).__crossreadAnnotator;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let lastUrl = '';
    const check = () => {
      const url = location.href;
      if (url.split('#')[0] === lastUrl.split('#')[0]) return;
      lastUrl = url;
      annotator()?.reset();
      // User Timing marks let `npm run bench` read this script's cost on the page; they cost nothing.
      const t0 = performance.now();
      // Only the page's own declarations are read here; its structure is measured on its HTML
      // in the extension's document, which may still say "not an article".
      const detection = quickVerdict(document) ?? MAYBE_ARTICLE;
      performance.measure('crossread:detect', { start: t0 });
      void sendMessage('pageDetected', { detection }).catch(() => undefined);
      if (!detection.isArticle) return;
      // The heavy part (serialising, then parsing in an extension context) waits for idle time.
      whenIdle(() => {
        if (ctx.isInvalid || location.href !== url) return;
        const t1 = performance.now();
        const html = document.documentElement.outerHTML;
        performance.measure('crossread:serialise', { start: t1 });
        void sendMessage('pageArticle', { html }).catch(() => undefined);
      });
    };
    check();
    // Single-page news sites change articles without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(check, 500));
    ctx.onInvalidated(() => annotator()?.destroy());
  },
});
