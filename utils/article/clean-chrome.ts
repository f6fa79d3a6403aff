/**
 * The shapes of page chrome the one cleaner (`clean.ts`) removes from a body: timestamps, counters,
 * prompts, "Read more" blocks, author bios, labels. General patterns, never one site's wording.
 */
import { countWords } from './clean-words';


const UNITS = '(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?|yrs?)';
/** "34 minutes ago", "Updated 2 hours ago", "an hour ago", "Posted: 3d ago". */
const RELATIVE_TIME = new RegExp(
  `^(?:(?:last\\s+)?(?:updated|published|posted|edited|modified)\\s*:?\\s*)?(?:\\d+|an?|one|a few)\\s*${UNITS}\\s+ago\\.?$`,
  'iu',
);
const JUST_NOW = /^(?:(?:updated|published|posted)\s*:?\s*)?(?:just now|moments? ago|yesterday|today)\.?$/iu;

/** Lines that are page chrome whatever their position. */
export const CHROME: RegExp[] = [
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


/** A "Read more"-style label that heads a block of links to other stories. */
export const RELATED_LABEL =
  /^[>»›•*\s]*(?:read more|read next|read also|also read|more reading|related|related (?:articles?|stories|coverage|content|links|reading)|see also|more (?:from|on|about) .{1,40}|read more (?:from|on|about) .{1,40}|more stories|more news|recommended(?: for you| reading)?|most (?:popular|read)|trending(?: now)?|you may also like|you might also like|what to read next|latest news|further reading|(?:à |a )?lire aussi|lire également|(?:à |a )?voir aussi|sur le même sujet|leia (?:mais|também)|veja (?:também|mais)|saiba mais|lesen sie auch|mehr zum thema|das könnte sie auch interessieren|lee también|te puede interesar|más información|noticias relacionadas|leggi anche|czytaj (?:też|także|więcej)|zobacz (?:też|także)|関連記事|相关阅读|相关文章)\s*[:|»›>-]?\s*$/iu;
/** A label with the linked headline on the same line: "Read more: Biden heads to Brussels", "Lire aussi Le FMI appelle…". */
export const RELATED_INLINE: RegExp[] = [
  /^[>»›•*\s]*(?:read more|related|see also|also read|read also|more|watch|listen|(?:à |a )?lire aussi|leia (?:mais|também)|veja também|lesen sie auch|lee también|leggi anche|czytaj (?:też|także|więcej))\s*[:|»›>-]\s*.{1,200}$/iu,
  /^[>»›•*\s]*(?:(?:à |a )?lire aussi|leia (?:mais|também)|veja também|lesen sie auch|lee también|leggi anche|czytaj (?:też|także))\s+[^.!;]{1,200}$/iu,
];
/** "Jane Doe is a reporter for the Courier…", "Jennifer Rubin writes reported opinion…": a bio at the foot. */
export const BIO =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:(?:is|was|has been|serves as)\s+(?:a|an|the|our|\p{Lu}[\p{L}'’]*)\b.{0,160}?\b(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|author|producer|photographer|critic|fellow|intern|host|anchor|blogger|freelancer|staffer|novelist|historian|professor)s?\b|(?:writes|covers|reports on|is the author of)\b)/u;


/** A lone one-to-three-word label without final punctuation: a section tag or a kicker. */
export function isLabel(p: string): boolean {
  const n = countWords(p);
  return n >= 1 && n <= 3 && p.length <= 40 && !/[.!?…:;,"”’)]$/u.test(p) && !/^["“‘']/u.test(p) && !/\d{3,}/u.test(p);
}


/** A line that reads like a headline of another story: short, no closing full stop. */
export function isHeadlineLike(p: string): boolean {
  const n = countWords(p);
  return n >= 1 && n <= 24 && !/[.!;:…]$/u.test(p);
}

