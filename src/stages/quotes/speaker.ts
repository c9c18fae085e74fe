/**
 * From a speaker phrase to the record's speaker: a pronoun is resolved to the nearest earlier
 * compatible speaker or sentence subject (`he` skips groups, `it` skips people), and the phrase
 * is linked to a knowledge-base actor when the actors layer has a mention overlapping it.
 */
import type { EntityMention } from '../../model/doc.js';
import type { ActorRecord, SpeakerRef } from '../../model/record.js';
import type { How, Span } from '../../model/span.js';
import type { Context } from './context.js';
import { lexicon } from './lexicon.js';
import { phraseBefore, pronounKind, speakerKind, type Phrase, type SpeakerKind } from './phrase.js';

interface Candidate {
  span: Span;
  kind: SpeakerKind | undefined;
  actor: ActorRecord | null;
  /** Starts with a determiner (`the Taliban`, `the ministry`): never a `he`. */
  determined: boolean;
  words: number;
}

/** Bodies that speak for the state itself (`the Syrian government` may stand for Syria). */
const STATE_BODIES = new Set(['government', 'administration', 'regime', 'kremlin']);

let outlets: Set<string> | undefined;
function outletNames(): Set<string> {
  outlets ??= new Set(lexicon().outlets.map((o) => o.join(' ')));
  return outlets;
}

export class Speakers {
  private readonly candidates: Candidate[] = [];
  private readonly mentionIndex: { span: Span; actor: ActorRecord }[];

  constructor(
    private readonly ctx: Context,
    actors: readonly ActorRecord[] | undefined,
    private readonly mentions: readonly EntityMention[] | undefined,
  ) {
    this.mentionIndex = (actors ?? []).flatMap((actor) => actor.mentions.map((span) => ({ span, actor })));
  }

  /** Record every speaker phrase and sentence subject as an antecedent, in text order. */
  prepare(phrases: readonly Phrase[]): void {
    const all = [...phrases, ...this.subjects()];
    const seen = new Set<string>();
    for (const p of all) {
      if (pronounKind(this.ctx.tokens[p.first]) || this.isOutlet(p)) continue;
      const key = `${p.first}:${p.last}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const span = this.spanOf(p);
      const actor = this.actorOf(p, span);
      this.candidates.push({
        span,
        kind: this.kindOf(p, span, actor),
        actor,
        determined: this.ctx.tokens[p.first].pos === 'DET',
        words: p.last - p.first,
      });
    }
    this.candidates.sort((a, b) => a.span.start - b.span.start);
  }

  /** The record's speaker for a phrase (how: stated, or the rule that supplied it). */
  ref(p: Phrase, how: How = 'stated'): SpeakerRef {
    const t = this.ctx.tokens[p.first];
    const span = this.spanOf(p);
    const text = this.ctx.text.slice(span.start, span.end);
    const pk = p.last - p.first === 1 ? pronounKind(t) : undefined;
    if (pk && pk !== 'self') {
      // The speaker span stays on the pronoun (the words that say who speaks here); who it is
      // comes from the actors layer when it resolved that very word, else from the antecedent.
      const ante = this.antecedent(span.start, pk);
      const coref = this.actorAt(span);
      const actor = coref?.id ?? ante?.actor?.id ?? null;
      const ref: SpeakerRef = { actor, start: span.start, end: span.end, text, how: ante ? 'inferred:pronoun' : coref ? 'inferred:coreference' : how };
      if (ante) ref.antecedent = { start: ante.span.start, end: ante.span.end, text: this.ctx.text.slice(ante.span.start, ante.span.end) };
      return ref;
    }
    return { actor: this.actorOf(p, span)?.id ?? null, start: span.start, end: span.end, text, how };
  }

  /** A news outlet (`according to Israel National News`) reports; a `he` never refers to it. */
  private isOutlet(p: Phrase): boolean {
    const phrase = this.ctx.tokens.slice(p.first, p.last).map((t) => t.normal).join(' ');
    return outletNames().has(phrase) || /\b(news|agency|newspaper|television|tv|radio)$/.test(phrase);
  }

  private spanOf(p: Phrase): Span {
    return { start: this.ctx.tokens[p.first].start, end: this.ctx.tokens[p.last - 1].end };
  }

  /** Subjects of sentences: the phrase before the first verb, outside quotation marks. */
  private subjects(): Phrase[] {
    const { tokens, sentences, quoteOf, floor } = this.ctx;
    const out: Phrase[] = [];
    sentences.forEach((s, si) => {
      for (let i = floor[si]; i < s.tokenEnd; i++) {
        if (quoteOf[i] >= 0) continue;
        if (tokens[i].pos !== 'VERB' && tokens[i].pos !== 'AUX') continue;
        const p = phraseBefore(tokens, i, floor[si]);
        if (p) out.push(p);
        break;
      }
    });
    return out;
  }

  /**
   * The actor a speaker phrase names: the one its head word belongs to. Failing that, a person
   * or people noun speaks for the party in front of it (`Iran's spokesman`, `U.S. officials`: the
   * gold convention attributes an unnamed official to their party); but a name the actors layer
   * did not resolve (`Ukrainian Minister of Defence Mykhailo Fedorov`) is not the state in front
   * of it, nor is a body such as a ministry (`China's ministry`) the state itself.
   */
  private actorOf(p: Phrase, span: Span): ActorRecord | null {
    const head = this.ctx.tokens[p.last - 1];
    const atHead = this.actorAt({ start: head.start, end: head.end });
    if (atHead) return atHead;
    const role = lexicon().roles.get(head.normal);
    if (!role && (head.pos === 'PROPN' || /^[A-Z]/.test(head.text))) return null;
    if (role === 'group' && !STATE_BODIES.has(head.normal)) return null;
    return this.actorAt(span);
  }

  /** The actor whose mention overlaps a span most (ties: the mention ending last, the head). */
  private actorAt(span: Span): ActorRecord | null {
    let best: { overlap: number; end: number; actor: ActorRecord } | null = null;
    for (const m of this.mentionIndex) {
      const overlap = Math.min(span.end, m.span.end) - Math.max(span.start, m.span.start);
      if (overlap <= 0) continue;
      if (!best || overlap > best.overlap || (overlap === best.overlap && m.span.end > best.end)) {
        best = { overlap, end: m.span.end, actor: m.actor };
      }
    }
    return best?.actor ?? null;
  }

  private kindOf(p: Phrase, span: Span, actor: ActorRecord | null): SpeakerKind | undefined {
    if (actor) return actor.type === 'person' ? 'person' : 'group';
    const m = this.mentions?.find((e) => e.start < span.end && span.start < e.end);
    const words = speakerKind(this.ctx.tokens, p);
    if (words && words !== 'name') return words;
    if (m) return m.type === 'PER' ? 'person' : 'group';
    return words;
  }

  private antecedent(at: number, pk: 'person' | 'people' | 'thing'): Candidate | null {
    // Candidates are sorted by start: jump to the last one starting before `at`, then walk back.
    let lo = 0;
    let hi = this.candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.candidates[mid].span.start < at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const c = this.candidates[i];
      if (c.span.end > at) continue;
      if (compatible(c, pk)) return c;
    }
    return null;
  }
}

function compatible(c: Candidate, pk: 'person' | 'people' | 'thing'): boolean {
  switch (pk) {
    case 'person':
      return c.kind === 'person' || (c.kind === 'name' && !c.determined);
    case 'people':
      return c.kind === 'people' || c.kind === 'group' || (c.kind === 'name' && c.determined);
    case 'thing':
      return c.kind === 'group' || c.kind === 'document' || (c.kind === 'name' && (c.determined || c.words === 1));
  }
}
