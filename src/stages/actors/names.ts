/**
 * Names the knowledge base does not know become new actors (`new:<ID>`), with what the text says of
 * them: a title before the name (`US envoy Steve Witkoff`, `Ukrainian military observer Konstantyn
 * Mashovets`) or an apposition after it (`Bashar al-Zoubi, head of the political office of the
 * Yarmouk Army,`). Without the tagger's `mentions` layer, a run of capitalised words counts as a name
 * only with such a cue or a speech verb after it, so that no actor is made from a common noun.
 */
import type { EntityMention } from '../../model/doc.js';
import type { ActorType } from '../../model/record.js';
import { idFromName } from '../../kb/index.js';
import type { Context } from './context.js';
import type { Proposal } from './proposal.js';

export interface NewActor {
  id: string;
  name: string;
  type: ActorType;
  sector: string | null;
}

export interface Title {
  role: string;
  /** The actor the title ties the person to (`kb:USA`), from a mention inside it. */
  affiliation?: string;
  first: number;
}

/** Words that may stand inside a title: role nouns, modifiers, titles, and `of`. */
function titleWord(ctx: Context, i: number): boolean {
  const w = ctx.lower(i);
  return ctx.list('titles').has(w) || ctx.list('roleNouns').has(w) || ctx.list('roleModifiers').has(w);
}

/** The title directly before token `first` (`Taliban spokesman`, `U.S. Secretary of State`). */
export function titleBefore(ctx: Context, first: number, byToken: ReadonlyMap<number, Proposal>): Title | null {
  let i = first - 1;
  let hasRole = false;
  let affiliation: string | undefined;
  let start = first;
  if (ctx.lower(i) === 'of') return null;
  // `the Omani foreign minister, Badr bin Hamad al-Busaidi`: a title set off by one comma.
  if (ctx.lower(i) === ',' && (ctx.list('roleNouns').has(ctx.lower(i - 1)) || ctx.list('titles').has(ctx.lower(i - 1)))) i--;
  while (i >= 0 && first - i <= 8 && ctx.sameSentence(i, first)) {
    const p = byToken.get(i);
    if (p && p.kind !== 'new' && p.kind !== 'surname') {
      // Another person is not a title (`Senator Sheldon Whitehouse of Rhode Island`).
      if (ctx.kb.actors.get(p.ids[0])?.type === 'person') break;
      if (!affiliation) affiliation = p.ids[0].startsWith('new:') ? p.ids[0] : `kb:${p.ids[0]}`;
      i = p.first - 1;
      start = p.first;
      continue;
    }
    if (ctx.isHyphen(i)) {
      i--;
      continue;
    }
    if (!titleWord(ctx, i)) break;
    if (ctx.list('roleNouns').has(ctx.lower(i)) || ctx.list('titles').has(ctx.lower(i))) hasRole = true;
    start = i;
    i--;
  }
  while (start < first && (ctx.lower(start) === 'of' || ctx.lower(start) === 'the' || ctx.lower(start) === 'for')) start++;
  if (!hasRole || start >= first) return null;
  const end = ctx.lower(first - 1) === ',' ? first - 1 : first;
  if (end <= start) return null;
  const role = ctx.text.slice(ctx.tokens[start].start, ctx.tokens[end - 1].end);
  return { role, affiliation, first: start };
}

/** The apposition right after a name (`, head of the political office of the Yarmouk Army,`). */
export function appositionAfter(ctx: Context, last: number, byToken: ReadonlyMap<number, Proposal>): Title | null {
  if (ctx.lower(last) !== ',') return null;
  let i = last + 1;
  if (/^(a|an|the)$/.test(ctx.lower(i))) i++;
  const begin = i;
  let hasRole = false;
  let affiliation: string | undefined;
  while (i < ctx.tokens.length && i - begin < 12 && ctx.sameSentence(i, last) && !/^[,.;:()"“”]$/.test(ctx.lower(i))) {
    if (i - begin < 6 && (ctx.list('roleNouns').has(ctx.lower(i)) || ctx.list('titles').has(ctx.lower(i)))) hasRole = true;
    const p = byToken.get(i);
    if (p && p.kind !== 'new' && p.kind !== 'surname') affiliation = p.ids[0].startsWith('new:') ? p.ids[0] : `kb:${p.ids[0]}`;
    i++;
  }
  if (!hasRole || i === begin || ctx.isVerb(begin)) return null;
  return { role: ctx.text.slice(ctx.tokens[begin].start, ctx.tokens[i - 1].end), affiliation, first: begin };
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'dos', 'van', 'von', 'der', 'abu', 'la', 'le', 'del', 'ben']);

/** A run of capitalised words from token i (with name particles and inner hyphens), or null. */
function nameRun(ctx: Context, i: number, taken: (i: number) => boolean): [number, number] | null {
  if (!ctx.isCap(i) || taken(i) || ctx.list('notNames').has(ctx.lower(i)) || ctx.isTitle(i)) return null;
  let j = i;
  while (j < ctx.tokens.length && !taken(j) && ctx.sameSentence(i, j)) {
    const w = ctx.lower(j);
    if (ctx.isCap(j) && !ctx.isTitle(j) && !ctx.list('notNames').has(w) && /\p{L}/u.test(w)) j++;
    // `Department of Transportation`, `Observatory for Human Rights`: an organisation's name goes on.
    else if ((w === 'of' || w === 'for') && j > i && ctx.list('orgHeads').has(ctx.lower(j - 1)) && ctx.isCap(j + 1) && !taken(j + 1)) j++;
    else if (PARTICLES.has(w) && j > i && (ctx.isCap(j + 1) || (ctx.isHyphen(j + 1) && ctx.isCap(j + 2)))) j++;
    else if (ctx.isHyphen(j) && j > i && (ctx.isCap(j + 1) || /^\p{Ll}/u.test(ctx.tokens[j + 1]?.text ?? ''))) j++;
    else if (ctx.isHyphen(j - 1) && j > i && /^\p{Ll}/u.test(ctx.tokens[j].text) && ctx.isCap(j - 2)) j++;
    else break;
    // Tokens must touch or be separated by one space: a name does not run across a line break.
    if (j < ctx.tokens.length && ctx.tokens[j].start - ctx.tokens[j - 1].end > 1) break;
  }
  while (j > i && (PARTICLES.has(ctx.lower(j - 1)) || ctx.isHyphen(j - 1))) j--;
  return j > i ? [i, j] : null;
}

function words(ctx: Context, first: number, last: number): string[] {
  const out: string[] = [];
  for (let i = first; i < last; i++) if (!ctx.isHyphen(i)) out.push(ctx.lower(i));
  return out;
}

function orgType(ctx: Context, head: string): { type: ActorType; sector: string | null } {
  if (ctx.list('armedOrgHeads').has(head)) return { type: 'armed group', sector: null };
  if (head === 'party') return { type: 'political party', sector: null };
  if (ctx.list('civilOrgHeads').has(head)) return { type: 'civil society', sector: 'CVL' };
  if (ctx.list('governmentOrgHeads').has(head)) return { type: 'government', sector: 'GOV' };
  if (head === 'news' || head === 'agency') return { type: 'other', sector: null };
  return { type: 'other', sector: null };
}

function nameText(ctx: Context, first: number, last: number): string {
  return ctx.text.slice(ctx.tokens[first].start, ctx.tokens[last - 1].end).replace(/\s+/g, ' ');
}

/** Nouns after a name that make it a party rather than a modifier of a thing (`Yarmouk Army fighters`). */
const PARTY_NOUN_LISTS = ['roleNouns', 'titles', 'groupNouns', 'govNouns', 'forcesNouns', 'stateActionNouns', 'orgHeads'];

/**
 * Whether a tagger PER/ORG span names a party. The tagger finds names, not parties: a name that
 * modifies a thing (`the Benguela railroad`, `the Iron Dome defence system`, `Starlink terminals`),
 * a thing's own name (`Munich Security Conference`, `Crimea Peninsula`), a photographer's credit
 * (`Valentyn Ogirenko/Reuters`) are none. A lone word needs a cue (a title, a speech verb, `according
 * to`); an organisation needs a head noun that makes one (`Army`, `Council`), an acronym, or a cue.
 */
function taggedNameActs(ctx: Context, first: number, last: number, type: string): boolean {
  const ws = words(ctx, first, last);
  const head = ws[ws.length - 1];
  if (ctx.list('thingHeads').has(head)) return false;
  // `9AM EST`: a name starts with a letter.
  if (!/^\p{L}/u.test(ctx.tokens[first].text)) return false;
  const next = ctx.tokens[last];
  if (next && ctx.sameSentence(first, last) && /^\p{Ll}/u.test(next.text) && next.pos === 'NOUN' && !PARTY_NOUN_LISTS.some((l) => ctx.list(l).has(ctx.lower(last)))) return false;
  if (/^\/\s*\p{Lu}/u.test(ctx.text.slice(ctx.tokens[last - 1].end, ctx.tokens[last - 1].end + 3))) return false;
  // Verbs of saying and acting, not auxiliaries (`that Benghazi was a planned attack`).
  const cue = ctx.list('personCueVerbs').has(ctx.lower(last)) || (ctx.lower(first - 2) === 'according' && ctx.lower(first - 1) === 'to');
  if (type === 'PER') {
    if (last - first > 1 || cue) return true;
    return titleBeforeWords(ctx, first) || appositionAfter(ctx, last, new Map()) !== null;
  }
  // A head alone (`the Army`, `Congress`) is a common noun written large, resolved elsewhere if at all.
  if ((ctx.list('orgHeads').has(head) && ws.length > 1) || cue) return true;
  const name = ctx.text.slice(ctx.tokens[first].start, ctx.tokens[last - 1].end);
  // An acronym of three letters or more (`NRA`, `OPEC`); two (`R-SC`) are too often something else.
  return /^\p{Lu}{3,}$/u.test(name.replace(/[.\s-]/g, ''));
}

/** A title word right before a lone name (`Mr Lavrov`, `spokesman Zabihullah`). */
function titleBeforeWords(ctx: Context, first: number): boolean {
  return ctx.list('titles').has(ctx.lower(first - 1)) || ctx.list('roleNouns').has(ctx.lower(first - 1));
}

export interface NameFinding {
  proposal: Proposal;
  actor: NewActor;
}

/**
 * New actors from the text: the tagger's PER and ORG spans when the layer is there, and otherwise
 * runs of capitalised words with a cue. `taken(i)` tells which tokens a KB reading already covers.
 */
export function findNewNames(
  ctx: Context,
  taken: (i: number) => boolean,
  byToken: ReadonlyMap<number, Proposal>,
  tagger: readonly EntityMention[] | undefined,
  inKb: (i: number) => boolean = () => false,
): NameFinding[] {
  const out: NameFinding[] = [];
  const person = (first: number, last: number, stated: boolean): void => {
    const name = nameText(ctx, first, last);
    const title = titleBefore(ctx, first, byToken) ?? appositionAfter(ctx, last, byToken);
    const cue = title !== null || ctx.list('personCueVerbs').has(ctx.lower(last)) || (ctx.lower(first - 2) === 'according' && ctx.lower(first - 1) === 'to');
    if (!stated && !cue) return;
    const id = `new:${idFromName(name)}`;
    const s = ctx.span(first, last);
    out.push({
      proposal: { ids: [id], start: s.start, end: s.end, first, last, how: 'stated', kind: 'new', ...(title ? { role: title.role, affiliation: title.affiliation } : {}) },
      actor: { id, name, type: 'person', sector: null },
    });
  };
  const org = (first: number, last: number): void => {
    const ws = words(ctx, first, last);
    const head = ws[ws.length - 1];
    // `Ukrainian Defence Ministry adviser X`: a ministry used as a title belongs to the person.
    if (ctx.list('roleNouns').has(ctx.lower(last)) || ctx.list('titles').has(ctx.lower(last))) return;
    const name = nameText(ctx, first, last);
    const id = `new:${idFromName(name)}`;
    const s = ctx.span(first, last);
    out.push({ proposal: { ids: [id], start: s.start, end: s.end, first, last, how: 'stated', kind: 'new' }, actor: { id, name, ...orgType(ctx, head) } });
  };

  if (tagger) {
    const taggedPeople: [number, number][] = [];
    for (const m of tagger) {
      if (m.type !== 'PER' && m.type !== 'ORG') continue;
      let first = ctx.tokens.findIndex((t) => t.start >= m.start);
      if (first < 0) continue;
      let last = first;
      while (last < ctx.tokens.length && ctx.tokens[last].end <= m.end) last++;
      if (last === first) continue;
      // Not over a reading already made, nor wholly over KB words read as no actor (the wire
      // agency `Reuters`, a place): only a name the KB does not know is new.
      let overlap = false;
      let allKb = true;
      for (let i = first; i < last; i++) {
        if (taken(i)) overlap = true;
        if (!inKb(i)) allKb = false;
      }
      if (overlap || allKb || ctx.inDateline(ctx.tokens[first].start) || ctx.inSignoff(ctx.tokens[first].start)) continue;
      // A title the tagger swept into the name (`President Ashraf Ghani`) stays a title.
      while (first < last - 1 && ctx.list('titles').has(ctx.lower(first))) first++;
      if (ctx.list('notNames').has(ctx.lower(first)) && last - first === 1) continue;
      if (!taggedNameActs(ctx, first, last, m.type)) continue;
      if (m.type === 'PER') taggedPeople.push([first, last]);
      else org(first, last);
    }
    // `Alexander Alexandrov and Yevgeny Yerofeyev … Yerofeyev and Alexandrov both told`: a lone
    // surname of a person named in full is that person (coreference links it), not a new one.
    const fullNames = new Set(taggedPeople.filter(([f, l]) => l - f > 1).map(([, l]) => ctx.lower(l - 1)));
    for (const [first, last] of taggedPeople) {
      if (last - first === 1 && fullNames.has(ctx.lower(first))) continue;
      person(first, last, true);
    }
    return out;
  }

  for (let i = 0; i < ctx.tokens.length; i++) {
    const run = nameRun(ctx, i, taken);
    if (!run) continue;
    const [first, last] = run;
    i = last - 1;
    const ws = words(ctx, first, last);
    if (ctx.list('thingHeads').has(ws[ws.length - 1])) continue;
    if (ctx.list('orgHeads').has(ws[ws.length - 1])) {
      if (ws.length >= 2) org(first, last);
      continue;
    }
    if (ws.length >= 2 && ws.length <= 5 && ctx.pos(first) === 'PROPN') person(first, last, false);
  }
  return out;
}
