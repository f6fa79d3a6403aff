import { browser } from 'wxt/browser';
import { parsePage } from '../../utils/coverage/parse-page';
import { serveOffscreenMessages } from '../../utils/messaging/offscreen-channel';
import { warmUpDates } from '../../utils/text/dates';

// The offscreen document parses pages (the service worker has no DOM) and makes their text's features and quotes. It answers the background only.
serveOffscreenMessages(browser.runtime.id, {
  offscreenExtract: (data) => parsePage(data.html, data.url, (h) => new DOMParser().parseFromString(h, 'text/html'), data.analyse),
});
// The pages' features are made here (text-analysis.ts): the date parser's one-time compilation is
// paid once per document, when it is idle, rather than by the second page read.
requestIdleCallback(() => warmUpDates(), { timeout: 5_000 });
