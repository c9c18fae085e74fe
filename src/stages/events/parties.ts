/**
 * Who did it and to whom: source and target actors of a trigger, from the actors layer only.
 *
 * - verbal triggers: the source is the coordinated group of actors nearest before the verb in its
 *   clause (`The United States and the Taliban are close to ...`), or the agent of a passive (`a case
 *   rejected by China`); the target is the first group after it.
 * - nominal triggers (`talks`, `a meeting`): the parties are named inside the noun phrase (`US-Taliban
 *   talks`, `talks between X and Y`, `a meeting of X`, `negotiations with X`) and, when the noun is the
 *   object of a light verb (`held talks`, `engaging in the peace talks`), the subject too.
 * - `we`/`I` inside a quote stand for the speaker; `they`/`it` for the sentence's subject.
 */
import { groupAround, isModifier, spansIn, type ActorSpan } from '../../nlp/actor-spans.js';
import type { Clause } from '../../nlp/clause.js';
import { quoteAt, type FactContext } from '../../nlp/facts.js';
import { subjectOf } from '../../nlp/subject.js';
import type { Span } from '../../model/span.js';
import type { Trigger } from './triggers.js';
import { tokensOfSpan } from '../../nlp/analyse.js';

export interface Roles {
  source: ActorSpan[];
  target: ActorSpan[];
  /** Actors in the noun phrase of a nominal trigger: parties to talks, without direction. */
  parties: ActorSpan[];
  how: 'stated' | `inferred:${string}`;
  /** The noun has its own party phrase (`talks between Afghan forces`), named or not. */
  postModified?: boolean;
}

const POST_MODIFIED = /^\s+(?:between|among|involving)\b/i;

// (`demanded by`, `signed last week by`; not `condemned the raid by Israel`, where `by` names the
// doer of the object, and the subject is the one who condemned)
const PASSIVE_BY = /^\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your)\s)(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?$/i;
const PARTY_PREPOSITION = /^[\s,]*(?:[\w-]+\s+)?(?:between|with|among|involving|of|including)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?:leaders|heads|presidents|ministers|envoys|representatives|delegations|delegates|negotiators|officials|governments)\s+of\s+(?:the\s+)?)?$/i;
/**
 * (PARTY_PREPOSITION: `talks between X and Y`, `a meeting between the leaders of X and Y`: those who
 * stand for the parties name them.)
 */
/** `a meeting in Munich that included Russia and more than a dozen other countries`: a relative clause naming who took part. */
const PARTY_RELATIVE = /^\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?(?:that|which)\s+(?:included|includes|include|brought together|brings together|involved|involves|gathered)\s+(?:the\s+)?$/;
const LIGHT_VERB =
  /\b(?:held|hold|holds|holding|have|had|has|join|joined|joining|engag(?:e|ed|ing) in|enter(?:ed|ing)? into|resum(?:e|ed|ing)|open(?:ed)?|beg[iau]n|start(?:ed)?|conduct(?:ed)?|attend(?:ed)?|agree(?:d)? to|in|for)\s+(?:[\w'’-]+\s+){0,4}$/i;
/** Between `by` and its agent: an article and a title (`by President Bashar al-Assad's forces`). */
const AGENT_GAP = /^\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}$/;
/** `Assad's forces`, `the president's troops`: a leader's forces act for the party the leader heads. */
const FORCES_AFTER = /^['’]s\s+(?:[\w-]+\s+)?(?:forces|troops|army|military|soldiers|fighters|militias?|warplanes|jets)\b/i;
const BACKER = /^[-–](?:backed|led|sponsored|supported|allied|brokered|mediated|based)\b/i;
/** `are close to a`, `was on the verge of a final`: a copula and a word of nearness before the noun. */
const NEAR_COPULA = /\b(?:is|are|was|were|remains?|remained|seems?|seemed|appears?|appeared)\s+(?:now\s+|still\s+|very\s+|so\s+)?(?:close|closer|near|nearer|nearing|on\s+the\s+(?:verge|brink|threshold|cusp))(?:\s+(?:to|of))?\s+(?:[\w'’-]+\s+){0,3}$/i;
const POSSESSIVE_DET = /\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$/i;
/** What may sit between a pre-modifying actor and the noun: `US-Taliban talks`, `Russia's call for`. */
const PREMODIFIER_GAP = /^(?:['’]s)?(?:\s*-\s*|\s+)(?:[\w-]+\s+){0,3}$/;
const VERBISH = /\b(?:is|are|was|were|has|have|had|to|that|which|who|will|would|said|says|and|but|on|in|at|of|for|with|by|from|the|a|an|about|over|after|before|into)\b/i;

export function rolesOf(ctx: FactContext, sentence: Span, clauses: readonly Clause[], clause: Clause, t: Trigger): Roles {
  const { text } = ctx;
  const inClause = spansIn(ctx.actors, clause.start, clause.end);
  const left = inClause.filter((s) => s.end <= t.start);
  const right = inClause.filter((s) => s.start >= (t.noun ? t.noun.start : t.end));
  let how: Roles['how'] = 'stated';

  if (t.entry.form === 'nominal' && !t.noun) {
    const parties = nounPhraseParties(text, inClause, t, clause);
    const before = text.slice(Math.max(clause.start, t.start - 60), t.start);
    const light = LIGHT_VERB.exec(before);
    // `held talks`, `engaging in the peace talks`; not `had pressed for Ukraine peace talks`.
    const lightOk =
      light &&
      !/\b(?:for|to|of|with|on|at|by|about|from|over|pressed|said|called|urged|wants?|sought)\b/i.test(light[0].replace(/^\S+\s+(?:in|into)?/, '')) &&
      // `heading to Oman's mission for indirect talks`: the traveller is a party; `called for talks` is a request.
      !/\b(?:call(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|appeal(?:s|ed)?|ask(?:s|ed)?|hope[sd]?)\s+for\s+(?:[\w-]+\s+){0,3}$/i.test(before);
    const talksOrDeal = t.entry.type === 'CONSULT' || t.entry.type === 'AGREE';
    // `Armenia and Azerbaijan are close to a peace agreement`: the subject of being near it is its parties.
    const nearIt = talksOrDeal && NEAR_COPULA.test(before);
    if (lightOk || nearIt || POSSESSIVE_DET.test(before) || (talksOrDeal && !parties.length && /\b(?:we|our)\b/i.test(before))) {
      const subj = subjectOf(ctx, sentence, clauses, clause, t);
      if (subj.group.length) {
        parties.unshift(...subj.group);
        if (subj.how !== 'stated') how = subj.how;
      }
    }
    // `a couple of conversations I had with the king`, in a quote: the speaker had them.
    if (talksOrDeal && /\b(?:I|we)\b/.test(text.slice(t.start, t.end))) {
      const speaker = quoteSpeaker(ctx, t.start);
      if (speaker && !parties.some((p) => p.id === speaker.id)) {
        parties.unshift(speaker);
        how = 'inferred:speaker';
      }
    }
    return { source: [], target: [], parties: dedupe(parties), how, postModified: POST_MODIFIED.test(text.slice(t.end, clause.end)) };
  }

  // Passive with an agent: `whose release has been demanded by Western governments`; or a phrasing
  // that ends in `by` (`the offensive by President Bashar al-Assad's forces`).
  const endsInBy = /\bby$/i.test(text.slice(t.start, t.end));
  const agent = right.find((s) => s.start - t.end < 30 && (PASSIVE_BY.test(text.slice(t.end, s.start)) || (endsInBy && AGENT_GAP.test(text.slice(t.end, s.start)))));
  if (agent) {
    const i = ctx.actors.indexOf(agent);
    const source = groupAround(text, ctx.actors, i, clause.start, clause.end).map((s) => forcesOf(ctx, s));
    const nearest = left[left.length - 1];
    const close = nearest && text.slice(nearest.end, t.start).split(/\s+/).filter(Boolean).length <= 4;
    const target = close ? groupAround(text, ctx.actors, ctx.actors.indexOf(nearest), clause.start, t.start) : [];
    return { source, target: target.filter((s) => !source.some((x) => x.id === s.id)), parties: [], how };
  }

  // A passive without an agent (`the deal was signed in July`, `the pact signed Wednesday`): the
  // grammatical subject is the one acted on, and the doer is not named.
  if (isPassive(ctx, t, left)) {
    const nearest = left[left.length - 1];
    const close = nearest && text.slice(nearest.end, t.start).split(/\s+/).filter(Boolean).length <= 3;
    const target = close ? groupAround(text, ctx.actors, ctx.actors.indexOf(nearest), clause.start, t.start) : [];
    return { source: [], target, parties: [], how };
  }
  const subj = subjectOf(ctx, sentence, clauses, clause, t);
  if (subj.how !== 'stated') how = subj.how;
  const source = subj.group;
  const nounParties = t.noun ? nounPhraseParties(text, inClause, { ...t, start: t.noun.start, end: t.noun.end }, clause) : [];
  // A phrasing that holds its object (`told the United States on Tuesday it should`, `challenged X to`).
  // (`challenged the Cuban-backed Angolan government to`: a `-backed` modifier is no addressee)
  const inside = inClause.filter((s) => s.start > t.start && s.end <= t.end && !source.some((x) => x.id === s.id) && !BACKER.test(text.slice(s.end, s.end + 12)));
  // `Israeli Prime Minister Ariel Sharon`: the state before a titled person is the person's modifier.
  if (inside.length > 1 && inside[1].type === 'person' && inside[1].start - inside[0].end < 40 && /^(?:\s+(?:[A-Z][\w.'’-]*|of|for|the))+\s+$/.test(text.slice(inside[0].end, inside[1].start))) inside.shift();
  // An actor after `in`/`at` is where it happened (`met in Saudi Arabia`), not who was acted on.
  // (but `levelled blame at Hamas`, `fired at the rebels`: an act aimed `at` someone who is no place)
  const aimedAt = (s: ActorSpan) =>
    t.entry.type !== 'CONSULT' && t.entry.type !== 'AGREE' && /\bat\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, s.start - 10), s.start)) && !ctx.places.some((p) => p.start < s.end && s.start < p.end);
  const after = right.filter((s) => !nounParties.includes(s) && !isModifier(text, s) && (aimedAt(s) || !/\b(?:in|at|across|near|inside)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, s.start - 10), s.start))));
  const firstRight = after[0];
  let target: ActorSpan[] = inside.length && !t.noun ? groupAround(text, ctx.actors, ctx.actors.indexOf(inside[0]), t.start, t.end) : [];
  if (firstRight && !target.length) {
    const gap = text.slice(t.end, firstRight.start);
    // The object follows the verb closely; a far actor belongs to some other phrase.
    if (gap.split(/\s+/).length <= 7) target = groupAround(text, ctx.actors, ctx.actors.indexOf(firstRight), t.end, clause.end);
  }
  // `threatening to attack if Tehran doesn't agree`: a threat's target is who must meet its condition.
  if (!target.length && t.entry.type === 'THREATEN' && /^\s+to\s+\w+\s*$/i.test(text.slice(t.end, clause.end))) {
    const next = clauses[clauses.indexOf(clause) + 1];
    const who = next && (next.lead === 'if' || next.lead === 'unless') ? spansIn(ctx.actors, next.start, next.end)[0] : undefined;
    if (who && /^\W*(?:if|unless)\s+(?:the\s+)?$/i.test(text.slice(next.start, who.start))) target = groupAround(text, ctx.actors, ctx.actors.indexOf(who), next.start, next.end);
  }
  return {
    source,
    target: target.filter((s) => !source.some((x) => x.id === s.id)),
    parties: nounParties.filter((s) => !source.some((x) => x.id === s.id)),
    how,
  };
}

/** Actors named inside the noun phrase of a nominal trigger. */
function nounPhraseParties(text: string, inClause: ActorSpan[], t: Span, clause: Span): ActorSpan[] {
  const out: ActorSpan[] = [];
  // Pre-modifiers: `US-Taliban talks`, `Russia-Ukraine peace talks`, `China's proposal`.
  const pre = inClause.filter((s) => s.end <= t.start && t.start - s.end < 40 && PREMODIFIER_GAP.test(text.slice(s.end, t.start)) && !VERBISH.test(text.slice(s.end, t.start)));
  if (pre.length) {
    const last = pre[pre.length - 1];
    out.push(...groupAround(text, inClause, inClause.indexOf(last), clause.start, t.start));
  }
  // Post-modifiers: `talks between X and Y`, `negotiations with X`, `a meeting of X`.
  const post = inClause.find((s) => s.start >= t.end && s.start - t.end < 50 && (PARTY_PREPOSITION.test(text.slice(t.end, s.start)) || PARTY_RELATIVE.test(text.slice(t.end, s.start))));
  if (post) out.push(...groupAround(text, inClause, inClause.indexOf(post), t.end, clause.end));
  return out;
}

/** A person whose forces act (`Assad's forces`) stands for the party they belong to. */
function forcesOf(ctx: FactContext, s: ActorSpan): ActorSpan {
  if (s.type !== 'person' || !s.affiliation || !FORCES_AFTER.test(ctx.text.slice(s.end, s.end + 40))) return s;
  const party = ctx.actorById.get(s.affiliation);
  return party ? { ...s, id: party.id, type: party.type, affiliation: null } : s;
}

/** The actor who speaks the quote holding an offset. */
function quoteSpeaker(ctx: FactContext, at: number): ActorSpan | undefined {
  const q = quoteAt(ctx, at);
  const id = q?.speaker?.actor;
  return id ? (ctx.actors.find((s) => s.id === id && s.start === q!.speaker!.start) ?? ctx.actors.find((s) => s.id === id)) : undefined;
}

function dedupe(spans: ActorSpan[]): ActorSpan[] {
  const seen = new Set<ActorSpan>();
  return spans.filter((s) => (seen.has(s) ? false : (seen.add(s), true)));
}

/** (`was shot and killed`: a second participle coordinated with the first shares its auxiliary) */
const PASSIVE_AUX = /\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?(?:(?:\w+ed|shot|hit|struck|held|seized)\s+(?:and|or)\s+)?$/i;

/** A participle used passively: after `was`/`were`/`been`, or right after a common noun (`the pact signed`). */
function isPassive(ctx: FactContext, t: Span, left: ActorSpan[]): boolean {
  const word = ctx.text.slice(t.start, t.end).split(/\s+/)[0];
  if (!/ed$|^(?:held|seized|struck|sent|shot|hit)$/i.test(word)) return false;
  const before = ctx.text.slice(Math.max(0, t.start - 40), t.start);
  if (PASSIVE_AUX.test(before)) return true;
  // `two Russians detained in Ukraine`, `people killed in the attack`: a participle followed by where.
  // (not right after its actor: `Palestinians protested in Ramallah`)
  const afterActor = left.some((a) => /^\s*$/.test(ctx.text.slice(a.end, t.start)));
  if (!afterActor && !/\b(?:has|have|had)\s+$/i.test(before) && /^\s+(?:in|at|during|near|inside)\s/i.test(ctx.text.slice(t.end, t.end + 10))) return true;
  const [first] = tokensOfSpan(ctx.tokens, t);
  const prev = first > 0 ? ctx.tokens[first - 1] : undefined;
  if (!prev || prev.pos !== 'NOUN') return false;
  // After a common noun, a participle is passive only when no object follows (`the pact signed
  // Wednesday`, `The protocol, signed in Cairo`); `the Qatari capital hosted a meeting`, `allies
  // pledged 38 billion euros`, `member rejected Russia's draft` are active.
  if ((t as Trigger).noun || !/^(?:\s*[,.;]|\s+(?:in|on|at|by|last|this|earlier|yesterday|today|overnight|[A-Z][a-z]+day)\b)/.test(ctx.text.slice(t.end, t.end + 12))) return false;
  return !left.some((a) => a.start <= prev.start && prev.end <= a.end);
}
