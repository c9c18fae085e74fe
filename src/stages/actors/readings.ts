/**
 * What a knowledge-base alias found in the text is doing there. A name of a group or person is a
 * mention as written; a country name is an actor unless it is a place (`in Afghanistan`, `southern
 * Angola`, `a sovereign Afghanistan`); a capital or a seat is an actor only by metonymy (`Washington
 * wants`, `the agreement with Washington`, `backed by Moscow`), never in `in Washington` or a dateline;
 * a demonym is an actor only before a word that makes it one (`US envoy`, `Afghan officials`,
 * `US-led`, `Russian air strikes`), never in `Afghan territory`.
 */
import type { AliasEntry } from '../../kb/index.js';
import type { Context } from './context.js';
import type { Proposal } from './proposal.js';

export interface KbMatch {
  first: number;
  last: number;
  entries: readonly AliasEntry[];
}

export interface ReadOptions {
  /** The article's outlet and dateline agency: the carrier of the story, not a party to it. */
  carriers: ReadonlySet<string>;
  /** Whether the words just before this match (`X and`) were an actor: `the Taliban and Washington`. */
  prevConjunctActor: boolean;
  /** Whether the words just before this match (`X and`) were read as a place: `landlocked Zaire and Zambia`. */
  prevConjunctPlace: boolean;
  /** Whether token i is part of another knowledge-base match (`insideLongerName`). */
  covered: (i: number) => boolean;
  /** Whether a place reading ends just before token i (`Amman` in `Amman, Jordan`). */
  placeEndsAt: (i: number) => boolean;
  /** Whether a KB name of a group, organisation or person starts at token i (`Lebanon's Hezbollah`). */
  namedAt: (i: number) => boolean;
}

type Reading = Proposal[];

function make(ctx: Context, ids: string[], first: number, last: number, how: Proposal['how'], kind: Proposal['kind'], role?: string): Proposal {
  const s = ctx.span(first, last);
  return { ids: [...new Set(ids)], start: s.start, end: s.end, first, last, how, kind, ...(role ? { role } : {}) };
}

/** Include a directly preceding `the` in the span (`the Afghan government`). */
function withThe(ctx: Context, first: number): number {
  return ctx.lower(first - 1) === 'the' ? first - 1 : first;
}

function govOf(ctx: Context, iso3: string): string {
  return ctx.kb.countries.get(iso3)?.gov ?? iso3;
}

function forcesOf(ctx: Context, iso3: string): string {
  const c = ctx.kb.countries.get(iso3);
  return c?.forces ?? c?.gov ?? iso3;
}

export function readMatch(ctx: Context, m: KbMatch, opts: ReadOptions): Reading {
  if (ctx.inDateline(ctx.tokens[m.first].start)) return [];
  const byKind = (k: AliasEntry['kind']): AliasEntry[] => m.entries.filter((e) => e.kind === k);
  const names = byKind('name');
  const states = names.filter((e) => ctx.kb.actors.get(e.actor)?.type === 'state');
  const collectives = names.filter((e) => ctx.kb.actors.get(e.actor)?.collective === true);
  const others = names.filter((e) => ctx.kb.actors.get(e.actor)?.type !== 'state' && !collectives.includes(e));

  if (others.length > 0) {
    const kept = others.filter((e) => {
      const a = ctx.kb.actors.get(e.actor)!;
      return !a.agency && !(a.type === 'media' && [a.name, ...a.aliases].some((n) => opts.carriers.has(n.toLowerCase())));
    });
    if (kept.length === 0) return [];
    if (ctx.isHyphen(m.last) && ctx.list('hyphenPlaceSuffixes').has(ctx.lower(m.last + 1))) return [];
    return [make(ctx, kept.map((e) => e.actor), m.first, m.last, 'stated', 'name')];
  }
  if (collectives.length > 0) {
    const ok = collectives.filter((e) => !e.needsThe || ctx.lower(m.first - 1) === 'the');
    if (ok.length === 0 || placeContext(ctx, m.first, m.last) || (ctx.isCap(m.last) && ctx.pos(m.last) === 'PROPN')) return [];
    return [make(ctx, ok.map((e) => e.actor), m.first, m.last, 'stated', 'name')];
  }
  const demonyms = byKind('demonym').map((e) => e.actor);
  if (demonyms.length > 0) {
    const r = readDemonym(ctx, m, demonyms);
    if (r !== null) return r;
  }
  if (states.length > 0) return readCountry(ctx, m, states.map((e) => e.actor), opts);
  const capitals = byKind('capital').map((e) => e.actor);
  if (capitals.length > 0) return readCapital(ctx, m, capitals, opts);
  const seats = byKind('seat').map((e) => e.actor);
  if (seats.length > 0) return placeContext(ctx, m.first, m.last) ? [] : [make(ctx, seats, m.first, m.last, 'inferred:metonym', 'seat')];
  const surnames = byKind('surname').map((e) => e.actor);
  if (surnames.length > 0) return [make(ctx, surnames, m.first, m.last, 'inferred:surname', 'surname')];
  return [];
}

/**
 * `US envoy`, `Afghan officials`, `US-led`, `the Qatari capital hosted`, `Syrian government forces`.
 * Returns null when no noun follows (`the US is`), so the name reading can apply.
 */
function readDemonym(ctx: Context, m: KbMatch, iso3s: string[]): Reading | null {
  // `A former Philippine foreign minister said`: a former official speaks for no party; the
  // collectives rule makes the person an actor of their own.
  if (ctx.lower(m.first - 1) === 'former' && /^(a|an)$/.test(ctx.lower(m.first - 2))) return [];
  let j = m.last;
  if (ctx.isHyphen(j)) {
    const w = ctx.lower(j + 1);
    if (ctx.list('hyphenActorSuffixes').has(w)) return [make(ctx, iso3s, m.first, m.last, 'inferred:demonym', 'demonym')];
    if (ctx.list('hyphenPlaceSuffixes').has(w)) return [];
    // `U.S.-Russian statement`: a chain of demonyms before one noun.
    while (ctx.isHyphen(j) && isDemonym(ctx, j + 1)) j += 2;
  }
  // `French and American military personnel`: coordinated demonyms share the noun after them.
  const own = j;
  while ((ctx.lower(j) === 'and' || ctx.lower(j) === 'or' || ctx.lower(j) === ',') && isDemonym(ctx, j + 1)) {
    j += 2;
    while (ctx.isHyphen(j) && isDemonym(ctx, j + 1)) j += 2;
  }
  // In a chain (`British, French and Swiss representatives`) each demonym's mention is its own word:
  // spans running to the shared noun would overlap the next demonym's.
  const chained = j > own;
  const the = withThe(ctx, m.first);
  if (ctx.lower(j) === 'capital' && ctx.isVerb(j + 1)) {
    const role = ctx.lower(j + 1).startsWith('host') ? 'host' : undefined;
    return [make(ctx, iso3s, the, j + 1, 'inferred:capital-metonym', 'demonym', role)];
  }
  let k = ctx.phraseAt(j, 'forcesNouns');
  if (k > 0) return [make(ctx, iso3s.map((c) => forcesOf(ctx, c)), the, chained ? own : j + k, 'inferred:demonym-forces', 'demonym')];
  // `Iranian state media`, `Syrian state television`: the country's media, read by the collectives rule.
  if (ctx.lower(j) === 'state' && /^(media|television|tv|press|news|radio)$/.test(ctx.lower(j + 1))) return [];
  k = ctx.phraseAt(j, 'govNouns');
  if (k > 0) {
    // `Syrian government forces` is the government's.
    const extra = ctx.phraseAt(j + k, 'forcesNouns');
    return [make(ctx, iso3s.map((c) => govOf(ctx, c)), the, chained ? own : j + k + extra, 'inferred:demonym-government', 'demonym')];
  }
  // `Egyptian ceasefire proposal`: one noun may stand between the demonym and the word that makes it an actor.
  const skipOne = (ctx.pos(j) === 'NOUN' || ctx.pos(j) === 'ADJ') && ctx.phraseAt(j, 'forcesNouns') === 0 ? ctx.phraseAt(j + 1, 'stateActionNouns') : 0;
  if (ctx.phraseAt(j, 'stateActionNouns') > 0 || ctx.phraseAt(j, 'roleNouns') > 0 || ctx.phraseAt(j, 'titles') > 0 || skipOne > 0) {
    return [make(ctx, iso3s, m.first, m.last, 'inferred:demonym', 'demonym')];
  }
  const next = ctx.pos(j);
  return next === 'NOUN' || next === 'PROPN' || next === 'ADJ' || next === 'NUM' ? [] : null;
}

function isDemonym(ctx: Context, i: number): boolean {
  return ctx.isCap(i) && ctx.kb.trie.get(ctx.lower(i).replace(/\./g, '')).some((e) => e.kind === 'demonym');
}

/** Prepositions and modifiers that make a name a place: `in Afghanistan`, `southern Angola`, `Kabul airport`. */
export function placeContext(ctx: Context, first: number, last: number): boolean {
  let p = first - 1;
  if (ctx.lower(p) === 'the') p--;
  const w = ctx.lower(p);
  if (ctx.list('locativePreps').has(w)) return !addressed(ctx, first);
  if (ctx.list('placeModifiersBefore').has(w)) return true;
  let q = last;
  if (ctx.isPossessive(q)) q++;
  if (ctx.list('placeNounsAfter').has(ctx.lower(q)) && !ctx.isCap(q + 1)) return true;
  if (ctx.isHyphen(last) && ctx.list('hyphenPlaceSuffixes').has(ctx.lower(last + 1))) return true;
  return false;
}

/** `no response from Luanda`, `aid to Ukraine`, `the president of Syria`: a preposition that addresses an actor. */
function addressed(ctx: Context, first: number): boolean {
  let p = first - 1;
  if (ctx.lower(p) === 'the') p--;
  const w = ctx.lower(p);
  const before = ctx.lower(p - 1);
  if ((w === 'from' || w === 'by') && ctx.list('communicationNouns').has(before)) return true;
  if ((w === 'to' || w === 'for') && ctx.list('recipientNouns').has(before)) return true;
  return w === 'of' && (ctx.list('roleNouns').has(before) || ctx.list('govNouns').has(before) || ctx.list('stateActionNouns').has(before));
}

/** `a united, sovereign Afghanistan`, `the Turkey`: a country written as a thing described, not an actor. */
function describedThing(ctx: Context, first: number, name: string): boolean {
  let p = first - 1;
  if (ctx.lower(p) === 'the') return !ctx.list('theCountries').has(name);
  while (p >= 0 && (ctx.pos(p) === 'ADJ' || ctx.lower(p) === ',' || ctx.lower(p) === 'and' || ctx.pos(p) === 'ADV' || (ctx.pos(p) === 'VERB' && /ed$/.test(ctx.lower(p))))) p--;
  return p < first - 1 && ctx.list('determiners').has(ctx.lower(p)) && ctx.lower(p) !== 'the';
}

/** `Vernon Jordan`, `Chad Smith`: a one-word country name inside a longer proper name. */
function insideLongerName(ctx: Context, m: KbMatch, covered: (i: number) => boolean): boolean {
  if (m.last - m.first !== 1) return false;
  const p = m.first - 1;
  const prevName = ctx.isCap(p) && ctx.pos(p) === 'PROPN' && ctx.sameSentence(p, m.first) && !covered(p) && !ctx.list('titles').has(ctx.lower(p)) && !ctx.list('notNames').has(ctx.lower(p));
  if (prevName) return true;
  const n = m.last;
  return ctx.list('givenNameCountries').has(ctx.lower(m.first)) && ctx.isCap(n) && ctx.pos(n) === 'PROPN' && !covered(n) && ctx.sameSentence(n, m.first);
}

function readCountry(ctx: Context, m: KbMatch, iso3s: string[], opts: ReadOptions): Reading {
  const written = ctx.text.slice(ctx.tokens[m.first].start, ctx.tokens[m.last - 1].end).toLowerCase().replace(/\./g, '');
  const gov = governmentPhrase(ctx, m, iso3s);
  if (gov) return gov;
  if (placeContext(ctx, m.first, m.last)) return [];
  if (topic(ctx, m)) return [];
  // `Russia-Ukraine peace talks`, `the Israel-Hamas ceasefire`: each side of a hyphenated pair of
  // names is a party, even where a lone name before a noun would be a topic (or after `the`).
  const paired = (ctx.isHyphen(m.first - 1) && ctx.isCap(m.first - 2)) || (ctx.isHyphen(m.last) && ctx.isCap(m.last + 1));
  if (paired) return [make(ctx, iso3s, m.first, m.last, 'stated', 'name')];
  if (opts.prevConjunctPlace && /^(and|or)$/.test(ctx.lower(m.first - 1))) return [];
  if (describedThing(ctx, m.first, written)) return [];
  if (origin(ctx, m, opts)) return [];
  if (placeApposition(ctx, m, opts)) return [];
  // `Syria negotiators`, `a Syria cease-fire`, `the Iran deal`: the country names a topic.
  if (ctx.pos(m.last) === 'NOUN' && !ctx.isPossessive(m.last) && ctx.phraseAt(m.last, 'stateActionNouns') === 0 && ctx.sameSentence(m.last, m.first)) return [];
  if (iso3s.some((c) => ctx.list('homonymCountries').has(c.toLowerCase()) || ctx.list('homonymCountries').has(c))) {
    const vetoes = ctx.list('homonymVetoes');
    if (ctx.sentenceWords(m.first).some((w) => vetoes.has(w))) return [];
  }
  if (insideLongerName(ctx, m, opts.covered)) return [];
  return [make(ctx, iso3s, m.first, m.last, 'stated', 'name')];
}

/** `On Syria, where the war is in its sixth year, Kerry said`: a sentence opening on its topic. */
function topic(ctx: Context, m: KbMatch): boolean {
  let p = m.first - 1;
  if (ctx.lower(p) === 'the') p--;
  const w = ctx.lower(p);
  const opener = w === 'on' || w === 'regarding' || w === 'concerning' || (w === 'for' && ctx.lower(p - 1) === 'as');
  const start = w === 'for' ? p - 1 : p;
  return opener && (start === 0 || ctx.isSentenceStart(start)) && ctx.lower(m.last) === ',';
}

const GROUP_WORDS = /^(group|groups|opposition|rebel|rebels|militants|militia|militias|movement|party|faction|coalition|insurgents|separatists)$/;

/** `Angola's U.S.-backed UNITA rebel group`, `Lebanon's Hezbollah`: the country says where a group is from. */
function origin(ctx: Context, m: KbMatch, opts: ReadOptions): boolean {
  if (!ctx.isPossessive(m.last)) return false;
  let named = false;
  for (let i = m.last + 1; i < m.last + 7 && ctx.sameSentence(i, m.first); i++) {
    // `Turkey's U.N. ambassador`: an office of the country's own.
    if (ctx.list('roleNouns').has(ctx.lower(i))) return false;
    if (GROUP_WORDS.test(ctx.lower(i)) || opts.namedAt(i)) named = true;
    if (ctx.isVerb(i) && !ctx.isHyphen(i - 1)) break;
  }
  return named;
}

/** `in Amman, Jordan, Feb. 21`, `Homs province, Syria.`: a country after a place, set off by commas. */
function placeApposition(ctx: Context, m: KbMatch, opts: ReadOptions): boolean {
  const p = m.first - 1;
  if (ctx.lower(p) !== ',') return false;
  if (!opts.placeEndsAt(p) && !ctx.list('placeNounsAfter').has(ctx.lower(p - 1))) return false;
  const after = ctx.lower(m.last);
  return after === ',' || after === '.' || after === ';' || ctx.pos(m.last) === 'NUM' || !ctx.sameSentence(m.last, m.first);
}

/** `the government in Kyiv`, `the authorities in Damascus`, `Afghanistan's government`, `the Damascus government`. */
function governmentPhrase(ctx: Context, m: KbMatch, iso3s: string[]): Reading | null {
  const govs = iso3s.map((c) => govOf(ctx, c));
  const p = m.first - 1;
  if ((ctx.lower(p) === 'in' || ctx.lower(p) === 'of') && ctx.list('governmentNouns').has(ctx.lower(p - 1))) {
    return [make(ctx, govs, withThe(ctx, p - 1), m.last, 'inferred:government-of', 'name')];
  }
  let q = m.last;
  if (ctx.isPossessive(q)) q++;
  // `Sudan's army`, `Ukraine's forces`: the country's armed forces.
  const f = q > m.last ? ctx.phraseAt(q, 'forcesNouns') : 0;
  if (f > 0) return [make(ctx, iso3s.map((c) => forcesOf(ctx, c)), m.first, q + f, 'inferred:country-forces', 'name')];
  const k = ctx.list('governmentNouns').has(ctx.lower(q)) ? 1 : 0;
  if (k > 0) {
    const extra = ctx.phraseAt(q + 1, 'govNouns') + ctx.phraseAt(q + 1, 'forcesNouns');
    return [make(ctx, govs, withThe(ctx, m.first), q + 1 + extra, 'inferred:government-of', 'name')];
  }
  return null;
}

function readCapital(ctx: Context, m: KbMatch, iso3s: string[], opts: ReadOptions): Reading {
  const gov = governmentPhrase(ctx, m, iso3s);
  if (gov) return gov;
  const targets = iso3s.map((c) => govOf(ctx, c));
  const actor = (): Reading => [make(ctx, targets, m.first, m.last, 'inferred:metonym', 'capital')];
  if (ctx.isHyphen(m.last)) return ctx.list('hyphenActorSuffixes').has(ctx.lower(m.last + 1)) ? actor() : [];
  if (addressed(ctx, m.first)) return actor();
  if (placeContext(ctx, m.first, m.last)) return [];
  if (insideLongerName(ctx, m, opts.covered)) return [];
  const n = m.last;
  // Subject of a verb: `Washington wants`, `Damascus said`, `Moscow, which backs`.
  if (ctx.isVerb(n) && ctx.sameSentence(n, m.first)) return actor();
  if (ctx.lower(n) === ',' && /^(which|who)$/.test(ctx.lower(n + 1))) return actor();
  if (ctx.isPossessive(n) && !ctx.list('placeNounsAfter').has(ctx.lower(n + 1))) return actor();
  const p = m.first - 1;
  const w = ctx.lower(p);
  if (w === 'and' || w === 'or') return opts.prevConjunctActor ? actor() : [];
  if (ctx.list('actorPrepsBefore').has(w) && !/^(if|as|like|that|while|because|unless|but|nor|say|said|says|include|includes|included|including|notably)$/.test(w)) return actor();
  return [];
}
