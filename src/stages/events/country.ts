/**
 * The state actor of a country code: a place's ISO 3166 alpha-2 code (`QA`) to the knowledge-base
 * id of the state (`kb:QAT`), for hosts named by their capital (`the Qatari capital hosted`).
 */
import countries from 'i18n-iso-countries';

export function countryActorId(alpha2: string | null): string | null {
  if (!alpha2) return null;
  const a3 = countries.alpha2ToAlpha3(alpha2.toUpperCase());
  return a3 ? `kb:${a3}` : null;
}
