/**
 * The choice among candidates, apart from the lookup: a role valid on the article's date, the
 * countries the article is about, agreement with the tagger's type, then KB order (prominence).
 */
import type { EntityMention } from '../../model/doc.js';
import { actorValidOn, rolesAt, type Kb, type KbActor } from '../../kb/index.js';
import type { Proposal } from './proposal.js';

export interface ChoiceContext {
  kb: Kb;
  published: string | null;
  /** ISO3 codes of the countries the article names (by name or demonym). */
  countries: ReadonlySet<string>;
  tagger: readonly EntityMention[] | undefined;
  /** The article text, to read the words of a proposal. */
  text?: string;
}

/** Points for each kind of evidence; the date outweighs the context, which outweighs prominence. */
const DATE_VALID = 4;
const DATE_INVALID = -4;
const COUNTRY_CONTEXT = 2;
const TYPE_AGREES = 3;
const TYPE_DISAGREES = -6;

/** The tagger's label of the span that overlaps the proposal most (`China` in `China's Foreign Ministry` is LOC; the reading is the ministry). */
function taggerType(ctx: ChoiceContext, p: Proposal): string | null {
  return taggedOver(ctx, p)?.type ?? null;
}

function taggedOver(ctx: ChoiceContext, p: Proposal): EntityMention | null {
  let best: EntityMention | null = null;
  let most = 0;
  for (const t of ctx.tagger ?? []) {
    const shared = Math.min(t.end, p.end) - Math.max(t.start, p.start);
    if (shared > most) {
      best = t;
      most = shared;
    }
  }
  // A label on a small part of a longer reading says little about the whole.
  return best && most * 2 >= p.end - p.start ? best : null;
}

/**
 * The tagger's PER against a KB organisation or state (`Brunei`, `al Qaeda`, `El Pais` read as
 * names of people): believed only where the words are a known homonym (`Jordan`, `Chad`) or the
 * tagger's name runs past the KB's words (`Michael Jordan`). The KB's own names are otherwise surer
 * than a tagger trained on sports and business news.
 */
function personVetoHolds(ctx: ChoiceContext, actor: KbActor, p: Proposal): boolean {
  const m = taggedOver(ctx, p);
  if (!m || m.type !== 'PER' || actor.type === 'person') return true;
  if (m.start < p.start || m.end > p.end) return true;
  const words = ctx.text?.slice(p.start, p.end).toLowerCase() ?? '';
  return ctx.kb.sets.get('givenNameCountries')?.has(words) === true || ctx.kb.sets.get('homonymCountries')?.has(actor.id.toLowerCase()) === true;
}

/**
 * The tagger learnt CoNLL's convention, where a country or a capital is LOC even when it acts
 * (`Damascus said`, `Germany said`): LOC rules out a person only. Person against non-person is
 * the one disagreement that vetoes a reading.
 */
function typeScore(actor: KbActor, tag: string | null): number {
  if (!tag || tag === 'MISC') return 0;
  const person = actor.type === 'person';
  if (tag === 'PER') return person ? TYPE_AGREES : TYPE_DISAGREES;
  if (person) return TYPE_DISAGREES;
  if (tag === 'LOC') return actor.type === 'state' ? TYPE_AGREES : 0;
  return actor.type === 'state' ? 0 : TYPE_AGREES;
}

export function score(ctx: ChoiceContext, actor: KbActor, p: Proposal): number {
  let s = 0;
  if (ctx.published) {
    if (actor.type === 'person') s += rolesAt(actor, ctx.published).length > 0 ? DATE_VALID : DATE_INVALID;
    else s += actorValidOn(actor, ctx.published) ? 0 : DATE_INVALID;
  }
  const home = [actor.country, ...(actor.roles ?? []).map((r) => ctx.kb.actors.get(r.org ?? '')?.country)];
  if (home.some((c) => c && ctx.countries.has(c))) s += COUNTRY_CONTEXT;
  s += typeScore(actor, taggerType(ctx, p));
  return s;
}

/**
 * The chosen id for a proposal, or null when the evidence rules every candidate out (a person the
 * tagger reads as a place). A government no longer in place on the date falls back to its state.
 */
export function choose(ctx: ChoiceContext, p: Proposal): string | null {
  if (p.ids.length === 1 && p.ids[0].startsWith('new:')) return p.ids[0];
  let best: { id: string; s: number; rank: number } | null = null;
  for (const id of p.ids) {
    const actor = ctx.kb.actors.get(id);
    if (!actor) continue;
    const s = score(ctx, actor, p);
    const rank = ctx.kb.rank.get(id) ?? Infinity;
    if (!best || s > best.s || (s === best.s && rank < best.rank)) best = { id, s, rank };
  }
  if (!best) return null;
  const actor = ctx.kb.actors.get(best.id)!;
  if (typeScore(actor, taggerType(ctx, p)) === TYPE_DISAGREES && personVetoHolds(ctx, actor, p)) return null;
  if ((actor.type === 'government' || actor.type === 'military') && !actorValidOn(actor, ctx.published) && actor.country) return actor.country;
  return best.id;
}
