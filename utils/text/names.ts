/**
 * Names of people, places and organisations, found without a model: runs of capitalised words
 * that are not merely sentence-initial (or that the same document capitalises elsewhere), with
 * titles such as "Mr." or "President" cut off. Each name gets its variant key (name-key.ts) so that
 * "Zelensky" / "Zelenskyy" / "Zelenskiy" meet, and its last word's key so that "Mr. Biden" /
 * "President Joe Biden" do.
 */
import { nameKey, nameWordKey } from './name-key';
import type { Token } from './tokenize';
import { isStopword } from './stopwords';

/** Titles and roles that precede names; they split a run ("NATO Secretary General Jens Stoltenberg"). */
export const HONORIFICS = new Set(
  ('mr mrs ms miss mx dr prof president vice sen senator rep representative gov governor gen general lt col ' +
    'maj capt cmdr adm sgt cpl judge justice chancellor minister prime secretary king queen prince princess pope ' +
    'sir dame lord lady rev reverend chief chairman chairwoman speaker leader mayor ambassador officer detective ' +
    'coach former deputy attorney sheriff commissioner director spokesman spokeswoman premier emperor sheikh ' +
    'dear madam mister st saint pres hon gens sens reps').split(' '),
);

/** Calendar words are capitalised but name no entity; dates are handled as numbers. */
export const CALENDAR = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);

/** Lower-case particles allowed inside a name ("Bank of America", "Ludwig van Beethoven"). */
const CONNECTORS = new Set(['of', 'de', 'la', 'van', 'von', 'der', 'del', 'da', 'bin', 'al', 'le', 'du', 'di', 'y']);

/** One occurrence of a name. */
export interface NameMention {
  /** Folded key of the whole name ("joe biden"). */
  key: string;
  /** Folded key of its last word when the name has several ("biden"), so short and long forms meet. */
  lastKey: string | null;
  /** The name as written, honorifics removed ("Joe Biden"). */
  surface: string;
  start: number;
  end: number;
}

/** Calendar words of the languages that capitalise them (German, Turkish), folded. */
const LANG_CALENDAR: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set(('montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar janner februar marz april mai juni ' +
    'juli august september oktober november dezember').split(' ')),
  tr: new Set(('pazartesi sali carsamba persembe cuma cumartesi pazar ocak subat mart nisan mayis haziran temmuz agustos eylul ' +
    'ekim kasim aralik').split(' ')),
};

/** True for a month or weekday name (folded) in English or in the text's language. */
export function isCalendarWord(folded: string, lang = 'en'): boolean {
  return CALENDAR.has(folded) || (LANG_CALENDAR[lang]?.has(folded) ?? false);
}

/** Titles other languages write capitalised before a name ("Herr Scholz", "M. Macron", "Sr. Sánchez"), folded. */
const LANG_HONORIFICS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set(
    ('herr herrn frau prasident prasidenten prasidentin kanzler kanzlerin bundeskanzler bundeskanzlerin bundesprasident ' +
      'bundesprasidentin minister ministerin aussenminister aussenministerin verteidigungsminister verteidigungsministerin ' +
      'ministerprasident ministerprasidentin regierungschef regierungschefin generalsekretar generalsekretarin sprecher sprecherin ' +
      'burgermeister burgermeisterin konig konigin papst chef chefin').split(' '),
  ),
  fr: new Set(['m', 'mme', 'mlle', 'mgr']),
  es: new Set(['sr', 'sra', 'srta', 'don', 'dona']),
  it: new Set(['sig', 'sigra', 'on']),
  pt: new Set(['sr', 'sra']),
  nl: new Set(['dhr', 'mevr']),
  // Turkish writes titles capitalised between a country and the name ("ABD Başkanı Joe Biden").
  tr: new Set(
    ('baskan baskani cumhurbaskani basbakan basbakani bakan bakani genel sekreter sekreteri sozcu sozcusu devlet disisleri ' +
      'savunma icisleri bey hanim').split(' '),
  ),
};

function isHonorific(folded: string, lang: string): boolean {
  return HONORIFICS.has(folded) || (LANG_HONORIFICS[lang]?.has(folded) ?? false);
}

function capWord(t: Token, lang: string): boolean {
  return t.cap && !t.numeric && !isCalendarWord(t.folded, lang) && !isStopword(t.folded, lang) && /\p{L}/u.test(t.folded);
}

/**
 * German capitalises every noun, so a capital is no evidence of a name there. A capitalised word is
 * taken for a common noun when the document puts a determiner or a number before it (directly or
 * across one or two lower-case inflected adjectives: "der ukrainische Präsident", "zwei Soldaten")
 * or when it ends like a noun ("-ung", "-heit", "-keit", "-schaft", "-tion", "-tät", "-ismus", "-nis").
 * Kept as names: acronyms ("EU", "USA"), a capitalised adjective opening a multi-word name ("die
 * Deutsche Bank", "die Europäische Union"), and the few names German writes with an article.
 */
const DE_DETERMINERS = new Set(
  ('der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines im am zum zur vom beim ' +
    'ins ans aufs dieser diese dieses diesen diesem jener jene jenes jeder jede jedes jeden jedem alle allen aller mein meine ' +
    'meinen meinem meiner sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem ' +
    'unserer welche welcher welches welchen manche manchen viele vielen mehrere mehreren einige einigen wenige wenigen beide ' +
    'beiden solche solchen etliche zahlreiche zahlreichen mehr weniger etwas genug per pro je zwei drei vier funf sechs sieben ' +
    'acht neun zehn elf zwolf zwanzig hundert tausend').split(' '),
);
const DE_ADJ_BETWEEN = /(?:e|en|er|es|em)$/u;
/** A lower-case word that is surely an inflected adjective, which only a noun follows ("direktem Kommando"). */
const DE_ADJ = /(?:isch|lich|ig|bar|sam|los|voll|haft|iv|ell|al|ar|neu|direkt|weit|hoh|gross|klein|lang|kurz|stark|schwer|alt|jung)(?:e|en|er|es|em)$/u;
/** Comparative and superlative forms ("besserer", "neueste", "größten"). */
const DE_COMPARATIVE = /.{3}(?:er|st)(?:e|en|er|es|em)$/u;
const DE_NOUN_SUFFIX = /.{3}(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tat|taten|itat|ismus|nis|nisse|chen|ling|linge|ment|mente)$/u;
/** A capitalised adjective that opens a German multi-word name ("Deutsche Bank", "Vereinte Nationen"). */
const DE_NAME_ADJ = /(?:isch|lich|ig|al|eint|eiss|rot|neu|gross|grun|hoh|heilig)(?:e|en|er|es|em)$/u;
const DE_ARTICLE_NAMES = new Set(
  ('ukraine turkei schweiz usa slowakei mongolei iran irak libanon sudan jemen niederlande philippinen kosovo krim donbass ' +
    'kreml bundestag bundesrat bundesregierung bundeswehr bundesbank nato uno').split(' '),
);

/** Languages whose nouns are all capitalised (German; Luxembourgish writes the same way). */
export const NOUN_CAPS = new Set(['de', 'lb']);

function isAcronym(surface: string): boolean {
  return surface.length >= 2 && surface === surface.toUpperCase() && /\p{Lu}/u.test(surface);
}

/** The capitalised words (folded) a German document shows to be common nouns; see DE_DETERMINERS. */
export function germanCommonNouns(sents: readonly Token[][]): Set<string> {
  const common = new Set<string>();
  for (const s of sents) {
    for (let i = 0; i < s.length; i++) {
      const t = s[i]!;
      if (!t.cap || t.numeric || isAcronym(t.surface) || DE_ARTICLE_NAMES.has(t.folded)) continue;
      if (DE_NOUN_SUFFIX.test(t.folded)) {
        common.add(t.folded);
        continue;
      }
      const next = s[i + 1];
      if (next?.cap && DE_NAME_ADJ.test(t.folded)) continue;
      let j = i - 1;
      while (j >= 0 && j >= i - 2 && !s[j]!.cap && !s[j]!.numeric && DE_ADJ_BETWEEN.test(s[j]!.folded) && !DE_DETERMINERS.has(s[j]!.folded)) j--;
      const before = s[j];
      const prev = s[i - 1];
      const adjBefore = prev && (prev.cap ? prev.initial && (DE_ADJ.test(prev.folded) || DE_COMPARATIVE.test(prev.folded)) : DE_ADJ.test(prev.folded));
      if ((before && (before.numeric || DE_DETERMINERS.has(before.folded))) || adjBefore) common.add(t.folded);
    }
  }
  return common;
}

/** What knownNameWords() returns: the trusted name words, and for German the common nouns. */
export class KnownNames extends Set<string> {
  /** Capitalised words the document shows to be common nouns (German only; else empty). */
  common: ReadonlySet<string> = new Set();
}

/**
 * Words the document itself capitalises in mid-sentence: a sentence-initial or title word that is
 * one of these is trusted as a name too ("Biden said ..." after "President Biden" earlier). For a
 * language that capitalises nouns, the words shown to be common nouns are left out (and kept in
 * `common`, which extractNames() reads when given this set).
 */
export function knownNameWords(sents: readonly Token[][], lang = 'en'): KnownNames {
  const known = new KnownNames();
  const common = NOUN_CAPS.has(lang) ? germanCommonNouns(sents) : null;
  if (common) known.common = common;
  for (const s of sents) {
    for (const t of s) {
      if (!t.initial && capWord(t, lang) && !isHonorific(t.folded, lang) && !common?.has(t.folded)) known.add(t.folded);
    }
  }
  return known;
}

/**
 * A sentence-initial capitalised word directly followed by a trusted name word starts the name
 * ("Tara Reid has entered rehab." when only "Reid" recurs mid-sentence).
 */
function opensName(s: readonly Token[], i: number, known: ReadonlySet<string>, lang: string, text?: string): boolean {
  const t = s[i]!;
  const next = s[i + 1];
  if (!next || isHonorific(t.folded, lang) || !capWord(next, lang) || isHonorific(next.folded, lang)) return false;
  if (next.initial && !known.has(next.folded)) return false;
  // German: a sentence opening with an adjective before a noun ("Pragmatische Architekten …", "Besserer Service").
  if (NOUN_CAPS.has(lang) && (DE_ADJ.test(t.folded) || DE_COMPARATIVE.test(t.folded) || (known instanceof KnownNames && known.common.has(t.folded)))) return false;
  return text === undefined || /^\s+$/u.test(text.slice(t.end, next.start));
}

/** German genitive "Putins", "Selenskyjs": the word without its s when the document names it so too. */
function deGenitive(folded: string, known: ReadonlySet<string>): string {
  return folded.length > 3 && folded.endsWith('s') && known.has(folded.slice(0, -1)) ? folded.slice(0, -1) : folded;
}

/** The name mentions of tokenised text; `known` extends trust to sentence-initial capitals. */
export function extractNames(sents: readonly Token[][], known: ReadonlySet<string>, lang = 'en', text?: string): NameMention[] {
  const out: NameMention[] = [];
  const common = known instanceof KnownNames ? known.common : null;
  const genitive = NOUN_CAPS.has(lang);
  for (const s of sents) {
    let run: Token[] = [];
    const flush = (): void => {
      if (common?.size) {
        // German: common nouns leave a run at either end ("der Kanzler Olaf Scholz" → "Olaf Scholz"),
        // unless a capitalised adjective opens it ("Deutsche Bank").
        if (!(run.length > 1 && DE_NAME_ADJ.test(run[0]!.folded))) {
          while (run.length && common.has(run[run.length - 1]!.folded)) run.pop();
          while (run.length && (common.has(run[0]!.folded) || CONNECTORS.has(run[0]!.folded))) run.shift();
        }
      }
      if (genitive) {
        // A German genitive name ends the name: "Selenskyjs Rede" → "Selenskyj".
        const g = run.findIndex((t, k) => k < run.length - 1 && deGenitive(t.folded, known) !== t.folded);
        if (g >= 0) run.length = g + 1;
      }
      while (run.length && CONNECTORS.has(run[run.length - 1]!.folded)) run.pop();
      if (run.length) {
        const words = run.map((t) => (genitive ? deGenitive(t.folded, known) : t.folded));
        const key = nameKey(words);
        const last = run[run.length - 1]!;
        const first = run[0]!;
        out.push({
          key,
          lastKey: run.length > 1 ? nameWordKey(words[words.length - 1]!) : null,
          surface: text ? text.slice(first.start, last.end) : run.map((t) => t.surface).join(' '),
          start: first.start,
          end: last.end,
        });
      }
      run = [];
    };
    for (let i = 0; i < s.length; i++) {
      const t = s[i]!;
      const adjacent = run.length > 0 && text !== undefined ? /^(?:\s+|\.\s*|-)$/u.test(text.slice(run[run.length - 1]!.end, t.start)) : run.length > 0;
      if (run.length && !adjacent) flush();
      if (isHonorific(t.folded.replace(/\.$/, ''), lang) && t.cap) {
        flush();
        continue;
      }
      if (capWord(t, lang) && (!t.initial || known.has(t.folded) || opensName(s, i, known, lang, text))) {
        run.push(t);
      } else if (run.length && CONNECTORS.has(t.folded) && !t.cap) {
        run.push(t);
      } else {
        flush();
      }
    }
    flush();
  }
  return out;
}
