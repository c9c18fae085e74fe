/** From chosen mentions to the public ActorRecords: one per actor, its mentions in text order. */
import type { ActorRecord, ActorType, Mention } from '../../model/record.js';
import type { How } from '../../model/span.js';
import { rolesAt, type Kb } from '../../kb/index.js';
import type { NewActor } from './names.js';

export interface Chosen {
  id: string;
  start: number;
  end: number;
  how: How;
  role?: string;
  affiliation?: string;
  compound?: string[];
}

function kbAffiliation(kb: Kb, id: string, published: string | null): { role: string | null; affiliation: string | null } {
  const actor = kb.actors.get(id);
  if (!actor || actor.type !== 'person') return { role: null, affiliation: null };
  const roles = rolesAt(actor, published);
  if (published) {
    const r = roles[0];
    return { role: r?.title ?? null, affiliation: r?.org ? `kb:${r.org}` : null };
  }
  // Without a date the role is unknown; the affiliation is known when every role shares it.
  const orgs = new Set(roles.map((r) => r.org));
  const only = orgs.size === 1 ? [...orgs][0] : null;
  return { role: null, affiliation: only ? `kb:${only}` : null };
}

function countryOf(kb: Kb, ref: string | null): string | null {
  if (!ref?.startsWith('kb:')) return null;
  const a = kb.actors.get(ref.slice(3));
  return a?.country ?? null;
}

export function buildRecords(kb: Kb, text: string, published: string | null, chosen: readonly Chosen[], fresh: ReadonlyMap<string, NewActor>): ActorRecord[] {
  const byId = new Map<string, Chosen[]>();
  for (const c of chosen) {
    const list = byId.get(c.id) ?? [];
    list.push(c);
    byId.set(c.id, list);
  }
  const records: ActorRecord[] = [];
  for (const [id, list] of byId) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions: Mention[] = [];
    for (const c of list) {
      const prev = mentions[mentions.length - 1];
      if (prev && c.start < prev.end) continue;
      mentions.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), how: c.how, ...(c.compound ? { compound: c.compound } : {}) });
    }
    const statedRole = list.find((c) => c.role)?.role ?? null;
    const statedAff = list.find((c) => c.affiliation && c.affiliation !== `kb:${id.slice(3)}`)?.affiliation ?? null;
    if (id.startsWith('kb:')) {
      const a = kb.actors.get(id.slice(3))!;
      const known = kbAffiliation(kb, a.id, published);
      records.push({
        id,
        name: a.name,
        type: a.type,
        country: a.country,
        sector: a.sector,
        role: statedRole ?? known.role,
        affiliation: a.type === 'person' ? (statedAff ?? known.affiliation) : null,
        mentions,
      });
    } else {
      const n = fresh.get(id)!;
      const affiliation = statedAff;
      records.push({
        id,
        name: n.name,
        type: n.type as ActorType,
        country: countryOf(kb, affiliation),
        sector: n.sector,
        role: statedRole,
        affiliation,
        mentions,
      });
    }
  }
  return records.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
