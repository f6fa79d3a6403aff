/**
 * Word lists for attribution (English newsroom style). Kept as data, apart from the logic, so a
 * missed cue or title is a one-line fix and other languages can be added beside them.
 */

function inflect(stems: string[]): string[] {
  const out: string[] = [];
  for (const s of stems) {
    const parts = s.split('|');
    const base = parts[0]!;
    const past = parts[1] ?? (base.endsWith('e') ? base + 'd' : base + 'ed');
    const third = parts[2] ?? base + 's';
    const ing = parts[3] ?? (base.endsWith('e') ? base.slice(0, -1) + 'ing' : base + 'ing');
    out.push(base, past, third, ing);
  }
  return out;
}

/** Verbs that report speech or writing. "base|past|3rd|ing" where irregular. */
const SPEECH_STEMS = [
  'say|said|says|saying', 'tell|told|tells|telling', 'add', 'note', 'write|wrote|writes|writing', 'tweet', 'post',
  'explain', 'argue', 'claim', 'insist', 'warn', 'announce', 'declare', 'state', 'continue', 'recall', 'remark',
  'respond', 'reply|replied|replies|replying', 'answer', 'ask', 'acknowledge', 'admit|admitted|admits|admitting', 'assert',
  'concede', 'complain', 'contend', 'emphasize', 'emphasise', 'stress|stressed|stresses|stressing', 'suggest', 'urge',
  'predict', 'promise', 'vow', 'pledge', 'repeat', 'reiterate', 'testify|testified|testifies|testifying', 'joke', 'quip|quipped|quips|quipping',
  'conclude', 'counter', 'describe', 'call', 'dub|dubbed|dubs|dubbing', 'label|labeled|labels|labeling', 'boast', 'lament', 'muse',
  'observe', 'recount', 'shout', 'yell', 'chant', 'cry|cried|cries|crying', 'whisper', 'scream', 'exclaim', 'tout', 'echo|echoed|echoes|echoing', 'retaliate', 'exhort', 'react', 'muse', 'gush', 'rave', 'sneer', 'boom', 'marvel', 'fume', 'chuckle', 'grumble',
  'condemn', 'criticize', 'criticise', 'blast', 'slam|slammed|slams|slamming', 'praise', 'accuse', 'charge', 'allege',
  'mock', 'deride', 'decry|decried|decries|decrying', 'denounce', 'hail', 'confirm', 'deny|denied|denies|denying', 'caution',
  'demand', 'plead|pleaded|pleads|pleading', 'proclaim', 'vent', 'scoff', 'snap|snapped|snaps|snapping', 'chime', 'interject',
  'opine', 'advise', 'point', 'put|put|puts|putting', 'begin|began|begins|beginning', 'go|went|goes|going', 'speak|spoke|speaks|speaking',
  'characterize', 'term', 'brand', 'recount', 'report', 'reveal', 'disclose', 'inform', 'assure', 'mention', 'conclude',
  'offer', 'retort', 'rail', 'thunder', 'sigh', 'laugh', 'shrug', 'reason', 'wonder', 'question', 'propose', 'highlight',
  'declare', 'maintain', 'pronounce', 'insist', 'agree', 'elaborate', 'clarify|clarified|clarifies|clarifying', 'concur|concurred|concurs|concurring',
  'write|written|writes|writing', 'speak|spoken|speaks|speaking', 'tell|told|tells|telling', 'cite', 'quote', 'thank',
];

/** Every inflected speech verb, lower case. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(inflect(SPEECH_STEMS));

/** Verbs that may stand before their speaker ("said Ms. Psaki", "asked Smith"). Never "told X". */
export const INVERTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'noted', 'notes', 'wrote', 'writes', 'explained', 'explains', 'continued', 'continues',
  'recalled', 'recalls', 'asked', 'asks', 'argued', 'argues', 'insisted', 'insists', 'warned', 'warns', 'declared',
  'declares', 'replied', 'replies', 'responded', 'responds', 'answered', 'answers', 'quipped', 'quips', 'joked', 'jokes',
  'tweeted', 'tweets', 'stated', 'states', 'observed', 'observes', 'remarked', 'remarks', 'countered', 'counters',
  'concluded', 'concludes', 'shouted', 'yelled', 'cried', 'exclaimed', 'offered', 'retorted',
  'acknowledged', 'admitted', 'conceded', 'complained', 'predicted', 'promised', 'vowed', 'laughed', 'sighed', 'wondered',
  'posted', 'announced', 'stressed', 'emphasized', 'suggested', 'claimed', 'boasted', 'lamented', 'mused', 'recounted',
]);

/** Personal pronouns that can be a speaker; gender for resolution. */
export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'p' | 'n'> = new Map([
  ['he', 'm'], ['she', 'f'], ['they', 'p'], ['we', 'p'], ['i', 'n'], ['it', 'n'], ['you', 'n'], ['who', 'n'],
]);

/** Words that sit between a speaker and the verb ("Stoltenberg also said", "he has repeatedly said"). */
export const BETWEEN_WORDS: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'once', 'previously', 'recently', 'repeatedly', 'again', 'further', 'simply', 'quickly', 'flatly',
  'bluntly', 'often', 'frequently', 'never', 'reportedly', 'has', 'had', 'have', 'would', 'will', 'could', 'might', 'may',
  'did', 'does', 'do', 'was', 'is', 'had', 'been', 'just', 'already', 'still', 'even', 'publicly', 'privately', 'famously',
  'once', 'first', 'last', 'always', 'earlier', 'subsequently', 'separately', 'similarly', 'likewise', 'only', 'not', 'should',
  'must', 'can', 'being', 'were', 'are', 'am', 'told', 'being',
]);

/** Honorifics and titles that prefix a name and are not part of it. Lower case, no period. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'fr', 'father',
  'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'lt', 'gen', 'general',
  'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'cmdr', 'commander', 'adm', 'admiral', 'sgt', 'sergeant', 'cpl',
  'president', 'vice', 'prime', 'minister', 'secretary', 'secretary-general', 'chancellor', 'premier', 'mayor', 'king', 'queen',
  'prince', 'princess', 'pope', 'judge', 'justice', 'chief', 'deputy', 'foreign', 'defense', 'defence', 'state', 'press',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'director', 'chairman', 'chairwoman', 'chair', 'leader',
  'speaker', 'commissioner', 'attorney', 'officer', 'former', 'rabbi', 'cardinal', 'sheikh', 'crown', 'emir', 'ceo',
  'founder', 'executive', 'assistant', 'adviser', 'advisor', 'counselor', 'envoy', 'treasurer', 'auditor', 'controller',
  'comptroller', 'sheriff', 'detective', 'inspector', 'superintendent', 'coach', 'dean', 'chairperson', 'candidate',
  'nominee', 'hon', 'honorable', 'sr', 'jr', 'house', 'majority', 'minority', 'whip', 'first', 'interior', 'finance',
  'economy', 'health', 'homeland', 'security', 'national', 'senior', 'ret', 'pres', 'supt', 'insp', 'atty', 'gens',
  'the', 'late', 'acting', 'interim', 'elect', 'president-elect', 'co-founder', 'analyst', 'editor', 'correspondent',
]);

/** Honorifics that tell a person's gender. */
export const GENDERED: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['mr', 'm'], ['sir', 'm'], ['lord', 'm'], ['king', 'm'], ['prince', 'm'], ['father', 'm'], ['congressman', 'm'],
  ['spokesman', 'm'], ['chairman', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['dame', 'f'], ['lady', 'f'],
  ['queen', 'f'], ['princess', 'f'], ['congresswoman', 'f'], ['spokeswoman', 'f'], ['chairwoman', 'f'],
]);

/** Determiners that open a descriptive speaker ("the official", "a spokesman for X", "his wife"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'one', 'two', 'three', 'four', 'five', 'several',
  'many', 'another', 'other', 'both', 'all', 'most', 'few', 'this', 'that', 'these', 'those', 'each', 'every', 'no', 'former',
]);

/** Words that cannot be inside a speaker noun phrase: clause words, verbs of being, conjunctions. */
export const NP_STOP: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'and', 'or', 'but', 'is', 'was', 'were', 'be', 'been', 'are', 'am', 'would', 'will',
  'has', 'have', 'had', 'to', 'as', 'than', 'if', 'when', 'because', 'so', 'it', 'there', 'not', 'what', 'how', 'why',
  'where', 'while', 'after', 'before', 'since', 'though', 'although', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them',
  'us', 'me', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'said', 'says', 'told', 'just',
  'about', 'into', 'over', 'then', 'now', 'also', 'even', 'only', 'very', 'more', 'less', 'out', 'up', 'down', 'against',
  'under', 'during', 'through', 'between', 'until', 'without', 'within', 'like', 'unlike', 'via', 'per', 'by', 'with',
]);

/** Capitalised words that make a run an organisation or a place, not a person. */
export const NOT_PERSON: ReadonlySet<string> = new Set([
  'house', 'union', 'council', 'nations', 'states', 'party', 'department', 'ministry', 'committee', 'court', 'congress',
  'senate', 'forces', 'army', 'news', 'times', 'post', 'street', 'university', 'institute', 'agency', 'bank', 'office',
  'summit', 'group', 'organization', 'organisation', 'federation', 'republic', 'kingdom', 'europe', 'america', 'city', 'county',
  'york', 'washington', 'press', 'association', 'foundation', 'center', 'centre', 'company', 'corp', 'inc', 'ltd', 'fund',
  'campaign', 'administration', 'government', 'commission', 'parliament', 'assembly', 'alliance', 'network', 'journal',
  'magazine', 'television', 'radio', 'channel', 'review', 'club', 'league', 'school', 'college', 'hospital', 'church',
  'service', 'police', 'guard', 'navy', 'command', 'pentagon', 'kremlin', 'hall', 'square', 'avenue', 'road', 'airport',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'war', 'act', 'day', 'north', 'south', 'east',
  'west', 'island', 'islands', 'sea', 'ocean', 'river', 'coast', 'board', 'project', 'program', 'programme', 'poll',
  'institution', 'society', 'reserve', 'treasury', 'cabinet', 'democrats', 'republicans', 'conservatives', 'labour',
  'twitter', 'facebook', 'instagram', 'youtube', 'google', 'state', 'states', 'union', 'world', 'affairs', 'security',
]);

/**
 * Written things that "read" or "say" their words ("the statement read", "a sign reading"), so a
 * quote from a document is attributed to the document rather than to a nearby person.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'letter', 'email', 'e-mail', 'message', 'memo', 'note', 'sign', 'signs', 'banner', 'banners', 'tweet', 'post',
  'ad', 'advert', 'advertisement', 'editorial', 'release', 'caption', 'headline', 'text', 'it', 'card', 'poster', 'shirt',
  't-shirt', 'placard', 'petition', 'report', 'document', 'invitation', 'plaque', 'slogan', 'description', 'page', 'website',
  'one', 'another', 'filing', 'complaint', 'lawsuit', 'order', 'ruling', 'transcript', 'notice', 'flyer', 'mailer', 'sticker',
  'bumper', 'tagline', 'subject', 'line', 'label', 'summary', 'book', 'passage', 'entry', 'emails', 'messages', 'tweets',
]);

/** Particles that belong to the cue verb before them ("called for", "pointed out", "went on", "according to"). */
export const CUE_PARTICLES: Readonly<Record<string, string>> = {
  according: 'to', called: 'for', calls: 'for', call: 'for', calling: 'for', pointed: 'out', points: 'out', point: 'out',
  pointing: 'out', went: 'on', goes: 'on', referring: 'to',
};
