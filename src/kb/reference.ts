/**
 * Resolving a reference to an earlier (or, for a role, nearby) actor of the article: a pronoun
 * (`he`, `they`, `it`), a role noun phrase (`the envoy`, `the US envoy to Afghanistan`, `the Kremlin
 * leader`), a group noun (`the movement`, `the rebels`) or a government noun (`the regime`).
 *
 * A pure service over the `actors` layer: the actors stage uses it for its own coreference, and the
 * quotes stage calls `resolveReference(doc, span)` for a speaker written as a pronoun or a role.
 */
import type { Doc } from '../model/doc.js';
import type { ActorRecord } from '../model/record.js';
import type { How, Span } from '../model/span.js';
import { lookup } from './candidates.js';
import { loadKb, type Kb } from './load.js';
import { rolesAt, roleAnswers } from './roles.js';

export interface Resolved {
  /** Actor id as in the actors layer (`kb:ZALMAY_KHALILZAD`, `new:…`). */
  actor: string;
  how: How;
}

export interface ReferenceContext {
  text: string;
  published: string | null;
  actors: readonly ActorRecord[];
  /** Sentence spans, to bound how far back a pronoun may reach. */
  sentences: readonly Span[];
}

/** Resolve the reference written at `span` of the doc's text against its `actors` layer. */
export function resolveReference(doc: Doc, span: Span): Resolved | null {
  return resolveReferenceIn(
    { text: doc.article.text, published: doc.article.published, actors: doc.actors ?? [], sentences: doc.sentences ?? [] },
    span,
  );
}

const PERSONAL = /^(he|him|his|himself|she|her|hers|herself)$/i;
const COLLECTIVE = /^(they|them|their|theirs|themselves|it|its|itself)$/i;
/** How many sentences back a pronoun or a group noun may reach. */
const PRONOUN_REACH = 2;
const GROUP_REACH = 3;
/** How many sentences ahead a role phrase may find its person (`the US envoy … said`, then `Khalilzad said`). */
const ROLE_REACH_AHEAD = 4;

/** Spans between paired quotation marks (`"…"`, `“…”`), paragraph by paragraph. */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && text[i + 1] === '\n') open = -1;
    else if (ch === '“' || (ch === '"' && open < 0)) open = i;
    else if ((ch === '”' || ch === '"') && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}

interface Occurrence {
  actor: ActorRecord;
  start: number;
  end: number;
}

function occurrences(actors: readonly ActorRecord[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const a of actors) for (const m of a.mentions) out.push({ actor: a, start: m.start, end: m.end });
  return out.sort((x, y) => x.start - y.start);
}

function sentenceIndex(sentences: readonly Span[], offset: number): number {
  for (let i = 0; i < sentences.length; i++) if (offset < sentences[i].end) return i;
  return sentences.length;
}

export function resolveReferenceIn(ctx: ReferenceContext, span: Span): Resolved | null {
  const kb = loadKb();
  const written = ctx.text.slice(span.start, span.end).trim();
  const here = sentenceIndex(ctx.sentences, span.start);
  const occ = occurrences(ctx.actors).filter((o) => o.end <= span.start || o.start >= span.end);
  const before = occ.filter((o) => o.end <= span.start && here - sentenceIndex(ctx.sentences, o.start) <= PRONOUN_REACH);

  if (PERSONAL.test(written)) {
    // `"… whether Assad is held accountable," he said`: a person named inside a quotation is not
    // the one who speaks it; look past quoted text unless the pronoun is itself inside the quote.
    const quotes = quotedSpans(ctx.text);
    const inside = (x: number): Span | undefined => quotes.find((q) => q.start <= x && x < q.end);
    const own = inside(span.start);
    const people = before.filter((o) => o.actor.type === 'person' && (inside(o.start) === undefined || inside(o.start) === own));
    const last = people.pop();
    if (!last) return null;
    // The subject of the nearest sentence naming a person comes first in it: in `Bashar al-Zoubi …
    // said this would provide cover for President Bashar al-Assad …` the speaker is al-Zoubi.
    const s = sentenceIndex(ctx.sentences, last.start);
    const first = [...people, last].find((o) => sentenceIndex(ctx.sentences, o.start) === s)!;
    return { actor: first.actor.id, how: 'inferred:pronoun' };
  }
  if (COLLECTIVE.test(written)) {
    const hit = before.filter((o) => o.actor.type !== 'person').pop();
    return hit ? { actor: hit.actor.id, how: 'inferred:pronoun' } : null;
  }

  // An apposition between dashes or after a comma (`The US envoy - an Afghan born -`) is not the role.
  const words = written.toLowerCase().replace(/[’']s\b/g, '').split(/\s+[-–—,]|,\s|\s+[-–—]\s+/)[0].split(/\s+/);
  while (words.length && kb.sets.get('determiners')!.has(words[0])) words.shift();
  if (words.length === 0) return null;
  const phrase = words.join(' ');
  const near = (o: Occurrence): boolean => here - sentenceIndex(ctx.sentences, o.start) <= GROUP_REACH;

  // `advance against the opposition`: the opposition of the story (sector OPP, or a group the KB
  // names an opposition), not any armed group: Islamic State is in the KB's REB sector too.
  if (words.length === 1 && phrase === 'opposition') {
    const opposition = (o: Occurrence): boolean => {
      if (o.actor.type === 'person') return false;
      if (o.actor.sector === 'OPP') return true;
      const k = kb.actors.get(o.actor.id.replace(/^kb:/, ''));
      return !!k && [k.name, ...k.aliases].some((n) => /\bopposition\b/i.test(n));
    };
    const hit = occ.filter((o) => o.end <= span.start && near(o) && opposition(o)).pop();
    return hit ? { actor: hit.actor.id, how: 'inferred:group-noun' } : null;
  }
  if (words.length === 1 && kb.sets.get('groupNouns')!.has(phrase)) {
    const armedOnly = /rebels|militants|insurgents|militia|fighters|guerrillas|jihadists|separatists/.test(phrase);
    const hit = occ
      .filter((o) => o.end <= span.start && near(o))
      .filter((o) => o.actor.type === 'armed group' || (!armedOnly && (o.actor.type === 'political party' || (o.actor.type === 'other' && o.actor.sector === 'OPP'))))
      .pop();
    return hit ? { actor: hit.actor.id, how: 'inferred:group-noun' } : null;
  }
  if (words.length === 1 && kb.sets.get('governmentNouns')!.has(phrase)) {
    const hit = occ.filter((o) => o.end <= span.start && near(o) && o.actor.type === 'government').pop();
    return hit ? { actor: hit.actor.id, how: 'inferred:government-noun' } : null;
  }
  if (words.length === 1 && phrase === 'ministry') {
    const hit = occ.filter((o) => o.end <= span.start && near(o) && o.actor.type === 'government' && /ministry|department|office/i.test(o.actor.name)).pop();
    return hit ? { actor: hit.actor.id, how: 'inferred:government-noun' } : null;
  }
  return resolveRolePhrase(ctx, kb, span, words, occ, here);
}

/** `the US envoy to Afghanistan`: the role noun, and whom the modifiers tie it to (`US` → USA). */
function parseRolePhrase(kb: Kb, words: string[]): { noun: string; ties: Set<string> } | null {
  // Cut a trailing complement (`to Afghanistan`, `for Syria`): it names the role's object, not its holder.
  const cut = words.findIndex((w, i) => i > 0 && (w === 'to' || w === 'for' || w === 'in' || w === 'on'));
  const head = cut > 0 ? words.slice(0, cut) : words;
  const roleNouns = kb.sets.get('roleNouns')!;
  let noun: string | null = null;
  let nounStart = head.length;
  for (let k = Math.min(3, head.length); k >= 1 && !noun; k--) {
    const cand = head.slice(head.length - k).join(' ');
    if (roleNouns.has(cand)) {
      noun = cand;
      nounStart = head.length - k;
    }
  }
  if (!noun) return null;
  const ties = new Set<string>();
  const modifiers = kb.sets.get('roleModifiers')!;
  for (const w of head.slice(0, nounStart)) {
    if (modifiers.has(w)) continue;
    for (const c of lookup(w, kb)) {
      if (c.kind === 'demonym' || c.kind === 'name' || c.kind === 'seat') ties.add(c.actor.type === 'state' ? c.actor.id : c.actor.id);
      if (c.actor.country) ties.add(c.actor.country);
    }
  }
  return { noun, ties };
}

function resolveRolePhrase(ctx: ReferenceContext, kb: Kb, span: Span, words: string[], occ: Occurrence[], here: number): Resolved | null {
  const parsed = parseRolePhrase(kb, words);
  if (!parsed) return null;
  const heads = kb.sets.get('headOfStateRoles')!;
  const fits = (a: ActorRecord): boolean => {
    if (a.type !== 'person') return false;
    const kbActor = a.id.startsWith('kb:') ? kb.actors.get(a.id.slice(3)) : undefined;
    const roles = kbActor ? rolesAt(kbActor, ctx.published) : [];
    const stated = a.role ? [{ title: a.role, org: a.affiliation?.replace(/^kb:/, '') ?? null }] : [];
    const all = [...stated, ...roles];
    return all.some((r) => {
      if (!roleAnswers(r, parsed.noun, heads)) return false;
      if (parsed.ties.size === 0) return true;
      const org = r.org ? kb.actors.get(r.org) : undefined;
      return [r.org, org?.country, kbActor?.country, a.country].some((x) => x && parsed.ties.has(x));
    });
  };
  const prior = occ.filter((o) => o.end <= span.start && fits(o.actor)).pop();
  if (prior) return { actor: prior.actor.id, how: 'inferred:role-noun' };
  const ahead = occ.find((o) => o.start >= span.end && fits(o.actor) && sentenceIndex(ctx.sentences, o.start) - here <= ROLE_REACH_AHEAD);
  if (ahead) return { actor: ahead.actor.id, how: 'inferred:role-noun' };
  return roleHolderOn(kb, parsed, ctx.published);
}

/**
 * `the Saudi king`, `the Iranian foreign minister` with no one in the article to point to: the one
 * KB person who held that office for that country on the article's date. Needs the date and a tie;
 * an office several people held then (`the US envoy`) stays unresolved.
 */
function roleHolderOn(kb: Kb, parsed: { noun: string; ties: Set<string> }, date: string | null): Resolved | null {
  if (!date || parsed.ties.size === 0 || parsed.noun === 'official') return null;
  const heads = kb.sets.get('headOfStateRoles')!;
  const holders: string[] = [];
  for (const a of kb.actors.values()) {
    if (a.type !== 'person') continue;
    const held = rolesAt(a, date).some((r) => {
      const title = r.title.toLowerCase();
      // A deputy or vice holder is not `the foreign minister`.
      if (new RegExp(`\\b(deputy|vice|assistant|former) ${parsed.noun}`).test(title)) return false;
      if (!title.includes(parsed.noun) && !(parsed.noun === 'leader' && roleAnswers(r, 'leader', heads))) return false;
      const org = r.org ? kb.actors.get(r.org) : undefined;
      return [r.org, org?.country].some((x) => x && parsed.ties.has(x));
    });
    if (held) holders.push(a.id);
  }
  return holders.length === 1 ? { actor: `kb:${holders[0]}`, how: 'inferred:kb-role' } : null;
}
