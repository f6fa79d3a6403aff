/**
 * The kinds of page that are not one story, each recognised by its structure rather than by its
 * site: a page of headlines (front, section, tag), search results, a shop item, a forum or Q&A
 * thread, documentation, a sign-in wall, a video or audio page, a profile or social post, a
 * reference entry, a legal or error page. Each piece of evidence carries the phrase the side panel
 * shows ("a list of 42 headlines"), so a reader can see why a page was not read.
 */
import type { PageKind } from './detect';
import type { PageStructure } from './page-structure';
import { metaContent } from './meta';

/** One piece of evidence: its weight (negative: not an article), why, and the kind it points to. */
export interface Evidence {
  weight: number;
  reason: string;
  kind?: PageKind | undefined;
  summary?: string | undefined;
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
export const SUMMARY: Record<PageKind, string> = {
  article: 'a news article',
  headlines: 'a page of headlines',
  search: 'a page of search results',
  product: 'a product page',
  forum: 'a forum or Q&A thread',
  docs: 'documentation',
  login: 'a sign-in page',
  video: 'a video page',
  audio: 'an audio page',
  social: 'a social-media post or profile',
  reference: 'a reference page',
  other: 'a page with no story to read',
};

const LEGAL_TITLE = /\b(?:impressum|imprint|privacy(?: policy| notice)?|datenschutz\w*|terms (?:of|and) (?:use|service|conditions)|nutzungsbedingungen|mentions légales|cookie policy|aviso legal|política de privacidad|contact us|kontakt)\b/iu;
const ERROR_TITLE = /\b(?:404|page not found|not found|seite nicht gefunden|page introuvable|página no encontrada)\b/iu;
const DOC_GENERATOR = /\b(?:sphinx|yard|docusaurus|mkdocs|javadoc|doxygen|jsdoc|typedoc|hugo book|gitbook|readthedocs|vuepress|mdbook)\b/iu;


/** The evidence of every kind the page's structure shows. `declaredArticle`: the page says it is an article. */
export function kindEvidence(doc: Document, s: PageStructure, og: string | null, ldTypesFound: string[], declaredArticle: boolean): Evidence[] {
  const out: Evidence[] = [];
  const add = (weight: number, kind: PageKind, reason: string, summary = SUMMARY[kind]): void => {
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
      add(k === 'forum' || k === 'search' ? -6 : k === 'product' ? -5 : -2, k, `declares ${t}`);
    }
  }
  if (og && /^(?:product|video|music|profile|book|place|business|game)/u.test(og)) {
    const k: PageKind = og.startsWith('product') || og.startsWith('book') ? 'product' : og.startsWith('video') ? 'video' : og.startsWith('music') ? 'audio' : og.startsWith('profile') ? 'social' : 'other';
    add(-3, k, `og:type is ${og}`);
  }

  // A page of headlines: many linked headlines and no block of prose that is a story's body.
  if (headlines >= 10 && s.mainChars < 1000 && (headlines >= 20 || s.mainChars < 350)) add(-4, 'headlines', `${headlines} linked headlines and no story`, `a list of ${headlines} headlines`);
  else if (headlines >= 100 && s.mainChars < 2500) add(-3, 'headlines', `${headlines} linked headlines`, `a list of ${headlines} headlines`);
  if (linkShare > 0.6 && s.mainChars < 1000) add(-3, 'headlines', `${Math.round(linkShare * 100)} % of the text is links`, headlines >= 5 ? `a list of ${headlines} links` : undefined);
  // Text spread over many small blocks, none long enough to be a story's body: teasers or posts.
  if (s.proseGroups >= 8 && s.mainChars < 1000) {
    add(-3, headlines >= 8 ? 'headlines' : 'other', `text in ${s.proseGroups} separate short blocks`, headlines >= 8 ? `a list of ${headlines} headlines` : `${s.proseGroups} short entries and no story`);
  }

  // A forum or Q&A thread: many repeated posts, the largest a small part of the page's prose.
  if (s.postBlocks >= 8 && s.mainChars < s.proseChars * 0.3) add(s.postBlocks >= 20 ? -6 : -4, 'forum', `${s.postBlocks} posts`, `a forum thread of ${s.postBlocks} posts`);

  // A shop item: prices with cart controls.
  if (s.cartControls >= 1 && s.prices >= 1 && !storyBody) add(-4, 'product', `prices and ${s.cartControls === 1 ? 'a cart button' : `${s.cartControls} cart controls`}`);
  else if (s.cartControls >= 3) add(-4, 'product', `${s.cartControls} cart controls`);

  // Documentation: a generator that builds docs, or code and navigation trees with little prose.
  const generator = metaContent(doc, 'generator') ?? '';
  if (DOC_GENERATOR.test(generator)) add(-4, 'docs', `built by ${generator.split(/\s+/u).slice(0, 2).join(' ')}`);
  else if (s.codeBlocks >= 10 && s.mainChars < 1000) add(-3, 'docs', `${s.codeBlocks} code blocks and little prose`);
  if (/mediawiki/iu.test(generator)) add(-4, 'reference', 'a wiki page');

  // A sign-in wall.
  if (s.passwordFields > 0 && s.mainChars < 1500) add(-6, 'login', 'a sign-in form and no article text', 'a sign-in page');

  // A player with little prose around it.
  if (s.players > 0 && s.mainChars < 700) add(-2, 'video', 'a player and little text', 'a video or audio page');

  // Legal and error pages, by their title.
  // Only a title that is nothing but the legal word ("Impressum | ZEIT ONLINE"), not a story about one.
  const heads = [doc.title, doc.querySelector('h1')?.textContent ?? ''].map((t) => t.split(/\s[|–—·:-]\s/u)[0]!.trim());
  const legal = heads.find((t) => t.length <= 40 && LEGAL_TITLE.test(t));
  if (legal) add(-6, 'other', `titled “${legal}”`, 'a legal or contact page');
  if (heads.some((t) => t.length <= 40 && ERROR_TITLE.test(t)) && s.mainChars < 1500) add(-4, 'other', 'an error page', 'an error page');
  return out;
}
