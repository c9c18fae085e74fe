/**
 * Is our place the gold place? By coordinates within the gold's `toleranceKm` (25 km when it gives
 * none); a gold country without coordinates matches a country of ours with the same ISO code
 * (alpha-2 or alpha-3 on our side).
 */
import countries from 'i18n-iso-countries';
import type { PlaceRecord } from '../../model/record.js';
import { distanceKm } from '../geo.js';
import type { GoldPlace } from './gold.js';

export const DEFAULT_TOLERANCE_KM = 25;

export function alpha2(code: string | null | undefined): string | null {
  if (!code) return null;
  const upper = code.toUpperCase();
  if (upper.length === 2) return upper;
  return countries.alpha3ToAlpha2(upper) ?? null;
}

/** null when our place is the gold place, else why not. */
export function placeMismatch(gold: GoldPlace, ours: PlaceRecord): string | null {
  if (typeof gold.lat === 'number' && typeof gold.lon === 'number') {
    if (ours.lat === null || ours.lon === null) return `${ours.name} has no coordinates`;
    const km = distanceKm(gold.lat, gold.lon, ours.lat, ours.lon);
    const tolerance = gold.toleranceKm ?? DEFAULT_TOLERANCE_KM;
    return km <= tolerance ? null : `${ours.name} is ${Math.round(km)} km from ${gold.name} (tolerance ${tolerance} km)`;
  }
  const want = alpha2(gold.country);
  const got = alpha2(ours.country);
  if (ours.kind !== 'country') return `${ours.name} is a ${ours.kind}, not the country ${gold.name}`;
  return want !== null && want === got ? null : `${ours.name} has country ${ours.country ?? 'none'}, not ${gold.country}`;
}

/**
 * An event's place (ours: a place id from the places layer, or a name) against a gold place name.
 * The gold name is looked up among the gold places for its coordinates; names compare as a
 * fallback.
 */
export function eventPlaceMismatch(
  goldNames: readonly string[],
  goldPlaces: readonly GoldPlace[],
  ourPlace: string | null,
  ourPlaces: readonly PlaceRecord[],
): string | null {
  if (goldNames.length === 0) return null;
  if (ourPlace === null) return `place: none, not ${goldNames.join(' or ')}`;
  const lower = (s: string) => s.toLowerCase();
  const record = ourPlaces.find((p) => p.id === ourPlace) ?? ourPlaces.find((p) => lower(p.name) === lower(ourPlace));
  for (const name of goldNames) {
    const gold = goldPlaces.find((p) => lower(p.name) === lower(name));
    if (gold && record && placeMismatch(gold, record) === null) return null;
    if (lower(record?.name ?? ourPlace) === lower(name)) return null;
  }
  return `place: ${record?.name ?? ourPlace}, not ${goldNames.join(' or ')}`;
}
