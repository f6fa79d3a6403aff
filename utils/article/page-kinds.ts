/**
 * The kinds of page that are not one story, each recognised by its structure rather than by its
 * site: a page of headlines (front, section, tag), search results, a shop item, a forum or Q&A
 * thread, documentation, a sign-in wall, a video or audio page, a profile or social post, a
 * reference entry, a legal or error page. Each piece of evidence carries the phrase the side panel
 * shows ("a list of 42 headlines"), so a reader can see why a page was not read: a message with its
 * slots (utils/i18n/phrase.ts), said in the reader's language where it is shown.
 */
import type { PageKind } from './detect';
import type { DetectPhrase, PhrasePluralKey } from '../i18n/phrase';
import type { PageStructure } from './page-structure';
import { metaContent } from './meta';

/** One piece of evidence: its weight (negative: not an article), why, and the kind it points to. */
export interface Evidence {
  weight: number;
  reason: DetectPhrase;
  kind?: PageKind | undefined;
  summary?: DetectPhrase | undefined;
}

/** What a declared schema.org type (JSON-LD or microdata) says about the page's kind. */
const DECLARED: Record<string, PageKind> = {
  Product: 'product', ProductGroup: 'product', Offer: 'product', AggregateOffer: 'product', Car: 'product',
  MobileApplication: 'product', SoftwareApplication: 'product', Book: 'product', IndividualProduct: 'product',
  SearchResultsPage: 'search',
  CollectionPage: 'headlines', ItemList: 'headlines',
  QAPage: 'forum', DiscussionForumPosting: 'forum', Question: 'forum',
  VideoObject: 'video', Movie: 'video', VideoGallery: 'video',
  AudioObject: 'audio', PodcastEpisode: 'audio', PodcastSeries: 'audio', MusicRecording: 'audio', MusicAlbum: 'audio', MusicPlaylist: 'audio', RadioEpisode: 'audio',
  ProfilePage: 'social', SocialMediaPosting: 'social',
  LocalBusiness: 'other', Restaurant: 'other', Event: 'other', JobPosting: 'other', Recipe: 'other', SoftwareSourceCode: 'other',
};

/** The phrase for a kind when no count says more. */
export const SUMMARY: Record<PageKind, DetectPhrase> = {
  article: { key: 'detect_kind_article' },
  headlines: { key: 'detect_kind_headlines' },
  search: { key: 'detect_kind_search' },
  product: { key: 'detect_kind_product' },
  forum: { key: 'detect_kind_forum' },
  docs: { key: 'detect_kind_docs' },
  login: { key: 'detect_kind_login' },
  video: { key: 'detect_kind_video' },
  audio: { key: 'detect_kind_audio' },
  social: { key: 'detect_kind_social' },
  reference: { key: 'detect_kind_reference' },
  other: { key: 'detect_kind_no_story' },
};

/** A count's phrase: `stem_one` / `stem_other`. */
const counted = (plural: PhrasePluralKey, count: number): DetectPhrase => ({ plural, count });

const LEGAL_TITLE = /\b(?:impressum|imprint|privacy(?: policy| notice)?|datenschutz\w*|terms (?:of|and) (?:use|service|conditions)|nutzungsbedingungen|mentions légales|cookie policy|aviso legal|política de privacidad|contact us|kontakt)\b/iu;
const ERROR_TITLE = /\b(?:404|page not found|not found|seite nicht gefunden|page introuvable|página no encontrada)\b/iu;
const DOC_GENERATOR = /\b(?:sphinx|yard|docusaurus|mkdocs|javadoc|doxygen|jsdoc|typedoc|hugo book|gitbook|readthedocs|vuepress|mdbook)\b/iu;


/** The evidence of every kind the page's structure shows. `declaredArticle`: the page says it is an article. */
export function kindEvidence(doc: Document, s: PageStructure, og: string | null, ldTypesFound: string[], declaredArticle: boolean): Evidence[] {
  const out: Evidence[] = [];
  const add = (weight: number, kind: PageKind, reason: DetectPhrase, summary: DetectPhrase = SUMMARY[kind]): void => {
    out.push({ weight, kind, reason, summary });
  };
  const storyBody = s.mainChars >= 1500;
  const headlines = Math.max(s.linkedHeadings, s.headlineLinks);
  const linkShare = s.textChars > 200 ? s.linkChars / s.textChars : 0;

  // Declared kinds (JSON-LD and microdata): evidence, weighed against a story body on the page.
  const declared = new Set([...ldTypesFound, ...s.microdataTypes]);
  const kinds = new Set<PageKind>();
  for (const t of declared) {
    const k = DECLARED[t];
    // An article may embed a list or the item it reviews; its own declaration decides then.
    if (k && !kinds.has(k) && ((k !== 'headlines' && k !== 'product') || !declaredArticle)) {
      kinds.add(k);
      add(k === 'forum' || k === 'search' ? -6 : k === 'product' ? -5 : -2, k, { key: 'detect_why_declares', params: { type: t } });
    }
  }
  if (og && /^(?:product|video|music|profile|book|place|business|game)/u.test(og)) {
    const k: PageKind = og.startsWith('product') || og.startsWith('book') ? 'product' : og.startsWith('video') ? 'video' : og.startsWith('music') ? 'audio' : og.startsWith('profile') ? 'social' : 'other';
    add(-3, k, { key: 'detect_why_og_type', params: { type: og } });
  }

  // A page of headlines: many linked headlines and no block of prose that is a story's body.
  const headlineList = counted('detect_kind_headline_list', headlines);
  if (headlines >= 10 && s.mainChars < 1000 && (headlines >= 20 || s.mainChars < 350)) add(-4, 'headlines', counted('detect_why_headlines_no_story', headlines), headlineList);
  else if (headlines >= 100 && s.mainChars < 2500) add(-3, 'headlines', counted('detect_why_headlines', headlines), headlineList);
  if (linkShare > 0.6 && s.mainChars < 1000) add(-3, 'headlines', { key: 'detect_why_link_share', params: { percent: Math.round(linkShare * 100) } }, headlines >= 5 ? counted('detect_kind_link_list', headlines) : undefined);
  // Text spread over many small blocks, none long enough to be a story's body: teasers or posts.
  if (s.proseGroups >= 8 && s.mainChars < 1000) {
    add(-3, headlines >= 8 ? 'headlines' : 'other', counted('detect_why_short_blocks', s.proseGroups), headlines >= 8 ? headlineList : counted('detect_kind_entries', s.proseGroups));
  }

  // A forum or Q&A thread: many repeated posts, the largest a small part of the page's prose.
  if (s.postBlocks >= 8 && s.mainChars < s.proseChars * 0.3) add(s.postBlocks >= 20 ? -6 : -4, 'forum', counted('detect_why_posts', s.postBlocks), counted('detect_kind_posts', s.postBlocks));

  // A shop item: prices with cart controls.
  if (s.cartControls >= 1 && s.prices >= 1 && !storyBody) add(-4, 'product', counted('detect_why_prices_cart', s.cartControls));
  else if (s.cartControls >= 3) add(-4, 'product', counted('detect_why_cart', s.cartControls));

  // Documentation: a generator that builds docs, or code and navigation trees with little prose.
  const generator = metaContent(doc, 'generator') ?? '';
  if (DOC_GENERATOR.test(generator)) add(-4, 'docs', { key: 'detect_why_generator', params: { generator: generator.split(/\s+/u).slice(0, 2).join(' ') } });
  else if (s.codeBlocks >= 10 && s.mainChars < 1000) add(-3, 'docs', counted('detect_why_code', s.codeBlocks));
  if (/mediawiki/iu.test(generator)) add(-4, 'reference', { key: 'detect_why_wiki' });

  // A sign-in wall.
  if (s.passwordFields > 0 && s.mainChars < 1500) add(-6, 'login', { key: 'detect_why_sign_in' }, { key: 'detect_kind_login' });

  // A player with little prose around it.
  if (s.players > 0 && s.mainChars < 700) add(-2, 'video', { key: 'detect_why_player' }, { key: 'detect_kind_player' });

  // Legal and error pages, by their title.
  // Only a title that is nothing but the legal word ("Impressum | ZEIT ONLINE"), not a story about one.
  const heads = [doc.title, doc.querySelector('h1')?.textContent ?? ''].map((t) => t.split(/\s[|–—·:-]\s/u)[0]!.trim());
  const legal = heads.find((t) => t.length <= 40 && LEGAL_TITLE.test(t));
  if (legal) add(-6, 'other', { key: 'detect_why_titled', params: { title: legal } }, { key: 'detect_kind_legal' });
  if (heads.some((t) => t.length <= 40 && ERROR_TITLE.test(t)) && s.mainChars < 1500) add(-4, 'other', { key: 'detect_why_error_page' }, { key: 'detect_kind_error' });
  return out;
}
