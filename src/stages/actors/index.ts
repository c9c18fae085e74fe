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
import { loadKb, normaliseName, scanAliases } from '../../kb/index.js';
import { buildRecords, type Chosen } from './build.js';
import { Context } from './context.js';
import { newSurnames, referencePhrases, resolvePhrase, resolveSurname } from './coref.js';
import { findNewNames, titleBefore, type NewActor } from './names.js';
import type { Proposal } from './proposal.js';
import { readMatch, type KbMatch } from './readings.js';
import { choose } from './resolve.js';

/** `WASHINGTON (Reuters) -` when the clean stage has not marked the dateline. */
const DATELINE = /^\s*([A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z .]+)?)\s*(?:,\s*[A-Za-z]+\.? \d{1,2}\s*)?\(([^)]{2,40})\)\s*[-–—]/;

function datelineOf(doc: Doc): { span: Span | null; agency: string | null } {
  const d = doc.dateline ?? doc.article.dateline;
  if (d) return { span: { start: d.start, end: d.end }, agency: d.agency };
  const m = DATELINE.exec(doc.article.text);
  return m ? { span: { start: 0, end: m[0].length }, agency: m[2] } : { span: null, agency: null };
}

export function findActors(doc: Doc): ActorRecord[] {
  const kb = loadKb();
  const text = doc.article.text;
  const tokens = doc.tokens ?? [];
  const sentences = doc.sentences ?? [];
  const tagger: readonly EntityMention[] | undefined = doc.mentions;
  const dateline = datelineOf(doc);
  const ctx = new Context(text, tokens, kb, doc.article.published, dateline.span);
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
    // A surname right after an unknown capitalised word is part of another name (`Sadiq Khan`).
    if (m.entries.every((e) => e.kind === 'surname') && i > 0 && ctx.isCap(i - 1) && ctx.pos(i - 1) === 'PROPN' && !inMatch[i - 1] && !ctx.list('titles').has(ctx.lower(i - 1)) && ctx.sameSentence(i - 1, i)) continue;
    matches.push(m);
    for (let j = i; j < last; j++) inMatch[j] = 1;
    i = last - 1;
  }

  const proposals: Proposal[] = [];
  let lastActorEnd = -1;
  for (const m of matches) {
    const conj = ctx.lower(m.first - 1);
    const read = readMatch(ctx, m, {
      carriers,
      prevConjunctActor: (conj === 'and' || conj === 'or') && lastActorEnd === m.first - 1,
      covered: (i) => inMatch[i] === 1,
    });
    for (const p of read) {
      proposals.push(p);
      if (p.kind !== 'surname') lastActorEnd = p.last;
    }
  }
  const byToken = new Map<number, Proposal>();
  for (const p of proposals) for (let i = p.first; i < p.last; i++) byToken.set(i, p);

  // 2. New names (tokens any KB match covers are not theirs).
  const found = findNewNames(ctx, (i) => inMatch[i] === 1 || byToken.has(i), byToken, tagger);
  const fresh = new Map<string, NewActor>();
  for (const f of found) {
    fresh.set(f.actor.id, f.actor);
    proposals.push(f.proposal);
    for (let i = f.proposal.first; i < f.proposal.last; i++) byToken.set(i, f.proposal);
  }

  // 3. The choice.
  const countries = new Set<string>();
  for (const p of proposals) {
    if (p.ids.length !== 1 || p.kind === 'surname') continue;
    const a = kb.actors.get(p.ids[0]);
    if (a?.country) countries.add(a.country);
  }
  const choice = { kb, published: doc.article.published, countries, tagger };
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

  // 4a. Surnames: of persons in the article, or known to the KB.
  for (const p of pending) {
    const r = resolveSurname(ctx, p, present, countries);
    if (r) chosen.push({ id: `kb:${r.id}`, start: p.start, end: p.end, how: r.how });
  }
  const surnames = newSurnames([...fresh.values()]);
  const covered = new Uint8Array(tokens.length);
  for (const c of chosen) for (let i = 0; i < tokens.length; i++) if (tokens[i].start >= c.start && tokens[i].end <= c.end) covered[i] = 1;
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
  return buildRecords(kb, text, doc.article.published, chosen, fresh);
}

export const actorsStage = defineStage({
  name: 'actors',
  version: '1',
  requires: ['sentences', 'tokens'],
  uses: ['mentions', 'dateline'],
  adds: ['actors'],
  run(doc) {
    return { actors: findActors(doc) };
  },
});
