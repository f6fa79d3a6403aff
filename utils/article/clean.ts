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

/** What a DOM caller knows about the paragraphs beyond their text. */
export interface CleanHints {
  /** Per paragraph (same index), the share 0–1 of its text inside links. */
  linked?: readonly number[];
  /**
   * Per paragraph, whether it is set apart from the running text (caption, quote, aside, list,
   * table). Only such paragraphs are taken for repeats when the caller knows; without this hint
   * every paragraph may be.
   */
  boxed?: readonly boolean[];
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
  // pure photo credits: "Chuck Burton/AP", "JIM WATSON/AFP/Getty Images", "ASSOCIATED PRESS"
  /^[^.!?]{0,160}\b(?:getty images|shutterstock|ap photo|afp via getty images|reuters\/\S+)\.?$/iu,
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s*\/\s*(?:[\p{L}.'’&-]+\s*){1,4}$/u,
  /^(?:the )?(?:associated press|reuters|afp|ap|epa|dpa|ansa|getty|getty images|shutterstock|alamy|efe)$/iu,
  // media player and gallery chrome: "Play Video", "0:00/0:45", "View Images", "+22", "hide caption"
  /^(?:video|videos|image|images|photo|photos|gallery|audio|transcript|play|play video|pause|replay|mute|unmute|fullscreen|full screen|enlarge(?: this image)?|(?:hide|show|toggle) caption|caption|close|view (?:images?|photos?|gallery|slideshow)|n\/a|na)$/iu,
  /^-?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*-?\d{1,2}:\d{2}(?::\d{2})?)?$/u,
  /^(?:loaded|progress|buffered)\s*:\s*\d+(?:\.\d+)?\s*%$/iu,
  /^\+\d{1,3}$/u,
  // embeds shown as text
  /\(opens in a new (?:tab|window)\)\.?$/iu,
  /^(?:this )?(?:tweet|post|video|embed) (?:may have been|was|has been) (?:deleted|removed)\b.{0,40}$/iu,
  /<iframe\b/iu,
  // newsletter boxes and their small print
  /^.{0,80}\bin your inbox\b.{0,40}$/iu,
  /^by (?:signing up|subscribing|clicking|registering|submitting|entering your email)\b/iu,
  /^.{0,200}\b(?:agree|consent|accept)\b.{0,120}\b(?:terms of (?:use|service)|privacy (?:policy|notice))\b.{0,200}$/iu,
  /^.{0,200}\bnewsletters?\b.{0,200}\b(?:inscri(?:re|vez|ption)|abonnez|s['’]abonner|subscribe|sign(?:ing)? up|register|anmelden|suscr[ií]b\w*|assine|assinar)\b.{0,120}$/iu,
  // share rows and follow prompts: "Find us: Twitter / Facebook / Instagram", "FOLLOW US ON SOCIAL MEDIA"
  /^(?:(?:find|follow|like|join|connect with) us(?: on)?\s*:?\s*)?(?:(?:twitter|facebook|instagram|tiktok|youtube|linkedin|pinterest|reddit|whatsapp|telegram|snapchat|threads|mastodon|bluesky|flipboard|email|e-mail|rss|x)\s*(?:[/|,·•&]|and)?\s*){2,}$/iu,
  /^(?:follow|like|find|join) us\b.{0,50}$/iu,
  /^on (?:twitter|x|instagram|facebook|bluesky|threads)\s*:/iu,
  /^(?:suivez-nous|devenez fan|síguenos|siga-nos|folgen sie uns|seguici)\b.{0,60}$/iu,
  /^.{0,80}\bfollow (?:us|him|her|them|me|(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}) (?:on|at) (?:twitter|x|instagram|facebook|linkedin|bluesky|threads|mastodon)\b.{0,100}$/iu,
  /^(?:contact|email|e-mail|write to) (?:him|her|them|the (?:author|writer|reporter))\b.{0,120}$/iu,
  // disclosures and tag lines
  /\baffiliate (?:advertising|marketing|program|programme|links?|commissions?)\b/iu,
  /^(?:categor(?:y|ies|ia|ie|ía)|tags?|tagged|filed under|topics?|schlagwörter|étiquettes|etiquetas)\s*:.{0,100}$/iu,
  /^about the (?:author|authors|writer|reporter)s?$/iu,
  /^credits?\s*(?:\.{2,}|…|:)/iu,
];

/**
 * Photo credits written at the end of a caption: "… on Thursday. (Getty Images)", "… | Image by X",
 * "… plan. Photo by James Martin/CNET", "… Image: Getty", "… (Harry Benson/Getty)". The caption is
 * kept, its credit cut off.
 */
const CREDIT_WORD =
  '(?:photo|photos|image|images|picture|photograph|illustration|graphic|file photo|credit|photo credit|image credit|image source|source|courtesy|foto|fotos|imagem|imagen|bild|crédito|credito|crédit|fuente|fonte|quelle)';
const CREDIT_TAILS: RegExp[] = [
  new RegExp(`\\s*\\|\\s*(?:${CREDIT_WORD}|video)s?\\b.*$`, 'iu'),
  new RegExp(`(?<=[.!?”"’)]|^)\\s*${CREDIT_WORD}(?:\\s+\\p{L}+)?\\s*(?:by\\b|via\\b|courtesy\\b|:)[^.!?]{1,80}$`, 'iu'),
  new RegExp(`\\s*\\((?:${CREDIT_WORD})\\s*:[^()]{1,60}\\)\\.?$`, 'iu'),
  /\s*\((?:[^()]{0,60}\b)?(?:getty images|getty|ap photo|ap|afp|reuters|epa|dpa|shutterstock|file photo|photo|image|illustration)(?:\b[^()]{0,60})?\)\.?$/iu,
  /\s*\((?:\p{Lu}[\p{L}.'’-]*\s*){2,4}(?:\s*\/\s*[\p{L}.'’ &-]{2,40})?\)\.?$/u,
  /\s*\(\p{Lu}[\p{L}.'’-]*\s*\/\s*[\p{L}.'’ &-]{2,40}\)\.?$/u,
  /\s+(?:hide|toggle) caption$/iu,
  /\s*[©ⓒ]\s*[^.!?]{1,60}$/u,
  /\s*[＝=](?:ロイター|共同|時事|AP|AFP|EPA)$/u,
  /\s+[—–|-]$/u,
];

/** A "Read more"-style label that heads a block of links to other stories. */
const RELATED_LABEL =
  /^[>»›•*\s]*(?:read more|read next|read also|also read|more reading|related|related (?:articles?|stories|coverage|content|links|reading)|see also|more (?:from|on|about) .{1,40}|read more (?:from|on|about) .{1,40}|more stories|more news|recommended(?: for you| reading)?|most (?:popular|read)|trending(?: now)?|you may also like|you might also like|what to read next|latest news|further reading|(?:à |a )?lire aussi|lire également|(?:à |a )?voir aussi|sur le même sujet|leia (?:mais|também)|veja (?:também|mais)|saiba mais|lesen sie auch|mehr zum thema|das könnte sie auch interessieren|lee también|te puede interesar|más información|noticias relacionadas|leggi anche|czytaj (?:też|także|więcej)|zobacz (?:też|także)|関連記事|相关阅读|相关文章)\s*[:|»›>-]?\s*$/iu;
/** A label with the linked headline on the same line: "Read more: Biden heads to Brussels", "Lire aussi Le FMI appelle…". */
const RELATED_INLINE: RegExp[] = [
  /^[>»›•*\s]*(?:read more|related|see also|also read|read also|more|watch|listen|(?:à |a )?lire aussi|leia (?:mais|também)|veja também|lesen sie auch|lee también|leggi anche|czytaj (?:też|także|więcej))\s*[:|»›>-]\s*.{1,200}$/iu,
  /^[>»›•*\s]*(?:(?:à |a )?lire aussi|leia (?:mais|também)|veja também|lesen sie auch|lee también|leggi anche|czytaj (?:też|także))\s+[^.!;]{1,200}$/iu,
];
/** "Jane Doe is a reporter for the Courier…", "Jennifer Rubin writes reported opinion…": a bio at the foot. */
const BIO =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:(?:is|was|has been|serves as)\s+(?:a|an|the|our|\p{Lu}[\p{L}'’]*)\b.{0,160}?\b(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|author|producer|photographer|critic|fellow|intern|host|anchor|blogger|freelancer|staffer|novelist|historian|professor)s?\b|(?:writes|covers|reports on|is the author of)\b)/u;

/** "Source: NYPOST", "Via: The Hill", "This story originally appeared in Wired." */
const SOURCE_LINE =
  /^(?:(?:source|via)\s*:|(?:originally published (?:on|in|by|at)|this (?:article|story|piece) (?:first |originally )?(?:appeared|was published) (?:on|in|at))\s*:?)\s*(.{2,60}?)\.?$/iu;
/** "With Post wires", "With wire services", "The Associated Press contributed to this report." */
const CREDIT_LINES: RegExp[] = [
  /^with (?:[\p{L}.'&-]+\s+){0,4}(?:wires?|wire services|news services|agencies|reporting)\.?$/iu,
  /^(?:additional )?reporting (?:by|from) .{2,120}$/iu,
  /^.{2,80}\bcontributed (?:reporting|to this (?:report|story|article))\b.{0,60}$/iu,
  /^\(?(?:©|\(c\)|copyright)\s*.{2,100}$/iu,
  /^.{0,100}(?:©|\ball rights reserved\b|무단전재|無断転載|版权所有).{0,100}$/iu,
];
/** "By Jane Doe", "By Jane Doe and John Roe" — the byline, when it names people. */
const BY_LINE =
  /^(?:[Bb][Yy]|[Pp]ar|[Pp]or|[Vv]on|[Pp]rzez|[Uu]n texte de|[Tt]exte de|[Ee]scrito por|[Ww]ritten by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|d['’]\p{Lu}[\p{L}'’-]*|and|&|et|e|y|und|de|du|van|von|da|dos|,))*)(?:\s*(?:[·|•—–]|\b(?:em|on|le|am|el|il)\b)\s*.{0,60})?$/u;
/** "Published March 24, 2022", "Updated: 2022-03-24 10:15". */
const DATE_LINE = /^(?:(?:first\s+)?published|posted|updated|last updated|date)\s*(?:on|:)?\s*(.{6,60})$/iu;

/** The words a dateline is made of, in the languages we meet most: a line of only these is a date. */
const DATE_WORD =
  /^(?:\d{1,4}(?:[./:h-]\d{1,4}){0,3}(?:st|nd|rd|th|h|uhr)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|a\.?m|p\.?m|[ecmp][sd]?t|utc|gmt|bst|cet|cest|updated|published|posted|first|last|on|at|le|à|mis|jour|publié|actualizado|publicado|em|el|am|um|veröffentlicht|aktualisiert|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/iu;

/** "Sept. 19, 2016", "December 6, 2016 — 6:22 PM EST", "Publié le 29/10/2012", "Updated on September 19 at 3:15 p.m.". */
function isDateOnly(p: string): boolean {
  if (p.length > 90 || !/\d/u.test(p)) return false;
  const words = p.toLowerCase().split(/[\s,|—–()]+/u).map((w) => w.replace(/^[.:-]+|[.:]+$/gu, '')).filter(Boolean);
  if (words.length === 0 || words.length > 16 || !words.every((w) => DATE_WORD.test(w) || w === '-')) return false;
  // A bare number or "April 2014" in a table is not a dateline: a full date or a clock time is.
  const numbers = words.filter((w) => /^\d/u.test(w));
  return (
    /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/u.test(p) ||
    /\b\d{1,2}[:h]\d{2}\b/u.test(p) ||
    (numbers.length >= 2 && words.some((w) => /^\p{L}{3,}$/u.test(w)))
  );
}

const BAD_BYLINES = /^(?:staff|admin|editor|editors|the editors|web desk|news desk|desk|staff writer|staff reporter)$/iu;

/** A lone one-to-three-word label without final punctuation: a section tag or a kicker. */
function isLabel(p: string): boolean {
  const n = countWords(p);
  return n >= 1 && n <= 3 && p.length <= 40 && !/[.!?…:;,"”’)]$/u.test(p) && !/^["“‘']/u.test(p) && !/\d{3,}/u.test(p);
}

/** Cut a photo credit off the end of a caption; the caption itself, when it is one, is kept. */
function cutCredit(p: string): string {
  let t = p;
  for (const r of CREDIT_TAILS) t = t.replace(r, '').trim();
  return t;
}

/** A line that reads like a headline of another story: short, no closing full stop. */
function isHeadlineLike(p: string): boolean {
  const n = countWords(p);
  return n >= 1 && n <= 24 && !/[.!;:…]$/u.test(p);
}

function tokens(p: string): string[] {
  return p.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/**
 * Paragraphs that repeat other text of the page: a caption that says again what the body says, a
 * pull quote, a summary box of the first lines, a duplicated caption. A paragraph whose word
 * 4-grams lie at least 90 % inside one other, longer paragraph goes (of two equal ones the later).
 */
function repeats(paras: readonly string[], boxed: readonly boolean[] | null): Set<number> {
  const grams = paras.map((p) => {
    const t = tokens(p);
    const g = new Set<string>();
    for (let i = 0; i + 4 <= t.length; i++) g.add(t.slice(i, i + 4).join(' '));
    return g;
  });
  const where = new Map<string, number[]>();
  grams.forEach((g, i) => {
    for (const k of g) {
      const l = where.get(k);
      if (l) l.push(i);
      else where.set(k, [i]);
    }
  });
  const out = new Set<number>();
  grams.forEach((g, i) => {
    if (g.size < 6 || g.size > 40 || (boxed && !boxed[i])) return;
    const hits = new Map<number, number>();
    for (const k of g) for (const j of where.get(k)!) if (j !== i) hits.set(j, (hits.get(j) ?? 0) + 1);
    for (const [j, n] of hits) {
      // Inside a clearly longer paragraph, or a short line said twice; two long equal paragraphs
      // are left alone (a page may repeat its own text, and the reader sees it twice too).
      const longer = grams[j]!.size >= 1.2 * g.size || (grams[j]!.size >= g.size && j < i && g.size <= 30);
      if (longer && !out.has(j) && n >= 0.9 * g.size) {
        out.add(i);
        return;
      }
    }
  });
  return out;
}

/**
 * Remove page chrome from paragraphs and return what the body is, plus the facts about the article
 * that some removed lines established (outlet, credits, byline, stated date). `hints` carries what
 * a DOM caller knows (the link share of each paragraph); text-only callers leave it out.
 */
export function cleanText(paragraphs: readonly string[], hints: CleanHints = {}): CleanedText {
  const out: CleanedText = { paragraphs: [], source: null, credits: [], byline: null, published: null };
  const kept: string[] = [];
  const linked: number[] = [];
  const boxed: boolean[] = [];
  paragraphs.forEach((raw, idx) => {
    let p = normaliseSpace(raw);
    if (!p) return;
    if (p.length <= 240) {
      const src = SOURCE_LINE.exec(p);
      if (src?.[1]) {
        // "Source: NYPOST" names the outlet; "Source: NATO." under a chart credits data. Only a
        // name that reads as an outlet is taken as one; the rest is kept as a credit.
        const name = src[1].trim();
        if (looksLikeOutlet(name)) out.source ??= outletName(name);
        else out.credits.push(p);
        return;
      }
      if (CREDIT_LINES.some((r) => r.test(p))) {
        out.credits.push(p);
        return;
      }
      const by = BY_LINE.exec(p);
      if (by?.[1] && p.length <= 100) {
        const name = by[1].replace(/[\s,]+$/u, '');
        if (!BAD_BYLINES.test(name)) out.byline ??= name;
        return;
      }
      const dl = DATE_LINE.exec(p);
      if (dl?.[1]) {
        const d = parseLooseDate(dl[1]);
        if (d) {
          out.published ??= d;
          return;
        }
      }
      if (isDateOnly(p)) {
        const d = parseLooseDate(p);
        if (d) out.published ??= d;
        return;
      }
      if (CHROME.some((r) => r.test(p))) return;
      // A caption that says something (a sentence, or eight words) keeps its words and loses its
      // credit; a bare label or a line that was nothing but a credit goes.
      const cut = cutCredit(p);
      if (cut !== p) {
        const n = countWords(cut);
        if (n < 3 || (n < 8 && !/[.!?…"”’)]$/u.test(cut))) return;
        p = cut;
      }
    }
    kept.push(p);
    linked.push(hints.linked?.[idx] ?? 0);
    boxed.push(hints.boxed?.[idx] ?? true);
  });

  const drop = new Set<number>();
  for (let i = 0; i < kept.length; i++) {
    const p = kept[i]!;
    if (p.length > 240) continue;
    // "Read more:" / "À lire aussi :" and the headlines of other stories under it.
    if (RELATED_LABEL.test(p)) {
      drop.add(i);
      for (let j = i + 1; j < kept.length && isHeadlineLike(kept[j]!) && (hints.linked === undefined || linked[j]! >= 0.5); j++) drop.add(j);
      continue;
    }
    if (RELATED_INLINE.some((r) => r.test(p))) drop.add(i);
  }
  // A run of links to other stories: two or more headline-like lines that are all link.
  if (hints.linked) {
    for (let i = 0; i < kept.length; ) {
      let j = i;
      while (j < kept.length && linked[j]! >= 0.9 && isHeadlineLike(kept[j]!)) j++;
      if (j - i >= 2) for (let k = i; k < j; k++) drop.add(k);
      i = Math.max(j, i + 1);
    }
  }
  // Author bios sit at the foot: only the last three paragraphs are looked at.
  for (let i = Math.max(0, kept.length - 3); i < kept.length; i++) if (kept[i]!.length <= 400 && BIO.test(kept[i]!)) drop.add(i);
  const rest = kept.filter((_, i) => !drop.has(i));
  const again = repeats(rest, hints.boxed ? boxed.filter((_, i) => !drop.has(i)) : null);
  const body = rest.filter((_, i) => !again.has(i));

  // Labels are dropped only where page chrome lives: before the first and after the last prose
  // paragraph. In between, a short line is a subheading that belongs to the text.
  const first = body.findIndex(isProse);
  let last = -1;
  for (let i = body.length - 1; i >= 0; i--) if (isProse(body[i]!)) { last = i; break; }
  body.forEach((p, i) => {
    if (first >= 0 && (i < first || i > last) && isLabel(p)) return;
    out.paragraphs.push(p);
  });
  return out;
}

/** The body paragraphs with page chrome removed; see {@link cleanText} for the metadata kept aside. */
export function cleanParagraphs(paragraphs: string[]): string[] {
  return cleanText(paragraphs).paragraphs;
}
