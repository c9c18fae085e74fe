/**
 * Events: who did what to whom, where and when, coded to PLOVER (with the closest CAMEO code),
 * one event per happening. Reads actors, places, dates, quotes and blocks; detects no actor itself.
 * Phrasings live in data/lexicons/events.json, status cues in data/lexicons/modality.json.
 * Also adds the negotiation structure around them: an event's agreement and its stage
 * (agreement.ts) and the parties' delegations (delegations.ts).
 */
import type { Doc } from '../../model/doc.js';
import type { EventRecord } from '../../model/record.js';
import { partyOf, spansIn, uniqueIds, type ActorSpan } from '../../nlp/actor-spans.js';
import { clauseAt, clausesOf } from '../../nlp/clause.js';
import { factContext, isBody, type FactContext } from '../../nlp/facts.js';
import { modalityOf } from '../../nlp/modality.js';
import { defineStage } from '../../pipeline/stage.js';
import { agreementOf } from './agreement.js';
import { dateOf, datelinePlace, placeOf, scopeOf } from './attach.js';
import { cameoOf } from './cameo.js';
import { reportedSpeechActs } from './reported.js';
import { countryActorId } from './country.js';
import { findDelegations } from './delegations.js';
import { mergeEvents } from './merge.js';
import { hostsIn, modeCue, roundOf } from './negotiation.js';
import { nationalParties } from './national.js';
import { rolesOf } from './parties.js';
import { findTriggers } from './triggers.js';

export const eventsStage = defineStage({
  name: 'events',
  version: '2',
  requires: ['sentences', 'tokens'],
  uses: ['actors', 'places', 'dates', 'quotes', 'blocks'],
  adds: ['events', 'delegations'],
  run(doc: Doc) {
    const ctx = factContext(doc);
    const events = extractEvents(ctx).map((e) => {
      const agreement = agreementOf(ctx, e);
      return agreement ? { ...e, agreement } : e;
    });
    return { events, delegations: findDelegations(ctx, events) };
  },
});

/** Acts whose announced non-performance is a refusal (REJECT). */
const COOPERATIVE = new Set(['AGREE', 'CONSULT', 'RETREAT', 'CONCEDE', 'COOPERATE', 'AID', 'SUPPORT']);
const AGREEMENT_STAGES = new Set(['near', 'expected', 'proposed', 'postponed', 'cancelled', 'ended']);
/** `if Tehran doesn't agree to a deal` is a condition, not Tehran's refusal. */
const CONDITIONAL_LEADS = new Set(['if', 'unless', 'until', 'whether']);
const CONDITIONAL = /\bonly (?:if|when|after|once|in|as|on condition)\b/i;
const INFINITIVE = /\bto\s+(?:\w+ly\s+)?$/i;
/** Statuses an infinitive keeps (`expected to meet`, `refused to sign`, `close to concluding`). */
const STRONG_STATUS = new Set(['near', 'proposed', 'expected', 'refused', 'cancelled', 'postponed']);
const IMPLICATIVE = /\b(?:managed|succeeded|went on|proceeded)\s+to\s+(?:\w+ly\s+)?$/i;

/** `all parties`, `the warring sides`, `both sides` right after a verb, or as its subject. */
const PLURAL = String.raw`(?:all|both|the)\s+(?:the\s+)?(?:warring\s+|rival\s+|conflicting\s+)?(?:parties|sides|factions)\b(?!\s+(?:of|in|at|from|on)\b)`;
const PLURAL_AFTER = new RegExp(String.raw`^\s+${PLURAL}`, 'i');
const PLURAL_BEFORE = new RegExp(String.raw`(?:^|[^\w\s]\s*|(?:that|and|but)\s+)${PLURAL}\s+(?:(?:have|had|has|were|are|will|would|also|now|then|finally)\s+)*$`, 'i');

/** A definite agreement as the subject of a passive `signed`: `The protocol, signed in`, `The deal was signed`. */
const DEAL_SUBJECT = /^\s*The\s+(?:[\w-]+\s+){0,2}(?:deal|agreement|accord|pact|protocol|treaty)\s*(?:,\s*|\s+(?:was|were|has been|had been)\s+(?:\w+ly\s+)?)$/;

/** The parties of the last agreement the story told with two or more parties (`the two countries have signed a trade protocol`). */
function lastDealParties(candidates: readonly Candidate[]): string[] {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c.type === 'AGREE' && c.status === 'occurred' && !c.negated && c.source.length + c.target.length >= 2) return [...c.source, ...c.target];
  }
  return [];
}

/**
 * The parties of the last talks told with two or more parties. Not an agreement's: the powers that
 * strike a deal for others (`the U.S.-Russian accord`) are not `all parties` to the war. And not when
 * the one speaking is among them: who urges `all parties` stands outside them.
 */
function lastTalksParties(candidates: readonly Candidate[], speaker: readonly string[]): string[] {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c.type === 'CONSULT' && c.negotiation && c.mode !== 'visit' && c.mode !== 'phone' && c.source.length + c.target.length >= 2) {
      const parties = [...c.source, ...c.target];
      return parties.some((id) => speaker.includes(id)) ? [] : parties;
    }
  }
  return [];
}

/** An event before merging, with the spans its parties came from (for later passes). */
export interface Candidate extends EventRecord {
  nominal: boolean;
  inferredParties: boolean;
  postModified: boolean;
  /** `the talks`, `the ninth round`: a definite mention that may refer back to talks named before. */
  definite: boolean;
  /** Start of the clause the trigger is in: two triggers in one clause may be one act. */
  clause: number;
  /** Start of the sentence: two clauses of one sentence telling acts of a kind tell two acts. */
  sentence: number;
  /** The lexicon entry that matched. */
  entry: string;
  /** The number of parties the words give (`bilateral` 2, `tripartite` 3), or null. */
  partyCount: number | null;
}

export function extractEvents(ctx: FactContext): EventRecord[] {
  const candidates: Candidate[] = [];
  const all = findTriggers(ctx.text, ctx.sentences);
  let ti = 0;
  for (const sentence of ctx.sentences) {
    const triggers: typeof all = [];
    while (ti < all.length && all[ti].start < sentence.end) triggers.push(all[ti++]);
    if (!triggers.length || !isBody(ctx, sentence)) continue;
    const clauses = clausesOf(ctx.text, sentence);
    // Without an actor in the sentence only talks can be an event (their parties come from the story).
    const actorless =
      spansIn(ctx.actors, sentence.start, sentence.end).length === 0 &&
      !ctx.quotes.some((q) => q.start < sentence.end && sentence.start < q.end) &&
      !/\b(?:both|the two)\b/i.test(ctx.text.slice(sentence.start, sentence.end));
    for (const t of triggers) {
      // (`The protocol, signed in Cairo`: a deal told before, signed; its parties come from the story)
      const dealSigned = t.entry.id === 'agree.sign' && DEAL_SUBJECT.test(ctx.text.slice(sentence.start, t.start));
      if (actorless && !(t.entry.type === 'CONSULT' && t.entry.negotiation) && !dealSigned) continue;
      const clause = clauseAt(ctx.text, sentence, t.start);
      const nominal = t.entry.form === 'nominal';
      if (!nominal && !finiteOrAdjunct(ctx, t)) continue;
      const roles = rolesOf(ctx, sentence, clauses, clause, t);
      // Nobody named: only talks may still find their parties (from the story, or a nationality).
      const named = roles.source.length + roles.target.length + roles.parties.length > 0;
      // `after a meeting in Munich`: a meeting that names nobody may be that of the parties the story
      // places there (merge.ts); without a place it is nobody's.
      const unnamedMeeting = !named && nominal && t.entry.type === 'CONSULT' && !t.entry.negotiation && !t.entry.mode;
      if (!named && !(t.entry.type === 'CONSULT' && (t.entry.negotiation || t.noun)) && t.entry.host !== 'subject' && !dealSigned && !unnamedMeeting) continue;
      const scope = scopeOf(ctx.text, clauses, clause, nominal);
      const date = dateOf(ctx, scope, t);
      const modality = modalityOf(ctx.text, afterScope(clause, scope), t, { nominal, anchored: date !== null });
      if (modality.denied) continue;
      let place = placeOf(ctx, scope, t, nominal, triggers);
      if (unnamedMeeting && !place) continue;

      let hosts = t.entry.type === 'CONSULT' || t.entry.type === 'AGREE' ? hostsIn(ctx, clause, t) : [];
      let source: ActorSpan[] = roles.source;
      if (t.entry.host === 'subject') {
        // `Qatar hosted talks`, `the Qatari capital hosted a meeting`: the subject hosts; the parties
        // are in the noun phrase or the object.
        hosts = [...hosts, ...roles.source.map((s) => s.id)];
        // `the Qatari capital hosted`: the host named by its capital, which is also the venue.
        const asPlace = ctx.places.find((p) => roles.source.some((s) => s.start < p.end && p.start < s.end));
        if (asPlace) place = asPlace;
        if (!roles.source.length) {
          const venue = ctx.places.filter((p) => p.start >= clause.start && p.end <= t.start).pop();
          const id = venue ? countryActorId(venue.country) : null;
          if (venue && id) {
            hosts.push(id);
            place ??= venue;
          }
        }
        source = [];
      }
      // An international organisation in talks between others mediates (`UN envoy ... to restart peace talks`).
      if (t.entry.type === 'CONSULT' && t.entry.negotiation) {
        const igo = (s: ActorSpan) => {
          const rec = ctx.actorById.get(s.type === 'person' && s.affiliation ? s.affiliation : s.id);
          return rec?.type === 'international organization';
        };
        const all = [...source, ...roles.parties, ...roles.target];
        // (talks of a mediator alone name no parties, and are no event)
        if (all.some(igo)) hosts = [...hosts, ...all.filter(igo).map((s) => (s.type === 'person' && s.affiliation ? s.affiliation : s.id))];
      }
      const negotiation = t.entry.negotiation || hosts.length > 0;
      // Talks and agreements are between parties: an envoy or minister stands for their state.
      // A visit stays with the visitor (`the US envoy ... to Kabul`, `US senators visiting Odesa`).
      // A meeting with the official of a body that is no side (`met ... with Rafael Grossi`, head of the
      // UN's nuclear watchdog) is a meeting of the two persons, not talks between the parties.
      const withOfficial =
        t.entry.type === 'CONSULT' && !negotiation && !t.entry.mode && [...roles.source, ...roles.target, ...roles.parties].some((s) => s.type === 'person' && s.affiliation !== null && ctx.actorById.get(s.affiliation)?.type === 'international organization');
      // A call or conversation told by one side only (`conversations I had with the king`) is that person's.
      const oneSidedCall = t.entry.mode === 'phone' && !negotiation && [...source, ...roles.target, ...roles.parties].length === 1;
      const byParty = (negotiation || t.entry.type === 'CONSULT' || t.entry.type === 'AGREE') && t.entry.mode !== 'visit' && !withOfficial && !oneSidedCall;
      const party = (s: ActorSpan) => (byParty ? partyOf(s) : s.id);
      const hostSet = new Set(hosts);
      let src = uniqueIds([...source, ...roles.parties].map(party)).filter((id) => !hostSet.has(id));
      let tgt = uniqueIds(roles.target.map(party)).filter((id) => !hostSet.has(id) && !src.includes(id));
      if (t.entry.type === 'CONSULT' && !nominal && tgt.length && !roles.parties.length) {
        // Talks are symmetric: `X met Y` lists both as parties.
        src = uniqueIds([...src, ...tgt]);
        tgt = [];
      }
      if (nominal && (t.entry.type === 'CONSULT' || t.entry.type === 'AGREE')) {
        // `Russia-Ukraine peace talks`: a country joined by a hyphen to a party is a party too.
        for (const p of ctx.places) {
          if (p.kind !== 'country' || p.end > t.start || t.start - p.end > 30) continue;
          const joined = /^\s*[-–]\s*/.test(ctx.text.slice(p.end, p.end + 3)) || /[-–]\s*$/.test(ctx.text.slice(Math.max(0, p.start - 2), p.start));
          const id = joined ? countryActorId(p.country) : null;
          if (id && !src.includes(id) && /^[\s\w-]*$/.test(ctx.text.slice(p.end, t.start))) src.push(id);
        }
      }
      if (t.entry.type === 'CONSULT' && (nominal || t.noun)) {
        // `Syrian peace negotiations`, `peace talks between Afghan forces`: the sides of that country.
        const national = nationalParties(ctx, t.noun ?? t, clause);
        if (national) {
          src = national.filter((id) => !hostSet.has(id));
          tgt = [];
        }
      }
      // `urged all parties to accept`, `the warring sides agreed`: the parties of the talks the story
      // told last (not a guess: nothing when the story names no talks between two or more).
      if (!tgt.length && PLURAL_AFTER.test(ctx.text.slice(t.end, Math.min(clause.end, t.end + 30)))) {
        tgt = lastTalksParties(candidates, uniqueIds([...source, ...roles.parties].map(partyOf))).filter((id) => !src.includes(id) && !hostSet.has(id));
      }
      if (!src.length && !nominal && PLURAL_BEFORE.test(ctx.text.slice(Math.max(clause.start, t.start - 40), t.start))) {
        src = lastTalksParties(candidates, []).filter((id) => !hostSet.has(id));
      }
      // `The protocol, signed in Cairo, will ...`: the deal the story told (with its parties) was signed there.
      if (dealSigned && !src.length && !tgt.length) {
        src = lastDealParties(candidates);
      }
      const nParties = src.length + tgt.length;
      // Talking takes two: `he had discussed ways to revive a truce`, `the source, who spoke on condition
      // of anonymity`, `you can negotiate without the Europeans` name no one talked with, and are no
      // meeting (a visit or a call names its visitor; a host names the talks' parties elsewhere; a body
      // that `met in Saudi Arabia` met as itself).
      // (`Barack Obama and ... Vladimir Putin will discuss`: a coordinated subject is two, named or not)
      const coordinated = roles.source.length > 0 && /\b[A-Z][\w.'’-]*\s+and\s+(?:[A-Z][\w.'’-]*\s+)*$/.test(ctx.text.slice(clause.start, roles.source[0].start));
      const named2 = roles.source.length + roles.target.length + roles.parties.length + (coordinated ? 1 : 0);
      if (t.entry.type === 'CONSULT' && !nominal && !t.noun && named2 < 2 && !hosts.length && !t.entry.mode && t.entry.host !== 'subject' && !/^meet|^met$/i.test(ctx.text.slice(t.start, t.end))) continue;
      if (t.entry.needsParties && nParties === 0) continue;
      if (t.entry.needsTarget && tgt.length === 0) continue;
      // A verb needs its doer (`the deal was signed`, `are ready to` after a non-actor subject name none);
      // a noun may name only parties, and a host's talks have theirs in the noun phrase.
      if (!nominal && src.length === 0 && !(t.entry.host === 'subject' && roles.parties.length)) continue;
      // `the deal` is an agreement event only when the text says where it stands (`close to a deal`,
      // `the expected agreement`); a signed one is told by a verb.
      if (nominal && t.entry.type === 'AGREE' && !AGREEMENT_STAGES.has(modality.status ?? '')) continue;

      let mode = t.entry.mode;
      if (t.entry.type === 'CONSULT') {
        const cue = modeCue(ctx.text, clause);
        if (mode) {
          // the phrasing's own mode (`flew to`: visit) stands
        } else if (hosts.length) mode = 'third-party';
        else if (cue === 'phone' || (cue === 'visit' && !nominal)) mode = cue;
        else if (nParties >= 3 || cue === 'multilateral') mode = mode ?? 'multilateral';
      }
      let status = modality.status ?? t.entry.status ?? 'occurred';
      // `at their meeting on September 9`, told on August 30: dated after the story, it is still to come.
      if (!modality.status && !t.entry.status && date?.value && ctx.published && datedAfter(date.value, ctx.published)) status = 'expected';
      // What the lead says was done happened where the dateline is (`MUNICH Major powers agreed ...`).
      if (!place && !nominal && sentence === ctx.sentences[0] && (status === 'occurred' || status === 'ended')) place = datelinePlace(ctx);
      const rest = ctx.text.slice(t.end, clause.end);
      // `will agree to talks ... only in their personal capacity`: a condition, not a plan.
      if (CONDITIONAL.test(rest) && status !== 'occurred') status = 'hypothetical';
      // `to sit down to negotiate`, `wants to discuss`: an infinitive names no happening by itself.
      const lead = ctx.text.slice(clause.start, t.start);
      // `managed to seize all of Luhansk` happened; `to sit down to negotiate` did not (yet).
      if (!STRONG_STATUS.has(status) && !t.entry.status && !nominal && INFINITIVE.test(lead) && !IMPLICATIVE.test(lead)) status = 'hypothetical';
      // A refusal to talk is a position (the demands stage records it), not a happening.
      if (status === 'refused' && (t.entry.type === 'CONSULT' || t.entry.type === 'AGREE')) continue;
      // Only what the text asserts: a hypothetical (`a deal that would reduce violence`) is no event.
      if (status === 'hypothetical' && !modality.negated) continue;
      let type = t.entry.type;
      let cameo = t.entry.cameo;
      let negated = modality.negated;
      // (`Duterte should not hold talks with China`, says Beijing: advice to the subject, not its refusal)
      const advised = /\b(?:should|must|ought to)\s*(?:not|n['’]t)\b/i.test(ctx.text.slice(clause.start, t.start));
      if (negated && advised) continue;
      if (negated && (status === 'expected' || status === 'hypothetical') && COOPERATIVE.has(type) && src.length && !CONDITIONAL_LEADS.has(clause.lead)) {
        // `Russia will not stop its airstrikes`, `it would not accept any settlement`: a stated
        // refusal, which PLOVER codes as REJECT (not the opposite act, and not the act negated).
        type = 'REJECT';
        cameo = cameoOf('REJECT', null);
        status = 'occurred';
        negated = false;
      } else if (negated && status === 'hypothetical') continue;
      candidates.push({
        id: '',
        type,
        mode: type === t.entry.type ? mode : null,
        // A mode the context added (`discussed ... by phone`) has its own CAMEO code (041).
        cameo: (type === t.entry.type && mode !== t.entry.mode ? cameoOf(type, mode) : cameo) ?? cameoOf(type, mode),
        source: src,
        target: tgt,
        host: uniqueIds(hosts),
        place: place?.id ?? null,
        date: { value: date?.value ?? null, how: date ? 'stated' : 'inferred:none' },
        negotiation,
        round: roundOf(ctx.text, clause, t),
        status,
        negated,
        evidence: { start: t.start, end: t.end },
        confidence: confidenceOf(nParties, roles.how !== 'stated', status, negated),
        nominal,
        inferredParties: roles.how !== 'stated',
        postModified: roles.postModified ?? false,
        // (`a first round held ... in Muscat` is a round of the talks the story is about)
        definite: t.entry.id === 'consult.round' || /\b(?:the|these|those|this|that)\s+(?:[\w-]+\s+){0,3}$/i.test(ctx.text.slice(Math.max(clause.start, t.start - 30), t.start)) || /^the\b/i.test(ctx.text.slice(t.start, t.end)),
        clause: clause.start,
        sentence: sentence.start,
        entry: t.entry.id,
        partyCount: /\b(?:tripartite|trilateral|three-way)\b/i.test(ctx.text.slice(t.start, t.end)) ? 3 : /\bbilateral\b/i.test(ctx.text.slice(t.start, t.end)) ? 2 : null,
      });
    }
  }
  return mergeEvents(reportedSpeechActs(ctx, candidates)).map((e, i) => {
    const { nominal: _n, inferredParties: _i, postModified: _p, definite: _d, clause: _c, sentence: _s, entry: _e, partyCount: _k, ...record } = e as Candidate;
    return { ...record, id: `e${i + 1}` };
  });
}

/**
 * An `-ing` form is an event only as a finite verb (`are negotiating`), a participial adjunct
 * (`..., sending another carrier`), after `with X` or right after its actor (`US senators visiting
 * Odesa`). After a preposition or a determiner it names an act (`consequences of signing the pact`),
 * at a clause start it is a subject (`ending fighting could only succeed`), after a common noun it
 * modifies it (`a navy ship visiting Israel`).
 */
/** Whether a date value (a day, month or year; not a week or a range) falls wholly after the day `published`. */
function datedAfter(value: string, published: string): boolean {
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return false;
  return value > published.slice(0, value.length);
}

function finiteOrAdjunct(ctx: FactContext, t: { start: number; end: number }): boolean {
  const word = ctx.text.slice(t.start, t.end).split(/\s+/)[0];
  if (!/ing$/i.test(word)) return true;
  const before = ctx.text.slice(Math.max(0, t.start - 40), t.start);
  if (/\b(?:is|are|was|were|be|been|being|am|'s|’s)\s+(?:\w+ly\s+|still\s+|now\s+|also\s+|already\s+)?$/i.test(before)) return true;
  if (/(?:,|\band)\s*$/.test(before)) return true;
  // `close to concluding a deal`, `committed to holding talks`
  if (/\b(?:to|of the (?:threshold|verge|brink))\s+$/i.test(before)) return true;
  const actorBefore = ctx.actors.some((a) => a.end <= t.start && /^\s*$/.test(ctx.text.slice(a.end, t.start)));
  return actorBefore;
}

/** The span a noun's predicate is read from: its clause, plus a `which ...` clause telling its fate. */
function afterScope(clause: ReturnType<typeof clauseAt>, scope: readonly { start: number; end: number }[]) {
  return { ...clause, end: scope[scope.length - 1].end };
}

/** A rough, documented confidence: parties named on both sides and a plain assertion score highest. */
function confidenceOf(nParties: number, inferred: boolean, status: string, negated: boolean): number {
  let c = 0.6;
  if (nParties >= 2) c += 0.15;
  if (inferred) c -= 0.15;
  if (status === 'hypothetical') c -= 0.3;
  if (negated) c -= 0.3;
  return Math.max(0.05, Math.round(c * 100) / 100);
}
