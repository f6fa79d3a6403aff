import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle } from '../../utils/article/detect';
import { sendMessage } from '../../utils/messaging/protocol';
import { whenIdle } from '../../utils/coverage/idle';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let lastUrl = '';
    const check = () => {
      const url = location.href;
      if (url === lastUrl) return;
      lastUrl = url;
      const detection = detectArticle(document, url);
      void sendMessage('pageDetected', { url, detection }).catch(() => undefined);
      if (!detection.isArticle) return;
      // The heavy part (serialising, then parsing in an extension context) waits for idle time.
      whenIdle(() => {
        if (ctx.isInvalid || location.href !== url) return;
        void sendMessage('pageArticle', { url, html: document.documentElement.outerHTML, detection }).catch(() => undefined);
      });
    };
    check();
    // Single-page news sites change articles without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(check, 500));
  },
});
