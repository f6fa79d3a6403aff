import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { onMessage, sendMessage } from '../utils/messaging/page-channel';
import { toResult, unwrap } from '../utils/messaging/result';
import { browser } from 'wxt/browser';
import { PageAnnotator } from '../utils/page/annotator';
import { extensionI18n } from '../utils/i18n/translate';

/** The annotator is shared with the content script (same isolated world) under this name. */
const KEY = '__crossreadAnnotator';

// Injected by the background only into pages that need it (highlights to show, shared quotes to
// mark, a selection to save), so other pages never load it.
export default defineUnlistedScript(() => {
  const g = globalThis as unknown as Record<string, PageAnnotator | undefined>;
  if (g[KEY]) return;
  const annotator = new PageAnnotator(document, {
    highlights: async () => unwrap(await sendMessage('pageHighlights', null)),
    save: async (selectors, pageTitle) => unwrap(await sendMessage('pageSaveHighlight', { selectors, pageTitle })),
    orphans: async (orphaned) => void unwrap(await sendMessage('pageAnchored', { orphaned })),
  }, extensionI18n(browser.i18n), import.meta.env.FIREFOX ? 'sidebar' : 'side-panel');
  g[KEY] = annotator;
  onMessage('bgMarks', ({ data }) => {
    if (Array.isArray(data?.marks)) annotator.setMarks(data.marks);
  });
  onMessage('bgSaveSelection', () =>
    toResult(async () => {
      await annotator.saveSelection();
      return null;
    }),
  );
  onMessage('bgHighlightsChanged', () => void annotator.loadHighlights());
  onMessage('bgNextMark', () => toResult(() => annotator.focusNextMark()));
  void annotator.loadHighlights();
});
