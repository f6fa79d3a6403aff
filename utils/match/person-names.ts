/**
 * Which name keys are people's full names, for the matcher's `fullName` signal: a victim's or a
 * defendant's name belongs to one story, a town's, a hospital's or an outlet's to many.
 */
import { isGivenName } from '../quotes/first-name-gender';
import { stem } from '../text/stem';
import { nameWordKey } from '../text/name-key';
import { priorDocFreq } from './idf';

/** First words of place names that are also given names ("San", "Santa", "Fort"…). */
const PLACE_FIRST = ['san', 'santa', 'santo', 'los', 'las', 'new', 'north', 'south', 'east', 'west', 'fort', 'mount', 'port', 'saint', 'st', 'lake', 'el', 'la', 'le', 'de', 'del', 'grand', 'great', 'little', 'upper', 'lower', 'palm', 'glen'];
/** Last words of places, institutions and outlets ("Miami Valley Hospital", "Washington Post"). */
const PLACE_LAST = ['hospital', 'center', 'centre', 'county', 'valley', 'park', 'street', 'avenue', 'road', 'drive', 'lane', 'boulevard', 'square', 'place', 'school', 'church', 'university', 'college', 'academy', 'post', 'news', 'times', 'tribune', 'herald', 'journal', 'gazette', 'bank', 'department', 'office', 'police', 'court', 'city', 'beach', 'lake', 'river', 'hill', 'hills', 'heights', 'village', 'mall', 'airport', 'station', 'club', 'bar', 'door', 'house', 'hall', 'island', 'bay', 'springs', 'falls', 'creek', 'state', 'states', 'township', 'district'];
/** The same words as name keys spell them (../text/name-key.ts folds spellings: "street" → "stret"). */
let placeKeys: { first: Set<string>; last: Set<string> } | null = null;
/** A given name this common in ordinary text ("Blue", "May", "King") is a word before it is a name. */
const COMMON_WORD = 0.04;

/**
 * A name key of a person's full name: two or three words (before any "of"), the first a given
 * name of the table that is not a common word, neither end a place's or an institution's word
 * ("taivon reed", not "fort wayne", "blue door" or "miami valley hospital").
 */
export function isPersonNameKey(key: string): boolean {
  // "Taivon Reed of Dayton" is one name run: the person is the part before "of".
  const words = key.split(' of ')[0]!.split(' ');
  if (words.length < 2 || words.length > 3) return false;
  placeKeys ??= { first: new Set(PLACE_FIRST.map(nameWordKey)), last: new Set(PLACE_LAST.map(nameWordKey)) };
  const first = words[0]!;
  if (!isGivenName(first) || placeKeys.first.has(first) || placeKeys.last.has(words[words.length - 1]!)) return false;
  return priorDocFreq(stem(first, 'en')) < COMMON_WORD;
}
