/**
 * Agreements and their stage: an event about a ceasefire, a prisoner exchange, a peace deal ... gets
 * `agreement: { kind, stage }`. The kind is named next to the event's words (in the trigger, just
 * before it as a modifier, or in its object); the stage comes from a lifecycle phrasing in the
 * event's clause (`took effect`, `collapsed`), else from the event's type and status (an AGREE that
 * occurred is `agreed`). Kinds, phrasings and the status table are data: data/lexicons/agreements.json.
 */
import type { AgreementRef, AgreementStage, EventRecord } from '../../model/record.js';
import type { Span } from '../../model/span.js';
import { clauseAt, clausesOf } from '../../nlp/clause.js';
import type { FactContext } from '../../nlp/facts.js';
import { loadData, phraseRegex } from '../../nlp/lexicon.js';

interface AgreementData {
  kinds: { kind: string; phrases: string[] }[];
  stages: [AgreementStage, string[]][];
  guards: string[];
  byStatus: Record<string, Record<string, AgreementStage>>;
  cueOnly: string[];
  definite: string;
  continues: string;
  topicOfTalks: string;
}

interface Compiled {
  kinds: { kind: string; re: RegExp }[];
  stages: { stage: AgreementStage; rank: number; re: RegExp }[];
  guards: RegExp[];
  byStatus: AgreementData['byStatus'];
  cueOnly: Set<string>;
  definite: RegExp;
  continues: RegExp;
  topicOfTalks: RegExp;
}

/** How far past the trigger its object may name the agreement (`talked on the phone with Russian Foreign Minister Sergei Lavrov about the conditions for a Syria cease-fire`). */
const OBJECT_REACH = 110;
/** How far before the trigger a modifier may name it (`the ceasefire talks`, `a U.S.-brokered truce deal`). */
const MODIFIER_REACH = 30;
/** How far before a lifecycle phrasing a guard is looked for (`would have been signed`). */
const GUARD_REACH = 40;

let compiled: Compiled | undefined;
function load(): Compiled {
  if (compiled) return compiled;
  const d = loadData<AgreementData>('lexicons/agreements.json');
  compiled = {
    kinds: d.kinds.map((k) => ({ kind: k.kind, re: phraseRegex(k.phrases) })),
    stages: d.stages.map(([stage, phrases], rank) => ({ stage, rank, re: phraseRegex(phrases) })),
    guards: d.guards.map((g) => new RegExp(g, 'i')),
    byStatus: d.byStatus,
    cueOnly: new Set(d.cueOnly),
    definite: new RegExp(d.definite, 'i'),
    continues: new RegExp(d.continues, 'i'),
    topicOfTalks: new RegExp(d.topicOfTalks, 'i'),
  };
  return compiled;
}

/** The agreement an event is about, or null when it is about none (`talks about talks`). */
export function agreementOf(ctx: FactContext, event: EventRecord): AgreementRef | null {
  const c = load();
  if (event.negated) return null;
  const table = c.byStatus[event.type];
  if (!table && !c.cueOnly.has(event.type)) return null;
  const sentence = ctx.sentences.find((s) => s.start <= event.evidence.start && event.evidence.start < s.end);
  if (!sentence) return null;
  const clause = clauseAt(ctx.text, sentence, event.evidence.start);
  const named = kindNear(ctx.text, clause, event.evidence);
  if (!named) return null;

  // `agreed to resume talks on a ceasefire`: the ceasefire is what the talks are about.
  if (c.topicOfTalks.test(ctx.text.slice(Math.max(clause.start, named.span.start - 60), named.span.start))) {
    return { kind: named.kind, stage: 'under-negotiation', how: 'stated', evidence: named.span };
  }
  // (`signed a ceasefire deal in January, which collapsed on Tuesday`, `..., but it broke down`: the
  // deal's fate is told after it)
  const clauses = clausesOf(ctx.text, sentence);
  const next = clauses[clauses.indexOf(clause) + 1];
  const goesOn = next && c.continues.test(ctx.text.slice(next.start, next.end));
  const cue = stageIn(ctx.text, goesOn ? { start: clause.start, end: next.end } : clause);
  if (cue) return { kind: named.kind, stage: cue, how: 'stated', evidence: named.span };
  if (!table) return null;
  // `oppose the deal`, `urged the parties to respect the truce`: an agreement told before, whose
  // stage this act does not tell (only an agreement itself does: `agreed to the deal`).
  const modifier = named.span.end <= event.evidence.start;
  const inTrigger = named.span.start < event.evidence.end && event.evidence.start < named.span.end;
  if (event.type !== 'AGREE' && !modifier && !inTrigger && c.definite.test(ctx.text.slice(Math.max(0, named.span.start - 40), named.span.start))) return null;
  const stage = table[event.status] ?? table['*'];
  return stage ? { kind: named.kind, stage, how: 'inferred:status', evidence: named.span } : null;
}

/**
 * The kind named in the trigger, as a modifier right before it, or in its object. The specific kinds
 * come before `other` (`a deal on a prisoner exchange` is a prisoner exchange); among them the
 * earliest phrase wins (`a framework for a peace deal` is a framework).
 */
function kindNear(text: string, clause: Span, trigger: Span): { kind: string; span: Span } | null {
  const c = load();
  // `The ceasefire deal that Israel and Hamas signed`: the object, told before its verb.
  const relative = RELATIVE_OBJECT.exec(text.slice(clause.start, trigger.start));
  if (relative) {
    // (the noun the relative clause hangs on, its last four words: `the ceasefire deal that`, not `the truce collapsed after officials said that`)
    const noun = /(?:[\w'’-]+\s+){0,3}[\w'’-]+$/.exec(text.slice(clause.start, clause.start + relative.index));
    const head = noun && kindIn(c, noun[0], clause.start + noun.index);
    if (head) return head;
  }
  // (only the words that can modify the trigger: `the ceasefire talks`, not `..., the truce. Talks`)
  const before = text.slice(Math.max(clause.start, trigger.start - MODIFIER_REACH), trigger.start);
  const mod = /(?:[\w'’-]+\s+){0,3}$/.exec(before);
  const from = trigger.start - (mod ? mod[0].length : 0);
  const to = Math.min(clause.end, trigger.end + OBJECT_REACH);
  return kindIn(c, text.slice(from, to), from);
}

/** A relative clause whose object is the agreement, ending at the trigger (`... that Israel and Hamas `). */
const RELATIVE_OBJECT = /\s+(?:that|which)\s+[^,;]{1,60}$/i;

/** The kind named in a window: the specific kinds first, the earliest phrase among them. */
function kindIn(c: Compiled, window: string, offset: number): { kind: string; span: Span } | null {
  let best: { kind: string; span: Span } | null = null;
  for (const k of c.kinds) {
    if (best && k.kind === 'other') break;
    k.re.lastIndex = 0;
    const m = k.re.exec(window);
    if (!m) continue;
    const span = { start: offset + m.index, end: offset + m.index + m[0].length };
    if (!best || span.start < best.span.start) best = { kind: k.kind, span };
  }
  return best;
}

/** The latest lifecycle stage a phrasing in the clause asserts (`would sign`, `has not collapsed` assert none). */
function stageIn(text: string, clause: Span): AgreementStage | null {
  const c = load();
  const body = text.slice(clause.start, clause.end);
  let best: { stage: AgreementStage; rank: number } | null = null;
  for (const s of c.stages) {
    if (best && s.rank < best.rank) continue;
    s.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = s.re.exec(body))) {
      const lead = body.slice(Math.max(0, m.index - GUARD_REACH), m.index);
      if (c.guards.some((g) => g.test(lead))) continue;
      best = s;
      break;
    }
  }
  return best?.stage ?? null;
}
