/**
 * Negotiation structure around a trigger: the round ordinal (`the ninth round of negotiations`),
 * a host or mediator (`hosted by Switzerland`, `Qatari-mediated`, `the Qatari capital hosted`), and
 * the CONSULT mode (phone, visit, third-party, multilateral).
 */
import type { Span } from '../../model/span.js';
import { spansIn } from '../../nlp/actor-spans.js';
import type { FactContext, PlaceSpan } from '../../nlp/facts.js';
import { loadData, phraseRegex } from '../../nlp/lexicon.js';
import { countryActorId } from './country.js';

interface NegotiationData {
  hostAfter: string[];
  hostAfterMustEndWith: string;
  hostBefore: string[];
  phone: string[];
  visit: string[];
  multilateral: string[];
}

interface Cues {
  hostAfter: RegExp;
  hostAfterEnd: RegExp;
  hostBefore: RegExp;
  phone: RegExp;
  visit: RegExp;
  multilateral: RegExp;
  ordinals: Record<string, number>;
  roundRe: RegExp;
}

let cues: Cues | undefined;
function load(): Cues {
  if (cues) return cues;
  const d = loadData<NegotiationData>('lexicons/negotiation.json');
  const ordinals = loadData<{ ordinals: Record<string, number> }>('lexicons/numbers.json').ordinals;
  cues = {
    hostAfter: phraseRegex(d.hostAfter, 'gi'),
    hostAfterEnd: new RegExp(`^[^,;]*?\\b(?:${d.hostAfterMustEndWith})\\b`, 'i'),
    hostBefore: new RegExp(d.hostBefore.map((p) => p.replace(/^-/, '[-‑]')).join('|'), 'gi'),
    phone: phraseRegex(d.phone, 'i'),
    visit: phraseRegex(d.visit, 'i'),
    multilateral: phraseRegex(d.multilateral, 'i'),
    ordinals,
    roundRe: new RegExp(`\\b(${Object.keys(ordinals).join('|')}|\\d+(?:st|nd|rd|th))\\s+(?:\\w+\\s+)?rounds?\\b`, 'i'),
  };
  return cues;
}

/** The round ordinal named in or just before the trigger (`ninth round`, `the 3rd round`). */
export function roundOf(text: string, clause: Span, trigger: Span): number | null {
  const c = load();
  const window = text.slice(Math.max(clause.start, trigger.start - 30), trigger.end);
  const m = c.roundRe.exec(window);
  if (!m) return null;
  const word = m[1].toLowerCase();
  return c.ordinals[word] ?? (parseInt(word, 10) || null);
}

export interface HostFinding {
  host: string[];
  /** A place that is also the host's venue (`the Qatari capital hosted`). */
  venue: PlaceSpan | null;
}

/** How far from a trigger a host cue may be (`United Nations-brokered peace talks`, `talks hosted by Norway`). */
const HOST_REACH = 40;

/** Hosts and mediators named next to a trigger, in its clause. */
export function hostsIn(ctx: FactContext, clause: Span, trigger: Span): string[] {
  const c = load();
  const { text } = ctx;
  const win = { start: Math.max(clause.start, trigger.start - HOST_REACH), end: Math.min(clause.end, trigger.end + HOST_REACH) };
  clause = win;
  const body = text.slice(clause.start, clause.end);
  const out: string[] = [];
  c.hostAfter.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.hostAfter.exec(body))) {
    const from = clause.start + m.index + m[0].length;
    const rest = text.slice(from, clause.end);
    // `through Omani mediators` is a host; `through the night` is not.
    if (/^through$/i.test(m[0]) && !c.hostAfterEnd.test(rest)) continue;
    const actor = spansIn(ctx.actors, from, Math.min(clause.end, from + 40))[0];
    if (actor) out.push(actor.id);
  }
  c.hostBefore.lastIndex = 0;
  while ((m = c.hostBefore.exec(body))) {
    const at = clause.start + m.index;
    // (the actor may include the possessive: `Oman’s` before `’s permanent mission`)
    const actor = ctx.actors.find((s) => s.start < at && s.end <= at + 2 && at - s.end <= 1);
    if (actor) out.push(actor.id);
    else {
      const place = ctx.places.find((p) => p.end <= at && at - p.end <= 1);
      const id = place ? countryActorId(place.country) : null;
      if (id) out.push(id);
    }
  }
  return [...new Set(out)];
}

export function modeCue(text: string, clause: Span): 'phone' | 'visit' | 'multilateral' | null {
  const c = load();
  const body = text.slice(clause.start, clause.end);
  if (c.phone.test(body)) return 'phone';
  if (c.visit.test(body)) return 'visit';
  if (c.multilateral.test(body)) return 'multilateral';
  return null;
}
