/**
 * Demands and positions: who wants what from whom, on what condition. Holder and addressee come from
 * the actors layer (a spokesperson stands for their party); the issue from a controlled list; the
 * condition from `until ...`, `only if ...`, `provided that ...`. Phrasings in data/lexicons/.
 */
import type { Doc } from '../../model/doc.js';
import type { DemandRecord } from '../../model/record.js';
import type { Span } from '../../model/span.js';
import { partyOf, spansIn, type ActorSpan } from '../../nlp/actor-spans.js';
import { clausesOf, type Clause } from '../../nlp/clause.js';
import { factContext, isBody, quoteAt, type FactContext } from '../../nlp/facts.js';
import { inPrepositionalPhrase, subjectOf } from '../../nlp/subject.js';
import { defineStage } from '../../pipeline/stage.js';
import { demandCues, issueOf, type Cue } from './lexicon.js';

export const demandsStage = defineStage({
  name: 'demands',
  version: '1',
  requires: ['sentences', 'tokens'],
  uses: ['actors', 'places', 'dates', 'quotes', 'blocks'],
  adds: ['demands'],
  run(doc: Doc) {
    return { demands: extractDemands(factContext(doc)) };
  },
});

interface Hit extends Span {
  cue: Cue;
}

/** Words between a holder and its cue: adverbs and auxiliaries (`has repeatedly`, `still`), at most this many. */
const HOLDER_GAP_WORDS = 4;
const SAY = /\b(?:said|says|say|told|tells|stated|added|insisted|stressed|warned|maintain(?:s|ed)?)\b/i;

export function extractDemands(ctx: FactContext): DemandRecord[] {
  const out: DemandRecord[] = [];
  const { cues } = demandCues();
  for (const sentence of ctx.sentences) {
    if (!isBody(ctx, sentence)) continue;
    const body = ctx.text.slice(sentence.start, sentence.end);
    const hits: Hit[] = [];
    for (const cue of cues) {
      cue.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = cue.re.exec(body))) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (!hits.some((h) => h.start < end && start < h.end)) hits.push({ start, end, cue });
      }
    }
    hits.sort((a, b) => a.start - b.start);
    const clauses = clausesOf(ctx.text, sentence);
    let coveredUntil = -1;
    for (const hit of hits) {
      // A cue inside what an earlier position demands (`assurances that territory will not be used`)
      // is part of that content, not a position of its own.
      if (hit.start < coveredUntil) continue;
      const d = demandAt(ctx, sentence, clauses, hit);
      if (!d) continue;
      out.push(d);
      coveredUntil = d.content.end;
    }
  }
  return out;
}

function demandAt(ctx: FactContext, sentence: Span, clauses: readonly Clause[], hit: Hit): DemandRecord | null {
  const { text } = ctx;
  const ci = clauses.findIndex((c) => hit.start >= c.start && hit.start < c.end);
  const clause = clauses[ci];
  const holder = holderOf(ctx, sentence, clauses, clause, hit);
  if (!holder) return null;
  const holderIds = new Set(holder.map(partyOf));

  // What is demanded: from the cue to the end of the clause, or to `, <another subject>`.
  const content = contentSpan(ctx, clause, hit);
  if (content.end - content.start < 3) return null;
  const contentText = text.slice(content.start, content.end);

  let addressee: string | null = null;
  if (hit.cue.addressee === 'subject') {
    const subj = ctx.actors.filter((s) => s.end <= hit.start && hit.start - s.end <= 2).pop();
    addressee = subj ? partyOf(subj) : null;
  } else {
    const others = spansIn(ctx.actors, hit.cue.addressee === 'object' ? hit.end : content.start, content.end).filter((s) => !holderIds.has(partyOf(s)));
    addressee = others.length ? partyOf(others[0]) : null;
  }

  // The condition: `until after the agreement is signed`, `only if Russia calls a halt ...`.
  let condition: Span | null = null;
  const marker = demandCues().condition;
  const inner = marker.exec(contentText);
  const next = clauses[ci + 1];
  let kind = hit.cue.kind;
  if (inner && /^only\b|provided|on condition|as long|so long|in exchange/i.test(inner[0])) {
    condition = trimSpan(text, { start: content.start + inner.index, end: content.end });
    if (kind === 'refusal' || kind === 'demand') kind = kind === 'refusal' ? 'refusal' : 'condition';
    if (/^only\b/i.test(inner[0]) && kind !== 'refusal') kind = 'condition';
  } else if (next && demandCues().conditionLeads.has(next.lead) && next.start - content.end <= 2) {
    condition = trimSpan(text, next);
  }
  const evidence = { start: Math.min(hit.start, content.start), end: Math.max(condition?.end ?? 0, content.end) };
  const holderId = [...holderIds][0];
  return {
    holder: holderIds.size === 1 ? holderId : holderId,
    addressee: addressee && !holderIds.has(addressee) ? addressee : null,
    kind,
    issue: issueOf(contentText + ' ' + (condition ? text.slice(condition.start, condition.end) : '')),
    content: { ...content, text: contentText },
    condition: condition ? { ...condition, text: text.slice(condition.start, condition.end) } : null,
    evidence,
  };
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
      if (SAY.test(gap) && gap.length < 60) return [before[i]];
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
    if (words.length > HOLDER_GAP_WORDS && !SAY.test(gap)) return null;
    if (inPrepositionalPhrase(text, subject.group[0], clause.start)) return null;
  }
  return subject.group;
}

/** The content of a position: after the cue to the end of its clause, stopping at `, <subject>`. */
function contentSpan(ctx: FactContext, clause: Clause, hit: Hit): Span {
  const { text } = ctx;
  let end = clause.end;
  const nextSubject = ctx.actors.find((s) => s.start > hit.end && s.start < end && /,\s*(?:the\s+)?$/.test(text.slice(Math.max(hit.end, s.start - 8), s.start)));
  if (nextSubject) end = text.lastIndexOf(',', nextSubject.start);
  return trimSpan(text, { start: hit.end, end });
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s,;:"“”'‘’]/.test(text[start])) start++;
  while (end > start && /[\s,;:."“”'‘’]/.test(text[end - 1])) end--;
  return { start, end };
}
