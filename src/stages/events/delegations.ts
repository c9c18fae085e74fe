/**
 * Delegations: a party's delegation or negotiating team, with its head, named members and size,
 * gathered over the article into one record per party. Reads the actors layer for parties and
 * people (detects no actor itself); phrasings live in data/lexicons/delegations.json.
 *
 * A delegation is told in pieces, often in sentences that name no talks (`A delegation from Syria's
 * main opposition group flew to Geneva ...`, `The 17-strong team included ...`, `the opposition
 * delegation, including HNC head Riad Hijab and chief negotiator Asaad al-Zoubi, ...`): hence a
 * record of its own, linked to the talks events by id, rather than a field copied onto each event.
 */
import type { DelegateRef, DelegationRecord, EventRecord } from '../../model/record.js';
import type { Span } from '../../model/span.js';
import { partyOf, spansIn, type ActorSpan } from '../../nlp/actor-spans.js';
import { clauseAt } from '../../nlp/clause.js';
import { isBody, type FactContext } from '../../nlp/facts.js';
import { loadData, phraseRegex } from '../../nlp/lexicon.js';

interface DelegationData {
  nouns: string[];
  anaphors: string[];
  modifiers: string[];
  partyAfter: string[];
  sendVerbs: string[];
  headAfter: string[];
  headVerbs: string[];
  membersAfter: string[];
  listStops: string[];
  headTitles: string[];
  memberTitles: string[];
  size: string;
  sizeAfter: string;
}

interface Cues {
  noun: RegExp;
  anaphor: RegExp;
  /** Between a party and the noun: a possessive and modifiers (`Russia's expanded 20-strong `). */
  between: RegExp;
  modifiersTail: RegExp;
  partyAfter: RegExp;
  sendBefore: RegExp;
  headAfter: RegExp;
  headVerbBefore: RegExp;
  membersAfter: RegExp;
  listStop: RegExp;
  headTitleBefore: RegExp;
  headTitleAfter: RegExp;
  memberTitleBefore: RegExp;
  memberTitleAfter: RegExp;
  size: RegExp;
  sizeAfter: RegExp;
  numbers: Map<string, number>;
}

/** A title that no longer holds. */
const FORMER = /\b(?:former|ex-|then-|onetime|one-time)\s*$/i;

/** How far after the noun its head or members may be introduced (`delegation – led by`, `delegation, which arrived on Monday, is led by`). */
const CUE_REACH = 60;
/** How far after a cue the person it introduces may be named (`led by Russian president Vladimir Putin's aide, Vladimir Medinsky`). */
const NAME_REACH = 80;
/** How far before a name its title may start (`chief negotiator Asaad al-Zoubi`). */
const TITLE_REACH = 45;
/** The words between a title and the end of the name: up to five (`Badr bin Hamad al-Busaidi`). */
const NAME_WORDS = String.raw`(?:[\w.'’-]+\s+){0,4}[\w.'’-]+`;
/** ... which must read as a name (`delegation head said Zarif` names no head). */
const NAME = /^[A-Z][\w.'’-]*(?:\s+(?:[A-Z]|al-|el-|bin |ibn |bint |de |van |von |da )[\w.'’-]*)*$/;

let cues: Cues | undefined;
function load(): Cues {
  if (cues) return cues;
  const d = loadData<DelegationData>('lexicons/delegations.json');
  const cardinals = loadData<{ cardinals: Record<string, number> }>('lexicons/numbers.json').cardinals;
  const numbers = new Map(Object.entries(cardinals).map(([w, n]) => [w.toLowerCase(), n]));
  const n = `(?:\\d+|${[...numbers.keys()].sort((a, b) => b.length - a.length).join('|')})`;
  const withN = (s: string) => s.replaceAll('{n}', n);
  const modifier = `(?:${d.modifiers.map(withN).join('|')})`;
  const alt = (xs: string[]) => xs.map((x) => x.replace(/ +/g, '\\s+')).join('|');
  const titles = (xs: string[]) => `(?:${alt(xs)})`;
  cues = {
    noun: phraseRegex(d.nouns),
    anaphor: new RegExp(`\\b(?:the|this|that)\\s+(?:${modifier}\\s+){0,3}(?:${alt(d.anaphors)})\\b(?![\\w-])(?!\\s+(?:of|from)\\b)`, 'gi'),
    between: new RegExp(`^(?:['’]s?)?\\s+(?:${modifier}\\s+){0,3}$`, 'i'),
    modifiersTail: new RegExp(`(?:\\b${modifier}\\s+){0,3}$`, 'i'),
    partyAfter: new RegExp(`^\\s+(?:${alt(d.partyAfter)})\\s+(?:the\\s+)?$`, 'i'),
    sendBefore: new RegExp(`\\b(?:${alt(d.sendVerbs)})\\s+(?:a|an|its|their|his|her)\\s+$`, 'i'),
    headAfter: new RegExp(`^[^.;"“”]{0,${CUE_REACH}}?\\b(?:${alt(d.headAfter)})\\s+`, 'i'),
    headVerbBefore: new RegExp(`\\b(?:${alt(d.headVerbs)})\\s+(?:the\\s+|a\\s+|an\\s+|his\\s+|her\\s+)?$`, 'i'),
    membersAfter: new RegExp(`^[^.;"“”]{0,${CUE_REACH}}?\\b(?:${alt(d.membersAfter)})\\b`, 'i'),
    listStop: new RegExp(d.listStops.join('|'), 'i'),
    headTitleBefore: new RegExp(`\\b${titles(d.headTitles)}\\s*,?\\s+(${NAME_WORDS})$`, 'i'),
    headTitleAfter: new RegExp(`^\\s*,\\s*(?:(?:the|its|their|[\\w-]+['’]s)\\s+)?(?:${alt(d.headTitles)}|who\\s+(?:${alt(d.headVerbs)})\\s+(?:the|its|their|[\\w-]+['’]s)\\s+(?:\\w+\\s+)?(?:${alt(d.nouns)}))\\b`, 'i'),
    memberTitleBefore: new RegExp(`\\b${titles(d.memberTitles)}\\s*,?\\s+(${NAME_WORDS})$`, 'i'),
    memberTitleAfter: new RegExp(`^\\s*,\\s*(?:an?\\s+|the\\s+)?${titles(d.memberTitles)}\\b`, 'i'),
    size: new RegExp(`\\b${withN(d.size)}\\b`, 'i'),
    sizeAfter: new RegExp(`^\\s+${withN(d.sizeAfter)}`, 'i'),
    numbers,
  };
  return cues;
}

interface Draft {
  party: string;
  head: DelegateRef | null;
  members: DelegateRef[];
  size: number | null;
  mentions: Span[];
}

export function findDelegations(ctx: FactContext, events: readonly EventRecord[]): DelegationRecord[] {
  const c = load();
  const { text } = ctx;
  const byParty = new Map<string, Draft>();
  const draft = (party: string, at: Span): Draft => {
    let d = byParty.get(party);
    if (!d) byParty.set(party, (d = { party, head: null, members: [], size: null, mentions: [] }));
    d.mentions.push(at);
    return d;
  };
  let last: Draft | null = null;

  for (const sentence of ctx.sentences) {
    if (!isBody(ctx, sentence)) continue;
    const body = text.slice(sentence.start, sentence.end);
    for (const noun of nounsIn(c, body, sentence.start)) {
      // `HNC delegation member Riyad Naasan Agha`: a title, read with the people below.
      if (ctx.actors.some((s) => s.type === 'person' && s.start <= noun.start && noun.end <= s.end)) continue;
      const modStart = noun.start - (c.modifiersTail.exec(text.slice(Math.max(sentence.start, noun.start - 60), noun.start))?.[0].length ?? 0);
      let partySpan = partyBefore(ctx, c, noun, sentence);
      let end = noun.end;
      if (!partySpan) {
        partySpan = partyAfterNoun(ctx, c, noun, sentence);
        if (partySpan) end = partySpan.end;
      }
      const clause = clauseAt(text, sentence, noun.start);
      partySpan ??= sender(ctx, c, modStart, clause);
      const head = headAfter(ctx, c, end, sentence) ?? headBefore(ctx, c, partySpan && partySpan.start < noun.start ? partySpan.start : modStart, clause);
      let party = partySpan ? partyOf(partySpan) : head?.party ?? null;
      // `The 17-strong team`, `the delegation`: the one the story told last.
      if (!party && noun.anaphor && last) party = last.party;
      if (!party) continue;
      const start = partySpan && partySpan.start < noun.start ? partySpan.start : Math.min(modStart, noun.start);
      const d = draft(party, { start, end });
      last = d;
      d.size ??= sizeOf(c, text.slice(modStart, noun.start)) ?? sizeAfterNoun(c, text.slice(end, Math.min(sentence.end, end + 40)));
      if (head && !d.head) d.head = head.ref;
      for (const m of membersAfter(ctx, c, end, sentence)) addMember(d, m);
    }
  }

  // Titles next to a name: `chief negotiator X` heads their party's delegation (which the title
  // alone tells exists), `delegation member X` belongs to one the story tells.
  const titled: { party: string; ref: DelegateRef; head: boolean }[] = [];
  for (const s of ctx.actors) {
    if (s.type !== 'person') continue;
    const sentence = ctx.sentences.find((x) => x.start <= s.start && s.start < x.end);
    if (!sentence || !isBody(ctx, sentence)) continue;
    const party = partyOf(s);
    if (party === s.id) continue;
    const before = text.slice(Math.max(sentence.start, s.start - TITLE_REACH), s.end);
    const after = text.slice(s.end, Math.min(sentence.end, s.end + 80));
    const ref = refOf(s);
    // (`former chief negotiator X` heads nothing now)
    const titledBefore = (re: RegExp) => {
      const m = re.exec(before);
      return !!m && NAME.test(m[1]) && !FORMER.test(before.slice(0, m.index));
    };
    if (titledBefore(c.headTitleBefore) || c.headTitleAfter.test(after)) titled.push({ party, ref, head: true });
    else if (titledBefore(c.memberTitleBefore) || c.memberTitleAfter.test(after)) titled.push({ party, ref, head: false });
  }
  for (const t of titled) {
    if (t.head) {
      const d = byParty.get(t.party) ?? draft(t.party, { start: t.ref.start, end: t.ref.end });
      if (!d.head) d.head = t.ref;
      d.members = d.members.filter((m) => m.actor !== t.ref.actor);
    }
  }
  for (const t of titled) {
    const d = byParty.get(t.party);
    if (!t.head && d) addMember(d, t.ref);
  }

  return [...byParty.values()]
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)
    .map((d) => {
      const mentions = [...d.mentions].sort((a, b) => a.start - b.start);
      return {
        party: d.party,
        head: d.head,
        members: d.members.filter((m) => m.actor !== d.head?.actor).sort((a, b) => a.start - b.start),
        size: d.size,
        talks: events.filter((e) => e.type === 'CONSULT' && e.negotiation && (e.source.includes(d.party) || e.target.includes(d.party))).map((e) => e.id),
        evidence: mentions[0],
        mentions,
      };
    });
}

/** Delegation nouns of a sentence (`delegation`, `negotiating team`), and anaphors (`the 17-strong team`). */
function nounsIn(c: Cues, body: string, offset: number): (Span & { anaphor: boolean })[] {
  const out: (Span & { anaphor: boolean })[] = [];
  c.noun.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.noun.exec(body))) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, anaphor: false });
  c.anaphor.lastIndex = 0;
  while ((m = c.anaphor.exec(body))) {
    // (the noun is the phrase's last word)
    const word = /\S+$/.exec(m[0])![0];
    const start = offset + m.index + m[0].length - word.length;
    const hit = out.find((x) => x.start <= start && start < x.end);
    if (hit) hit.anaphor = true;
    else out.push({ start, end: start + word.length, anaphor: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The party written before the noun (`the Taliban delegation`, `Ukraine's delegation`), or naming it (`The Iranian delegation`). */
function partyBefore(ctx: FactContext, c: Cues, noun: Span, sentence: Span): ActorSpan | null {
  const near = spansIn(ctx.actors, Math.max(sentence.start, noun.start - 60), noun.end);
  for (let i = near.length - 1; i >= 0; i--) {
    const s = near[i];
    if (s.start < noun.end && noun.start < s.end) return s;
    if (s.end <= noun.start && c.between.test(ctx.text.slice(s.end, noun.start))) return s;
  }
  return null;
}

/** The party written after the noun (`a delegation from Syria's main opposition group`). */
function partyAfterNoun(ctx: FactContext, c: Cues, noun: Span, sentence: Span): ActorSpan | null {
  const s = spansIn(ctx.actors, noun.end, Math.min(sentence.end, noun.end + 30))[0];
  return s && c.partyAfter.test(ctx.text.slice(noun.end, s.start)) ? s : null;
}

/** `Hamas sent a delegation to Cairo`: the last actor named before the verb, in its clause, sends it. */
function sender(ctx: FactContext, c: Cues, npStart: number, clause: Span): ActorSpan | null {
  const m = c.sendBefore.exec(ctx.text.slice(clause.start, npStart));
  if (!m) return null;
  return spansIn(ctx.actors, clause.start, clause.start + m.index).filter((s) => !/^['’]s\b/.test(ctx.text.slice(s.end, s.end + 3))).pop() ?? null;
}

/** `delegation led by X`, `delegation – led by Putin's aide, Vladimir Medinsky`: the first person named after the cue who is no possessor. */
function headAfter(ctx: FactContext, c: Cues, from: number, sentence: Span): { ref: DelegateRef; party: string | null } | null {
  const m = c.headAfter.exec(ctx.text.slice(from, sentence.end));
  if (!m) return null;
  const at = from + m[0].length;
  const person = people(ctx, at, Math.min(sentence.end, at + NAME_REACH))[0];
  return person ? { ref: refOf(person), party: affiliated(person) } : null;
}

/** `Kyrylo Budanov ... leads Ukraine's delegation`: the last person named before the verb, in its clause. */
function headBefore(ctx: FactContext, c: Cues, npStart: number, clause: Span): { ref: DelegateRef; party: string | null } | null {
  const lead = ctx.text.slice(clause.start, npStart);
  const m = c.headVerbBefore.exec(lead);
  if (!m) return null;
  const person = people(ctx, clause.start, clause.start + m.index).pop();
  return person ? { ref: refOf(person), party: affiliated(person) } : null;
}

/** `the opposition delegation, including HNC head Riad Hijab and chief negotiator Asaad al-Zoubi, would ...`: every person in the list. */
function membersAfter(ctx: FactContext, c: Cues, from: number, sentence: Span): DelegateRef[] {
  const rest = ctx.text.slice(from, sentence.end);
  const m = c.membersAfter.exec(rest);
  if (!m) return [];
  const list = rest.slice(m[0].length);
  const stop = c.listStop.exec(list);
  const start = from + m[0].length;
  return people(ctx, start, start + (stop ? stop.index : list.length)).map(refOf);
}

/** People named in [start, end), without possessors (`Putin's aide, Vladimir Medinsky`: Medinsky). */
function people(ctx: FactContext, start: number, end: number): ActorSpan[] {
  return spansIn(ctx.actors, start, end).filter((s) => s.type === 'person' && !/^['’]s\b/.test(ctx.text.slice(s.end, s.end + 3)));
}

function affiliated(s: ActorSpan): string | null {
  const party = partyOf(s);
  return party === s.id ? null : party;
}

function refOf(s: ActorSpan): DelegateRef {
  return { actor: s.id, start: s.start, end: s.end, text: s.text };
}

function addMember(d: Draft, m: DelegateRef): void {
  if (d.head?.actor !== m.actor && !d.members.some((x) => x.actor === m.actor)) d.members.push(m);
}

function sizeOf(c: Cues, modifiers: string): number | null {
  const m = c.size.exec(modifiers);
  return m ? numberOf(c, m[0].split('-')[0]) : null;
}

function sizeAfterNoun(c: Cues, after: string): number | null {
  const m = c.sizeAfter.exec(after);
  return m ? numberOf(c, m[1]) : null;
}

function numberOf(c: Cues, word: string): number | null {
  const n = /^\d+$/.test(word) ? parseInt(word, 10) : c.numbers.get(word.toLowerCase());
  return n && n > 1 ? n : null;
}
