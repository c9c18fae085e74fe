/**
 * The subject of a verb, from the actors layer: the coordinated group of actors nearest before it in
 * its clause (not one inside a prepositional phrase: `the agreement between the Taliban and
 * Washington will not ...` has no actor subject), a pronoun resolved to the sentence's subject, the
 * antecedent of `, which` / `, who`, or the speaker of a quote for `we`. Shared by the events and
 * demands stages.
 */
import type { Span } from '../model/span.js';
import { groupAround, partyOf, spansIn, type ActorSpan } from './actor-spans.js';
import type { Clause } from './clause.js';
import { quoteAt, type FactContext } from './facts.js';

export interface Subject {
  group: ActorSpan[];
  how: 'stated' | `inferred:${string}`;
}

/** A pronoun as subject: first after a clause opening (`said it will`, `, and they still oppose`), not an object (`called it`). */
/** `, whom Yeltsin ordered to restore peace in Chechnya,`: a relative clause between commas. */
const RELATIVE_ASIDE = /(?:^|,)\s*(?:whom|who|whose|which)\b[^,;]{1,120},/gi;
/** `said they`, `has said that it`: the pronoun opening what a speaker said. */
const SAID_PRONOUN = /^\s*(?:has\s+|have\s+|had\s+)?(?:said|says)\s+(?:that\s+)?(?:they|it|he|she|we)\s+(?:[\w'’]+\s+){0,2}$/i;
const SUBJECT_PRONOUN = /(?:^|\b(?:said|says|told\s+\S+|that|and|but|while|because|as|since|when|if)\s+|[,;]\s*)(?:they|it|he|she|its|their)\s+(?:[\w'’]+\s+){0,3}$/i;
/** Clause leads after which the sentence's subject carries on (`X - an envoy - flew ...`). */
const CONTINUING = new Set(['-', '–', '—', 'saying', 'adding', 'and']);
const NON_ACTOR_SUBJECT =
  /\b(?:said|says|told\s+\S+|insisted|added|stated|announced|warned|believes?|thinks?)\s+(?:that\s+)?(?!(?:it|they|he|she|we|i|that)\b)(?:the\s+|a\s+|an\s+)?[\w-]+(?:\s+[\w-]+){1,7}\s+$/i;
/** `SOHR said the explosions struck ...`: reported speech whose own subject is a noun phrase. */
const REPORTED_NP = /\b(?:said|says|told\s+\S+|insisted|added|stated|announced|warned|reported)\s+(?:that\s+)?(?:the|a|an|most|some|many|all|several|two|three|four|five)\s/i;
/** `..., and that two of them 'are ready to try'`: a that-clause with its own (non-actor) subject. */
const THAT_SUBJECT = /\bthat\s+(?!(?:it|they|he|she|we|i|its|their)\b)(?:the\s+|a\s+|an\s+)?[\w-]+(?:\s+[\w'’"“”-]+){0,6}\s+(?:(?:is|are|was|were|has|have|had|will|would|could|can|may)\s+(?:[\w'’"“”-]+\s+){0,2})?['’"“”]?$/i;
const RELATIVE_OF_NOUN = /\b[a-z][\w-]*\s+(?:that|which)\s+(?:has\s+|have\s+|had\s+|was\s+|were\s+|is\s+|are\s+)?(?:\w+ly\s+)?$/;
/**
 * A plural that refers back to a pair, as a subject: `both`, `both sides`, `the two countries`, `the
 * two sides` (`the two countries and others`: the pair leads), with at most two auxiliaries before
 * the verb. Group 1 or 2 is the noun.
 */
const PAIR = /(?:^|[\s,;])(?:both(?:\s+(sides|countries|parties|governments|nations|states))?|the\s+two\s+(sides|countries|parties|governments|nations|leaders|states|neighbou?rs))(?:\s+and\s+(?:others|their\s+allies|other\s+\w+))?\s+(?:(?:have|had|has|were|are|was|is|will|would|also|now|then|finally|already|jointly|each)\s+){0,2}$/i;
/** `Businessmen from the two countries signed`: after a preposition the pair is no subject. */
const PAIR_IN_PHRASE = /\b(?:from|of|between|with|in|for|to|by|among|on|at|against|over|about)\s*$/i;
/** Pair nouns that mean states: `the two countries` are the last two states named, even apart. */
const STATE_WORDS = /^(?:countries|nations|states|neighbou?rs|governments)$/i;

/** The pair word before a verb, if it is the verb's subject: its noun (`countries`), or '' for a bare `both`. */
function pairSubject(between: string): string | null {
  const m = PAIR.exec(between);
  if (!m) return null;
  if (PAIR_IN_PHRASE.test(between.slice(0, m.index + 1))) return null;
  return (m[1] ?? m[2] ?? '').toLowerCase();
}

/** The last coordinated pair of two different actors (`Egypt and Israel`, `The United States and the Taliban`) before an offset. */
function lastPair(ctx: FactContext, before: number): ActorSpan[] | null {
  const earlier = ctx.actors.filter((a) => a.end <= before);
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - 40); i--) {
    const group = groupAround(ctx.text, ctx.actors, ctx.actors.indexOf(earlier[i]), 0, before);
    const ids = new Set(group.map((g) => g.id));
    if (ids.size === 2) return group;
    i = earlier.indexOf(group[0]);
  }
  return null;
}

/** A state, by the knowledge base's convention (`kb:` + ISO alpha-3), or an organ speaking for one. */
const isState = (s: ActorSpan) => /^kb:[A-Z]{3}$/.test(partyOf(s));

/**
 * The last two distinct states named before an offset, together or apart (`China said the
 * Philippines has ignored ... the two countries had agreed`); none unless there are two.
 */
function lastTwoStates(ctx: FactContext, before: number): ActorSpan[] | null {
  const out: ActorSpan[] = [];
  for (let i = ctx.actors.length - 1; i >= 0 && out.length < 2; i--) {
    const a = ctx.actors[i];
    if (a.end > before || !isState(a) || out.some((o) => partyOf(o) === partyOf(a))) continue;
    out.push(a);
  }
  return out.length === 2 ? out.reverse() : null;
}

/** Who `both`, `the two sides`, `the two countries` are: the pair named last (states for `countries`). */
function resolvePair(ctx: FactContext, noun: string, before: number): ActorSpan[] | null {
  const pair = lastPair(ctx, before);
  if (!STATE_WORDS.test(noun)) return pair;
  return pair && pair.every(isState) ? pair : lastTwoStates(ctx, before);
}

/** How many words may open a sentence before its subject (`On Sunday, Last month, the ...`). */
const SUBJECT_OPENING_WORDS = 6;
const FIRST_PERSON = /\b(?:we|i|our|us)\b/i;
/**
 * A preposition just before an actor (or its coordinated group) makes it no subject, nor does `told`
 * (`he told the BBC Iran was ready`); a capitalised word between them is a title (`Secretary of
 * State John Kerry`), which does not.
 */
const PREPOSITION_BEFORE = /\b(?:between|with|of|from|against|to|for|by|on|in|at|among|over|about|including|told|tells)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$/;

/** `with Egypt handing back an Israeli`: the actor after `with` is the subject of the -ing verb. */
function absoluteWith(text: string, s: Span, t: Span): boolean {
  return /\bwith\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, s.start - 10), s.start)) && /^\s*$/.test(text.slice(s.end, t.start)) && /^\w+ing\b/i.test(text.slice(t.start, t.end));
}

/**
 * `A delegation from Syria's main opposition group flew ...`, `officials of the Taliban said`: the
 * actor in the phrase after a word for its representatives acts through them.
 */
const REPRESENTATIVES =
  /\b(?:delegations?|officials?|spokesm[ae]n|spokeswom[ae]n|spokespersons?|envoys?|representatives?|negotiators?|leaders?|leadership|head|chief|ministers?|ministry|team|members?|forces|troops|army|government)\s+(?:from|of|for)\s+(?:the\s+)?$/i;
function representative(text: string, s: Span): boolean {
  return REPRESENTATIVES.test(text.slice(Math.max(0, s.start - 40), s.start));
}

/** Whether an actor mention (the first of its group) sits in a prepositional phrase (`talks between X and Y`). */
export function inPrepositionalPhrase(text: string, s: Span, from: number): boolean {
  return PREPOSITION_BEFORE.test(text.slice(Math.max(from, s.start - 60), s.start));
}

/** The subject of the verb at t: nearest group before it, a resolved pronoun, or the speaker of `we`. */
export function subjectOf(
  ctx: FactContext,
  sentence: Span,
  clauses: readonly Clause[],
  clause: Clause,
  t: Span,
): Subject {
  const { text } = ctx;
  // The nearest coordinated group before the verb that is not the object of a preposition
  // (`the agreement between the Taliban and Washington will not ...` has no actor subject).
  // (`Lebed, whom Yeltsin ordered to restore peace, struck a deal`: an actor inside a relative clause
  // set off by commas is not the subject of the verb after it)
  const asides = [...text.slice(clause.start, t.start).matchAll(RELATIVE_ASIDE)].map((m) => ({ start: clause.start + m.index!, end: clause.start + m.index! + m[0].length }));
  const before = spansIn(ctx.actors, clause.start, t.start).filter((s) => s.end <= t.start && !asides.some((a) => s.start >= a.start && s.end <= a.end));
  let nearest: ActorSpan | undefined;
  for (let i = before.length - 1; i >= 0; i--) {
    const group = groupAround(text, ctx.actors, ctx.actors.indexOf(before[i]), clause.start, t.start);
    const head = group[0];
    if (!inPrepositionalPhrase(text, head, clause.start) || absoluteWith(text, before[i], t) || representative(text, head)) {
      nearest = before[i];
      break;
    }
    i = before.indexOf(head);
  }
  // (the look-backs are anchored at the verb; 120 characters are plenty and keep them linear)
  const between = text.slice(Math.max(nearest ? nearest.end : clause.start, t.start - 120), t.start);
  // `Trump has insisted that two more Arab states are ready to`, `the war that has killed`: a subject
  // that is not an actor stands between the actor and the verb.
  // (a verb coordinated with the main one, `MSF said that ... and blamed the authorities`, keeps its subject)
  const coordinated = /(?:\b(?:and|but)|,)\s+$/i.test(between);
  // `Both exchanged prisoners`, `said the two countries had agreed`: the pair the story named last
  // (a pair that names nobody known is nobody: `China is at odds with its neighbours. The two countries agreed`).
  const pairWord = pairSubject(between);
  if (pairWord !== null) {
    const pair = resolvePair(ctx, pairWord, t.start);
    return pair ? { group: pair, how: 'inferred:pair' } : { group: [], how: 'stated' };
  }
  if (nearest && !coordinated && (NON_ACTOR_SUBJECT.test(between) || REPORTED_NP.test(between) || THAT_SUBJECT.test(between) || RELATIVE_OF_NOUN.test(between))) return { group: [], how: 'stated' };
  if (FIRST_PERSON.test(between) && !nearest) {
    const q = quoteAt(ctx, t.start);
    const speaker = q?.speaker?.actor ? ctx.actors.find((s) => s.id === q.speaker!.actor) : undefined;
    if (speaker) return { group: [speaker], how: 'inferred:speaker' };
  }
  // `told the Kyiv institute they categorically reject`: an actor right before a subject pronoun is an object.
  const objectBeforePronoun = nearest && /^\s*(?:they|he|she|we)\s/i.test(between);
  if (nearest && !SUBJECT_PRONOUN.test(between) && !objectBeforePronoun) {
    return { group: groupAround(text, ctx.actors, ctx.actors.indexOf(nearest), clause.start, t.start), how: 'stated' };
  }
  if (!nearest && RELATIVE_OF_NOUN.test(between)) return { group: [], how: 'stated' };
  // A relative clause: its subject is the antecedent, the actor just before `, which` / `, who`.
  if (!nearest && ['which', 'who'].includes(clause.lead)) {
    const prev = ctx.actors.filter((s) => s.end <= clause.start && s.start >= sentence.start);
    const ante = prev[prev.length - 1];
    if (ante && clause.start - ante.end <= 3) {
      return { group: groupAround(text, ctx.actors, ctx.actors.indexOf(ante), sentence.start, clause.start), how: 'inferred:antecedent' };
    }
    return { group: [], how: 'stated' };
  }
  // A pronoun subject, or a clause that continues the sentence's subject (`- an Afghan born - today to
  // Kabul to brief`, `..., saying`): the subject of the sentence's first clause.
  // `Witkoff and Kushner are due to arrive ... before heading to Oman's mission`: a participle goes on with the subject.
  const participial = ['before', 'after', 'while', 'when'].includes(clause.lead) && /^\s*\w+\s+\w+ing\b/i.test(text.slice(clause.start, clause.end));
  // `Kerry said there were "challenges ahead" but urged all parties`: a verb right after `but` has
  // the sentence's subject (a `but` with its own subject names it: `but the rebels refused`).
  const butVerb = clause.lead === 'but' && /^\W*but\s+(?:\w+ly\s+|also\s+|still\s+)?$/i.test(text.slice(clause.start, t.start));
  if (SUBJECT_PRONOUN.test(between) || objectBeforePronoun || (!nearest && (CONTINUING.has(clause.lead) || participial || butVerb))) {
    const first = clauses[0];
    const head = spansIn(ctx.actors, sentence.start, Math.min(first.end, t.start));
    // `U.S. Secretary of State John Kerry`: a state before a titled person is the person's modifier.
    if (head.length > 1 && head[1].type === 'person' && /^(?:\s+(?:[A-Z][\w.'’-]*|of|for|the))+\s+$/.test(text.slice(head[0].end, head[1].start)) && head[1].start - head[0].end < 40) head.shift();
    // The sentence's subject opens it: an actor deep in the first clause is somebody else.
    if (head.length && head[0].start < t.start && text.slice(sentence.start, head[0].start).split(/\s+/).length <= SUBJECT_OPENING_WORDS) {
      const group = groupAround(text, ctx.actors, ctx.actors.indexOf(head[0]), sentence.start, first.end);
      return { group, how: 'inferred:subject' };
    }
    // `In separate comments before heading to Geneva, Zoubi said they would not engage`: with nobody
    // opening the sentence, a pronoun right after the speaker's `said` is the speaker (or their side).
    if (!head.length && nearest && SAID_PRONOUN.test(between)) return { group: [nearest], how: 'inferred:speaker' };
  }
  return { group: [], how: 'stated' };
}

