/**
 * Collective parties the text names without a proper name, attributed as the gold convention says:
 * - `US senators visiting Odesa`, `Iranian lawmakers`: legislators of a country act as a body of
 *   their own (not the state, not the chamber the text may name apart): a new actor per country.
 * - `Syria's main opposition group`, `the main rebel coalition in Syria`: the opposition of that
 *   country — the opposition body the article names (most mentioned), else the KB's `<Demonym> opposition`.
 * - `advance against the opposition` with a government named in the sentence or the one before and
 *   no opposition body in the story: that country's opposition, when the KB has one.
 * - `armed opposition forces`, `rebel officials`, `the regime`, `government forces` with no country before: the one government at war with an
 *   opposition of its own that the story names.
 * - `a group monitoring the war`, `a human rights monitor`: the monitor the story names, else one of its own.
 * - `all participants` (of a meeting) after a collective named within three sentences: that collective.
 * A plain common noun (`senators said`, `the opposition` with no country at hand) stays unresolved.
 */
import type { ActorRecord } from '../../model/record.js';
import { normaliseName } from '../../kb/index.js';
import type { Chosen } from './build.js';
import type { Context } from './context.js';
import type { NewActor } from './names.js';

const LEGISLATORS = new Set(['senators', 'lawmakers', 'legislators', 'congressmen', 'congresswomen', 'mps', 'parliamentarians']);
/** May stand between the demonym and the legislators: `US Republican senators`. */
const LEGISLATOR_MODIFIERS = new Set(['republican', 'democratic', 'democrat', 'senior', 'leading', 'visiting', 'conservative', 'opposition']);
const MAIN = new Set(['main', 'largest', 'biggest', 'leading', 'principal', 'umbrella', 'mainstream', 'chief']);
const BODIES = new Set(['group', 'coalition', 'alliance', 'bloc', 'body', 'umbrella', 'council', 'grouping']);
const OPPOSITION_WORDS = new Set(['opposition', 'rebel']);

export interface Collectives {
  chosen: Chosen[];
  fresh: NewActor[];
}

/** The state a demonym at token i names (`US`, `Iranian`), if any. */
function demonymAt(ctx: Context, i: number): string | null {
  if (!ctx.isCap(i)) return null;
  const ids = new Set(ctx.kb.trie.get(ctx.lower(i).replace(/\./g, '')).filter((e) => e.kind === 'demonym').map((e) => e.actor));
  return ids.size === 1 ? [...ids][0] : null;
}

/** The state named by the tokens ending at `last` (`Syria`, `Saudi Arabia`), if any. */
function stateEndingAt(ctx: Context, last: number): { iso3: string; first: number } | null {
  for (let k = 3; k >= 1; k--) {
    const first = last - k + 1;
    if (first < 0 || !ctx.isCap(first) || !ctx.sameSentence(first, last)) continue;
    const written = ctx.text.slice(ctx.tokens[first].start, ctx.tokens[last].end);
    const states = ctx.kb.trie.get(normaliseName(written)).filter((e) => e.kind === 'name' && ctx.kb.actors.get(e.actor)?.type === 'state');
    const ids = new Set(states.map((e) => e.actor));
    if (ids.size === 1) return { iso3: [...ids][0], first };
  }
  return null;
}

/**
 * An opposition body: sector OPP, or named as an opposition (`Syrian opposition`). Not any armed
 * group of the country: Nusra Front is no one's `main opposition group`.
 */
function isOpposition(ctx: Context, a: { id: string; type: string; sector: string | null }): boolean {
  if (a.type === 'person') return false;
  if (a.sector === 'OPP') return true;
  const kb = ctx.kb.actors.get(a.id.startsWith('kb:') ? a.id.slice(3) : a.id);
  return !!kb && [kb.name, ...kb.aliases].some((x) => /\bopposition\b/i.test(x));
}

/** The opposition of a country: the body the article names most, else the KB's `<Demonym> opposition`. */
function oppositionOf(ctx: Context, iso3: string, actors: readonly ActorRecord[]): string | null {
  const present = actors.filter((a) => a.country === iso3 && isOpposition(ctx, a)).sort((a, b) => b.mentions.length - a.mentions.length);
  if (present.length === 1 || (present.length > 1 && present[0].mentions.length > present[1].mentions.length)) return present[0].id;
  if (present.length > 1) return null;
  const demonyms = ctx.kb.countries.get(iso3)?.demonyms ?? [];
  const wanted = new Set(demonyms.map((d) => `${d} opposition`.toLowerCase()));
  const kb = [...ctx.kb.actors.values()].filter((a) => a.country === iso3 && isOpposition(ctx, a) && wanted.has(a.name.toLowerCase()));
  return kb.length === 1 ? `kb:${kb[0].id}` : null;
}

/** The one country whose government and own opposition the story both name (Syria, beside SYR_GOV and the HNC). */
function warringCountry(ctx: Context, actors: readonly ActorRecord[]): string | null {
  const at = new Set<string>();
  for (const a of actors) {
    if (!a.country || !isOpposition(ctx, a)) continue;
    const gov = ctx.kb.countries.get(a.country)?.gov;
    if (gov && actors.some((x) => x.id === `kb:${gov}`)) at.add(a.country);
  }
  return at.size === 1 ? [...at][0] : null;
}

function warringGovernment(ctx: Context, actors: readonly ActorRecord[]): string | null {
  const c = warringCountry(ctx, actors);
  const gov = c ? ctx.kb.countries.get(c)?.gov : null;
  return gov ? `kb:${gov}` : null;
}

/** `Libyan rebel forces`, `Houthi rebel officials`: a name or demonym before says whose they are (`But rebel officials` does not). */
function namedBefore(ctx: Context, i: number): boolean {
  return ctx.isCap(i - 1) && (ctx.pos(i - 1) === 'PROPN' || ctx.pos(i - 1) === 'ADJ' || demonymAt(ctx, i - 1) !== null);
}

const EXPERTS = new Set(['expert', 'analyst', 'academic', 'scholar', 'researcher', 'professor', 'historian', 'economist']);
const EXPERT_FIELDS = new Set(['security', 'political', 'military', 'defence', 'defense', 'foreign', 'policy', 'energy', 'legal', 'regional', 'middle', 'east']);

/** `a former Philippine foreign minister`, `a U.S. security expert` (no name after): the person, unnamed. */
function unnamedPerson(ctx: Context, i: number, held: (i: number) => boolean): { actor: NewActor; role: string; last: number } | null {
  let j = i + 1;
  const former = ctx.lower(j) === 'former';
  if (former) j++;
  const iso3 = demonymAt(ctx, j);
  if (!iso3 || held(j)) return null;
  let k = j + 1;
  let last = -1;
  if (former) {
    const r = ctx.phraseAt(k, 'roleNouns');
    if (r > 0) last = k + r - 1;
  } else {
    while (EXPERT_FIELDS.has(ctx.lower(k)) && k - j <= 2) k++;
    if (EXPERTS.has(ctx.lower(k))) last = k;
  }
  if (last < 0 || !ctx.sameSentence(i, last)) return null;
  for (let x = j; x <= last; x++) if (held(x)) return null;
  // `a former US envoy, Zalmay Khalilzad,` / `a US analyst John Smith`: a name follows; that is the actor.
  const after = ctx.lower(last + 1) === ',' ? last + 2 : last + 1;
  if (ctx.isCap(after) && ctx.pos(after) === 'PROPN' && ctx.sameSentence(after, i)) return null;
  const role = ctx.text.slice(ctx.tokens[former ? i + 1 : j].start, ctx.tokens[last].end);
  const slug = ctx.text.slice(ctx.tokens[j + 1].start, ctx.tokens[last].end).toUpperCase().replace(/[^A-Z]+/g, '_');
  const id = `new:${former ? 'FORMER_' : ''}${iso3}_${slug}`;
  return { actor: { id, name: `${role} (unnamed)`, type: 'person', sector: null }, role, last };
}

/** `Russian media (reports)`, `Iranian state media`, `Syrian state television`. */
function iso3Media(ctx: Context, i: number, held: (i: number) => boolean): { iso3: string; last: number; state: boolean } | null {
  const iso3 = demonymAt(ctx, i);
  if (!iso3) return null;
  let j = i + 1;
  const state = ctx.lower(j) === 'state' || ctx.lower(j) === 'official';
  if (state) j++;
  if (!/^(media|television|tv|press)$/.test(ctx.lower(j)) || held(j) || !ctx.sameSentence(i, j)) return null;
  // `Russian media outlets`, `Russian media reports`: the head noun belongs to the mention.
  const last = /^(reports|report|outlets)$/.test(ctx.lower(j + 1)) ? j + 1 : j;
  return { iso3, last, state };
}

/** Last token of `a (human rights|war) monitor` or `a group monitoring the war` starting at i, or -1. */
function monitorAt(ctx: Context, i: number): number {
  const w1 = ctx.lower(i + 1);
  if ((w1 === 'war' || w1 === 'conflict') && ctx.lower(i + 2) === 'monitor') return i + 2;
  if (w1 === 'human' && ctx.lower(i + 2) === 'rights' && ctx.lower(i + 3) === 'monitor') return i + 3;
  if (/^(group|body|organisation|organization)$/.test(w1) && ctx.lower(i + 2) === 'monitoring' && ctx.lower(i + 3) === 'the'
    && /^(war|conflict|fighting|violence)$/.test(ctx.lower(i + 4))) return i + 4;
  return -1;
}

const REBEL_HEADS = /^(forces|fighters|groups|officials|commanders|representatives|negotiators|delegation|delegates)$/;

export function collectiveParties(ctx: Context, actors: readonly ActorRecord[], held: (i: number) => boolean): Collectives {
  const chosen: Chosen[] = [];
  const fresh = new Map<string, NewActor>();
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    if (held(i)) continue;
    // `A former Philippine foreign minister and a U.S. security expert said`: unnamed individuals
    // who speak for no party — an actor each, never the state.
    if (/^(a|an)$/.test(ctx.lower(i))) {
      const p = unnamedPerson(ctx, i, held);
      if (p) {
        fresh.set(p.actor.id, p.actor);
        chosen.push({ id: p.actor.id, start: ctx.tokens[i].start, end: ctx.tokens[p.last].end, how: 'inferred:unnamed-person', role: p.role });
        i = p.last;
        continue;
      }
    }
    // `according to Russian media reports`, `Iranian state media said`: the country's media, a source of their own.
    const media = iso3Media(ctx, i, held);
    if (media) {
      const { iso3, last, state } = media;
      const id = `new:${iso3}_${state ? 'STATE_' : ''}MEDIA`;
      const country = ctx.kb.actors.get(iso3)?.name ?? iso3;
      fresh.set(id, { id, name: `${country} ${state ? 'state ' : ''}media`, type: 'media', sector: 'MED' });
      chosen.push({ id, start: ctx.tokens[i].start, end: ctx.tokens[last].end, how: 'inferred:demonym-media', affiliation: `kb:${iso3}` });
      i = last;
      continue;
    }
    // `US senators`, `US Republican senators`.
    const iso3 = demonymAt(ctx, i);
    if (iso3) {
      let j = i + 1;
      if (LEGISLATOR_MODIFIERS.has(ctx.lower(j)) && LEGISLATORS.has(ctx.lower(j + 1))) j++;
      if (LEGISLATORS.has(ctx.lower(j)) && !held(j) && ctx.sameSentence(i, j)) {
        const noun = ctx.lower(j) === 'mps' ? 'MPS' : ctx.lower(j).toUpperCase();
        const id = `new:${iso3}_${noun}`;
        const country = ctx.kb.actors.get(iso3)?.name ?? iso3;
        fresh.set(id, { id, name: `${country} ${ctx.lower(j) === 'mps' ? 'MPs' : ctx.lower(j)}`, type: 'other', sector: 'GOV' });
        chosen.push({ id, start: ctx.tokens[i].start, end: ctx.tokens[j].end, how: 'inferred:demonym-legislators', affiliation: `kb:${iso3}` });
        i = j;
        continue;
      }
    }
    // `Syria's main opposition group`.
    if (ctx.isPossessive(i) && i > 0) {
      const state = stateEndingAt(ctx, i - 1);
      let j = i + 1;
      while (MAIN.has(ctx.lower(j)) && j - i < 3) j++;
      const body = j > i + 1 && OPPOSITION_WORDS.has(ctx.lower(j)) && BODIES.has(ctx.lower(j + 1));
      if (state && body && !held(j) && !held(j + 1)) {
        const id = oppositionOf(ctx, state.iso3, actors);
        if (id) chosen.push({ id, start: ctx.tokens[state.first].start, end: ctx.tokens[j + 1].end, how: 'inferred:opposition-of-country' });
        i = j + 1;
        continue;
      }
    }
    // `the main rebel coalition in Syria`.
    if (ctx.lower(i) === 'the' && MAIN.has(ctx.lower(i + 1)) && OPPOSITION_WORDS.has(ctx.lower(i + 2)) && BODIES.has(ctx.lower(i + 3))) {
      const prep = ctx.lower(i + 4);
      let state: { iso3: string; first: number } | null = null;
      let end = -1;
      if (prep === 'in' || prep === 'of') {
        for (let e = i + 5; e < i + 8 && e < n && ctx.sameSentence(i, e); e++) {
          const s = stateEndingAt(ctx, e);
          if (s && s.first === i + 5) {
            state = s;
            end = e;
          }
        }
      }
      if (state && ![i + 1, i + 2, i + 3].some(held)) {
        const id = oppositionOf(ctx, state.iso3, actors);
        if (id) chosen.push({ id, start: ctx.tokens[i].start, end: ctx.tokens[end].end, how: 'inferred:opposition-of-country' });
        i = end;
        continue;
      }
    }
    // `Russia and the regime will target …`, `advances by government forces`: the one government the
    // story shows fighting an opposition of its own.
    const regime = ctx.lower(i) === 'the' && ctx.lower(i + 1) === 'regime' && !held(i + 1) && !ctx.isCap(i + 2) && ctx.lower(i + 2) !== 'of';
    const forces = ctx.lower(i) === 'government' && !ctx.isCap(i) && /^(forces|troops)$/.test(ctx.lower(i + 1)) && !held(i + 1) && !held(i - 1) && !ctx.isCap(i - 1) && !ctx.isHyphen(i - 1);
    if (regime || forces) {
      const gov = warringGovernment(ctx, actors);
      if (gov) chosen.push({ id: gov, start: ctx.tokens[i].start, end: ctx.tokens[i + 1].end, how: 'inferred:warring-government' });
      i += 1;
      continue;
    }
    // `armed opposition forces`, `rebel officials said`: the opposition of that country.
    const rebelFirst = ctx.lower(i) === 'armed' && ctx.lower(i + 1) === 'opposition' ? i + 1 : i;
    if (/^(opposition|rebel)$/.test(ctx.lower(rebelFirst)) && REBEL_HEADS.test(ctx.lower(rebelFirst + 1)) && !held(rebelFirst) && !held(rebelFirst + 1)
      && !held(i - 1) && !namedBefore(ctx, i) && !ctx.isHyphen(i - 1) && ctx.lower(i - 1) !== 'the') {
      const c = warringCountry(ctx, actors);
      const id = c ? oppositionOf(ctx, c, actors) : null;
      if (id) chosen.push({ id, start: ctx.tokens[i].start, end: ctx.tokens[rebelFirst + 1].end, how: 'inferred:opposition-of-country' });
      i = rebelFirst + 1;
      continue;
    }
    // `a group monitoring the war said`, `A human rights monitor says`: the monitor the story names, else one of its own.
    const mon = /^(a|an|the)$/.test(ctx.lower(i)) ? monitorAt(ctx, i) : -1;
    if (mon > 0 && ![...Array(mon - i).keys()].some((k) => held(i + 1 + k))) {
      const named = actors.find((a) => a.type === 'civil society' && /observatory|monitor/i.test(a.name));
      const id = named?.id ?? 'new:WAR_MONITOR';
      if (!named) fresh.set(id, { id, name: 'war monitor (unnamed)', type: 'civil society', sector: 'CVL' });
      chosen.push({ id, start: ctx.tokens[i].start, end: ctx.tokens[mon].end, how: 'inferred:monitor' });
      i = mon;
      continue;
    }
    // `At least two people were hurt, emergency services said`: a source of its own, only as a speaker.
    if (/^(emergency|rescue)$/.test(ctx.lower(i)) && ctx.lower(i + 1) === 'services' && !held(i) && !held(i + 1)
      && (ctx.list('speechVerbs').has(ctx.lower(i + 2)) || ctx.lower(i - 1) === 'to' && ctx.lower(i - 2) === 'according')) {
      const id = 'new:EMERGENCY_SERVICES';
      fresh.set(id, { id, name: 'emergency services', type: 'civil society', sector: 'CVL' });
      chosen.push({ id, start: ctx.tokens[i].start, end: ctx.tokens[i + 1].end, how: 'inferred:emergency-services' });
      i += 1;
      continue;
    }
    // `Major powers agreed … He said all participants had agreed`: the collective whose meeting it is.
    if (/^(all|the)$/.test(ctx.lower(i)) && (ctx.lower(i + 1) === 'participants' || (ctx.lower(i + 1) === 'the' && ctx.lower(i + 2) === 'participants'))) {
      const last = ctx.lower(i + 1) === 'participants' ? i + 1 : i + 2;
      if (held(last) || ctx.lower(last + 1) === 'in' || ctx.lower(last + 1) === 'of') continue;
      const sentence = ctx.tokens[i].sentence;
      const at = ctx.tokens[i].start;
      const near = new Set<string>();
      for (const a of actors) {
        if (!ctx.kb.actors.get(a.id.slice(3))?.collective || !a.id.startsWith('kb:')) continue;
        for (const m of a.mentions) {
          const t = ctx.tokens.find((x) => x.start >= m.start);
          if (m.end <= at && t && sentence - t.sentence <= 3) near.add(a.id);
        }
      }
      if (near.size === 1) chosen.push({ id: [...near][0], start: at, end: ctx.tokens[last].end, how: 'inferred:participants' });
      i = last;
      continue;
    }
    // `advance against the opposition`, with `Syrian government forces` just before.
    if (ctx.lower(i) === 'the' && ctx.lower(i + 1) === 'opposition' && !held(i + 1) && !ctx.isCap(i + 2) && ctx.pos(i + 2) !== 'NOUN') {
      const sentence = ctx.tokens[i].sentence;
      const at = ctx.tokens[i].start;
      const countries = new Set<string>();
      for (const a of actors) {
        if (a.type !== 'government' || !a.country || ctx.kb.countries.get(a.country)?.gov !== a.id.slice(3)) continue;
        for (const m of a.mentions) {
          const t = ctx.tokens.find((x) => x.start >= m.start);
          if (m.end <= at && t && sentence - t.sentence <= 1) countries.add(a.country);
        }
      }
      if (countries.size !== 1) continue;
      const id = oppositionOf(ctx, [...countries][0], actors);
      if (id) chosen.push({ id, start: ctx.tokens[i].start, end: ctx.tokens[i + 1].end, how: 'inferred:opposition-of-country' });
      i += 1;
    }
  }
  return { chosen, fresh: [...fresh.values()] };
}
