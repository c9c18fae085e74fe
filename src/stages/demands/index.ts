/**
 * Demands and positions: who wants what from whom, on what condition. Holder and addressee come from
 * the actors layer (a spokesperson stands for their party); the issue from a controlled list; the
 * condition from `until ...`, `only if ...`, `provided that ...`. Phrasings in data/lexicons/.
 *
 * A position whose addressee the sentence does not name, held by one side of talks the story
 * reports (the events layer), is addressed to the other side (`inferred:counterparty`).
 */
import type { Doc } from '../../model/doc.js';
import type { DemandRecord, EventRecord } from '../../model/record.js';
import type { Span } from '../../model/span.js';
import { isModifier, partyOf, spansIn, type ActorSpan } from '../../nlp/actor-spans.js';
import { clausesOf, type Clause } from '../../nlp/clause.js';
import { factContext, isBody, quoteAt, type FactContext } from '../../nlp/facts.js';
import { inPrepositionalPhrase, subjectOf } from '../../nlp/subject.js';
import { defineStage } from '../../pipeline/stage.js';
import { counterparty } from './counterparty.js';
import { otherSide, partiesAddressed, PLURAL_OBJECT } from './parties.js';
import { spelledOut } from './spelled.js';
import { peopleAfter } from './people.js';
import { demandCues, issueOf, type Cue } from './lexicon.js';

export const demandsStage = defineStage({
  name: 'demands',
  version: '2',
  requires: ['sentences', 'tokens'],
  uses: ['actors', 'places', 'dates', 'quotes', 'blocks', 'events'],
  adds: ['demands'],
  run(doc: Doc) {
    return { demands: extractDemands(factContext(doc), doc.events ?? []) };
  },
});

interface Hit extends Span {
  cue: Cue;
}

/** Words between a holder and its cue (`has repeatedly`, `still`), at most this many. */
const HOLDER_GAP_WORDS = 4;
const SAY = /\b(?:said|says|say|told|tells|stated|added|insisted|stressed|warned|maintain(?:s|ed)?)\b/gi;
/** After a verb of saying, only a pronoun may stand between it and the cue: `Russia has said it will not`. */
const PRONOUN_AFTER_SAY = /^\s*(?:that\s+)?(?:it|they|he|she|we|i)\s+(?:\w+ly\s+|still\s+|also\s+)?$/i;
/** `what Russia wants`: a question about a position, not a position. */
const WH_BEFORE = /\b(?:what|whatever|whether)\s+(?:[\w'’.-]+\s+){0,3}$/i;
/** `What is not on the table: X`, `What we will not accept — X`: the wh-clause is a heading for what follows. */
const PSEUDO_CLEFT = /^what\s+[^:–—]{3,40}[:–—]\s*\S/i;
const CONTINUES_CONDITION = new Set(['after', 'before', 'until', 'if', 'when', 'once']);
/** After `pressed by X`: the infinitive of what X asks (`pressured by Washington to quickly wrap up a deal`). */
const AGENT_ASK = /^\s+(?:the\s+)?[\w.'’ -]{1,40}?\s+to\s+[a-z]/;
/**
 * `, perhaps thinking the hub would offer Europe better access`, `, hoping to ...`: a comma and an
 * adverb or participle open an aside about the holder's motives; what is asked ends before it
 * (`including`, `regarding` still list what is asked).
 */
const ASIDE = /,\s+(?:perhaps|possibly|probably|apparently|presumably|(?!including\b|regarding\b|concerning\b|notably\b)[a-z]+ing\b)/i;
const FREQUENCY = /\b(?:on|at)\s+(?:a\s+number\s+of|several|many|numerous|multiple|repeated|various|two|three|four)\s+occasions\b/gi;
/** `ready to join Bahrain and the UAE in recognising Israel`: who is joined is a partner, not the one addressed. */
const JOINED = /^(?:to\s+)?join\s+[^,;]{1,60}?\s+in\s+/i;
/** `their government`, `its own government`: the holder's own state, right where the one asked stands. */
const OWN_GOVERNMENT = /^\s*(?:their|its|his|her|our)\s+(?:own\s+)?(?:government|leaders|authorities)\b/i;
const OBLIGATION = /^(?:must|needs? to|has to|have to)$/i;
/**
 * `Russia's call for an urgent meeting of the U.N. Security Council`: asking a body to convene is
 * procedure, not a position on the conflict (a meeting *between* parties still is one).
 */
const CONVENE = /^(?:an?\s+|the\s+)?(?:(?:urgent|emergency|extraordinary|special|closed-door|immediate|new)\s+)*(?:meeting|session|sitting)\s+of\s+(?:the\s+)?(?:U\.?N\.?\s+|UN\s+|United\s+Nations\s+)?(?:Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council|Board|Council|Assembly|League|Parliament|Committee)\b/i;
const LOCATIVE_BEFORE = /\b(?:in|inside|across|throughout|into)\s+(?:the\s+)?$/i;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/i;

export function extractDemands(ctx: FactContext, events: readonly EventRecord[] = []): DemandRecord[] {
  const out: Found[] = [];
  const { cues } = demandCues();
  // Every cue match, then the longest of overlapping ones (`demanded by` over `demanded`), the
  // earlier-listed cue on a tie.
  const found: (Hit & { rank: number })[] = [];
  cues.forEach((cue, rank) => {
    cue.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.re.exec(ctx.text))) found.push({ start: m.index, end: m.index + m[0].length, cue, rank });
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank);
  const hitsAll: Hit[] = [];
  for (const h of found) if (!hitsAll.some((k) => k.start < h.end && h.start < k.end)) hitsAll.push(h);
  hitsAll.sort((a, b) => a.start - b.start);
  let hi = 0;
  for (const sentence of ctx.sentences) {
    const hits: Hit[] = [];
    while (hi < hitsAll.length && hitsAll[hi].start < sentence.end) {
      if (hitsAll[hi].start >= sentence.start && hitsAll[hi].end <= sentence.end) hits.push(hitsAll[hi]);
      hi++;
    }
    if (!hits.length || !isBody(ctx, sentence)) continue;
    // `Will Russia refuse to halt its air strikes?`: a question asks about a position, states none.
    if (/\?\s*['"’”]?\s*$/.test(ctx.text.slice(sentence.start, sentence.end))) continue;
    const clauses = clausesOf(ctx.text, sentence);
    let coveredUntil = -1;
    let lastHolder: ActorSpan[] | null = null;
    for (const hit of hits) {
      // A cue inside what an earlier position demands (`assurances that territory will not be used`)
      // is part of that content, not a position of its own.
      if (hit.start < coveredUntil) continue;
      const found = demandsAt(ctx, sentence, clauses, hit, lastHolder, events);
      if (!found.length) continue;
      if (found[0].kind === NOT_MADE.kind && found[0].issue === NOT_MADE.issue) {
        lastHolder = found[0].holderSpans;
        continue;
      }
      out.push(...found);
      coveredUntil = Math.max(...found.map((d) => d.evidence.end));
      lastHolder = found[0].holderSpans;
    }
  }
  return spelledOut(ctx.text, ctx.sentences, restated(ctx, out)).map(({ holderSpans: _h, ...d }) => d);
}

/**
 * One position per statement: an offer, refusal or red line restated in the next sentence (`has
 * offered to reopen the railroad` ... `he was prepared to guarantee safe passage`) is the same
 * position, told twice.
 */
function restated(ctx: FactContext, found: Found[]): Found[] {
  const sentenceOf = (d: Found) => ctx.sentences.findIndex((s) => d.evidence.start >= s.start && d.evidence.start < s.end);
  const out: Found[] = [];
  for (const d of found) {
    const prev = out[out.length - 1];
    // `Fabius said the talks must ensure human rights are upheld. "Humanitarian law must be respected
    // ..."`: a demand told in reported speech, then in the speaker's own words, is one demand.
    const quoted = (x: Found) => quoteAt(ctx, x.evidence.start)?.direct === true;
    const paraphraseThenQuote = prev && d.kind === 'demand' && prev.kind === 'demand' && !quoted(prev) && quoted(d);
    if (
      prev &&
      (RESTATABLE.has(d.kind) || paraphraseThenQuote) &&
      prev.kind === d.kind &&
      prev.holder === d.holder &&
      prev.addressee === d.addressee &&
      sentenceOf(d) - sentenceOf(prev) === 1
    ) {
      continue;
    }
    out.push(d);
  }
  return out;
}

const RESTATABLE = new Set(['offer', 'refusal', 'red line', 'concession']);

type Found = DemandRecord & { holderSpans: ActorSpan[] };

/** Marks a cue whose demand is negated: no position, but its holder carries on to the next clause. */
const NOT_MADE: DemandRecord = {
  holder: null, addressee: null, kind: 'demand', issue: '(not made)',
  content: { start: 0, end: 0, text: '' }, condition: null, evidence: { start: 0, end: 0 },
};

function demandsAt(
  ctx: FactContext,
  sentence: Span,
  clauses: readonly Clause[],
  hit: Hit,
  lastHolder: ActorSpan[] | null,
  events: readonly EventRecord[],
): Found[] {
  const { text } = ctx;
  const before = text.slice(Math.max(sentence.start, hit.start - 40), hit.start);
  // (`What is not on the table: submission before threats` names it after the colon: a pseudo-cleft.)
  const wh = WH_BEFORE.exec(before);
  if (wh && !PSEUDO_CLEFT.test(text.slice(hit.start - before.length + wh.index, sentence.end))) return [];
  // `Russia needs to understand that our patience is not infinite`: a warning, not something asked.
  if (hit.cue.holder === 'speaker' && /^\s+(?:understand|know|reali[sz]e|remember|see)\b/i.test(text.slice(hit.end, hit.end + 14))) return [];
  // `they would be asked to give up land`: a passive names no holder (`was putting pressure` is no passive).
  if (hit.cue.holder === 'subject' && /^\w+ed\b/i.test(text.slice(hit.start, hit.end)) && PASSIVE_BEFORE.test(before)) return [];
  // `we want to show the world our seriousness`: an intent of one's own, not a demand on anyone,
  // unless a condition follows (`wants to discuss ... before engaging in the talks`).
  if (/^wants?$|^wanted$/i.test(text.slice(hit.start, hit.end)) && /^\s+to\s+[a-z]/.test(text.slice(hit.end, hit.end + 12)) && !/\b(?:before|until|unless|only if)\b/i.test(text.slice(hit.end, sentence.end))) return [];
  // `Chinese demand for Iranian oil`: the noun of markets. A party's demand for something is written
  // with a possessive (`Russia's demand for a halt`, `their demand for`).
  if (/^demands?$/i.test(text.slice(hit.start, hit.end)) && /^\s+for\b/i.test(text.slice(hit.end, hit.end + 5)) && !/(?:['’]s?|\b(?:its|their|his|her|our))\s+(?:\w+\s+)?$/i.test(before)) return [];
  const ci = clauses.findIndex((c) => hit.start >= c.start && hit.start < c.end);
  const clause = clauses[ci];
  let holder = holderOf(ctx, sentence, clauses, clause, hit);
  // `Iran was ready to ..., but that renouncing its missiles was out of the question`: the one speaking carries on.
  if (!holder && lastHolder && hit.cue.holder === 'speaker' && ['but', 'and'].includes(clause.lead)) holder = lastHolder;
  // `X would not call for A but would demand B`: the subject carries on after `but`/`and`.
  if (!holder && lastHolder && ['but', 'and'].includes(clause.lead) && !spansIn(ctx.actors, clause.start, hit.start).length) holder = lastHolder;
  // `Washington has been preparing ..., sending a carrier and threatening to attack if ...`: a participle
  // that goes on from the main clause has the sentence's subject.
  if (!holder && hit.cue.holder === 'subject' && /ing\b/i.test(text.slice(hit.start, hit.end).split(/\s/)[0])) holder = sentenceSubject(ctx, sentence);
  if (!holder) return [];
  // `the US, pressed by Europe, is now more willing to engage`: pressure with nothing asked (no
  // `to <verb>` after the agent) is context, not a demand; `demanded by` names what is asked before it.
  if (hit.cue.holder === 'agent' && /^(?:press|pressur|urg)/i.test(text.slice(hit.start, hit.end)) && !AGENT_ASK.test(text.slice(hit.end, clause.end))) return [];
  // `would not call for a complete cessation of hostilities`: a demand not made is none (its subject
  // still carries on: `... but would demand an end to the shelling`).
  if (hit.cue.kind === 'demand' && /\b(?:not|never|n['’]t)\s+(?:\w+ly\s+)?$/i.test(before)) return [{ ...NOT_MADE, holderSpans: holder }];
  const holderIds = new Set(holder.map(partyOf));
  const holderId = [...holderIds][0];

  let content = contentSpan(ctx, sentence, clauses, ci, hit);
  // `ending fighting could only succeed | if Russia stopped air strikes`: nothing after the cue; what is
  // conditioned is its own subject, after the verb of saying.
  if (content.end - content.start < 3 && hit.cue.kind === 'condition') {
    const said = [...text.slice(clause.start, hit.start).matchAll(SAY)].pop();
    const from = said ? clause.start + said.index! + said[0].length : clause.start;
    content = trimSpan(text, { start: from, end: clause.end });
    content = { start: content.start + (/^that\s+/i.exec(text.slice(content.start, content.end))?.[0].length ?? 0), end: content.end };
  }
  if (content.end - content.start < 3) return [];
  const contentText = text.slice(content.start, content.end);
  // `declined to comment`, `refused to speculate on what might happen`: reticence, not a position.
  if (demandCues().notPosition.test(contentText)) return [];
  if (hit.cue.kind === 'demand' && CONVENE.test(contentText)) return [];

  let addressee: string | null = null;
  if (hit.cue.addressee === 'subject') {
    let subj = ctx.actors.filter((s) => s.end <= hit.start && hit.start - s.end <= 2).pop();
    // `China told the United States on Tuesday it should play a constructive role`: `it` is the one told.
    if (!subj && /\b(?:it|they)\s+$/i.test(before)) {
      const told = /\btold\s+(?:the\s+)?$/i;
      subj = spansIn(ctx.actors, sentence.start, hit.start).filter((s) => told.test(text.slice(Math.max(0, s.start - 10), s.start))).pop();
    }
    // `Fabius said the Geneva talks must ensure human rights are upheld`: an obligation put on a thing
    // (no actor subject) is still the speaker's demand, addressed to no one named. Only the strong
    // modals: `should` and `must have` also predict (`the truce should take effect on Saturday`).
    if (!subj && !(OBLIGATION.test(text.slice(hit.start, hit.end)) && !/^\s+(?:have|not)\b/i.test(text.slice(hit.end, hit.end + 6)))) return [];
    addressee = subj ? partyOf(subj) : null;
  } else if (hit.cue.holder === 'possessor') {
    // `on Ukraine's insistence, US representatives also met ...`: asked of the one who then acted.
    const doer = spansIn(ctx.actors, hit.end, sentence.end).find((s) => !holderIds.has(partyOf(s)) && !inPrepositionalPhrase(text, s, hit.end));
    // Something done at a request by no one named says little about who was asked: none.
    if (!doer) return [];
    addressee = partyOf(doer);
  } else if (hit.cue.holder === 'agent' && (hit.cue.kind === 'refusal' || /^press/i.test(text.slice(hit.start, hit.end)))) {
    // `a case rejected by China`, `Ukraine, pressured by Washington to ...`: the one before the cue.
    const before = spansIn(ctx.actors, sentence.start, hit.start).filter((s) => !holderIds.has(partyOf(s)) && !isModifier(text, s));
    const last = before[before.length - 1];
    addressee = last ? partyOf(last) : null;
  } else if (hit.cue.holder !== 'agent') {
    const joined = JOINED.exec(contentText);
    const from = hit.cue.addressee === 'object' ? hit.end : content.start + (joined ? joined[0].length : 0);
    // `they want their government to put more pressure on Russia`: asked of the holder's own state,
    // not of the one the pressure is for.
    const country = OWN_GOVERNMENT.test(text.slice(from, content.end)) ? ctx.actorById.get(holderId)?.country : null;
    // `a direct role in Syria`: a place where something is done is not the one asked.
    const others = spansIn(ctx.actors, from, content.end).filter((s) => !holderIds.has(partyOf(s)) && !isModifier(text, s) && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start)));
    addressee = country ? `kb:${country}` : others.length ? partyOf(others[0]) : null;
  }
  // `urged all parties to accept the terms`: the sides of the story's war, or of its talks.
  let addressees: string[] = [];
  if (!addressee && hit.cue.addressee === 'object' && PLURAL_OBJECT.test(text.slice(hit.end, content.start))) {
    addressees = partiesAddressed(ctx.actorById.values(), events, holderId, hit.start).filter((id) => !holderIds.has(id));
    addressee = addressees[0] ?? null;
  }
  if (!addressee && (hit.cue.kind === 'offer' || hit.cue.kind === 'red line' || hit.cue.kind === 'concession')) {
    addressee = counterparty(holderId, events, (id) => ctx.actorById.get(id)?.type === 'international organization');
  }
  // What a side asks (not what it offers: `offered to reopen the railroad` may be meant for anyone).
  if (!addressee && (hit.cue.kind === 'demand' || hit.cue.kind === 'condition' || hit.cue.kind === 'refusal')) addressee = otherSide(ctx.actorById.values(), holderId);

  // The condition: `until after the agreement is signed`, `only in their personal capacity`.
  let condition: Span | null = null;
  let kind = hit.cue.kind;
  const marker = demandCues().condition;
  const inner = marker.exec(contentText);
  const next = clauses[ci + 1];
  if (inner && /^(?:only|provided|on condition|as long|so long|in exchange)\b/i.test(inner[0])) {
    condition = trimSpan(text, { start: content.start + inner.index, end: content.end });
    if (/^only\b/i.test(inner[0]) && kind !== 'refusal') kind = 'condition';
  } else if (next && hit.cue.holder !== 'possessor' && demandCues().conditionLeads.has(next.lead) && next.start - content.end <= 3) {
    // `until after the agreement ... is signed`: the condition runs on over clauses that continue it.
    let last = ci + 1;
    while (clauses[last + 1] && CONTINUES_CONDITION.has(clauses[last + 1].lead)) last++;
    condition = trimSpan(text, { start: next.start, end: clauses[last].end });
  }
  // (the cue is part of the evidence also when what is refused is written before it)
  const evidence = { start: Math.min(hit.start, content.start), end: Math.max(condition?.end ?? 0, content.end, hit.end) };
  const main: Found = {
    holder: holderId,
    addressee: addressee && !holderIds.has(addressee) ? addressee : null,
    ...(addressees.length > 1 ? { addressees } : {}),
    kind,
    issue: issueOfPosition(text.slice(hit.start, hit.end), `${contentText} ${condition ? text.slice(condition.start, condition.end) : ''}`),
    content: { ...content, text: contentText },
    condition: condition ? { ...condition, text: text.slice(condition.start, condition.end) } : null,
    evidence,
    holderSpans: holder,
  };
  // `asked Western allies to stop Russian energy sales ..., and to stop exporting components`:
  // one position per thing asked.
  const pieces = splitAsks(ctx, content);
  if (pieces.length > 1) {
    return pieces.map((p, k) => {
      const pt = text.slice(p.start, p.end);
      return { ...main, issue: issueOfPosition(text.slice(hit.start, hit.end), pt), content: { ...p, text: pt }, evidence: k === 0 ? { start: main.evidence.start, end: p.end } : p };
    });
  }
  const asked = conditionsOn(ctx, clauses, ci, main);
  // `ending fighting could only succeed if Russia stopped air strikes`: the condition is the position,
  // addressed to Russia; the bare `could only succeed` says nothing more.
  if (asked.length && main.kind === 'condition' && !main.addressee) return asked.map((a) => ({ ...a, evidence: { start: main.evidence.start, end: a.evidence.end } }));
  return [main, ...asked];
}

/**
 * `willing to accept a truce, but only if Russia calls a halt to its airstrikes and the Damascus
 * government ends its offensive`: each party named in an `only if` clause after a position is asked
 * for something, a condition of the holder addressed to that party.
 */
function conditionsOn(ctx: FactContext, clauses: readonly Clause[], ci: number, main: Found): Found[] {
  const { text } = ctx;
  const next = clauses[ci + 1];
  if (!next) return [];
  // `but only` | `if Russia calls a halt ...`: a bare `but only` clause runs on into the next.
  const end = next.end - next.start < 12 && clauses[ci + 2] ? clauses[ci + 2].end : next.end;
  const lead = /^\s*(?:but\s+)?(?:only\s+)?(?:if|when|after|once|unless|provided(?:\s+that)?)\s+/i.exec(text.slice(next.start, end));
  if (!lead || (!/only|unless|provided/i.test(lead[0]) && main.kind !== 'offer' && main.kind !== 'condition')) return [];
  if (main.kind !== 'offer' && main.kind !== 'condition' && main.kind !== 'concession') return [];
  const body = trimSpan(text, { start: next.start + lead[0].length, end });
  // Split at `and <actor>`: one condition per party asked.
  // Only the subject of each conditioned clause is asked: the first actor, and one after `and`
  // (`Russia stopped air strikes supporting Syrian government forces' advance` asks Russia alone).
  const actors = spansIn(ctx.actors, body.start, body.end)
    .filter((a) => partyOf(a) !== main.holder && !inPrepositionalPhrase(text, a, body.start))
    .filter((a, k) => k === 0 || /\band\s+(?:the\s+)?$/i.test(text.slice(Math.max(body.start, a.start - 10), a.start)));
  const out: Found[] = [];
  actors.forEach((a, k) => {
    const end = k + 1 < actors.length ? text.lastIndexOf(' and ', actors[k + 1].start) : body.end;
    if (end <= a.start) return;
    const piece = trimSpan(text, { start: k === 0 ? body.start : a.start, end });
    const pieceText = text.slice(piece.start, piece.end);
    out.push({
      holder: main.holder,
      addressee: partyOf(a),
      kind: 'condition',
      issue: issueOf(pieceText),
      content: { ...piece, text: pieceText },
      condition: { ...piece, text: pieceText },
      evidence: piece,
      holderSpans: main.holderSpans,
    });
  });
  return out;
}

function holderOf(ctx: FactContext, sentence: Span, clauses: readonly Clause[], clause: Clause, hit: Hit): ActorSpan[] | null {
  const { text } = ctx;
  if (hit.cue.holder === 'agent') {
    const agent = spansIn(ctx.actors, hit.end, Math.min(clause.end, hit.end + 30))[0] ?? (hit.cue.kind === 'refusal' ? peopleAfter(ctx, hit.end) : null);
    return agent ? [agent] : null;
  }
  if (hit.cue.holder === 'speaker') return speakerOf(ctx, sentence, hit);
  if (hit.cue.holder === 'possessor') {
    const owner = spansIn(ctx.actors, hit.start, hit.end)[0];
    return owner ? [owner] : null;
  }
  const subject = subjectOf(ctx, sentence, clauses, clause, hit);
  // `Hammond said ending fighting could only succeed if Russia stopped air strikes`: a condition put
  // on a thing (no actor subject) is the condition of the one who says it.
  if (!subject.group.length && hit.cue.kind === 'condition') return speakerOf(ctx, sentence, hit);
  if (!subject.group.length) return null;
  const last = subject.group[subject.group.length - 1];
  if (subject.how === 'stated') {
    // The holder must be the subject of the cue, close before it, not an actor in some other phrase.
    // `China has on a number of occasions proposed`: an adverbial of frequency is no distance.
    const gap = text.slice(last.end, hit.start).replace(/['’]s\b/g, '').replace(FREQUENCY, ' ');
    const words = gap.split(/\s+/).filter(Boolean);
    if (words.length > HOLDER_GAP_WORDS) {
      const says = [...gap.matchAll(SAY)].pop();
      if (!says || !PRONOUN_AFTER_SAY.test(gap.slice(says.index! + says[0].length))) return null;
    }
    if (inPrepositionalPhrase(text, subject.group[0], clause.start) && !/\b(?:from|of|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, subject.group[0].start - 12), subject.group[0].start))) return null;
  }
  return subject.group;
}

/** The actor that opens a sentence as its subject (`At the same time, Washington has been preparing`), if one does. */
function sentenceSubject(ctx: FactContext, sentence: Span): ActorSpan[] | null {
  const { text } = ctx;
  const first = spansIn(ctx.actors, sentence.start, sentence.end)[0];
  if (!first || inPrepositionalPhrase(text, first, sentence.start) || isModifier(text, first)) return null;
  if (text.slice(sentence.start, first.start).split(/\s+/).filter(Boolean).length > 6) return null;
  return /^\s+(?:has|have|had|is|are|was|were|\w+ed)\b/i.test(text.slice(first.end, first.end + 12)) ? [first] : null;
}

/** The one who reports a position: the speaker of the quote it is in, or `X said` just before it. */
function speakerOf(ctx: FactContext, sentence: Span, hit: Hit): ActorSpan[] | null {
  const { text } = ctx;
  const q = quoteAt(ctx, hit.start);
  const speaker = q?.speaker?.actor ? ctx.actors.find((s) => s.id === q.speaker!.actor) : undefined;
  if (speaker) return [speaker];
  const before = spansIn(ctx.actors, sentence.start, hit.start).filter((s) => s.end <= hit.start);
  for (let i = before.length - 1; i >= 0; i--) {
    const gap = text.slice(before[i].end, hit.start);
    if (gap.length < 60 && /\b(?:has |have )?(?:said|says|told)\b/i.test(gap)) {
      // `Turkey's U.N. ambassador said`: the possessor is the party, not the body in the title.
      const owner = before[i - 1];
      if (owner && /^['’]s?\s+$/.test(text.slice(owner.end, before[i].start))) return [owner];
      return [before[i]];
    }
  }
  return null;
}

/**
 * The content of a position: after the cue to the end of its clause, stopping at `, <subject>` or
 * `, and <subject>`. For `urged X to ...`, `challenged X, which ..., to ...` it is the infinitive
 * after the object (past one relative clause); for `demanded by X`, what comes before the cue.
 */
function contentSpan(ctx: FactContext, sentence: Span, clauses: readonly Clause[], ci: number, hit: Hit): Span {
  const { text } = ctx;
  const clause = clauses[ci];
  if (hit.cue.holder === 'possessor') {
    // What was done at the request: the rest of the clause, the next clause (`on Ukraine's insistence,
    // US representatives also met ...`), or what comes before (`the talks were moved at Russia's request`).
    const after = trimSpan(text, { start: hit.end, end: clause.end });
    if (after.end - after.start >= 3) return after;
    if (clauses[ci + 1]) return trimSpan(text, clauses[ci + 1]);
    const lead = /^\s*(?:but|and)?\s*/i.exec(text.slice(clause.start, hit.start));
    return trimSpan(text, { start: clause.start + (lead ? lead[0].length : 0), end: hit.start });
  }
  if (hit.cue.holder === 'agent') {
    // `pressured by Washington to quickly wrap up a deal`: what is asked follows the agent.
    const inf = /^\s+(?:the\s+)?[\w.'’ -]{1,40}?\s+(to\s+[a-z])/.exec(text.slice(hit.end, clause.end));
    if (inf) return trimSpan(text, { start: hit.end + inf.index + inf[0].length - inf[1].length, end: clause.end });
  }
  // `ceding the rest of Donetsk, as Moscow has demanded`: what is demanded comes before.
  if (/^\s*[,.;]/.test(text.slice(hit.end, hit.end + 3)) && /\bas\s+(?:[\w'’.-]+\s+){1,4}$/i.test(text.slice(Math.max(clause.start, hit.start - 40), hit.start)) && ci > 0) {
    return trimSpan(text, clauses[ci - 1]);
  }
  if (hit.cue.holder === 'agent' || hit.cue.content === 'before') {
    const lead = /^\s*(?:but|and)?\s*(?:that\s+)?/i.exec(text.slice(clause.start, hit.start));
    const span = trimSpan(text, { start: clause.start + (lead ? lead[0].length : 0), end: hit.start });
    // `What is not on the table: submission before threats.`: a pseudo-cleft names it after the colon.
    const named = /^\s*[:–—-]\s*/.exec(text.slice(hit.end, sentence.end));
    if (/^what$/i.test(text.slice(span.start, span.end)) && named) return trimSpan(text, { start: hit.end + named[0].length, end: sentence.end });
    // `ceding the rest of Donetsk, as Moscow has demanded, would not be accepted by Ukrainians`: what
    // is refused is before the `as ... demanded` aside.
    if (ci > 0 && /^as\s+(?:[\w'’.-]+\s+){1,4}(?:demanded|wanted|requested|proposed|insisted|said)$/i.test(text.slice(span.start, span.end))) {
      const prev = trimSpan(text, clauses[ci - 1]);
      return { start: prev.start + (/^(?:that\s+)/i.exec(text.slice(prev.start, prev.end))?.[0].length ?? 0), end: prev.end };
    }
    return span;
  }
  let end = clause.end;
  if (hit.cue.addressee === 'object') {
    const after = text.slice(hit.end, sentence.end);
    // (`urged the parties to the accord to respect it`: `to the accord` is no infinitive)
    const inf = /\bto\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|all|both|any|each)\b)[a-z]/.exec(after);
    if (inf && inf.index < 120) {
      const start = hit.end + inf.index;
      const c2 = clauses.find((c) => start >= c.start && start < c.end) ?? clause;
      return trimSpan(text, { start, end: c2.end });
    }
  }
  const pronoun = /,\s*(?:and|but)\s+(?:they|he|she|it|we)\b/i.exec(text.slice(hit.end, end));
  if (pronoun) end = hit.end + pronoun.index;
  const aside = ASIDE.exec(text.slice(hit.end, end));
  if (aside) end = hit.end + aside.index;
  const nextSubject = ctx.actors.find((s) => s.start > hit.end && s.start < end && /,\s*(?:and\s+|but\s+)?(?:the\s+)?$/.test(text.slice(Math.max(hit.end, s.start - 12), s.start)));
  if (nextSubject) end = text.lastIndexOf(',', nextSubject.start);
  return trimSpan(text, { start: hit.end, end });
}

/**
 * Coordinated asks in one content: `to A, and to B`, or `to A and organise B` (a verb after `and`,
 * by the tokens' part of speech).
 */
function splitAsks(ctx: FactContext, content: Span): Span[] {
  const { text } = ctx;
  const body = text.slice(content.start, content.end);
  if (!/^to\s/i.test(body)) return [content];
  const cuts: number[] = [];
  const re = /,?\s+and\s+(?:to\s+)?(?=[a-z])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const at = content.start + m.index + m[0].length;
    const explicitTo = /\bto\s+$/.test(m[0]);
    const tok = ctx.tokens.find((t) => t.start === at);
    // `cease its wrongful conduct ..., and return to the right path`: after a comma, a bare word the
    // tagger calls a noun but that takes a preposition or article right away is the next verb.
    const ti = tok ? ctx.tokens.indexOf(tok) : -1;
    const nextPos = ti >= 0 ? ctx.tokens[ti + 1]?.pos : undefined;
    const bareVerb = !!tok && m[0].startsWith(',') && tok.pos === 'NOUN' && (nextPos === 'ADP' || nextPos === 'DET' || nextPos === 'PART');
    if (explicitTo || (tok && tok.pos === 'VERB') || bareVerb) cuts.push(m.index);
  }
  if (!cuts.length) return [content];
  const out: Span[] = [];
  let start = content.start;
  for (const c of cuts) {
    out.push(trimSpan(text, { start, end: content.start + c }));
    start = content.start + c + (/^,?\s+and\s+(?:to\s+)?/.exec(body.slice(c))?.[0].length ?? 0);
  }
  out.push(trimSpan(text, { start, end: content.end }));
  return out.filter((s) => s.end - s.start > 3);
}

/** The issue named by what is demanded; failing that, by the cue with it (`will not stop` + `its airstrikes`). */
function issueOfPosition(cue: string, content: string): string {
  const issue = issueOf(content);
  return issue === 'other' ? issueOf(`${cue} ${content}`) : issue;
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s,;:"“”'‘’]/.test(text[start])) start++;
  while (end > start && /[\s,;:."“”'‘’]/.test(text[end - 1])) end--;
  return { start, end };
}
