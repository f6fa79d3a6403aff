/**
 * The one boilerplate cleaner of Crossread. Scraped text and extracted page paragraphs both carry
 * the chrome of the page they came from (timestamps, share counters, comment and newsletter prompts,
 * photo credits, wire credits). Quotes and matching must see only the article's own prose, so every
 * path that turns a page or a scrape into an Article runs its paragraphs through here.
 *
 * Rules are general shapes of page chrome, not the wording of any one file: each rule is a pattern
 * that would clean other scraped articles too. Lines that carry facts about the article rather than
 * its body (a "Source:" line, a wire credit, a "By" line, a "Published" date) leave the body and come
 * back as metadata, so nothing the text establishes is lost.
 */

import { parseLooseDate } from './dates';
import { looksLikeOutlet, outletName } from './outlets';

/** What the cleaner took out of the body but kept as facts about the article. */
export interface CleanedText {
  /** The body paragraphs left after the chrome was removed, white space normalised. */
  paragraphs: string[];
  /** The outlet named by a "Source:"-style line, mapped to its usual name when well known. */
  source: string | null;
  /** Wire and contribution credits ("With Post wires"), kept verbatim. */
  credits: string[];
  /** A "By …" line's names, without the "By". */
  byline: string | null;
  /** A stated publication date ("Published March 24, 2022"), ISO 8601; never inferred. */
  published: string | null;
}

/** A paragraph with enough words and final punctuation to be prose, not a label or a button. */
function isProse(p: string): boolean {
  return countWords(p) >= 8 && /[.!?…:;"”’)\]。！？」』）]$/u.test(p);
}

/** CJK scripts write no spaces between words: count about two characters a word there. */
const DENSE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;

function countWords(p: string): number {
  const dense = p.match(DENSE)?.length ?? 0;
  const spaced = p.replace(DENSE, ' ').split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + Math.ceil(dense / 2);
}

/** Trim, turn no-break and odd spaces into plain spaces, collapse runs, drop zero-width marks. */
export function normaliseSpace(p: string): string {
  return p
    .replace(/[\u200b-\u200d\u2060\ufeff]/gu, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/gu, ' ')
    .trim();
}

const UNITS = '(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?|yrs?)';
/** "34 minutes ago", "Updated 2 hours ago", "an hour ago", "Posted: 3d ago". */
const RELATIVE_TIME = new RegExp(
  `^(?:(?:last\\s+)?(?:updated|published|posted|edited|modified)\\s*:?\\s*)?(?:\\d+|an?|one|a few)\\s*${UNITS}\\s+ago\\.?$`,
  'iu',
);
const JUST_NOW = /^(?:(?:updated|published|posted)\s*:?\s*)?(?:just now|moments? ago|yesterday|today)\.?$/iu;

/** Lines that are page chrome whatever their position. */
const CHROME: RegExp[] = [
  RELATIVE_TIME,
  JUST_NOW,
  // log-in and loading placeholders
  /^(?:logging in|signing in|loading|please wait)\b[^.!?]{0,40}(?:\.{3}|…)?$/iu,
  /^(?:log ?in|sign ?in|sign up|register|subscribe)(?:\s+(?:to|now|here|for free|today)\b[^.]{0,60})?\.?$/iu,
  // comment counters and prompts
  /^(?:\d[\d.,]*\s*[km]?\s+)?(?:archived\s+)?comments?(?:\s*\(\d+\))?$/iu,
  /^(?:view|show|hide|load|read|see|open)\s+(?:all\s+)?(?:\d+\s+)?(?:comments?|replies)\b.{0,20}$/iu,
  /^comments? (?:are|is) (?:closed|disabled|turned off)\.?$/iu,
  /^(?:submit|post|add|leave|write) (?:a |your )?(?:comment|reply|response)\.?$/iu,
  /^leave a reply(?: cancel reply)?\.?$/iu,
  /^join the (?:conversation|discussion)\.?$/iu,
  /your email address will not be published/iu,
  /^required fields are marked/iu,
  /^(?:save my name, email|notify me of (?:new|follow-up))/iu,
  // tracking leftovers shown as text
  /^(?:fbpx|noscript|gtag|pixel|tracking pixel|advertisement|advertising|sponsored|ad|skip ad|skip to (?:main )?content)$/iu,
  /^story continues below(?: advertisement)?$/iu,
  // share counters and buttons
  /^[\d.,]+\s*[km]?\s*(?:shares?|share this|likes?|views?|reads?)$/iu,
  /^(?:share|share this|share this (?:article|story|post)|share on \w+|tweet|email|print|copy link|copied!?|save|bookmark|whatsapp|facebook|twitter|linkedin|reddit|pinterest)$/iu,
  // support and subscription prompts
  /^(?:please\s+)?(?:support|donate to|fund)\s+(?:our|independent|us|the)\b.{0,50}\b(?:journalism|reporting|newsroom|work)\b.{0,40}$/iu,
  /\b(?:sign up|subscribe)\b.{0,60}\bnewsletters?\b/iu,
  /^(?:get|receive) (?:the latest|our|the best).{0,80}\b(?:inbox|newsletter|email)\b.{0,20}$/iu,
  /^(?:subscribe|become a (?:member|subscriber|patron))\b.{0,80}$/iu,
  // app and expansion prompts
  /^(?:continue|keep) reading(?: (?:on|in) the app| the (?:full )?(?:article|story))?\.{0,3}$/iu,
  /^(?:open|read|view) (?:it |this )?(?:in|on) (?:the )?app$/iu,
  /^(?:download|get) (?:our|the) app\b.{0,40}$/iu,
  /^(?:expand|collapse) (?:article|story|all)$/iu,
  /^(?:show|read|see|load|view) (?:more|less|full article|full story)\.{0,3}$/iu,
  // related links
  /^(?:read more|related|related (?:articles?|stories|coverage|content|links)|see also|more from [\p{L}\s]{1,30}|recommended(?: for you)?|most (?:popular|read)|trending(?: now)?|you may also like|what to read next|latest news)\s*[:|-]?$/iu,
  /^(?:read more|related|see also|also read|read also|more|watch|listen)\s*[:|»›>-]\s*.{1,200}$/iu,
  // photo credits and captions
  /\|\s*(?:image|photo|photograph|picture|illustration|graphic|video|credit)s?\b(?:\s+(?:by|via|courtesy|credit))?/iu,
  /^(?:photo|image|picture|photograph|illustration|graphic|file photo|credit|photo credit|image credit|image source)s?\s*(?:by\b|via\b|courtesy\b|:)/iu,
  /\((?:[^()]{0,60}\b)?(?:getty images|ap photo|afp|reuters|epa|shutterstock|file photo|photo|image|illustration)(?:\b[^()]{0,60})?\)\.?$/iu,
  /^[^.!?]{0,160}\b(?:getty images|shutterstock|ap photo|afp via getty images|reuters\/\S+)\.?$/iu,
];

/** "Source: NYPOST", "Via: The Hill", "This story originally appeared in Wired." */
const SOURCE_LINE =
  /^(?:(?:source|via)\s*:|(?:originally published (?:on|in|by|at)|this (?:article|story|piece) (?:first |originally )?(?:appeared|was published) (?:on|in|at))\s*:?)\s*(.{2,60}?)\.?$/iu;
/** "With Post wires", "With wire services", "The Associated Press contributed to this report." */
const CREDIT_LINES: RegExp[] = [
  /^with (?:[\p{L}.'&-]+\s+){0,4}(?:wires?|wire services|news services|agencies|reporting)\.?$/iu,
  /^(?:additional )?reporting (?:by|from) .{2,120}$/iu,
  /^.{2,80}\bcontributed (?:reporting|to this (?:report|story|article))\b.{0,60}$/iu,
  /^\(?(?:©|\(c\)|copyright)\s*.{2,100}$/iu,
];
/** "By Jane Doe", "By Jane Doe and John Roe" — the byline, when it names people. */
const BY_LINE = /^[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|da|,))*)$/u;
/** "Published March 24, 2022", "Updated: 2022-03-24 10:15". */
const DATE_LINE = /^(?:(?:first\s+)?published|posted|updated|last updated|date)\s*(?:on|:)?\s*(.{6,60})$/iu;

const BAD_BYLINES = /^(?:staff|admin|editor|editors|the editors|web desk|news desk|desk|staff writer|staff reporter)$/iu;

/** A lone one-to-three-word label without final punctuation: a section tag or a kicker. */
function isLabel(p: string): boolean {
  const n = countWords(p);
  return n >= 1 && n <= 3 && p.length <= 40 && !/[.!?…:;,"”’)]$/u.test(p) && !/^["“‘']/u.test(p) && !/\d{3,}/u.test(p);
}

/**
 * Remove page chrome from paragraphs and return what the body is, plus the facts about the article
 * that some removed lines established (outlet, credits, byline, stated date).
 */
export function cleanText(paragraphs: readonly string[]): CleanedText {
  const out: CleanedText = { paragraphs: [], source: null, credits: [], byline: null, published: null };
  const kept: string[] = [];
  for (const raw of paragraphs) {
    const p = normaliseSpace(raw);
    if (!p) continue;
    if (p.length <= 240) {
      const src = SOURCE_LINE.exec(p);
      if (src?.[1]) {
        // "Source: NYPOST" names the outlet; "Source: NATO." under a chart credits data. Only a
        // name that reads as an outlet is taken as one; the rest is kept as a credit.
        const name = src[1].trim();
        if (looksLikeOutlet(name)) out.source ??= outletName(name);
        else out.credits.push(p);
        continue;
      }
      if (CREDIT_LINES.some((r) => r.test(p))) {
        out.credits.push(p);
        continue;
      }
      const by = BY_LINE.exec(p);
      if (by?.[1] && p.length <= 100) {
        const name = by[1].replace(/[\s,]+$/u, '');
        if (!BAD_BYLINES.test(name)) out.byline ??= name;
        continue;
      }
      const dl = DATE_LINE.exec(p);
      if (dl?.[1]) {
        const d = parseLooseDate(dl[1]);
        if (d) {
          out.published ??= d;
          continue;
        }
      }
      if (CHROME.some((r) => r.test(p))) continue;
    }
    kept.push(p);
  }
  // Labels are dropped only where page chrome lives: before the first and after the last prose
  // paragraph. In between, a short line is a subheading that belongs to the text.
  const first = kept.findIndex(isProse);
  let last = -1;
  for (let i = kept.length - 1; i >= 0; i--) if (isProse(kept[i]!)) { last = i; break; }
  kept.forEach((p, i) => {
    if (first >= 0 && (i < first || i > last) && isLabel(p)) return;
    out.paragraphs.push(p);
  });
  return out;
}

/** The body paragraphs with page chrome removed; see {@link cleanText} for the metadata kept aside. */
export function cleanParagraphs(paragraphs: string[]): string[] {
  return cleanText(paragraphs).paragraphs;
}
