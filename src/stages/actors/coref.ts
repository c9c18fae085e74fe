/**
 * Coreference within the article: a surname after the full name (`Savimbi` after `Jonas Savimbi`), a
 * surname the article never introduces but the KB knows (`Khalilzad said` → Zalmay Khalilzad), and
 * definite noun phrases that point back (or, for a role, ahead) to an actor: `the US envoy to
 * Afghanistan`, `the movement`, `the rebels`, `the regime`. The pointing itself is the shared service
 * in src/kb/reference.ts, which the quotes stage also uses.
 */
import type { ActorRecord } from '../../model/record.js';
import type { Span } from '../../model/span.js';
import { normaliseName, resolveReferenceIn, rolesAt, type Resolved } from '../../kb/index.js';
import type { Context } from './context.js';
import type { Proposal } from './proposal.js';

/** `Mr Kerry`, `President Trump`, `Secretary Blinken`: a title right before the surname. */
function titled(ctx: Context, first: number): boolean {
  return ctx.isTitle(first - 1);
}

/** `Khalilzad said`, `Assad's forces`: a verb of saying or acting, or a possessive, right after. */
function acting(ctx: Context, last: number): boolean {
  if (ctx.list('speechVerbs').has(ctx.lower(last)) || ctx.isPossessive(last)) return true;
  return ctx.lower(last) === ',' && ctx.list('speechVerbs').has(ctx.lower(last + 1));
}

/**
 * The person a KB surname match denotes: one already in the article (`inferred:surname`), or the
 * one KB person with that surname the evidence allows (`inferred:kb-surname`): the date narrows
 * namesakes (Assad father or son); then a title before (`President Trump`) suffices, a verb after
 * (`Khalilzad said`) needs the person's countries in the article or a role held on the date, and a
 * bare surname (`Putin and Trump`) needs both.
 */
export function resolveSurname(
  ctx: Context,
  p: Proposal,
  present: ReadonlySet<string>,
  countries: ReadonlySet<string>,
): { id: string; how: Proposal['how'] } | null {
  const here = p.ids.filter((id) => present.has(id));
  if (here.length === 1) return { id: here[0], how: 'inferred:surname' };
  if (here.length > 1) return null;
  if (ctx.list('determiners').has(ctx.lower(p.first - 1)) || ctx.list('notNames').has(ctx.lower(p.first))) return null;
  let people = p.ids.map((id) => ctx.kb.actors.get(id)).filter((a) => a?.type === 'person');
  const onDate = new Set(people.filter((a) => !ctx.published || rolesAt(a!, ctx.published).length > 0).map((a) => a!.id));
  if (people.length > 1) people = people.filter((a) => onDate.has(a!.id));
  if (people.length !== 1) return null;
  const a = people[0]!;
  const homes = [a.country, ...(a.roles ?? []).map((r) => r.org), ...(a.roles ?? []).map((r) => ctx.kb.actors.get(r.org ?? '')?.country)];
  const home = homes.some((c) => c && countries.has(c));
  const dated = ctx.published !== null && onDate.has(a.id);
  const bare = ctx.pos(p.first) === 'PROPN' && !ctx.isSentenceStart(p.first);
  const ok = titled(ctx, p.first) || (acting(ctx, p.last) && (home || dated)) || (bare && home && dated);
  return ok ? { id: a.id, how: 'inferred:kb-surname' } : null;
}

/** Surnames of the new persons the article introduces, normalised → id (ambiguous ones dropped). */
export function newSurnames(names: readonly { id: string; name: string; type: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  for (const n of names) {
    if (n.type !== 'person') continue;
    const parts = n.name.split(/\s+/);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1];
    for (const key of new Set([normaliseName(last), normaliseName(last.replace(/^(al|el)-/i, ''))])) {
      if (out.has(key) && out.get(key) !== n.id) clash.add(key);
      out.set(key, n.id);
    }
  }
  for (const k of clash) out.delete(k);
  return out;
}

export interface Phrase extends Span {
  first: number;
  last: number;
  /** The role words as written, for a person's role (`US envoy to Afghanistan`). */
  role?: string;
}

const DASH = /^[-–—]$/;

/** Definite phrases that may point to an actor: `the (US) envoy (to Afghanistan)`, `the movement`, `the regime`. */
export function referencePhrases(ctx: Context, taken: (i: number) => boolean, modifier: (i: number) => boolean): Phrase[] {
  const out: Phrase[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.lower(i) !== 'the' || taken(i)) continue;
    let j = i + 1;
    while (j < ctx.tokens.length && j - i < 6 && (modifier(j) || ctx.isHyphen(j) || (ctx.list('roleModifiers').has(ctx.lower(j)) && !ctx.list('roleNouns').has(ctx.lower(j))))) j++;
    const roleK = ctx.phraseAt(j, 'roleNouns');
    const single = j === i + 1 && (ctx.list('groupNouns').has(ctx.lower(j)) || ctx.list('governmentNouns').has(ctx.lower(j)) || ctx.lower(j) === 'ministry');
    if (!roleK && !single) continue;
    let end = j + (roleK || 1);
    if (taken(end - 1)) continue;
    const after = ctx.lower(end);
    // A title before a name (`the US envoy Steve Witkoff`) is not a reference; nor `the head of …`.
    if (ctx.isCap(end) && ctx.pos(end) === 'PROPN' && !ctx.isSentenceStart(end)) continue;
    if (after === 'of' || after === "'s" || ctx.isHyphen(end)) continue;
    const roleEnd = end;
    if (roleK && (after === 'to' || after === 'for') && ctx.isCap(end + 1)) {
      end += 2;
      while (ctx.isCap(end) && ctx.sameSentence(end, i) && end - i < 10) end++;
    }
    if (roleK && DASH.test(ctx.tokens[end]?.text ?? '') && !ctx.isHyphen(end)) {
      // `The US envoy - an Afghan born -`: an apposition between dashes belongs to the phrase.
      let k = end + 1;
      while (k < ctx.tokens.length && k - end < 8 && !DASH.test(ctx.tokens[k].text) && ctx.sameSentence(k, i)) k++;
      if (k < ctx.tokens.length && DASH.test(ctx.tokens[k].text) && k - end < 8) end = k + 1;
    }
    const s = ctx.span(i, end);
    const role = roleK ? ctx.text.slice(ctx.tokens[i + 1].start, ctx.tokens[Math.max(i + 1, end) - 1].end) : undefined;
    out.push({ ...s, first: i, last: end, ...(role ? { role: roleText(ctx, i + 1, roleEnd, end) } : {}) });
    i = end - 1;
  }
  return out;
}

/** `US envoy to Afghanistan` (without the article and without a dash apposition). */
function roleText(ctx: Context, first: number, roleEnd: number, end: number): string {
  let last = end;
  while (last > roleEnd && !ctx.isCap(last - 1)) last--;
  return ctx.text.slice(ctx.tokens[first].start, ctx.tokens[Math.max(last, roleEnd) - 1].end);
}

export function resolvePhrase(ctx: Context, phrase: Phrase, actors: readonly ActorRecord[], sentences: readonly Span[]): Resolved | null {
  return resolveReferenceIn({ text: ctx.text, published: ctx.published, actors, sentences }, phrase);
}
