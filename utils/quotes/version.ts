/**
 * The quote extractor's version. Quotes are extracted once, when an article is stored, and kept;
 * the background re-extracts the stored articles' quotes from their text when this is newer than
 * the version recorded with the corpus (utils/coverage/requote.ts). So bump it whenever
 * `extractQuotes` gives other output for some text (a new kind of attribution, a rule that finds
 * or drops quotes, another speaker resolution), or readers keep the old quotes until they re-import.
 *
 * 1: direct quotes with their kind and cue (b44f7e1).
 * 2: reported speech, indirect and mixed (a015383, 24f77b6).
 * 3: a relative pronoun kept as the source, the passive with its agent, reported speech in English
 *    articles only (4607371, c061571, 8f5cd2e).
 * 4: "he"/"she" resolve to the current speaker rather than the last person merely mentioned, never to
 *    a name later in their own clause; headlines name no one (article-people.ts, name-position.ts).
 * 5: "the senator" finds "Sen. X"; a role nobody was introduced with that continues the attribution
 *    just before ("The manager added:") is that source (role-of.ts).
 * 6: a title inside a name ("Republican Rep. Lee Zeldin") makes it a person (name-scan.ts); the
 *    bundled articles' output is the same as version 5's.
 * 7: a surname or titled surname is the person of that name last mentioned, with a title's gender
 *    ("Mrs. Clinton" is not Bill Clinton); bundled output unchanged.
 * 8: a speaker's key is the matcher's variant key of the surname (../text/name-key.ts: "Zelenskyy"
 *    → "zelensky", was "zelenski"; "Khan" and "Han", "Baker" and "Backer" now apart, "Mueller" and
 *    "Müller" together). The quotes are the same (all 13,872 of the PolNeAR training file and the
 *    bundled articles'), but the speaker keys stored with them and the statement ids made from
 *    them are not, so stored corpora are re-keyed.
 */
export const QUOTES_VERSION = 8;
