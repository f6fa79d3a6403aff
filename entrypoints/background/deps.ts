/** The shared handles the background's message handlers are given by main(). */
import type { CoverageEngine } from '../../utils/coverage/engine';
import type { TabService } from '../../utils/coverage/tab-service';
import type { Db } from '../../utils/db/schema';
import type { FeedService } from '../../utils/feeds/service';
import type { I18n } from '../../utils/i18n/translate';

/** What the message handlers work with. */
export interface Deps {
  dbReady: Promise<Db>;
  engine: () => Promise<CoverageEngine>;
  tabs: Promise<TabService>;
  feeds: Promise<FeedService>;
  /** The reader's language (browser.i18n), created once in main(): what the handlers word is in it. */
  i18n: I18n;
  ensureAnnotator(tabId: number): Promise<boolean>;
}
