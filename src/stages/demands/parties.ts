/**
 * `urged all parties to accept the terms`, `calls on the warring sides to ...`: who `the parties` are.
 * Wire copy means the sides of the war the story is about: a country's government and its opposition
 * taken as a whole (the `<ISO3>_GOV` and `<ISO3>_OPP` actors of the actors layer, when the story names
 * both for exactly one country). Failing that, the parties of the last talks the story reports (the
 * events layer) told before, unless the one urging is one of them: who urges `all parties` stands outside them.
 * Otherwise nobody: a guess is worse than none.
 */
import type { ActorRecord, EventRecord } from '../../model/record.js';

/** `all parties`, `the parties`, `both sides`, `the warring sides`, right after the cue (not `the parties of the accord`). */
export const PLURAL_OBJECT = /^\s+(?:all|both|the)\s+(?:the\s+)?(?:warring\s+|rival\s+|conflicting\s+)?(?:parties|sides|factions)\b(?!\s+(?:of|in|at|from|on|to)\b)/i;

export function partiesAddressed(actors: Iterable<ActorRecord>, events: readonly EventRecord[], holder: string, before: number): string[] {
  const ids = new Set<string>();
  for (const a of actors) if (a.mentions.length) ids.add(a.id);
  const wars = [...ids].map((id) => /^kb:([A-Z]{3})_GOV$/.exec(id)?.[1]).filter((c): c is string => !!c && ids.has(`kb:${c}_OPP`));
  if (wars.length === 1) return [`kb:${wars[0]}_GOV`, `kb:${wars[0]}_OPP`].filter((id) => id !== holder);
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.evidence.start >= before || e.type !== 'CONSULT' || !e.negotiation || e.mode === 'visit' || e.mode === 'phone') continue;
    const parties = [...new Set([...e.source, ...e.target])].filter((id) => !e.host.includes(id));
    if (parties.length < 2) continue;
    return parties.includes(holder) ? [] : parties;
  }
  return [];
}

/** Sectors that stand against a country's government in its own war. */
const AGAINST_GOVERNMENT = new Set(['OPP', 'REB']);

/**
 * `The HNC's demands include allowing aid convoys into besieged areas`: a side of a civil war that
 * names nobody asks it of the other side. The holder is an opposition or rebel actor of country C
 * and the story names C's government: the government; the holder is C's government and the story
 * names exactly one opposition or rebel actor of C: that actor. Otherwise nobody (an interstate war
 * has no such sides in the KB, and a guess is worse than none).
 */
export function otherSide(actors: Iterable<ActorRecord>, holder: string): string | null {
  const named = [...actors].filter((a) => a.mentions.length > 0 && a.type !== 'person');
  const self = named.find((a) => a.id === holder);
  if (!self?.country) return null;
  const government = `kb:${self.country}_GOV`;
  if (self.sector && AGAINST_GOVERNMENT.has(self.sector)) return named.some((a) => a.id === government) ? government : null;
  if (holder !== government) return null;
  const against = named.filter((a) => a.country === self.country && a.sector && AGAINST_GOVERNMENT.has(a.sector));
  return against.length === 1 ? against[0].id : null;
}
