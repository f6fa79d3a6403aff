/**
 * The one key of a name's spelling variants: what makes "Zelenskyy", "Zelenskiy" and "Selenskyj",
 * "Müller" and "Mueller", "OTAN" and "NATO" one name. The matcher keys the names of every article
 * with it (names.ts, ../match/person-names.ts) and the quotes key a speaker's surname with it
 * (../quotes/speaker-key.ts), so a person is the same person in both. Its input is a word already
 * folded by normalize.ts's `fold` (case and diacritics).
 */

/**
 * The other languages' acronyms of the organisations and countries news names most, as the English
 * key: "OTAN"/"NAVO" are NATO, "UE" the EU, "ONU"/"UNO"/"VN" the UN, "EEUU"/"EUA"/"SUA"/"ABD"/"USA"
 * the US ("USA" in English text too: one country, one key).
 */
export const NAME_ALIASES: Readonly<Record<string, string>> = {
  otan: 'nato', navo: 'nato', ue: 'eu', onu: 'un', uno: 'un', vn: 'un', oms: 'who', fmi: 'imf', iwf: 'imf',
  bce: 'ecb', ezb: 'ecb', eeuu: 'us', eua: 'us', sua: 'us', abd: 'us', usa: 'us',
};

/** Memo of nameWordKey (names repeat across sentences and articles). */
const wordKeys = new Map<string, string>();

/**
 * The variant-folding key of one name word: folded, dots dropped ("U.S." → "us"), German umlaut
 * spellings as the umlaut ("Mueller"/"Müller"/"Muller" → "muler", "Schroeder" → "schroder": an
 * a/o/u + e between consonants, not before a lone "l" ("Manuel", "Israel", "Samuel"), nor before a
 * final s, v or w ("avenues", "Valuev"), nor "ue" after g or q, Spanish and French spelling: "Miguel",
 * "Rodriguez", "Quebec"), doubled letters single ("Zelenskyy" → "zelensky") and the Slavic endings -iy/-yi/-ij/-ii/-yj as -y,
 * -ski as -sky ("Zelenskiy", "Zelenskij", "Zelenskyi", "Zelenski" → "zelensky"), and the German
 * S- for Z- of such surnames ("Selenskyj" → "zelensky"); then NAME_ALIASES.
 */
export function nameWordKey(folded: string): string {
  let key = wordKeys.get(folded);
  if (key === undefined) {
    const form = nameWordForm(folded);
    key = NAME_ALIASES[form] ?? form;
    if (wordKeys.size >= 20_000) wordKeys.clear();
    wordKeys.set(folded, key);
  }
  return key;
}

function nameWordForm(folded: string): string {
  return folded
    .replace(/[.'\u2019]/g, '')
    .replace(/(?<=([b-df-hj-np-tv-z]))([aou])e(?=ll|[b-df-hjkmnp-tv-z])(?![svw]$)/gu, (m, c: string, v: string) => (v === 'u' && (c === 'g' || c === 'q') ? m : v))
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/(?:iy|yi|ij|ii|yj)$/u, 'y')
    .replace(/(?<=[sz]k)i$/u, 'y')
    // German writes the Cyrillic З as S: "Selenskyj" is Zelensky (only for the -sky surnames).
    .replace(/^se(?=\p{L}*sky$)/u, 'ze');
}

/** The key of a multi-word name: its words' keys joined by spaces, connectors included. */
export function nameKey(words: readonly string[]): string {
  return words.map(nameWordKey).join(' ');
}
