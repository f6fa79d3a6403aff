import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle } from '../../utils/article/detect';
import { onMessage, sendMessage } from '../../utils/messaging/protocol';
import { toResult, unwrap } from '../../utils/messaging/result';
import { whenIdle } from '../../utils/coverage/idle';
import { PageAnnotator } from '../../utils/page/annotator';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let annotator: PageAnnotator | null = null;
    const page = () =>
      (annotator ??= new PageAnnotator(document, {
        highlights: async () => unwrap(await sendMessage('pageHighlights', null)),
        save: async (selectors, pageTitle) => unwrap(await sendMessage('pageSaveHighlight', { selectors, pageTitle })),
        orphans: async (orphaned) => void unwrap(await sendMessage('pageAnchored', { orphaned })),
      }));

    let lastUrl = '';
    const check = () => {
      const url = location.href;
      if (url.split('#')[0] === lastUrl.split('#')[0]) return;
      lastUrl = url;
      annotator?.reset();
      // User Timing marks let `npm run bench` read this script's cost on the page; they cost nothing.
      const t0 = performance.now();
      const detection = detectArticle(document, url);
      performance.measure('crossread:detect', { start: t0 });
      void sendMessage('pageDetected', { url, detection })
        .then(unwrap)
        .then(({ highlights }) => highlights > 0 && whenIdle(() => void page().loadHighlights()))
        .catch(() => undefined);
      if (!detection.isArticle) return;
      // The heavy part (serialising, then parsing in an extension context) waits for idle time.
      whenIdle(() => {
        if (ctx.isInvalid || location.href !== url) return;
        const t1 = performance.now();
        const html = document.documentElement.outerHTML;
        performance.measure('crossread:serialise', { start: t1 });
        void sendMessage('pageArticle', { url, html, detection }).catch(() => undefined);
      });
    };
    check();
    // Single-page news sites change articles without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(check, 500));

    onMessage('bgMarks', ({ data }) => {
      if (Array.isArray(data?.marks) && (data.marks.length > 0 || annotator)) page().setMarks(data.marks);
    });
    onMessage('bgSaveSelection', () =>
      toResult(async () => {
        await page().saveSelection();
        return null;
      }),
    );
    onMessage('bgHighlightsChanged', () => void page().loadHighlights());
    onMessage('bgNextMark', () => toResult(() => page().focusNextMark()));
    ctx.onInvalidated(() => annotator?.destroy());
  },
});
