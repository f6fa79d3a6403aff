/** The shared handles the background's message handlers are given by main(). */
import type { CoverageEngine } from '../../utils/coverage/engine';
import type { TabService } from '../../utils/coverage/tab-service';
import type { Db } from '../../utils/db/schema';
import type { FeedService } from '../../utils/feeds/service';

/** What the message handlers work with. */
export interface Deps {
  dbReady: Promise<Db>;
  engine: () => Promise<CoverageEngine>;
  tabs: Promise<TabService>;
  feeds: Promise<FeedService>;
  extensionOrigin: string;
  ensureAnnotator(tabId: number): Promise<boolean>;
}
