/**
 * Everyone an article names, in order of mention, so pronouns and roles resolve to the person last
 * introduced that way within the same article.
 */
import { GENDERED } from './cues';
import { firstNameGender } from './first-name-gender';
import { looksLikePerson } from './name-of';
import { givenKey, nameTokens, sameGiven } from './name-parts';
import { scanNameRuns } from './name-scan';
import { speakerKey } from './speaker-key';

/** One person as an article refers to them. */
interface Person {
  name: string;
  key: string;
  given: string | null;
  gender: 'm' | 'f' | null;
  roles: Set<string>;
  /** Known to be a person: titled, quoted as a speaker, or named again by surname alone. */
  strong: boolean;
}

interface Mention {
  at: number;
  person: Person;
}

/**
 * Everyone an article names, in order, so a pronoun or a role ("the secretary-general") can be
 * resolved to the person last introduced that way, and "Ms. Psaki" to "Jen Psaki".
 */
export class ArticlePeople {
  private people: Person[] = [];
  private mentions: Mention[] = [];
  private descriptions: { at: number; text: string; head: string }[] = [];
  /** Indefinite introductions per head noun ("a senior US administration official"), found once. */
  private intros = new Map<string, { at: number; text: string }[]>();

  constructor(private readonly text: string) {
    this.scan();
  }

  private scan(): void {
    const pending = scanNameRuns(this.text);
    for (const p of pending) {
      const name = p.raw;
      if (!looksLikePerson(name)) continue;
      const titled = p.titles.length > 0;
      const multi = name.indexOf(' ') > 0;
      const known = titled || multi ? undefined : this.bySurname(speakerKey(name));
      if (!titled && !multi && !known) continue;
      if (known) known.strong = true;
      const person = this.register(name, p.at, titled ? p.titles : []);
      if (person && p.role) person.roles.add(p.role.replace(/-/gu, ' '));
    }
  }

  private bySurname(key: string): Person | undefined {
    for (let i = this.people.length - 1; i >= 0; i--) if (this.people[i]!.key === key) return this.people[i];
    return undefined;
  }

  /** Record a named mention at `at`; merges with an earlier person of the same surname and given name. */
  register(name: string, at: number, titles: string[] = []): Person | null {
    const key = speakerKey(name);
    if (!key) return null;
    const given = givenKey(name);
    let person: Person | undefined;
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i]!;
      if (p.key !== key) continue;
      if (!given || !p.given || sameGiven(given, p.given)) {
        person = p;
        break;
      }
    }
    if (!person) {
      person = { name: nameTokens(name).join(' '), key, given, gender: genderOfName(name), roles: new Set(), strong: false };
      this.people.push(person);
    } else if (given && !person.given) {
      person.given = given;
      person.name = nameTokens(name).join(' ');
      person.gender ??= genderOfName(name);
    } else if (nameTokens(name).length > person.name.split(' ').length) person.name = nameTokens(name).join(' ');
    if (titles.length) person.strong = true;
    for (const t of titles) {
      const g = GENDERED.get(t);
      if (g) person.gender = g;
      person.roles.add(t.replace(/-/gu, ' '));
    }
    if (titles.length > 1) person.roles.add(titles.filter((t) => !/^[a-z]{1,3}$/u.test(t) || t === 'ceo').join(' ').replace(/-/gu, ' '));
    this.mentions.push({ at, person });
    if (this.mentions.length > 1 && this.mentions[this.mentions.length - 2]!.at > at) this.mentions.sort((a, b) => a.at - b.at);
    return person;
  }

  /** The full name an article gives a person first named by `name` (surname or titled) at `at`. */
  resolveName(name: string, at: number, titles: string[] = []): string {
    const p = this.register(name, at, titles);
    if (p) p.strong = true;
    return p ? p.name : name;
  }

  /** Mark the gender of the person a pronoun was resolved to, for later pronouns. */
  private lastBefore(at: number, ok: (p: Person) => boolean): Person | null {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 200; i--) {
      const p = this.mentions[i]!.person;
      if (ok(p)) return p;
    }
    return null;
  }

  /** The person a "he"/"she" at `at` most likely refers to: the last one named with a compatible gender. */
  resolvePronoun(gender: 'm' | 'f', at: number): string | null {
    const p =
      this.lastBefore(at, (x) => x.gender === gender || (x.gender === null && x.strong && looksLikePerson(x.name))) ??
      this.lastBefore(at, (x) => x.gender === null && looksLikePerson(x.name));
    if (!p) return null;
    if (!p.gender) p.gender = gender;
    this.mentions.push({ at, person: p });
    this.mentions.sort((a, b) => a.at - b.at);
    return p.name;
  }

  /**
   * A role mention ("the secretary-general", "the official"): the last person introduced with that
   * role, else the last unnamed source described with that head noun, else the description itself.
   */
  resolveRole(mention: string, at: number): string {
    const desc = mention.replace(/\s+/gu, ' ').trim();
    const words = desc.toLowerCase().replace(/-/gu, ' ').split(' ');
    const head = words[words.length - 1] ?? '';
    const roleText = words.filter((w) => !['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(w)).join(' ');
    const hasRole = (x: Person): boolean => {
      for (const r of x.roles) if (r === roleText || r === head || r.endsWith(' ' + head)) return true;
      return false;
    };
    const p = head.length > 2 ? this.lastBefore(at, hasRole) : null;
    if (p) {
      this.mentions.push({ at, person: p });
      this.mentions.sort((a, b) => a.at - b.at);
      return p.name;
    }
    const definite = /^(the|this|that)\s/iu.test(desc);
    if (definite) {
      for (let i = this.descriptions.length - 1; i >= 0; i--) {
        const d = this.descriptions[i]!;
        if (d.at < at && d.head === head) return d.text;
      }
      // Look for an earlier indefinite introduction in the text ("a senior US administration official").
      let intros = this.intros.get(head);
      if (!intros) {
        intros = [];
        const re = new RegExp(`\\b(?:an?|one)\\s+(?:[\\p{L}.-]+\\s+){0,4}${escapeRe(head)}\\b`, 'giu');
        for (let m = re.exec(this.text); m; m = re.exec(this.text)) intros.push({ at: m.index, text: m[0] });
        this.intros.set(head, intros);
      }
      let found: string | null = null;
      for (const x of intros) if (x.at < at) found = x.text;
      if (found) {
        const t = found.replace(/\s+/gu, ' ');
        this.descriptions.push({ at, text: t, head });
        return t;
      }
      return desc.replace(/^The\b/u, 'the');
    }
    this.descriptions.push({ at, text: desc, head });
    return desc;
  }
}

/** Gender from the given name of a full name ("Hillary Clinton" → 'f'); null for a bare surname. */
function genderOfName(name: string): 'm' | 'f' | null {
  const toks = nameTokens(name);
  return toks.length >= 2 ? firstNameGender(toks[0]!) : null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
