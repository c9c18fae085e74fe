/**
 * The other side: when a party of talks the story reports (a CONSULT or AGREE event with two or
 * more parties) states an offer or a red line without naming whom it addresses, it addresses the
 * other party of those talks: the one it talks with most often, never a mediator or an
 * international organisation (a watchdog or a host is not the other side). On a tie, the one of them
 * the story shows fighting; failing that, none.
 */
import type { EventRecord } from '../../model/record.js';

export function counterparty(holder: string, events: readonly EventRecord[], isMediator: (id: string) => boolean = () => false): string | null {
  const talks = events.filter((e) => (e.type === 'CONSULT' || e.type === 'AGREE') && e.negotiation && [...e.source, ...e.target].includes(holder));
  // The party the holder talks with most often; none when two are tied.
  const count = new Map<string, number>();
  for (const e of talks) for (const id of [...e.source, ...e.target]) if (id !== holder && !e.host.includes(id) && !isMediator(id)) count.set(id, (count.get(id) ?? 0) + 1);
  const ranked = [...count.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  const tied = ranked.filter(([, n]) => n === ranked[0][1]).map(([id]) => id);
  if (tied.length === 1) return tied[0];
  // Trilateral talks (Ukraine, Russia and the US in Geneva): the other side is the one at war with
  // the holder, when the story reports exactly one of them fighting.
  const fighting = tied.filter((id) => events.some((e) => e.type === 'ASSAULT' && !e.negated && [...e.source, ...e.target].includes(id)));
  return fighting.length === 1 ? fighting[0] : null;
}
