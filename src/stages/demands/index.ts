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
import { demandCues, issueOf, type Cue } from './lexicon.js';

export const demandsStage = defineStage({
  name: 'demands',
  version: '1',
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
const CONTINUES_CONDITION = new Set(['after', 'before', 'until', 'if', 'when', 'once']);
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
  return restated(ctx, out).map(({ holderSpans: _h, ...d }) => d);
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
    if (
      prev &&
      RESTATABLE.has(d.kind) &&
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
  if (WH_BEFORE.test(before)) return [];
  // `Russia needs to understand that our patience is not infinite`: a warning, not something asked.
  if (hit.cue.holder === 'speaker' && /^\s+(?:understand|know|reali[sz]e|remember|see)\b/i.test(text.slice(hit.end, hit.end + 14))) return [];
  // `they would be asked to give up land`: a passive names no holder (`was putting pressure` is no passive).
  if (hit.cue.holder === 'subject' && /^\w+ed\b/i.test(text.slice(hit.start, hit.end)) && PASSIVE_BEFORE.test(before)) return [];
  // `we want to show the world our seriousness`: an intent of one's own, not a demand on anyone,
  // unless a condition follows (`wants to discuss ... before engaging in the talks`).
  if (/^wants?$|^wanted$/i.test(text.slice(hit.start, hit.end)) && /^\s+to\s+[a-z]/.test(text.slice(hit.end, hit.end + 12)) && !/\b(?:before|until|unless|only if)\b/i.test(text.slice(hit.end, sentence.end))) return [];
  const ci = clauses.findIndex((c) => hit.start >= c.start && hit.start < c.end);
  const clause = clauses[ci];
  let holder = holderOf(ctx, sentence, clauses, clause, hit);
  // `Iran was ready to ..., but that renouncing its missiles was out of the question`: the one speaking carries on.
  if (!holder && lastHolder && hit.cue.holder === 'speaker' && ['but', 'and'].includes(clause.lead)) holder = lastHolder;
  // `X would not call for A but would demand B`: the subject carries on after `but`/`and`.
  if (!holder && lastHolder && ['but', 'and'].includes(clause.lead) && !spansIn(ctx.actors, clause.start, hit.start).length) holder = lastHolder;
  if (!holder) return [];
  // `would not call for a complete cessation of hostilities`: a demand not made is none (its subject
  // still carries on: `... but would demand an end to the shelling`).
  if (hit.cue.kind === 'demand' && /\b(?:not|never|n['’]t)\s+(?:\w+ly\s+)?$/i.test(before)) return [{ ...NOT_MADE, holderSpans: holder }];
  const holderIds = new Set(holder.map(partyOf));
  const holderId = [...holderIds][0];

  const content = contentSpan(ctx, sentence, clauses, ci, hit);
  if (content.end - content.start < 3) return [];
  const contentText = text.slice(content.start, content.end);

  let addressee: string | null = null;
  if (hit.cue.addressee === 'subject') {
    let subj = ctx.actors.filter((s) => s.end <= hit.start && hit.start - s.end <= 2).pop();
    // `China told the United States on Tuesday it should play a constructive role`: `it` is the one told.
    if (!subj && /\b(?:it|they)\s+$/i.test(before)) {
      const told = /\btold\s+$/i;
      subj = spansIn(ctx.actors, sentence.start, hit.start).filter((s) => told.test(text.slice(Math.max(0, s.start - 10), s.start))).pop();
    }
    if (!subj) return [];
    addressee = partyOf(subj);
  } else if (hit.cue.holder === 'agent' && (hit.cue.kind === 'refusal' || /^press/i.test(text.slice(hit.start, hit.end)))) {
    // `a case rejected by China`, `Ukraine, pressured by Washington to ...`: the one before the cue.
    const before = spansIn(ctx.actors, sentence.start, hit.start).filter((s) => !holderIds.has(partyOf(s)) && !isModifier(text, s));
    const last = before[before.length - 1];
    addressee = last ? partyOf(last) : null;
  } else if (hit.cue.holder !== 'agent') {
    const from = hit.cue.addressee === 'object' ? hit.end : content.start;
    const others = spansIn(ctx.actors, from, content.end).filter((s) => !holderIds.has(partyOf(s)) && !isModifier(text, s));
    addressee = others.length ? partyOf(others[0]) : null;
  }
  if (!addressee && (hit.cue.kind === 'offer' || hit.cue.kind === 'red line' || hit.cue.kind === 'concession')) {
    addressee = counterparty(holderId, events, (id) => ctx.actorById.get(id)?.type === 'international organization');
  }

  // The condition: `until after the agreement is signed`, `only in their personal capacity`.
  let condition: Span | null = null;
  let kind = hit.cue.kind;
  const marker = demandCues().condition;
  const inner = marker.exec(contentText);
  const next = clauses[ci + 1];
  if (inner && /^(?:only|provided|on condition|as long|so long|in exchange)\b/i.test(inner[0])) {
    condition = trimSpan(text, { start: content.start + inner.index, end: content.end });
    if (/^only\b/i.test(inner[0]) && kind !== 'refusal') kind = 'condition';
  } else if (next && demandCues().conditionLeads.has(next.lead) && next.start - content.end <= 3) {
    // `until after the agreement ... is signed`: the condition runs on over clauses that continue it.
    let last = ci + 1;
    while (clauses[last + 1] && CONTINUES_CONDITION.has(clauses[last + 1].lead)) last++;
    condition = trimSpan(text, { start: next.start, end: clauses[last].end });
  }
  const evidence = { start: Math.min(hit.start, content.start), end: Math.max(condition?.end ?? 0, content.end) };
  const main: Found = {
    holder: holderId,
    addressee: addressee && !holderIds.has(addressee) ? addressee : null,
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
  const actors = spansIn(ctx.actors, body.start, body.end).filter((a) => partyOf(a) !== main.holder && !inPrepositionalPhrase(text, a, body.start));
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
    const agent = spansIn(ctx.actors, hit.end, Math.min(clause.end, hit.end + 30))[0];
    return agent ? [agent] : null;
  }
  if (hit.cue.holder === 'speaker') {
    // An obligation reported from someone: `Washington has said Iran needs to do more`, or inside a quote.
    const q = quoteAt(ctx, hit.start);
    const speaker = q?.speaker?.actor ? ctx.actors.find((s) => s.id === q.speaker!.actor) : undefined;
    if (speaker) return [speaker];
    const before = spansIn(ctx.actors, sentence.start, hit.start).filter((s) => s.end <= hit.start);
    for (let i = before.length - 1; i >= 0; i--) {
      const gap = text.slice(before[i].end, hit.start);
      if (gap.length < 60 && /\b(?:has |have )?(?:said|says|told)\b/i.test(gap)) return [before[i]];
    }
    return null;
  }
  const subject = subjectOf(ctx, sentence, clauses, clause, hit);
  if (!subject.group.length) return null;
  const last = subject.group[subject.group.length - 1];
  if (subject.how === 'stated') {
    // The holder must be the subject of the cue, close before it, not an actor in some other phrase.
    const gap = text.slice(last.end, hit.start).replace(/['’]s\b/g, '');
    const words = gap.split(/\s+/).filter(Boolean);
    if (words.length > HOLDER_GAP_WORDS) {
      const says = [...gap.matchAll(SAY)].pop();
      if (!says || !PRONOUN_AFTER_SAY.test(gap.slice(says.index! + says[0].length))) return null;
    }
    if (inPrepositionalPhrase(text, subject.group[0], clause.start) && !/\b(?:from|of|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, subject.group[0].start - 12), subject.group[0].start))) return null;
  }
  return subject.group;
}

/**
 * The content of a position: after the cue to the end of its clause, stopping at `, <subject>` or
 * `, and <subject>`. For `urged X to ...`, `challenged X, which ..., to ...` it is the infinitive
 * after the object (past one relative clause); for `demanded by X`, what comes before the cue.
 */
function contentSpan(ctx: FactContext, sentence: Span, clauses: readonly Clause[], ci: number, hit: Hit): Span {
  const { text } = ctx;
  const clause = clauses[ci];
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
    return trimSpan(text, { start: clause.start + (lead ? lead[0].length : 0), end: hit.start });
  }
  let end = clause.end;
  if (hit.cue.addressee === 'object') {
    const after = text.slice(hit.end, sentence.end);
    const inf = /\bto\s+[a-z]/.exec(after);
    if (inf && inf.index < 120) {
      const start = hit.end + inf.index;
      const c2 = clauses.find((c) => start >= c.start && start < c.end) ?? clause;
      return trimSpan(text, { start, end: c2.end });
    }
  }
  const pronoun = /,\s*(?:and|but)\s+(?:they|he|she|it|we)\b/i.exec(text.slice(hit.end, end));
  if (pronoun) end = hit.end + pronoun.index;
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
    if (explicitTo || (tok && tok.pos === 'VERB')) cuts.push(m.index);
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
