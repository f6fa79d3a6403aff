/**
 * Well-known outlet handles. Scrapes and wire lines often name an outlet by its site handle
 * ("Source: NYPOST"); the reader knows it as "New York Post". Only widely recognised handles are
 * mapped — anything else is kept as written, never guessed.
 */

const KNOWN: Record<string, string> = {
  nypost: 'New York Post',
  newyorkpost: 'New York Post',
  nytimes: 'The New York Times',
  nyt: 'The New York Times',
  washingtonpost: 'The Washington Post',
  wapo: 'The Washington Post',
  wsj: 'The Wall Street Journal',
  latimes: 'Los Angeles Times',
  usatoday: 'USA Today',
  cnn: 'CNN',
  foxnews: 'Fox News',
  nbcnews: 'NBC News',
  cbsnews: 'CBS News',
  abcnews: 'ABC News',
  msnbc: 'MSNBC',
  npr: 'NPR',
  bbc: 'BBC',
  bbcnews: 'BBC News',
  theguardian: 'The Guardian',
  guardian: 'The Guardian',
  reuters: 'Reuters',
  ap: 'Associated Press',
  apnews: 'Associated Press',
  associatedpress: 'Associated Press',
  afp: 'AFP',
  bloomberg: 'Bloomberg',
  politico: 'Politico',
  axios: 'Axios',
  thehill: 'The Hill',
  huffpost: 'HuffPost',
  huffingtonpost: 'HuffPost',
  aljazeera: 'Al Jazeera',
  dw: 'Deutsche Welle',
  euronews: 'Euronews',
  ft: 'Financial Times',
};

/** The usual name of an outlet named by its handle or domain; other names are returned as written. */
export function outletName(raw: string): string {
  const name = raw.trim().replace(/^https?:\/\//iu, '').replace(/^www\./iu, '');
  const key = name.toLowerCase().replace(/\.(?:com|co\.uk|org|net)$/u, '').replace(/[^a-z0-9]/gu, '');
  return KNOWN[key] ?? name;
}

const OUTLET_WORDS =
  /\b(?:news|times|post|journal|herald|tribune|gazette|press|daily|weekly|radio|tv|television|magazine|media|courier|chronicle|guardian|telegraph|observer|express|independent|mail|mirror|star|sun|review|report|wire|broadcasting|network)\b/iu;

/**
 * Whether a credited name reads as a news outlet: a known handle, a web address, or a name with a
 * newspaper word in it. "Source:" lines also credit data ("Source: NATO."), which is not an outlet.
 */
export function looksLikeOutlet(raw: string): boolean {
  const name = raw.trim();
  if (outletName(name) !== name.replace(/^https?:\/\//iu, '').replace(/^www\./iu, '')) return true;
  if (/^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|news|info|de|fr|es|it)\b/iu.test(name)) return true;
  return OUTLET_WORDS.test(name);
}
