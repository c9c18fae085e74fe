/**
 * The actors stage: every party the article names or refers to, resolved to the knowledge base or
 * kept as a new actor, each mention with how it was read (`stated`, `inferred:<rule>`).
 *
 * 1. KB aliases in the text (longest match, token-aligned) — readings.ts decides what each is doing
 *    there (a name, a place, a metonym, a demonym that makes an actor or not).
 * 2. New names: the tagger's PER/ORG spans (`mentions` layer) or cued capitalised runs — names.ts.
 * 3. The choice among candidates (date, countries, type) — resolve.ts.
 * 4. Coreference: surnames and definite phrases — coref.ts, over the shared src/kb/reference.ts.
 */
import type { Doc, EntityMention } from '../../model/doc.js';
import type { ActorRecord } from '../../model/record.js';
import type { Span } from '../../model/span.js';
import { defineStage } from '../../pipeline/stage.js';
import { tokensOfSpan } from '../../nlp/analyse.js';
import { actorValidOn, loadKb, normaliseName, scanAliases } from '../../kb/index.js';
import { buildRecords, type Chosen } from './build.js';
import { Context } from './context.js';
import { newSurnames, referencePhrases, resolvePhrase, resolveSurname } from './coref.js';
import { findNewNames, titleBefore, type NewActor } from './names.js';
import type { Proposal } from './proposal.js';
import { readMatch, type KbMatch } from './readings.js';
import { choose } from './resolve.js';
import { twoSides } from './sides.js';
import { ANONYMOUS, anonymousSources } from './sources.js';
import { unnamedOfficials } from './officials.js';
import { collectiveParties } from './collectives.js';

/** `WASHINGTON (Reuters) -` when the clean stage has not marked the dateline. */
const DATELINE = /^\s*([A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z .]+)?)\s*(?:,\s*[A-Za-z]+\.? \d{1,2}\s*)?\(([^)]{2,40})\)\s*[-–—]/;
/** `AMMAN A delegation …`, `FINSTADJORDET, Norway U.S. Secretary …`: a place in capitals, no agency. */
const BARE_DATELINE = /^\s*([A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]{2,})*)(,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?\s*[-–—]?\s+(?=[A-Z])/;

function datelineOf(doc: Doc, kb: ReturnType<typeof loadKb>): { span: Span | null; agency: string | null } {
  const d = doc.dateline ?? doc.article.dateline;
  if (d) return { span: { start: d.start, end: d.end }, agency: d.agency };
  const text = doc.article.text;
  const m = DATELINE.exec(text);
  if (m) return { span: { start: 0, end: m[0].length }, agency: m[2] };
  // Not an acronym of a group that opens a sentence (`UNITA has …`, `NATO said …`).
  const bare = BARE_DATELINE.exec(text);
  if (bare && !kb.trie.get(normaliseName(bare[1])).some((e) => e.kind === 'name' && kb.actors.get(e.actor)?.type !== 'state')) {
    return { span: { start: 0, end: bare[0].trimEnd().length }, agency: null };
  }
  return { span: null, agency: null };
}

const NAME_PARTICLE = /^(al|el|bin|ibn|de|da|dos|van|von|der|abu|la|le|del|ben)$/;

export function findActors(doc: Doc): ActorRecord[] {
  const kb = loadKb();
  const text = doc.article.text;
  const tokens = doc.tokens ?? [];
  const sentences = doc.sentences ?? [];
  const tagger: readonly EntityMention[] | undefined = doc.mentions;
  const dateline = datelineOf(doc, kb);
  const ctx = new Context(text, tokens, kb, doc.article.published, dateline.span);
  ctx.signoffs = (doc.blocks ?? []).filter((b) => b.kind === 'signoff');
  const carriers = new Set([doc.article.outlet, dateline.agency].filter((x): x is string => !!x).map((x) => x.toLowerCase()));

  // 1. KB aliases, longest first, left to right.
  const endIndex = new Map<number, number>();
  tokens.forEach((t, i) => endIndex.set(t.end, i + 1));
  const scans = scanAliases(text, tokens.map((t) => t.start), new Set(endIndex.keys()), kb);
  const matches: KbMatch[] = [];
  const inMatch = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const best = scans[i][0];
    if (!best) continue;
    const last = endIndex.get(best.end)!;
    const m = { first: i, last, entries: best.entries };
    // A surname right after an unknown capitalised word is part of another name (`Sadiq Khan`,
    // `Bashar al-Zoubi`).
    if (m.entries.every((e) => e.kind === 'surname')) {
      let k = i - 1;
      while (k > 0 && (ctx.isHyphen(k) || NAME_PARTICLE.test(ctx.lower(k)))) k--;
      if (k >= 0 && k < i && ctx.isCap(k) && ctx.pos(k) === 'PROPN' && !inMatch[k] && !ctx.isTitle(k) && ctx.sameSentence(k, i)) continue;
    }
    matches.push(m);
    for (let j = i; j < last; j++) inMatch[j] = 1;
    i = last - 1;
  }

  const namedStarts = new Set(
    matches.filter((m) => m.entries.some((e) => e.kind === 'name' && kb.actors.get(e.actor)?.type !== 'state')).map((m) => m.first),
  );
  const proposals: Proposal[] = [];
  let lastActorEnd = -1;
  let lastPlaceEnd = -1;
  for (const m of matches) {
    const conj = ctx.lower(m.first - 1);
    const isConj = conj === 'and' || conj === 'or';
    const read = readMatch(ctx, m, {
      carriers,
      prevConjunctActor: isConj && lastActorEnd === m.first - 1,
      prevConjunctPlace: isConj && lastPlaceEnd === m.first - 1,
      covered: (i) => inMatch[i] === 1,
      namedAt: (i) => namedStarts.has(i),
      placeEndsAt: (i) => lastPlaceEnd === i,
    });
    for (const p of read) {
      proposals.push(p);
      if (p.kind !== 'surname') lastActorEnd = p.last;
    }
    if (read.length === 0 && m.entries.some((e) => e.kind === 'name' || e.kind === 'capital')) lastPlaceEnd = m.last;
  }
  const byToken = new Map<number, Proposal>();
  for (const p of proposals) for (let i = p.first; i < p.last; i++) byToken.set(i, p);

  // 2. New names (tokens any KB match covers are not theirs).
  // A KB match that read as nothing (a place, a demonym before a thing) may still be part of a name.
  const found = findNewNames(ctx, (i) => byToken.has(i), byToken, tagger, (i) => inMatch[i] === 1);
  const fresh = new Map<string, NewActor>();
  const inName = new Uint8Array(tokens.length);
  for (const f of found) {
    fresh.set(f.actor.id, f.actor);
    for (let i = f.proposal.first; i < f.proposal.last; i++) {
      byToken.set(i, f.proposal);
      inName[i] = 1;
    }
  }
  // `Vernon Jordan … Jordan added`: a new person's surname outranks a country of the same name.
  const surnames = newSurnames([...fresh.values()]);
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k];
    const id = p.last - p.first === 1 ? surnames.get(normaliseName(tokens[p.first].text)) : undefined;
    if (inName[p.first]) proposals.splice(k, 1);
    else if (id && p.ids.every((x) => kb.actors.get(x)?.type !== 'person')) proposals[k] = { ...p, ids: [id], how: 'inferred:surname', kind: 'new' };
  }
  for (const f of found) proposals.push(f.proposal);

  // 3. The choice.
  // The countries the article talks about, as actors or as places: context for the choice.
  const countries = new Set<string>();
  for (const m of matches) {
    const ids = new Set(m.entries.filter((e) => e.kind !== 'surname').map((e) => kb.actors.get(e.actor)?.country));
    if (ids.size === 1) for (const c of ids) if (c) countries.add(c);
  }
  const choice = { kb, published: doc.article.published, countries, tagger, text };
  const chosen: Chosen[] = [];
  const present = new Set<string>();
  const pending: Proposal[] = [];
  for (const p of proposals) {
    if (p.kind === 'surname') {
      pending.push(p);
      continue;
    }
    const id = choose(choice, p);
    if (!id) continue;
    const full = id.startsWith('new:') ? id : `kb:${id}`;
    const a = kb.actors.get(id);
    // A KB person named in full: what the text says of them here (`Taliban spokesman`).
    const title = a?.type === 'person' ? titleBefore(ctx, p.first, byToken) : null;
    chosen.push({ id: full, start: p.start, end: p.end, how: p.how, role: p.role ?? title?.role, affiliation: p.affiliation ?? title?.affiliation });
    if (a?.type === 'person') present.add(id);
  }

  // A state at war with an armed group or opposition of its own is a party through its government
  // (`Russia and Syria deny`, beside the HNC): the KB's government actor stands for it.
  const warring = new Set<string>();
  for (const c of chosen) {
    const a = kb.actors.get(c.id.slice(3));
    if (a && a.country && (a.sector === 'REB' || a.sector === 'OPP') && a.type !== 'person') warring.add(a.country);
  }
  for (const c of chosen) {
    const gov = kb.countries.get(c.id.slice(3))?.gov;
    if ((c.how === 'stated' || c.how === 'inferred:demonym') && gov && warring.has(c.id.slice(3)) && actorValidOn(kb.actors.get(gov)!, doc.article.published)) {
      c.id = `kb:${gov}`;
      c.how = 'inferred:state-at-war';
    }
  }

  // 4a. Surnames: of persons in the article, or known to the KB.
  for (const p of pending) {
    const r = resolveSurname(ctx, p, present, countries);
    if (r) chosen.push({ id: `kb:${r.id}`, start: p.start, end: p.end, how: r.how });
  }
  const covered = new Uint8Array(tokens.length);
  for (const c of chosen) {
    const [a, b] = tokensOfSpan(tokens, c);
    for (let i = a; i < b; i++) if (tokens[i].start >= c.start && tokens[i].end <= c.end) covered[i] = 1;
  }
  if (surnames.size > 0) {
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i] || !ctx.isCap(i)) continue;
      const id = surnames.get(normaliseName(tokens[i].text));
      if (id) chosen.push({ id, start: tokens[i].start, end: tokens[i].end, how: 'inferred:surname' });
    }
  }

  // 4b. Definite phrases: roles, groups, governments.
  const draft = buildRecords(kb, text, doc.article.published, chosen, fresh);
  const modifier = (i: number): boolean => {
    const p = byToken.get(i);
    return p !== undefined && p.kind !== 'new' && p.kind !== 'surname';
  };
  for (const phrase of referencePhrases(ctx, (i) => covered[i] === 1 && !modifier(i), modifier)) {
    const r = resolvePhrase(ctx, phrase, draft, sentences);
    if (r) chosen.push({ id: r.actor, start: phrase.start, end: phrase.end, how: r.how, ...(phrase.role && r.how === 'inferred:role-noun' ? { role: phrase.role } : {}) });
  }
  // 4c. `he said`, `She was captured`: a personal pronoun as the subject of a verb, to the last person.
  const withPhrases = buildRecords(kb, text, doc.article.published, chosen, fresh);
  for (let i = 0; i < tokens.length; i++) {
    if (!/^(he|she)$/.test(ctx.lower(i)) || !ctx.isVerb(i + 1)) continue;
    const r = resolvePhrase(ctx, { start: tokens[i].start, end: tokens[i].end, first: i, last: i + 1 }, withPhrases, sentences);
    if (r) chosen.push({ id: r.actor, start: tokens[i].start, end: tokens[i].end, how: r.how });
  }
  // 4d. Anonymous sources (`two sources close to the swap told Reuters`): one actor of their own.
  const held = new Uint8Array(tokens.length);
  for (const c of chosen) {
    const [a, b] = tokensOfSpan(tokens, c);
    for (let i = a; i < b; i++) held[i] = 1;
  }
  // 4e. Unnamed officials (`A ministry official familiar with the case`) to their party.
  const officials = unnamedOfficials(ctx, buildRecords(kb, text, doc.article.published, chosen, fresh), (i) => held[i] === 1);
  chosen.push(...officials);
  for (const c of officials) {
    const [a, b] = tokensOfSpan(tokens, c);
    for (let i = a; i < b; i++) held[i] = 1;
  }
  // 4e'. Collective parties: `US senators`, `Syria's main opposition group`, `against the opposition`.
  const collectives = collectiveParties(ctx, buildRecords(kb, text, doc.article.published, chosen, fresh), (i) => held[i] === 1);
  for (const f of collectives.fresh) fresh.set(f.id, f);
  chosen.push(...collectives.chosen);
  for (const c of collectives.chosen) {
    const [a, b] = tokensOfSpan(tokens, c);
    for (let i = a; i < b; i++) held[i] = 1;
  }
  const anonymous = anonymousSources(ctx, (i) => held[i] === 1);
  if (anonymous.length > 0) {
    fresh.set(ANONYMOUS.id, ANONYMOUS);
    chosen.push(...anonymous);
  }
  // 4f. `the two sides`: both parties of the last negotiation named, as a compound mention.
  const beforeSides = buildRecords(kb, text, doc.article.published, chosen, fresh);
  const taken = (c: Chosen): boolean => chosen.some((x) => x.start < c.end && c.start < x.end);
  chosen.push(...twoSides(text, sentences, beforeSides).filter((c) => !taken(c)));
  return buildRecords(kb, text, doc.article.published, chosen, fresh);
}

export const actorsStage = defineStage({
  name: 'actors',
  version: '1',
  requires: ['sentences', 'tokens'],
  uses: ['mentions', 'dateline', 'blocks'],
  adds: ['actors'],
  run(doc) {
    return { actors: findActors(doc) };
  },
});
