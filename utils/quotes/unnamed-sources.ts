/**
 * The sources of an article that a role stands for when no person was introduced with it: an
 * unnamed source described before ("a senior US administration official" … "the official"), or
 * the source of the attribution just before, when the role continues it ("The manager added:").
 * Kept beside ArticlePeople, which first looks for a person with the role.
 */
import { continuesAt, directlyAfter, introductions, personHead } from './role-of';

/** One attribution's resolved source, or one description of an unnamed source, at its offset. */
interface At {
  at: number;
  text: string;
}

export class UnnamedSources {
  private descriptions: (At & { head: string })[] = [];
  /** Indefinite introductions per head noun ("a senior US administration official"), found once. */
  private intros = new Map<string, At[]>();
  /** The resolved sources of attributions, in text order. */
  private sources: At[] = [];

  constructor(private readonly text: string) {}

  /** Record the resolved source of an attribution at `at`, which a continuing role right after may stand for. */
  note(at: number, speaker: string): void {
    this.sources.push({ at, text: speaker });
    if (this.sources.length > 1 && this.sources[this.sources.length - 2]!.at > at) this.sources.sort((a, b) => a.at - b.at);
  }

  /** Record an indefinite description used as a source ("a spokesman said"), for a later "the spokesman". */
  describe(at: number, text: string, head: string): void {
    this.descriptions.push({ at, text, head });
  }

  /**
   * The unnamed source a definite role at [at, end) with this head noun stands for: the last one
   * described with the noun, else the text's last indefinite introduction of it, else (with a
   * continuing cue, for a person noun) the source of the attribution directly before, when
   * `clear(from)` says no one else was named since. Null when there is none.
   */
  definite(head: string, at: number, end: number, clear: (from: number, speaker: string) => boolean): string | null {
    for (let i = this.descriptions.length - 1; i >= 0; i--) {
      const d = this.descriptions[i]!;
      if (d.at < at && d.head === head) return d.text;
    }
    let intros = this.intros.get(head);
    if (!intros) this.intros.set(head, (intros = introductions(this.text, head)));
    let found: string | null = null;
    for (const x of intros) if (x.at < at) found = x.text;
    if (!found && personHead(head) && continuesAt(this.text, end)) {
      let prev: At | undefined;
      for (const s of this.sources) if (s.at < at) prev = s;
      if (prev && directlyAfter(this.text, prev.at, at) && clear(prev.at, prev.text)) found = prev.text;
    }
    if (found) this.describe(at, found, head);
    return found;
  }
}
