/**
 * Everyone an article names, in order of mention, so pronouns and roles resolve to the person last
 * introduced that way within the same article.
 */
import { GENDERED } from './cues';
import { firstNameGender } from './first-name-gender';
import { looksLikePerson } from './name-of';
import { givenKey, nameTokens, sameGiven } from './name-parts';
import { clauseAfter, inSubjectPosition, titleCaseLines } from './name-position';
import { scanNameRuns } from './name-scan';
import { ROLE_NOUNS } from './role-of';
import { speakerKey } from './speaker-key';
import { UnnamedSources } from './unnamed-sources';

/** One person as an article refers to them. */
interface Person {
  name: string;
  key: string;
  given: string | null;
  gender: 'm' | 'f' | null;
  roles: Set<string>;
  /** Known to be a person: titled, quoted as a speaker, or named again by surname alone. */
  strong: boolean;
  /** Where the person is mentioned, in text order. */
  ats: number[];
}

interface Mention {
  at: number;
  person: Person;
  /** The subject of its sentence or a source: whom a following pronoun is about. */
  subject: boolean;
}

/**
 * Everyone an article names, in order, so a pronoun or a role ("the secretary-general") can be
 * resolved to the person last introduced that way, and "Ms. Psaki" to "Jen Psaki".
 */
export class ArticlePeople {
  private people: Person[] = [];
  private mentions: Mention[] = [];
  private unnamed: UnnamedSources;

  constructor(private readonly text: string) {
    this.unnamed = new UnnamedSources(text);
    this.scan();
  }

  private scan(): void {
    const pending = scanNameRuns(this.text);
    const titled = titleCaseLines(this.text);
    let line = 0;
    for (const p of pending) {
      const name = p.raw;
      while (line < titled.length && titled[line]![1] <= p.at) line++;
      // A headline's capitals tell no names ("Glenn Beck Blasts Drudge"); its people are in the body.
      if (line < titled.length && titled[line]![0] <= p.at) continue;
      if (!looksLikePerson(name)) continue;
      const hasTitle = p.titles.length > 0;
      const multi = name.indexOf(' ') > 0;
      const known = hasTitle || multi ? undefined : this.bySurname(speakerKey(name));
      if (!hasTitle && !multi && !known) continue;
      if (known) known.strong = true;
      const roleStart = p.role ? p.at - p.role.length - 1 : p.at;
      const person = this.register(name, p.at, hasTitle ? p.titles : [], inSubjectPosition(this.text, p.at, p.end, roleStart));
      if (person && p.role) person.roles.add(p.role.replace(/-/gu, ' '));
    }
  }

  private bySurname(key: string): Person | undefined {
    for (let i = this.people.length - 1; i >= 0; i--) if (this.people[i]!.key === key) return this.people[i];
    return undefined;
  }

  /** Record a named mention at `at`; merges with an earlier person of the same surname and given name. */
  register(name: string, at: number, titles: string[] = [], subject = false): Person | null {
    const key = speakerKey(name);
    if (!key) return null;
    const given = givenKey(name);
    // "Mrs. Clinton" is not Bill Clinton: a title's gender must agree.
    const titleGender = titles.map((t) => GENDERED.get(t)).find(Boolean) ?? null;
    const same = (p: Person): boolean =>
      p.key === key && (!given || !p.given || sameGiven(given, p.given)) && (!titleGender || !p.gender || p.gender === titleGender);
    // "Mr. Cruz" is the Cruz last mentioned, not the last one introduced.
    let person: Person | undefined;
    let last = -1;
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i]!;
      if (!same(p)) continue;
      const seen = lastAtBefore(p.ats, at);
      if (!person || seen > last) [person, last] = [p, seen];
    }
    if (!person) {
      person = { name: nameTokens(name).join(' '), key, given, gender: genderOfName(name), roles: new Set(), strong: false, ats: [] };
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
      person.roles.add(ROLE_NOUNS[t] ?? t.replace(/-/gu, ' '));
    }
    if (titles.length > 1) person.roles.add(titles.filter((t) => !/^[a-z]{1,3}$/u.test(t) || t === 'ceo').join(' ').replace(/-/gu, ' '));
    this.mention(at, person, subject);
    return person;
  }

  /** Record that `person` is mentioned at `at`, keeping mentions in text order. */
  private mention(at: number, person: Person, subject: boolean): void {
    this.mentions.push({ at, person, subject });
    if (this.mentions.length > 1 && this.mentions[this.mentions.length - 2]!.at > at) this.mentions.sort((a, b) => a.at - b.at);
    person.ats.push(at);
    if (person.ats.length > 1 && person.ats[person.ats.length - 2]! > at) person.ats.sort((a, b) => a - b);
  }

  /** The full name an article gives a person first named by `name` (surname or titled) at `at`, the source of an attribution there. */
  resolveName(name: string, at: number, titles: string[] = []): string {
    const lone = !titles.length && name.indexOf(' ') < 0 && !this.bySurname(speakerKey(name));
    const p = this.register(name, at, titles, true);
    // A lone word no one was named by ("…, Sacramento, said he") may be a place: quoted, but no pronoun's antecedent.
    if (p && !lone) p.strong = true;
    return p ? p.name : name;
  }

  /** The person of the last mention before `at` that `ok` accepts, looking back 200 mentions. */
  private lastBefore(at: number, ok: (p: Person, m: Mention) => boolean): Person | null {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 200; i--) {
      const m = this.mentions[i]!;
      if (ok(m.person, m)) return m.person;
    }
    return null;
  }

  /**
   * The person a "he"/"she" at `at` most likely refers to: the last one of a compatible gender
   * who was the subject of a sentence or a source ("the current speaker"), else the last one
   * named with a compatible gender. Someone named later in the pronoun's own clause is someone
   * else ("he told Hannity").
   */
  resolvePronoun(gender: 'm' | 'f', at: number): string | null {
    const named = new Set(clauseAfter(this.text, at).match(/\p{Lu}[\p{L}\p{M}’'-]*/gu));
    const free = (x: Person): boolean => !named.has(x.name.slice(x.name.lastIndexOf(' ') + 1));
    const fits = (x: Person): boolean => free(x) && (x.gender === gender || (x.gender === null && x.strong && looksLikePerson(x.name)));
    const p =
      this.lastBefore(at, (x, m) => m.subject && fits(x)) ??
      this.lastBefore(at, fits) ??
      this.lastBefore(at, (x) => free(x) && x.gender === null && looksLikePerson(x.name));
    if (!p) return null;
    if (!p.gender) p.gender = gender;
    this.mention(at, p, true);
    return p.name;
  }

  /** Record the resolved source of an attribution at `at`, which a role continuing it right after may stand for ("The manager added:"). */
  noteSource(at: number, speaker: string | null): void {
    if (speaker) this.unnamed.note(at, speaker);
  }

  /**
   * A role mention ("the secretary-general", "the official"): the last person introduced with that
   * role, else the last unnamed source described with that head noun, else the source the role
   * continues, else the description itself. A person found by role does not become the current
   * speaker for later pronouns: a role is a weaker guess than a name ("the senator" after two senators).
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
      this.mention(at, p, false);
      return p.name;
    }
    if (/^(the|this|that)\s/iu.test(desc)) {
      // The source continued is the same source; a person continued is mentioned again.
      const clear = (from: number, speaker: string): boolean => {
        const same = this.people.find((x) => x.name === speaker);
        for (const m of this.mentions) if (m.at > from && m.at < at && m.person !== same) return false;
        if (same) this.mention(at, same, true);
        return true;
      };
      return this.unnamed.definite(head, at, at + mention.length, clear) ?? desc.replace(/^The\b/u, 'the');
    }
    this.unnamed.describe(at, desc, head);
    return desc;
  }
}

/** The last of the sorted offsets before `at`, or -1. */
function lastAtBefore(ats: number[], at: number): number {
  let lo = 0;
  let hi = ats.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ats[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? ats[lo - 1]! : -1;
}

/** Gender from the given name of a full name ("Hillary Clinton" → 'f'); null for a bare surname. */
function genderOfName(name: string): 'm' | 'f' | null {
  const toks = nameTokens(name);
  return toks.length >= 2 ? firstNameGender(toks[0]!) : null;
}
