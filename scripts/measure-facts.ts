/**
 * Measure the events, demands and figures stages against the hand gold (the seed and the corpus).
 *
 *   node --import tsx scripts/measure-facts.ts [--mode oracle|pipeline] [--verbose] [--only 003]
 *
 * --mode oracle (default): the stages read the analyst's own actors, places, dates, quotes and
 *   not-body blocks (see facts-gold.ts), so the numbers are those of these three stages alone.
 * --mode pipeline: the default pipeline end to end (whatever upstream stages it holds).
 * --repeat N: also time the three stages warm, N more runs over every article (CPU time, so that
 *   other processes on the machine do not count).
 *
 * Matching (seed README): a fact is found when an output fact of the same kind has the same key
 * fields and its evidence overlaps one of the gold's evidence spans; each output fact matches at most
 * one gold fact. Actors compare as parties: a person with a known affiliation counts as that party
 * (the gold names parties for negotiation events and demands, and people elsewhere), on both sides.
 * - events: same PLOVER type, same set of parties (source ∪ target ∪ parties), and, when the gold
 *   names a place, the same place. Lenient: same type and at least one party in common.
 * - demands: same holder set and same addressee set (null = none). Lenient: a holder in common.
 * - figures: same quantity.
 * The project's evaluator (src/eval/facts, `parley eval`) is run too and its numbers printed as
 * "evaluator": events need one party in common (not the same set), demands the holder and addressee.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { makeArticle } from '../src/ingest/article.js';
import type { Doc, Layers } from '../src/model/doc.js';
import type { DemandRecord, EventRecord, FigureRecord } from '../src/model/record.js';
import { overlaps, type Span } from '../src/model/span.js';
import { analyse } from '../src/nlp/analyse.js';
import { DEFAULT_STAGES } from '../src/pipeline/default.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { eventsStage } from '../src/stages/events/index.js';
import { quotesStage } from '../src/stages/quotes/index.js';
import { demandsStage } from '../src/stages/demands/index.js';
import { figuresStage } from '../src/stages/figures/index.js';
import { SHARED } from '../test/shared.js';
import { resolveFacts, type FactGoldFile } from '../src/eval/facts/gold.js';
import { scoreFacts } from '../src/eval/facts/score.js';
import { oracleLayers, readGold, spansOf, type GoldFile } from '../test/fact-gold.js';

const args = process.argv.slice(2);
const mode = args.includes('--mode') ? args[args.indexOf('--mode') + 1] : 'oracle';
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
if (mode !== 'oracle' && mode !== 'pipeline') {
  console.error(`measure-facts: unknown --mode "${mode}" (oracle or pipeline)`);
  process.exit(2);
}

interface Item {
  name: string;
  text: string;
  published: string | null;
  gold: GoldFile;
}

function items(): Item[] {
  const out: Item[] = [];
  const seedGold = readGold(join(SHARED, 'seed', 'expected.json'));
  out.push({ name: 'seed', text: readFileSync(join(SHARED, 'seed', seedGold.article), 'utf8'), published: seedGold.publishedForDateTests ?? null, gold: seedGold });
  const goldDir = join(SHARED, 'corpus', 'gold');
  for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = readGold(join(goldDir, f));
    const article = JSON.parse(readFileSync(join(SHARED, 'corpus', gold.article), 'utf8')) as { text: string; published: string | null };
    out.push({ name: f.replace(/\.json$/, ''), text: article.text, published: article.published, gold });
  }
  return out;
}

function run(item: Item): Doc {
  const article = makeArticle({ text: item.text, published: item.published });
  if (mode === 'pipeline') {
    // The default pipeline, with the quotes stage before the fact stages when it is not listed yet.
    const upstream = DEFAULT_STAGES.filter((s) => !['events', 'demands', 'figures'].includes(s.name));
    if (!upstream.some((s) => s.name === 'quotes')) upstream.push(quotesStage);
    const doc = createPipeline([...upstream, eventsStage, demandsStage, figuresStage]).run(article);
    return doc;
  }
  const analysis = analyse(item.text);
  const oracle = oracleLayers(item.text, item.gold, analysis);
  let doc: Doc = { article, stages: [], errors: [], ...analysis, ...oracle };
  for (const stage of [eventsStage, demandsStage, figuresStage]) {
    const t0 = performance.now();
    const added = stage.run(doc) as Partial<Layers>;
    const ms = performance.now() - t0;
    doc = { ...doc, ...added, stages: [...doc.stages, { name: stage.name, version: stage.version, ms }] };
  }
  return doc;
}

const list = (v: string | string[] | null | undefined): string[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
const bare = (id: string) => id.replace(/^(?:kb|gold|new):/, '');

/** person → the party they stand for, from the gold's actors and the output's actors layer. */
function partyMap(item: Item, doc: Doc): (id: string) => string {
  const m = new Map<string, string>();
  for (const a of item.gold.actors) if (a.type === 'person' && a.affiliation) m.set(a.id, a.affiliation);
  for (const a of doc.actors ?? []) if (a.type === 'person' && a.affiliation) m.set(bare(a.id), bare(a.affiliation));
  return (id) => m.get(bare(id)) ?? bare(id);
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const intersects = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

interface Score { gold: number; out: number; matched: number; lenient: number; misses: string[]; extras: string[] }
const empty = (): Score => ({ gold: 0, out: 0, matched: 0, lenient: 0, misses: [], extras: [] });

function match<G, O>(golds: G[], outs: O[], strict: (g: G, o: O) => boolean, lenient: (g: G, o: O) => boolean, show: (x: G | O) => string, s: Score): void {
  s.gold += golds.length;
  s.out += outs.length;
  const used = new Set<number>();
  const usedLenient = new Set<number>();
  for (const g of golds) {
    const i = outs.findIndex((o, k) => !used.has(k) && strict(g, o));
    if (i >= 0) used.add(i);
    else s.misses.push(show(g));
    const j = outs.findIndex((o, k) => !usedLenient.has(k) && lenient(g, o));
    if (j >= 0) usedLenient.add(j);
  }
  s.matched += used.size;
  s.lenient += usedLenient.size;
  outs.forEach((o, k) => { if (!used.has(k)) s.extras.push(show(o)); });
}

function scoreEvents(item: Item, doc: Doc, s: Score, filter: (e: EventRecord) => boolean): void {
  const party = partyMap(item, doc);
  const placeName = new Map((doc.places ?? []).map((p) => [p.id, p.name.toLowerCase()]));
  const goldParties = (g: GoldFile['events'][number]) => new Set([...list(g.parties), ...list(g.source), ...list(g.target)].map(party));
  const outParties = (e: EventRecord) => new Set([...e.source, ...e.target].map(party));
  const ev = (g: GoldFile['events'][number]) => spansOf(item.text, g.evidence);
  const hit = (spans: Span[], e: EventRecord) => spans.some((sp) => overlaps(sp, e.evidence));
  const placeOk = (g: GoldFile['events'][number], e: EventRecord) => {
    const want = list(g.place).map((p) => p.toLowerCase());
    return !want.length || (e.place !== null && want.includes(placeName.get(e.place) ?? bare(e.place).toLowerCase()));
  };
  const outs = (doc.events ?? []).filter(filter);
  match(
    item.gold.events,
    outs,
    (g, e) => g.type === e.type && hit(ev(g), e) && sameSet(goldParties(g), outParties(e)) && placeOk(g, e),
    (g, e) => g.type === e.type && hit(ev(g), e) && intersects(goldParties(g), outParties(e)),
    (x) => {
      if ('evidence' in x && 'id' in x) {
        const e = x as EventRecord;
        return `${e.type}${e.mode ? '/' + e.mode : ''} [${[...e.source].map(bare)}→${[...e.target].map(bare)}]${e.host.length ? ' host ' + e.host.map(bare) : ''} @${e.place ? bare(e.place) : '-'} ${e.status}${e.negated ? ' NEG' : ''}${e.round ? ' r' + e.round : ''} | ${item.text.slice(e.evidence.start, e.evidence.end)}`;
      }
      const g = x as GoldFile['events'][number];
      return `${g.type}${g.mode ? '/' + g.mode : ''} [${[...goldParties(g)]}] @${list(g.place).join('/') || '-'} ${g.status ?? ''} | ${JSON.stringify(g.evidence).slice(0, 110)}`;
    },
    s,
  );
}

function scoreDemands(item: Item, doc: Doc, s: Score): void {
  const party = partyMap(item, doc);
  const set = (v: string | string[] | null) => new Set(list(v).map(party));
  const ev = (g: GoldFile['demands'][number]) => spansOf(item.text, g.evidence);
  const hit = (spans: Span[], d: DemandRecord) => spans.some((sp) => overlaps(sp, d.evidence) || overlaps(sp, d.content));
  match(
    item.gold.demands,
    doc.demands ?? [],
    (g, d) => hit(ev(g), d) && sameSet(set(g.holder), set(d.holder)) && sameSet(set(g.addressee), set(d.addressee)),
    (g, d) => hit(ev(g), d) && intersects(set(g.holder), set(d.holder)),
    (x) => {
      if ('content' in x) {
        const d = x as DemandRecord;
        return `${d.kind} ${d.holder ? bare(d.holder) : '-'}→${d.addressee ? bare(d.addressee) : '-'} [${d.issue}]${d.condition ? ' IF ' + d.condition.text : ''} | ${item.text.slice(d.evidence.start, d.evidence.end)}`;
      }
      const g = x as GoldFile['demands'][number];
      return `${g.kind} ${list(g.holder)}→${list(g.addressee)} [${g.issue}] | ${JSON.stringify(g.evidence).slice(0, 110)}`;
    },
    s,
  );
}

function scoreFigures(item: Item, doc: Doc, s: Score): void {
  const hit = (g: GoldFile['figures'][number], f: FigureRecord) => spansOf(item.text, g.evidence).some((sp) => overlaps(sp, f.evidence));
  match(
    item.gold.figures,
    doc.figures ?? [],
    (g, f) => hit(g, f) && Math.abs(g.quantity - f.quantity) < 1e-6 * Math.max(1, g.quantity),
    (g, f) => hit(g, f),
    (x) => {
      if (typeof (x as FigureRecord).evidence === 'object' && 'start' in (x as FigureRecord).evidence) {
        const f = x as FigureRecord;
        return `${f.quantity} ${f.qualifier ?? ''} ${f.what}${f.ordinal ? ' (ordinal)' : ''} | ${item.text.slice(f.evidence.start, f.evidence.end)}`;
      }
      return `${(x as { quantity: number }).quantity} | ${JSON.stringify((x as { evidence: unknown }).evidence).slice(0, 80)}`;
    },
    s,
  );
}

const pct = (a: number, b: number) => (b ? (a / b).toFixed(2) : '-');
function line(label: string, s: Score): string {
  return `${label.padEnd(22)} gold ${String(s.gold).padStart(3)}  out ${String(s.out).padStart(3)}  matched ${String(s.matched).padStart(3)}  recall ${pct(s.matched, s.gold)}  precision ${pct(s.matched, s.out)}   (lenient: recall ${pct(s.lenient, s.gold)} precision ${pct(s.lenient, s.out)})`;
}

const asserted = (e: EventRecord) => !e.negated && e.status !== 'hypothetical';
const official = { seed: { events: [0, 0, 0], demands: [0, 0, 0], figures: [0, 0, 0] }, corpus: { events: [0, 0, 0], demands: [0, 0, 0], figures: [0, 0, 0] } };
const totals = { seedEvents: empty(), seedDemands: empty(), seedFigures: empty(), events: empty(), eventsAsserted: empty(), demands: empty(), figures: empty() };
let ms = 0;
let words = 0;
for (const item of items()) {
  if (only && item.name !== only) continue;
  const doc = run(item);
  for (const st of doc.stages) if (['events', 'demands', 'figures'].includes(st.name)) ms += st.ms;
  words += item.text.split(/\s+/).length;
  const s = { events: empty(), eventsAsserted: empty(), demands: empty(), figures: empty() };
  scoreEvents(item, doc, s.events, () => true);
  scoreEvents(item, doc, s.eventsAsserted, asserted);
  scoreDemands(item, doc, s.demands);
  scoreFigures(item, doc, s.figures);
  const scores = scoreFacts(resolveFacts(item.gold as unknown as FactGoldFile, item.text), doc);
  for (const k of ['events', 'demands', 'figures'] as const) {
    const o = official[item.name === 'seed' ? 'seed' : 'corpus'][k];
    o[0] += scores.kinds[k].tp; o[1] += scores.kinds[k].gold; o[2] += scores.kinds[k].pred;
  }
  if (args.includes('--evaluator')) {
    for (const k of ['events', 'demands'] as const) {
      for (const m of scores.kinds[k].misses) console.log(`${item.name} ${k} MISS  ${m.what} | ${m.evidence.slice(0, 100)}${m.near ? ' || near: ' + m.near : ''}`);
      for (const x of scores.kinds[k].extras) console.log(`${item.name} ${k} EXTRA ${x.what} | ${x.evidence.slice(0, 100)}`);
    }
  }
  if (doc.errors.length) console.log(`${item.name}: errors ${JSON.stringify(doc.errors)}`);
  const into = item.name === 'seed' ? { events: totals.seedEvents, eventsAsserted: empty(), demands: totals.seedDemands, figures: totals.seedFigures } : totals;
  for (const k of ['events', 'eventsAsserted', 'demands', 'figures'] as const) {
    const t = into[k];
    const v = s[k];
    t.gold += v.gold; t.out += v.out; t.matched += v.matched; t.lenient += v.lenient;
  }
  if (verbose) {
    console.log(`\n== ${item.name}`);
    for (const k of ['events', 'demands', 'figures'] as const) {
      console.log(line(k, s[k]));
      for (const m of s[k].misses) console.log(`   miss  ${m}`);
      for (const x of s[k].extras) console.log(`   extra ${x}`);
    }
  }
}
console.log(`\nmode: ${mode}`);
console.log(line('seed events', totals.seedEvents));
console.log(line('seed demands', totals.seedDemands));
console.log(line('seed figures', totals.seedFigures));
console.log(line('corpus events', totals.events));
console.log(line('corpus events asserted', totals.eventsAsserted));
console.log(line('corpus demands', totals.demands));
console.log(line('corpus figures', totals.figures));
for (const where of ['seed', 'corpus'] as const) {
  for (const k of ['events', 'demands', 'figures'] as const) {
    const [tp, g, pr] = official[where][k];
    console.log(`evaluator ${where} ${k}`.padEnd(26) + ` gold ${String(g).padStart(3)}  out ${String(pr).padStart(3)}  matched ${String(tp).padStart(3)}  recall ${pct(tp, g)}  precision ${pct(tp, pr)}`);
  }
}
const repeat = args.includes('--repeat') ? Number(args[args.indexOf('--repeat') + 1]) : 0;
if (repeat > 0) {
  const docs = items().filter((i) => !only || i.name === only).map((i) => ({ words: i.text.split(/\s+/).length, doc: run(i) }));
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  let spent = 0;
  let counted = 0;
  for (let k = 0; k < repeat; k++) {
    for (const { doc, words: w } of docs) {
      const t0 = cpu();
      for (const stage of [eventsStage, demandsStage, figuresStage]) stage.run(doc);
      spent += cpu() - t0;
      counted += w;
    }
  }
  console.log(`warm: ${((spent / counted) * 600).toFixed(3)} ms CPU per 600 words for events + demands + figures (${repeat} runs over ${docs.length} articles)`);
}
console.log(`stage time: ${ms.toFixed(2)} ms for ${words} words (${((ms / words) * 600).toFixed(3)} ms per 600 words; includes first-call lexicon loading)`);
