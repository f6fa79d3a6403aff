/**
 * Lines that state facts about the article rather than its body — a "Source:" line, wire credits,
 * a "By" line, a dateline — and photo credits at the end of captions. The cleaner moves the facts
 * into metadata and cuts the credits.
 */


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


/** "Source: NYPOST", "Via: The Hill", "This story originally appeared in Wired." */
export const SOURCE_LINE =
  /^(?:(?:source|via)\s*:|(?:originally published (?:on|in|by|at)|this (?:article|story|piece) (?:first |originally )?(?:appeared|was published) (?:on|in|at))\s*:?)\s*(.{2,60}?)\.?$/iu;
/** "With Post wires", "With wire services", "The Associated Press contributed to this report." */
export const CREDIT_LINES: RegExp[] = [
  /^with (?:[\p{L}.'&-]+\s+){0,4}(?:wires?|wire services|news services|agencies|reporting)\.?$/iu,
  /^(?:additional )?reporting (?:by|from) .{2,120}$/iu,
  /^.{2,80}\bcontributed (?:reporting|to this (?:report|story|article))\b.{0,60}$/iu,
  /^\(?(?:©|\(c\)|copyright)\s*.{2,100}$/iu,
  /^.{0,100}(?:©|\ball rights reserved\b|무단전재|無断転載|版权所有).{0,100}$/iu,
];
/** "By Jane Doe", "By Jane Doe and John Roe" — the byline, when it names people. */
export const BY_LINE =
  /^(?:[Bb][Yy]|[Pp]ar|[Pp]or|[Vv]on|[Pp]rzez|[Uu]n texte de|[Tt]exte de|[Ee]scrito por|[Ww]ritten by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|d['’]\p{Lu}[\p{L}'’-]*|and|&|et|e|y|und|de|du|van|von|da|dos|,))*)(?:\s*(?:[·|•—–]|\b(?:em|on|le|am|el|il)\b)\s*.{0,60})?$/u;
/** "Published March 24, 2022", "Updated: 2022-03-24 10:15". */
export const DATE_LINE = /^(?:(?:first\s+)?published|posted|updated|last updated|date)\s*(?:on|:)?\s*(.{6,60})$/iu;

/** The words a dateline is made of, in the languages we meet most: a line of only these is a date. */
const DATE_WORD =
  /^(?:\d{1,4}(?:[./:h-]\d{1,4}){0,3}(?:st|nd|rd|th|h|uhr)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|a\.?m|p\.?m|[ecmp][sd]?t|utc|gmt|bst|cet|cest|updated|published|posted|first|last|on|at|le|à|mis|jour|publié|actualizado|publicado|em|el|am|um|veröffentlicht|aktualisiert|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/iu;

/** "Sept. 19, 2016", "December 6, 2016 — 6:22 PM EST", "Publié le 29/10/2012", "Updated on September 19 at 3:15 p.m.". */
export function isDateOnly(p: string): boolean {
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

export const BAD_BYLINES = /^(?:staff|admin|editor|editors|the editors|web desk|news desk|desk|staff writer|staff reporter)$/iu;


/** Cut a photo credit off the end of a caption; the caption itself, when it is one, is kept. */
export function cutCredit(p: string): string {
  let t = p;
  for (const r of CREDIT_TAILS) t = t.replace(r, '').trim();
  return t;
}

