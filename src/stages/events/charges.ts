/**
 * Reported charges. PETRARCH's lesson: an allegation by X that Y did something hostile is X ACCUSE
 * Y, not a fact of Y's act. `China said the Philippines has ignored a proposal`, `Trump told Reuters
 * that Ukraine, not Russia, was holding up a peace deal`, `..., saying US pressure was too one-sided
 * against it`: the speaker accuses the party the reported clause blames.
 *
 * The charge is a predicate of data/lexicons/charges.json whose subject, inside the reported clause,
 * is an actor of another party than the speaker. A hostile act the same clause tells of that party
 * (`X says most Russian bombs are directed at rebels`: the bombs) is the charge's content, not a
 * fact, and is dropped. Not charges: `X said Y had agreed` (no charge), `X said its forces were
 * present` (the speaker's own), `X said Y had not violated` (negated), a charge told after its
 * source (`Y attacked ..., a monitor said` reports a fact), words inside a direct quote, and a news
 * outlet as speaker.
 */
import { groupAround, partyOf, spansIn, type ActorSpan } from '../../nlp/actor-spans.js';
import { clauseAt, clausesOf } from '../../nlp/clause.js';
import { isBody, type FactContext } from '../../nlp/facts.js';
import { loadData, phraseRegex } from '../../nlp/lexicon.js';
import type { Span } from '../../model/span.js';
import { inPrepositionalPhrase, subjectOf } from '../../nlp/subject.js';
import { dateOf, placeOf } from './attach.js';
import { cameoOf } from './cameo.js';
import type { Candidate } from './index.js';

interface ChargeData {
  speech: string[];
  charges: string[];
  hostile: string[];
}

let lexicon: { speech: RegExp; charge: RegExp; hostile: Set<string> } | undefined;
function load() {
  if (lexicon) return lexicon;
  const d = loadData<ChargeData>('lexicons/charges.json');
  lexicon = { speech: phraseRegex(d.speech), charge: phraseRegex(d.charges), hostile: new Set(d.hostile) };
  return lexicon;
}

/** `has not ignored`, `could be holding up`: a charge denied or only supposed is none. */
const NEGATED_OR_MODAL = /\b(?:not|never|no longer|would|could|might|may)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$/i;
/** `Ukraine, not Russia, was holding up`: the party set against the accused is not accused. */
const NOT_BEFORE = /\b(?:not|nor|rather than|instead of)\s+(?:the\s+)?$/i;
/** A subject is close to its predicate: a few words, no new clause (`, which`, `, who`). */
const PREDICATE_GAP = /^(?:['’]s)?(?:\s*,?\s*(?:not|nor)\s+[\w.'’ -]+?,)?(?:[\s,]+(?!(?:which|who|whose|that|and|but)\b)[\w'’-]+){0,6}[\s,]*$/i;

/**
 * The accusations the sentences report, added to the candidates; the hostile acts they allege are
 * taken out (they are the accusation's content).
 */
export function reportedCharges(ctx: FactContext, candidates: Candidate[]): Candidate[] {
  const { speech, charge, hostile } = load();
  const { text } = ctx;
  const alleged = new Set<Candidate>();
  const out: Candidate[] = [];
  for (const sentence of ctx.sentences) {
    if (!isBody(ctx, sentence)) continue;
    const body = text.slice(sentence.start, sentence.end);
    speech.lastIndex = 0;
    const cues: Span[] = [];
    for (let m: RegExpExecArray | null; (m = speech.exec(body)); ) cues.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    if (!cues.length) continue;
    const clauses = clausesOf(text, sentence);
    cues.forEach((cue, k) => {
      // (`"they say we ignored it"`: a speech verb inside a direct quote is the quoted speaker's, not the story's attribution)
      if (ctx.quotes.some((q) => q.direct && q.start <= cue.start && cue.end <= q.end)) return;
      const speaker = speakerOf(ctx, sentence, clauses, cue);
      if (!speaker.length) return;
      const accuser = speaker.map((s) => s.id);
      const accuserParties = new Set([...speaker.map(partyOf), ...accuser]);
      const from = complementStart(ctx, cue);
      const to = k + 1 < cues.length ? cues[k + 1].start : sentence.end;
      if (from >= to) return;
      charge.lastIndex = from;
      for (let m: RegExpExecArray | null; (m = charge.exec(text)) && m.index < to; ) {
        const at: Span = { start: m.index, end: m.index + m[0].trimEnd().length };
        if (NEGATED_OR_MODAL.test(text.slice(Math.max(from, at.start - 25), at.start))) continue;
        const accused = accusedOf(ctx, from, at);
        const targets = accused.map((s) => s.id).filter((id, i, all) => all.indexOf(id) === i);
        if (!targets.length || accused.some((s) => accuserParties.has(partyOf(s)) || accuserParties.has(s.id))) continue;
        const accusedParties = new Set([...accused.map(partyOf), ...targets]);
        // The hostile act of the accused in the same reported clause is what they are accused of.
        for (const c of candidates) {
          if (hostile.has(c.type) && c.evidence.start >= from && c.evidence.end <= to && c.source.some((id) => accusedParties.has(id))) alleged.add(c);
        }
        const scope = [{ start: sentence.start, end: sentence.end }];
        const place = placeOf(ctx, scope, at, false);
        const date = dateOf(ctx, scope, cue);
        out.push({
          id: '',
          type: 'ACCUSE',
          mode: null,
          cameo: cameoOf('ACCUSE', null),
          source: accuser.filter((id, i, all) => all.indexOf(id) === i),
          target: targets,
          host: [],
          place: place?.id ?? null,
          date: { value: date?.value ?? null, how: date ? 'stated' : 'inferred:none' },
          negotiation: false,
          round: null,
          status: 'occurred',
          negated: false,
          evidence: at,
          confidence: 0.6,
          nominal: false,
          inferredParties: false,
          postModified: false,
          definite: false,
          clause: clauseAt(text, sentence, at.start).start,
          sentence: sentence.start,
          entry: 'accuse.reported',
          partyCount: null,
        });
      }
    });
  }
  if (!out.length) return candidates;
  // In text order, so that merging keeps the first mention of each happening first.
  return [...candidates.filter((c) => !alleged.has(c)), ...out].sort((a, b) => a.evidence.start - b.evidence.start);
}

/** Who speaks: the speaker the quotes layer gives for this cue, else the subject of the verb. */
function speakerOf(ctx: FactContext, sentence: Span, clauses: ReturnType<typeof clausesOf>, cue: Span): ActorSpan[] {
  const q = ctx.quotes.find((x) => !x.direct && x.cue && x.cue.start < cue.end && cue.start < x.cue.end && x.speaker?.actor);
  let group: ActorSpan[];
  if (q) {
    const id = q.speaker!.actor!;
    const span = ctx.actors.find((s) => s.id === id && s.start < q.speaker!.end && q.speaker!.start < s.end) ?? ctx.actors.find((s) => s.id === id);
    group = span ? [span] : [];
  } else {
    group = subjectOf(ctx, sentence, clauses, clauseAt(ctx.text, sentence, cue.start), cue).group;
  }
  // (a news outlet reports; it accuses no one)
  return group.filter((s) => s.type !== 'media');
}

/** Where the reported clause starts: after the verb, `told`'s listener, and a `that`. */
function complementStart(ctx: FactContext, cue: Span): number {
  const { text } = ctx;
  let at = cue.end;
  if (/^told$/i.test(text.slice(cue.start, cue.end))) {
    // `told Reuters last month that ...`: up to `that` when it comes soon; else past the listener.
    const that = /^(?:\s+[\w.'’-]+){1,6}?\s+that\b/.exec(text.slice(at, at + 80));
    if (that) return at + that[0].length;
    const listener = ctx.actors.find((s) => s.start >= at && /^\s+(?:the\s+)?$/i.test(text.slice(at, s.start)));
    at = listener ? listener.end : at + (/^\s+(?:the\s+)?\w+/.exec(text.slice(at))?.[0].length ?? 0);
  }
  const that = /^(?:\s+(?:on\s+\w+day|last\s+\w+|earlier|this\s+\w+|in\s+a\s+statement|on\s+\w+))*\s+that\b/i.exec(text.slice(at, at + 60));
  return that ? at + that[0].length : at;
}

/** The subject of the charge: the actor (and those coordinated with it) nearest before it in the reported clause. */
function accusedOf(ctx: FactContext, from: number, at: Span): ActorSpan[] {
  const { text } = ctx;
  // (`German special forces were present`: the actor's span may hold the charge's first word)
  const before = spansIn(ctx.actors, from, at.start);
  for (let i = before.length - 1; i >= 0; i--) {
    const s = before[i];
    if (NOT_BEFORE.test(text.slice(Math.max(from, s.start - 15), s.start))) continue;
    if (inPrepositionalPhrase(text, s, from)) continue;
    if (!PREDICATE_GAP.test(text.slice(Math.min(s.end, at.start), at.start))) return [];
    const group = groupAround(text, ctx.actors, ctx.actors.indexOf(s), from, at.start);
    return group.filter((g) => !NOT_BEFORE.test(text.slice(Math.max(from, g.start - 15), g.start)));
  }
  return [];
}
