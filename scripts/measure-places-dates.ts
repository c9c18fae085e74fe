/**
 * Measure the places and dates stages on the dev gold in ../shared/eval/dev (until `parley eval`
 * lands). Prints toponym detection P/R/F1 (span overlap) and, for matched toponyms, the share
 * resolved within 161 km (GeoWebNews, LGL, TR-News); DATE span P/R/F1 (overlap) and value accuracy
 * on matched DATE spans (TempEval-3, each document's `published` as the reference).
 *
 * Run: node --import tsx scripts/measure-places-dates.ts [geowebnews|lgl|trnews|tempeval3 ...]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeArticle } from '../src/ingest/article.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { sentencesStage } from '../src/stages/sentences/index.js';
import { placesStage } from '../src/stages/places/index.js';
import { datesStage } from '../src/stages/dates/index.js';
import { SHARED } from '../test/shared.js';
import type { Span } from '../src/model/span.js';

interface GoldDoc {
  id: string;
  text: string;
  published: string | null;
  places?: (Span & { name: string; lat: number; lon: number })[];
  dates?: (Span & { text: string; value: string; type: string })[];
}

const DEV = join(SHARED, 'eval', 'dev');
const CORPUS = join(SHARED, 'corpus');
const wanted = process.argv.slice(2);
const sets = wanted.length > 0 ? wanted : ['geowebnews', 'lgl', 'trnews', 'tempeval3', 'corpus'];
const pipeline = createPipeline([sentencesStage, placesStage, datesStage]);
const verbose = process.env.VERBOSE === '1';

function read(name: string): GoldDoc[] {
  const path = join(DEV, `${name}.jsonl`);
  if (!existsSync(path)) throw new Error(`${path}: not found (the dev gold lives in ../shared/eval/dev)`);
  return readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldDoc);
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** One-to-one greedy matching of predicted to gold spans by overlap, in text order. */
function match<G extends Span, P extends Span>(gold: readonly G[], pred: readonly P[]): [G, P][] {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  for (const g of gold) {
    const k = pred.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
    if (k >= 0) {
      used.add(k);
      pairs.push([g, pred[k]]);
    }
  }
  return pairs;
}

function f1(tp: number, nPred: number, nGold: number): string {
  const p = nPred ? tp / nPred : 0;
  const r = nGold ? tp / nGold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}`;
}

const stageMs = new Map<string, number>();
let words = 0;
type Evidence = string | { text: string; occurrence: number } | Evidence[];

/** Spans of a gold evidence in the corpus gold's three forms (first occurrence, k-th, a list). */
function spansOf(text: string, e: Evidence): Span[] {
  if (Array.isArray(e)) return e.flatMap((x) => spansOf(text, x));
  const [needle, k] = typeof e === 'string' ? [e, 1] : [e.text, e.occurrence];
  let at = -1;
  for (let i = 0; i < k; i++) at = text.indexOf(needle, at + 1);
  return at < 0 ? [] : [{ start: at, end: at + needle.length }];
}

/** The hand gold of the corpus articles (shared/corpus/gold): recall and precision per kind, as the seed README says. */
function measureCorpus(): void {
  const goldDir = join(CORPUS, 'gold');
  const files = ['001', '002', '003', '004', '005', '006', '007', '008', '009', '010', 'open-001', 'open-002'];
  let lOut = 0, lMatched = 0, lFound = 0;
  let pFound = 0, pWant = 0, pOut = 0, pMatched = 0, dFound = 0, dWant = 0, dOut = 0, dMatched = 0;
  for (const f of files) {
    const gold = JSON.parse(readFileSync(join(goldDir, `${f}.json`), 'utf8'));
    const art = JSON.parse(readFileSync(join(CORPUS, gold.article), 'utf8'));
    const text: string = art.text;
    const published: string | null = gold.publishedForDateTests ?? gold.published ?? null;
    const doc = pipeline.run(makeArticle({ text, published }));
    const places = doc.places ?? [];
    const dates = doc.dates ?? [];
    const usedPlaces = new Set<string>();
    for (const g of gold.places ?? []) {
      pWant++;
      const spans = spansOf(text, g.evidence);
      const hit = places.find((p) =>
        (g.country == null || p.country === g.country) &&
        (g.lat === undefined || (p.lat !== null && km(g.lat, g.lon, p.lat, p.lon!) <= (g.toleranceKm ?? 161))) &&
        p.mentions.some((m) => spans.some((s) => m.start < s.end && s.start < m.end)));
      if (hit) { pFound++; usedPlaces.add(hit.id); }
      else if (verbose) console.log(`CORPUS ${f} place MISS ${g.name} on ${JSON.stringify(g.evidence).slice(0, 80)}`);
    }
    pOut += places.length; pMatched += places.filter((p) => usedPlaces.has(p.id)).length;
    lOut += places.filter((p) => p.literal).length; lMatched += places.filter((p) => p.literal && usedPlaces.has(p.id)).length;
    lFound += (gold.places ?? []).filter((g: { evidence: Evidence; country: string | null; lat?: number; lon?: number; toleranceKm?: number }) => {
      const spans = spansOf(text, g.evidence);
      return places.some((p) => p.literal && (g.country == null || p.country === g.country) &&
        (g.lat === undefined || (p.lat !== null && km(g.lat, g.lon!, p.lat, p.lon!) <= (g.toleranceKm ?? 161))) &&
        p.mentions.some((m) => spans.some((s) => m.start < s.end && s.start < m.end)));
    }).length;
    if (verbose) for (const p of places) if (!usedPlaces.has(p.id)) console.log(`CORPUS ${f} place EXTRA${p.literal ? ' literal' : ''} ${p.name} (${p.kind}) ${p.mentions.map((m) => `${m.text}/${m.role}`).join(', ')}`);
    const usedDates = new Set<number>();
    for (const g of gold.dates ?? []) {
      dWant++;
      const spans = spansOf(text, g.evidence);
      const k = dates.findIndex((d, i) => !usedDates.has(i) && d.value === g.value && spans.some((s) => d.start < s.end && s.start < d.end));
      if (k >= 0) { dFound++; usedDates.add(k); }
      else if (verbose) {
        const near = dates.find((d) => spans.some((s) => d.start < s.end && s.start < d.end));
        console.log(`CORPUS ${f} date MISS ${JSON.stringify(g.evidence)} ${g.value} got ${near ? `"${near.text}" ${near.value}` : 'nothing'}`);
      }
    }
    dOut += dates.length; dMatched += usedDates.size;
    if (verbose) dates.forEach((d, i) => { if (!usedDates.has(i)) console.log(`CORPUS ${f} date EXTRA "${d.text}" ${d.value}`); });
  }
  console.log(`corpus places: recall ${(pFound / pWant).toFixed(3)} (${pFound}/${pWant}), precision ${(pMatched / pOut).toFixed(3)} (${pMatched}/${pOut})`);
  console.log(`corpus places used as locations (literal): recall ${(lFound / pWant).toFixed(3)} (${lFound}/${pWant}), precision ${(lMatched / lOut).toFixed(3)} (${lMatched}/${lOut})`);
  console.log(`corpus dates: recall ${(dFound / dWant).toFixed(3)} (${dFound}/${dWant}), precision ${(dMatched / dOut).toFixed(3)} (${dMatched}/${dOut})`);
}

for (const set of sets) {
  if (set === 'corpus') {
    if (existsSync(join(CORPUS, 'gold'))) measureCorpus();
    continue;
  }
  const docs = read(set);
  if (set === 'tempeval3') {
    let nGold = 0, nPred = 0, tp = 0, right = 0;
    for (const d of docs) {
      const doc = pipeline.run(makeArticle({ text: d.text, published: d.published }));
      const gold = (d.dates ?? []).filter((x) => x.type === 'DATE');
      const pred = (doc.dates ?? []).filter((x) => x.kind === 'date');
      const pairs = match(gold, pred);
      nGold += gold.length; nPred += pred.length; tp += pairs.length;
      for (const [g, p] of pairs) {
        if (p.value === g.value) right++;
        else if (verbose) console.log(`VALUE ${d.id} "${g.text}" gold ${g.value} got "${p.text}" ${p.value}`);
      }
      if (verbose) {
        for (const g of gold) if (!pairs.some(([x]) => x === g)) console.log(`MISS ${d.id} "${g.text}" ${g.value}`);
        for (const p of pred) if (!pairs.some(([, x]) => x === p)) console.log(`EXTRA ${d.id} "${p.text}" ${p.value}`);
      }
    }
    console.log(`tempeval3 DATE spans (overlap): ${f1(tp, nPred, nGold)}; value accuracy on matched ${(right / tp).toFixed(3)} (${right}/${tp})`);
    continue;
  }
  let nGold = 0, nPred = 0, tp = 0, near = 0, located = 0;
  for (const d of docs) {
    const doc = pipeline.run(makeArticle({ text: d.text, published: d.published }));
    for (const s of doc.stages) stageMs.set(s.name, (stageMs.get(s.name) ?? 0) + s.ms);
    words += d.text.split(/\s+/).length;
    const pred = (doc.places ?? []).flatMap((p) => p.mentions.map((m) => ({ ...m, lat: p.lat ?? 0, lon: p.lon ?? 0, name: p.name })));
    const gold = d.places ?? [];
    const pairs = match(gold, pred);
    nGold += gold.length; nPred += pred.length; tp += pairs.length;
    for (const [g, p] of pairs) {
      if (typeof g.lat !== 'number' || typeof g.lon !== 'number') continue; // gold without coordinates
      located++;
      const dist = km(g.lat, g.lon, p.lat, p.lon);
      if (dist <= 161) near++;
      else if (verbose) console.log(`FAR ${d.id} "${g.name}" gold ${g.lat},${g.lon} got ${p.name} ${p.lat},${p.lon} (${Math.round(dist)} km)`);
    }
    if (verbose) {
      for (const g of gold) if (!pairs.some(([x]) => x === g)) console.log(`MISS ${d.id} "${d.text.slice(g.start, g.end)}"`);
      for (const p of pred) if (!pairs.some(([, x]) => x === p)) console.log(`EXTRA ${d.id} "${p.text}" → ${p.name}`);
    }
  }
  console.log(`${set} toponyms (overlap): ${f1(tp, nPred, nGold)}; within 161 km on matched ${(near / located).toFixed(3)} (${near}/${located})`);
}
if (words) {
  const per = (name: string): string => ((stageMs.get(name) ?? 0) / (words / 600)).toFixed(2);
  console.log(`first pass, ms per 600 words: sentences ${per('sentences')}, places ${per('places')}, dates ${per('dates')}`);
}

// Speed, warm: the GeoWebNews texts through the pipeline three more times; the best round counts
// (the machine is shared, so the slowest rounds measure the neighbours).
if (sets.includes('geowebnews')) {
  const docs = read('geowebnews').map((d) => makeArticle({ text: d.text, published: '2019-09-03' }));
  const total = docs.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
  const best = new Map<string, number>();
  for (let round = 0; round < 3; round++) {
    const ms = new Map<string, number>();
    for (const a of docs) for (const s of pipeline.run(a).stages) ms.set(s.name, (ms.get(s.name) ?? 0) + s.ms);
    for (const [k, v] of ms) best.set(k, Math.min(best.get(k) ?? Infinity, v));
  }
  const per = (name: string): string => ((best.get(name) ?? 0) / (total / 600)).toFixed(2);
  console.log(`warm, best of 3, ms per 600 words: sentences ${per('sentences')}, places ${per('places')}, dates ${per('dates')}`);
}
