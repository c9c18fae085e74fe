/**
 * A read-only view of the tokens around a candidate mention, with the lexicon lists at hand, so
 * that each rule reads as a sentence (`ctx.lower(i)`, `ctx.phraseAt(i, 'govNouns')`).
 */
import type { Token } from '../../model/doc.js';
import type { Span } from '../../model/span.js';
import type { Kb } from '../../kb/index.js';

const HYPHEN = /^[-‐‑–]$/;
const CAPITAL = /^\p{Lu}/u;
const VERBAL = new Set(['VERB', 'AUX']);

export class Context {
  /** Lower-case token texts with a straight apostrophe, and which tokens are capitalised: read often, computed once. */
  private readonly lowers: string[];
  private readonly caps: Uint8Array;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly kb: Kb,
    readonly published: string | null,
    readonly dateline: Span | null,
  ) {
    this.lowers = tokens.map((t) => (t.normal.includes('’') ? t.normal.replace(/’/g, "'") : t.normal));
    this.caps = Uint8Array.from(tokens, (t) => (CAPITAL.test(t.text) ? 1 : 0));
  }

  list(name: string): ReadonlySet<string> {
    const set = this.kb.sets.get(name);
    if (!set) throw new Error(`data/kb/lexicon.json has no list "${name}"`);
    return set;
  }

  lower(i: number): string {
    return this.lowers[i] ?? '';
  }

  pos(i: number): string {
    return this.tokens[i]?.pos ?? '';
  }

  isCap(i: number): boolean {
    return this.caps[i] === 1;
  }

  isVerb(i: number): boolean {
    return VERBAL.has(this.pos(i)) && !this.isHyphen(i);
  }

  /** A hyphen glued to the words on both sides (`US-led`), not a dash between spaces. */
  isHyphen(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !HYPHEN.test(t.text)) return false;
    const prev = this.tokens[i - 1];
    const next = this.tokens[i + 1];
    return prev !== undefined && next !== undefined && prev.end === t.start && t.end === next.start;
  }

  isPossessive(i: number): boolean {
    const w = this.lower(i);
    return w === "'s" || w === "'";
  }

  /** `Mr.`, `President`, `envoy`: a title before a name (with or without its dot). */
  isTitle(i: number): boolean {
    return this.list('titles').has(this.lower(i).replace(/\.$/, ''));
  }

  isSentenceStart(i: number): boolean {
    return i === 0 || this.tokens[i - 1].sentence !== this.tokens[i].sentence;
  }

  /** Length in tokens of the longest phrase of list `name` starting at token i (0 if none). */
  phraseAt(i: number, name: string, max = 3): number {
    const set = this.list(name);
    if (i < 0 || i >= this.tokens.length) return 0;
    for (let k = Math.min(max, this.tokens.length - i); k >= 1; k--) {
      if (k === 1) return set.has(this.lowers[i]) ? 1 : 0;
      const words: string[] = [];
      for (let j = i; j < i + k; j++) if (!this.isHyphen(j)) words.push(this.lowers[j]);
      if (set.has(words.join(' ')) || set.has(words.join('-'))) return k;
    }
    return 0;
  }

  /** Same sentence as token i? */
  sameSentence(i: number, j: number): boolean {
    return this.tokens[i] !== undefined && this.tokens[j] !== undefined && this.tokens[i].sentence === this.tokens[j].sentence;
  }

  /** Sign-off blocks (`(Reporting by …; Editing by …)`): the wire's staff, not parties. */
  signoffs: readonly Span[] = [];

  inSignoff(start: number): boolean {
    return this.signoffs.some((b) => start >= b.start && start < b.end);
  }

  inDateline(start: number): boolean {
    return this.dateline !== null && start >= this.dateline.start && start < this.dateline.end;
  }

  span(first: number, last: number): Span {
    return { start: this.tokens[first].start, end: this.tokens[last - 1].end };
  }

  /** Sentence words (lower case) around token i, for vetoes that read the whole sentence. */
  sentenceWords(i: number): string[] {
    const s = this.tokens[i]?.sentence;
    const out: string[] = [];
    for (let j = i; j >= 0 && this.tokens[j].sentence === s; j--) out.push(this.lower(j));
    for (let j = i + 1; j < this.tokens.length && this.tokens[j].sentence === s; j++) out.push(this.lower(j));
    return out;
  }
}
