import { browser } from 'wxt/browser';
import { parsePage } from '../../utils/coverage/parse-page';
import { serveOffscreenMessages } from '../../utils/messaging/offscreen-channel';

// The offscreen document only parses: the service worker has no DOM. It answers the background only.
serveOffscreenMessages(browser.runtime.id, {
  offscreenExtract: (data) => parsePage(data.html, data.url, (h) => new DOMParser().parseFromString(h, 'text/html'), data.analyse),
});
