import { browser } from 'wxt/browser';
import { parsePage } from '../../utils/coverage/parse-page';
import { onMessage } from '../../utils/messaging/protocol';
import { toResult } from '../../utils/messaging/result';

// The offscreen document only parses: the service worker has no DOM.
onMessage('offscreenExtract', ({ data, sender }) =>
  toResult(() => {
    if (sender.id !== browser.runtime.id || sender.tab) throw new Error('offscreenExtract is for the background.');
    return parsePage(data.html, data.url, (h) => new DOMParser().parseFromString(h, 'text/html'));
  }),
);
