/** Roles over time: which of a person's roles was held on a date, and what a role is called in the text. */
import type { KbActor, KbRole } from './types.js';

/** Compare ISO prefixes at the shared precision: `2019` is within `2018-09`–`2021-10`. */
function before(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

export function roleValidOn(role: KbRole, date: string): boolean {
  if (role.from && before(date, role.from)) return false;
  if (role.to && before(role.to, date)) return false;
  return true;
}

/** The roles held on `date` (all roles when the date is unknown), most recent start first. */
export function rolesAt(actor: KbActor, date: string | null): KbRole[] {
  const roles = actor.roles ?? [];
  const valid = date ? roles.filter((r) => roleValidOn(r, date)) : [...roles];
  return valid.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
}

/** Whether an actor existed as such on a date (a person with no role then still exists: true). */
export function actorValidOn(actor: KbActor, date: string | null): boolean {
  if (!date) return true;
  if (actor.from && before(date, actor.from)) return false;
  if (actor.to && before(actor.to, date)) return false;
  return true;
}

/**
 * Whether a role answers to a role noun of the text (`envoy`, `spokesman`, `leader`, `foreign
 * minister`): the noun occurs in the title or kind; a head of state or government is a `leader`;
 * a `Secretary of State` or `Foreign Secretary` is a foreign minister and a `top diplomat`.
 */
export function roleAnswers(role: KbRole, noun: string, headOfState: ReadonlySet<string>): boolean {
  const title = `${role.title} ${role.kind ?? ''}`.toLowerCase();
  const n = noun.toLowerCase();
  if (title.includes(n)) return true;
  if (n === 'envoy' && /special (representative|envoy|coordinator)|envoy/.test(title)) return true;
  if (/spokes(man|woman|person)/.test(n) && /spokes(man|woman|person)/.test(title)) return true;
  if ((n === 'foreign minister' || n === 'diplomat' || n === 'top diplomat') && /secretary of state|foreign (minister|secretary)|foreign policy chief|external affairs minister/.test(title)) return true;
  if (n === 'leader' || n === 'head') return [...headOfState].some((h) => title.startsWith(h) || title.includes(`${h} of`)) || /leader|head of|chairman|commander/.test(title);
  if (n === 'negotiator' && /negotiat/.test(title)) return true;
  if (n === 'official') return true;
  return false;
}
