/**
 * Reported speech acts: what a speaker's reported words do, coded as the speaker's event.
 *
 * Charges. PETRARCH's lesson: an allegation by X that Y did something hostile is X ACCUSE Y, not a
 * fact of Y's act. `China said the Philippines has ignored a proposal`, `Trump told Reuters that
 * Ukraine, not Russia, was holding up a peace deal`, `..., saying US pressure was too one-sided
 * against it`: the speaker accuses the party the reported clause blames. The charge is a predicate of
 * data/lexicons/reported.json whose subject, inside the reported clause, is an actor of another party
 * than the speaker. A hostile act the same clause tells of that party (`X says most Russian bombs are
 * directed at rebels`: the bombs) is the charge's content, not a fact, and is dropped. Not charges:
 * `X said Y had agreed` (no charge), `X said its forces were present` (the speaker's own), `X said Y
 * had not violated` (negated), a charge told after its source (`Y attacked ..., a monitor said`
 * reports a fact), and a news outlet as speaker.
 *
 * Obligations. `Fabius said the Geneva talks must ensure human rights are upheld`, `"There has to be
 * a de-escalation," Eliasson said`: the speaker asks for something (REQUEST), of Y when the clause's
 * subject is another party's actor. Not requests: `we must`, `it needs to` (the speaker's own
 * obligation), `Russia needs to understand that ...` (a warning), an obligation inside a further
 * clause (`said all participants had agreed that talks should resume`).
 *
 * Warnings and refusals. `Kerry: "Russia needs to understand that our patience is not infinite"` is
 * Kerry THREATEN Russia; `he told the BBC ... that renouncing its missiles was out of the question`
 * is a REJECT by the speaker's party (a refusal is a party's position, as in the demands stage).
 *
 * A reported clause is the words after an attribution verb (to the sentence's next one), or a direct
 * quote whose speaker the quotes layer knows.
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

interface ReportedData {
  speech: string[];
  charges: string[];
  hostile: string[];
  obligations: string[];
  warnings: string[];
  refusals: string[];
}

let lexicon: { speech: RegExp; charge: RegExp; hostile: Set<string>; obligation: RegExp; warning: RegExp; refusal: RegExp } | undefined;
function load() {
  if (lexicon) return lexicon;
  const d = loadData<ReportedData>('lexicons/reported.json');
  lexicon = { speech: phraseRegex(d.speech), charge: phraseRegex(d.charges), hostile: new Set(d.hostile), obligation: phraseRegex(d.obligations), warning: phraseRegex(d.warnings), refusal: phraseRegex(d.refusals) };
  return lexicon;
}

/** Words a speaker says: who, and where the words run. */
interface Reported {
  speaker: ActorSpan[];
  from: number;
  to: number;
  sentence: Span;
  /** The attribution verb, when the story gives one before the words. */
  cue: Span | null;
}

/** An obligation is the reported clause's own: a few words in, no further clause before it. */
const OBLIGATION_LEAD_WORDS = 8;
const NESTED = /\b(?:that|which|who|whether|if|when|because|after|before|agreed|said|says|told)\b/i;
/** `we must`, `it needs to`, `they have to`: the speaker's own obligation (a pronoun refers back to the speaker). */
const SELF = /^\W*(?:we|i|our|us|it|its|they|their|he|she|his|her)\b/i;
const MODAL_BEFORE = /\b(?:would|could|might|may)\s+$/i;
/** `What we need to change is ...`, `How many times do we have to ...`: a wh-clause, no one asked. */
const WH_LEAD = /^\W*(?:what|how|why|where|whatever|whichever)\b/i;

/** `has not ignored`, `could be holding up`: a charge denied or only supposed is none. */
const NEGATED_OR_MODAL = /\b(?:not|never|no longer|would|could|might|may)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$/i;
/** `Ukraine, not Russia, was holding up`: the party set against the accused is not accused. */
const NOT_BEFORE = /\b(?:not|nor|rather than|instead of)\s+(?:the\s+)?$/i;
/** A subject is close to its predicate: a few words, no new clause (`, which`, `, who`). */
const PREDICATE_GAP = /^(?:['’]s)?(?:\s*,?\s*(?:not|nor)\s+[\w.'’ -]+?,)?(?:[\s,]+(?!(?:which|who|whose|that|and|but)\b)[\w'’-]+){0,6}[\s,]*$/i;

/** The speech acts the sentences report, added to the candidates; the hostile acts a charge alleges are taken out. */
export function reportedSpeechActs(ctx: FactContext, candidates: Candidate[]): Candidate[] {
  const { charge, hostile, obligation, warning, refusal } = load();
  const { text } = ctx;
  const alleged = new Set<Candidate>();
  const out: Candidate[] = [];
  const event = (r: Reported, type: 'ACCUSE' | 'REQUEST' | 'THREATEN' | 'REJECT', source: string[], target: string[], at: Span, entry: string): Candidate => {
    const scope = [{ start: r.sentence.start, end: r.sentence.end }];
    const place = placeOf(ctx, scope, at, false);
    const date = dateOf(ctx, scope, r.cue ?? at);
    return {
      id: '',
      type,
      mode: null,
      cameo: cameoOf(type, null),
      source: unique(source),
      target: unique(target),
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
      clause: clauseAt(text, r.sentence, at.start).start,
      sentence: r.sentence.start,
      entry,
      partyCount: null,
    };
  };
  for (const r of reportedClauses(ctx)) {
    const { from, to } = r;
    const speakerIds = r.speaker.map((s) => s.id);
    const speakerParties = new Set([...r.speaker.map(partyOf), ...speakerIds]);
    const sameSide = (s: ActorSpan) => speakerParties.has(partyOf(s)) || speakerParties.has(s.id);

    // (each phrasing is run over the reported clause only: run over the rest of the text, a clause
    // without a match would cost a scan to the end of the article)
    const clauseText = text.slice(from, to);
    for (const m of matches(charge, clauseText)) {
      const at: Span = { start: from + m.index, end: from + m.index + m[0].trimEnd().length };
      if (NEGATED_OR_MODAL.test(text.slice(Math.max(from, at.start - 25), at.start))) continue;
      const accused = accusedOf(ctx, from, at);
      if (!accused.length || accused.some(sameSide)) continue;
      const accusedParties = new Set([...accused.map(partyOf), ...accused.map((s) => s.id)]);
      // The hostile act of the accused in the same reported clause is what they are accused of.
      for (const c of candidates) {
        if (hostile.has(c.type) && c.evidence.start >= from && c.evidence.end <= to && c.source.some((id) => accusedParties.has(id))) alleged.add(c);
      }
      out.push(event(r, 'ACCUSE', speakerIds, accused.map((s) => s.id), at, 'accuse.reported'));
    }

    // An obligation or a warning: the reported clause's own modal, after a subject that is not the speaker.
    for (const [re, type] of [[warning, 'THREATEN'], [obligation, 'REQUEST']] as const) {
      re.lastIndex = 0;
      const found = re.exec(clauseText);
      if (!found) continue;
      const m = { index: from + found.index, 0: found[0] };
      const lead = text.slice(from, m.index);
      const leadWords = lead.split(/\s+/).filter(Boolean);
      const subject = spansIn(ctx.actors, from, m.index).filter((s) => !inPrepositionalPhrase(text, s, from));
      if (!leadWords.length || leadWords.length > OBLIGATION_LEAD_WORDS || NESTED.test(lead) || SELF.test(lead) || WH_LEAD.test(lead) || MODAL_BEFORE.test(lead) || subject.some(sameSide)) continue;
      // `How many times do we have to see this?`: a question asks, and asks nobody for anything.
      if (/\?\W*$/.test(text.slice(r.sentence.start, r.sentence.end))) continue;
      // (a warning is addressed to someone: `Russia needs to understand`)
      if (type === 'THREATEN' && !subject.length) continue;
      const at = { start: m.index, end: m.index + m[0].trimEnd().length };
      out.push(event(r, type, speakerIds, subject.map((s) => s.id), at, type === 'REQUEST' ? 'request.reported' : 'threaten.reported'));
      break;
    }

    // A refusal the speaker states (`renouncing its missiles was out of the question`): a position of the speaker's party.
    for (const m of matches(refusal, clauseText)) {
      const at = { start: from + m.index, end: from + m.index + m[0].trimEnd().length };
      if (MODAL_BEFORE.test(text.slice(Math.max(from, at.start - 12), at.start))) continue;
      out.push(event(r, 'REJECT', r.speaker.map(partyOf), [], at, 'reject.reported'));
    }
  }
  if (!out.length) return candidates;
  // In text order, so that merging keeps the first mention of each happening first.
  return [...candidates.filter((c) => !alleged.has(c)), ...out].sort((a, b) => a.evidence.start - b.evidence.start);
}

/** Every match of a global expression in a string. */
function matches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(s)); ) out.push(m);
  return out;
}

const unique = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) === i);

/** The reported clauses of the body: after attribution verbs, and direct quotes with a known speaker. */
function reportedClauses(ctx: FactContext): Reported[] {
  const { speech } = load();
  const { text } = ctx;
  const out: Reported[] = [];
  for (const sentence of ctx.sentences) {
    if (!isBody(ctx, sentence)) continue;
    const body = text.slice(sentence.start, sentence.end);
    speech.lastIndex = 0;
    const cues: Span[] = [];
    for (let m: RegExpExecArray | null; (m = speech.exec(body)); ) cues.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    const clauses = clausesOf(text, sentence);
    cues.forEach((cue, k) => {
      // (`"they say we ignored it"`: a speech verb inside a direct quote is the quoted speaker's, not the story's attribution)
      if (ctx.quotes.some((q) => q.direct && q.start <= cue.start && cue.end <= q.end)) return;
      const speaker = speakerOf(ctx, sentence, clauses, cue);
      const from = complementStart(ctx, cue);
      const to = k + 1 < cues.length ? cues[k + 1].start : sentence.end;
      if (speaker.length && from < to) out.push({ speaker, from, to, sentence, cue });
    });
  }
  for (const q of ctx.quotes) {
    if (!q.direct || !q.speaker?.actor) continue;
    const sentence = ctx.sentences.find((s) => s.start <= q.start && q.start < s.end);
    const speaker = ctx.actors.find((s) => s.id === q.speaker!.actor && s.start === q.speaker!.start) ?? ctx.actors.find((s) => s.id === q.speaker!.actor);
    if (!sentence || !speaker || speaker.type === 'media' || !isBody(ctx, sentence)) continue;
    out.push({ speaker: [speaker], from: q.start, to: q.end, sentence, cue: q.cue && q.cue.start < q.start ? q.cue : null });
  }
  return out;
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
