/**
 * Actors across articles. A knowledge-base actor (`kb:…`) is one actor wherever it appears. An
 * actor the text introduces (`new:…`, an id that only means something inside its article) is the
 * same actor in another article when its name and its affiliation agree; a name alone is not
 * enough (two `Ahmed Shah`s of different parties stay two).
 */
import type { ActorRef } from '../store/types.js';
import type { ActorFact } from './input.js';
import { countryOfId, normName, slug } from './names.js';

/** An actor across articles: the per-article fact's fields, with a merged id and what was merged. */
export interface MergedActor extends Pick<ActorFact, 'name' | 'type' | 'country' | 'sector' | 'role' | 'affiliation'> {
  id: string;
  aliases: string[];
  articles: Set<string>;
  mentions: number;
}

export interface ActorMerge {
  actors: Map<string, MergedActor>;
  /** Merged id of an id used inside an article. */
  resolve(articleId: string, localId: string): string;
  /** `articleId\tlocalId` → merged id, for the store's actor_map. */
  map: Map<string, string>;
  ref(id: string): ActorRef;
}

function mostCommon<T>(values: (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null && v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestN = 0;
  for (const [v, n] of counts) if (n > bestN) [best, bestN] = [v, n];
  return best;
}

export function mergeActors(facts: readonly ActorFact[]): ActorMerge {
  const key = (a: string, l: string) => `${a}\t${l}`;
  const map = new Map<string, string>();
  const groups = new Map<string, ActorFact[]>();
  // Knowledge-base actors first, so a new actor's affiliation can point at a merged id.
  const sorted = [...facts].sort((a, b) => (a.articleId + a.localId).localeCompare(b.articleId + b.localId));
  for (const f of sorted) {
    if (!f.localId.startsWith('new:')) {
      map.set(key(f.articleId, f.localId), f.localId);
      push(groups, f.localId, f);
    }
  }
  const local = new Map(sorted.map((f) => [key(f.articleId, f.localId), f]));
  const affiliationOf = (f: ActorFact): string => {
    if (!f.affiliation) return '';
    if (!f.affiliation.startsWith('new:')) return f.affiliation;
    const aff = local.get(key(f.articleId, f.affiliation));
    return aff ? `name:${normName(aff.name)}` : '';
  };
  // New actors: grouped on (name, affiliation), then given a readable id; a clash of slugs
  // between different groups is told apart by the affiliation, then by a counter.
  const newGroups = new Map<string, ActorFact[]>();
  for (const f of sorted) if (f.localId.startsWith('new:')) push(newGroups, `${normName(f.name)}|${affiliationOf(f)}`, f);
  const taken = new Set(groups.keys());
  for (const groupKey of [...newGroups.keys()].sort()) {
    const members = newGroups.get(groupKey)!;
    const [name, aff] = groupKey.split('|');
    let id = `new:${name}`;
    if (taken.has(id) && aff) id = `new:${name}~${slug(aff.replace(/^(kb|name):/, ''))}`;
    for (let n = 2; taken.has(id); n++) id = `new:${name}-${n}`;
    taken.add(id);
    groups.set(id, members);
    for (const f of members) map.set(key(f.articleId, f.localId), id);
  }

  const actors = new Map<string, MergedActor>();
  for (const [id, members] of groups) {
    const names = members.map((m) => m.name);
    actors.set(id, {
      id,
      name: mostCommon(names) ?? id,
      type: mostCommon(members.map((m) => m.type)),
      country: mostCommon(members.map((m) => m.country)) ?? countryOfId(id),
      sector: mostCommon(members.map((m) => m.sector)),
      role: mostCommon(members.map((m) => m.role)),
      affiliation: null,
      aliases: [...new Set(names)].sort(),
      articles: new Set(members.map((m) => m.articleId)),
      mentions: members.reduce((n, m) => n + m.mentions, 0),
    });
  }
  const resolve = (articleId: string, localId: string): string => {
    const found = map.get(key(articleId, localId));
    if (found) return found;
    // An id an event or quote uses without an actor record: kb ids stand for themselves; a
    // new id stays scoped to its article so it cannot merge by accident.
    const id = localId.startsWith('new:') ? `${localId}@${articleId.slice(7, 15)}` : localId;
    if (!actors.has(id)) {
      actors.set(id, {
        id, name: localId.replace(/^(kb|new):/, '').replace(/_/g, ' '), type: null, country: countryOfId(id),
        sector: null, role: null, affiliation: null, aliases: [], articles: new Set([articleId]), mentions: 0,
      });
    } else actors.get(id)!.articles.add(articleId);
    map.set(key(articleId, localId), id);
    return id;
  };
  for (const [id, members] of groups) {
    const affs = members.map((m) => (m.affiliation ? resolve(m.articleId, m.affiliation) : null));
    actors.get(id)!.affiliation = mostCommon(affs.filter((a) => a !== id));
  }
  const ref = (id: string): ActorRef => {
    const a = actors.get(id);
    return { id, name: a?.name ?? id, type: a?.type ?? null };
  };
  return { actors, resolve, map, ref };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
