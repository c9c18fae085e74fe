/**
 * `would not be accepted by Ukrainians`: a people named by its plural demonym stands for its state,
 * when the story names that state by the same adjective elsewhere (`Ukrainian` → kb:UKR in the
 * actors layer). Only states: `Kurds` or `Palestinians` are no state, and a word the story never
 * ties to an actor gives nothing.
 */
import type { ActorSpan } from '../../nlp/actor-spans.js';
import type { FactContext } from '../../nlp/facts.js';

const PEOPLE = /^\s+(?:the\s+)?([A-Z][a-z]+(?:ians|ans|is|ese))\b/;

export function peopleAfter(ctx: FactContext, at: number): ActorSpan | null {
  const m = PEOPLE.exec(ctx.text.slice(at, at + 40));
  if (!m) return null;
  const word = m[1];
  const adjective = word.endsWith('ese') ? word : word.slice(0, -1);
  const state = [...ctx.actorById.values()].find((a) => a.type === 'state' && a.mentions.some((x) => x.text === adjective));
  if (!state) return null;
  const start = at + m[0].length - word.length;
  return { id: state.id, type: 'state', affiliation: null, text: word, start, end: start + word.length };
}
