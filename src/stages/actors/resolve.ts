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
}

/** Points for each kind of evidence; the date outweighs the context, which outweighs prominence. */
const DATE_VALID = 4;
const DATE_INVALID = -4;
const COUNTRY_CONTEXT = 2;
const TYPE_AGREES = 3;
const TYPE_DISAGREES = -6;

function taggerType(ctx: ChoiceContext, p: Proposal): string | null {
  const m = ctx.tagger?.find((t) => t.start < p.end && p.start < t.end);
  return m?.type ?? null;
}

function typeScore(actor: KbActor, tag: string | null): number {
  if (!tag || tag === 'MISC') return 0;
  const fits = tag === 'PER' ? actor.type === 'person' : tag === 'LOC' ? actor.type === 'state' : actor.type !== 'person' && actor.type !== 'state';
  return fits ? TYPE_AGREES : TYPE_DISAGREES;
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
  if (typeScore(actor, taggerType(ctx, p)) === TYPE_DISAGREES) return null;
  if ((actor.type === 'government' || actor.type === 'military') && !actorValidOn(actor, ctx.published) && actor.country) return actor.country;
  return best.id;
}
