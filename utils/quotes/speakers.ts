/**
 * People in and across articles: names out of attributions, one person through an article, one
 * canonical person across outlets. The pieces live in their own modules; this is their front door.
 */
export { ArticlePeople } from './article-people';
export { canonicalSpeakers } from './canonical';
export { looksLikePerson, nameOf } from './name-of';
export { fold } from './name-parts';
export { speakerKey } from './speaker-key';
