/**
 * The other side: when a party of talks the story reports (a CONSULT or AGREE event with two or
 * more parties) states an offer or a red line without naming whom it addresses, it addresses the
 * other party of those talks: the one it talks with most often (none on a tie), never a mediator or
 * an international organisation (a watchdog or a host is not the other side).
 */
import type { EventRecord } from '../../model/record.js';

export function counterparty(holder: string, events: readonly EventRecord[], isMediator: (id: string) => boolean = () => false): string | null {
  const talks = events.filter((e) => (e.type === 'CONSULT' || e.type === 'AGREE') && e.negotiation && [...e.source, ...e.target].includes(holder));
  // The party the holder talks with most often; none when two are tied.
  const count = new Map<string, number>();
  for (const e of talks) for (const id of [...e.source, ...e.target]) if (id !== holder && !e.host.includes(id) && !isMediator(id)) count.set(id, (count.get(id) ?? 0) + 1);
  const ranked = [...count.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0][1])) return null;
  return ranked[0][0];
}
