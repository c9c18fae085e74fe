/**
 * Toponym scoring: detection by span overlap (P/R/F1), then, on matched toponyms, whether the
 * place resolved is within 161 km of the gold coordinates and whether it is the same GeoNames id
 * (where the gold has one and our id is `geonames:<id>`). Recall and resolution are also given per
 * `toponymType` (GeoWebNews: Literal, Metonymic, Non_Literal_Modifier, ...); predictions carry no
 * such type, so precision exists only overall.
 */
import type { Span } from '../model/span.js';
import { contextOf, type EvalError } from './errors.js';
import type { PredictedToponym } from './from-doc.js';
import { ACCURACY_KM, distanceKm } from './geo.js';
import { matchOneToOne, overlapLength } from './match.js';
import { accuracy, add, prf, ratio, zero, type Accuracy, type Counts, type Prf } from './metrics.js';

export interface GoldToponym extends Span {
  name?: string;
  lat?: number | null;
  lon?: number | null;
  geonameid?: number | string | null;
  toponymType?: string | null;
}

interface Tally {
  counts: Counts;
  within: [number, number];
  geonames: [number, number];
}

export interface PlaceCounts {
  all: Tally;
  byType: Record<string, Tally>;
}

const tally = (): Tally => ({ counts: zero(), within: [0, 0], geonames: [0, 0] });

export function emptyPlaceCounts(): PlaceCounts {
  return { all: tally(), byType: {} };
}

export function scorePlaces(
  gold: readonly GoldToponym[],
  pred: readonly PredictedToponym[],
  into: PlaceCounts,
  doc = '',
  text = '',
): EvalError[] {
  const predOf = matchOneToOne(gold.length, pred.length, (g, p) => overlapLength(gold[g], pred[p]));
  add(into.all.counts, { tp: predOf.filter((p) => p >= 0).length, gold: gold.length, pred: pred.length });
  const errors: EvalError[] = [];
  gold.forEach((g, i) => {
    const type = g.toponymType ?? null;
    const t = type ? (into.byType[type] ??= tally()) : null;
    if (t) add(t.counts, { tp: predOf[i] >= 0 ? 1 : 0, gold: 1, pred: 0 });
    const surface = text.slice(g.start, g.end);
    if (predOf[i] < 0) {
      errors.push({ task: 'places', doc, kind: 'miss', what: `toponym "${surface}"${type ? ` (${type})` : ''}`, text: surface, context: contextOf(text, g) });
      return;
    }
    const p = pred[predOf[i]];
    for (const tl of t ? [into.all, t] : [into.all]) {
      if (hasCoordinates(g)) {
        tl.within[1]++;
        if (within(g, p)) tl.within[0]++;
      }
      if (g.geonameid !== undefined && g.geonameid !== null) {
        tl.geonames[1]++;
        if (p.placeId === `geonames:${g.geonameid}`) tl.geonames[0]++;
      }
    }
    if (hasCoordinates(g) && !within(g, p)) {
      const where = p.lat === null || p.lon === null ? 'no coordinates' : `${Math.round(distanceKm(g.lat!, g.lon!, p.lat, p.lon))} km away`;
      errors.push({ task: 'places', doc, kind: 'miss', what: `resolution of "${surface}"`, text: surface, context: contextOf(text, g), note: `resolved to ${p.name} (${p.placeId}), ${where}` });
    }
  });
  const used = new Set(predOf);
  pred.forEach((p, i) => {
    if (!used.has(i)) errors.push({ task: 'places', doc, kind: 'extra', what: `toponym "${text.slice(p.start, p.end)}" → ${p.name}`, text: text.slice(p.start, p.end), context: contextOf(text, p) });
  });
  return errors;
}

function hasCoordinates(g: GoldToponym): g is GoldToponym & { lat: number; lon: number } {
  return typeof g.lat === 'number' && typeof g.lon === 'number';
}

function within(g: GoldToponym, p: PredictedToponym): boolean {
  return hasCoordinates(g) && p.lat !== null && p.lon !== null && distanceKm(g.lat, g.lon, p.lat, p.lon) <= ACCURACY_KM;
}

export interface PlaceLine {
  detection: Prf;
  within161km: Accuracy;
  geonamesExact: Accuracy;
}

export interface PlaceReport extends PlaceLine {
  byType: Record<string, { gold: number; recall: number | null; within161km: Accuracy; geonamesExact: Accuracy }>;
}

export function placeReport(c: PlaceCounts): PlaceReport {
  const line = (t: Tally): PlaceLine => ({
    detection: prf(t.counts),
    within161km: accuracy(...t.within),
    geonamesExact: accuracy(...t.geonames),
  });
  const byType: PlaceReport['byType'] = {};
  for (const [type, t] of Object.entries(c.byType).sort((a, b) => b[1].counts.gold - a[1].counts.gold)) {
    byType[type] = { gold: t.counts.gold, recall: ratio(t.counts.tp, t.counts.gold), within161km: accuracy(...t.within), geonamesExact: accuracy(...t.geonames) };
  }
  return { ...line(c.all), byType };
}
