/**
 * Measure the quotes stage alone on PolNeAR (attribution gold, ../shared/eval/dev/polnear.jsonl),
 * counting as the project's evaluator (src/eval/quotes.ts) does:
 *   - all attributions (paraphrase and belief included) against all our quotes, and gold with
 *     `hasQuoteMarks` against our direct quotes: content spans match by overlap (fragments are
 *     pieces), one to one (here greedily, largest overlap first);
 *   - speaker accuracy on matched gold: our speaker span overlaps the gold speaker span (this
 *     script runs without the actors layer, so the evaluator's second way, an actor mentioned
 *     there, never applies);
 *   - CPU time of the stage, per 600 words, warm (more passes, some 600,000 words) and on the
 *     first pass.
 * Usage: node --import tsx scripts/measure-quotes.ts [--split dev|train] [--every K] [--errors N]
 * (`--every 4`: every fourth document of the split, to sample all outlets quickly)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/nlp/analyse.js';
import { createDoc, type Doc } from '../src/model/doc.js';
import { makeArticle } from '../src/ingest/article.js';
import type { QuoteRecord } from '../src/model/record.js';
import type { Span } from '../src/model/span.js';
import { quotesStage } from '../src/stages/quotes/index.js';
import { SHARED } from '../test/shared.js';

interface GoldQuote extends Span {
  text: string;
  speaker: string | null;
  speakerStart: number;
  speakerEnd: number;
  hasQuoteMarks: boolean;
  fragments?: [number, number][];
}
interface GoldDoc {
  id: string;
  split: string;
  text: string;
  quotes: GoldQuote[];
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const split = arg('split', 'dev');
if (split === 'test') {
  console.error('measure-quotes: the test split is never measured here');
  process.exit(2);
}
const every = Math.max(1, Number(arg('every', '1')));
const showErrors = Number(arg('errors', '0'));
const path = join(SHARED, 'eval', 'dev', 'polnear.jsonl');
let lines: string[];
try {
  lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
} catch {
  console.error(`measure-quotes: cannot read ${path}`);
  process.exit(1);
}
const docs = lines
  .map((l) => JSON.parse(l) as GoldDoc)
  .filter((d) => d.split === split)
  .filter((_, i) => i % every === 0);

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const goldPieces = (g: GoldQuote): Span[] => (g.fragments?.length ? g.fragments.map(([start, end]) => ({ start, end })) : [g]);
const ourPieces = (q: QuoteRecord): Span[] => (q.fragments?.length ? q.fragments : [q]);
const best = (a: Span[], b: Span[]) => Math.max(0, ...a.flatMap((x) => b.map((y) => overlap(x, y))));

/** One-to-one pairs by overlap, largest first: for each gold index, our index or -1. */
function match(gold: GoldQuote[], ours: QuoteRecord[]): number[] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => ours.forEach((q, j) => {
    const o = best(goldPieces(g), ourPieces(q));
    if (o > 0) pairs.push([o, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const of = new Array<number>(gold.length).fill(-1);
  const used = new Set<number>();
  for (const [, i, j] of pairs) {
    if (of[i] >= 0 || used.has(j)) continue;
    of[i] = j;
    used.add(j);
  }
  return of;
}

/**
 * PolNeAR's convention: a speaker's quotation that goes on after `he said.` (our continuation
 * quotes, `how: inferred:continuation`) is one attribution with fragments; the project's gold
 * counts each sentence as its own quote, and so do we. For the second set of numbers the
 * continuation quotes are folded into the quote they continue, as PolNeAR reads them.
 */
function folded(quotes: QuoteRecord[]): QuoteRecord[] {
  const out: QuoteRecord[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (q.direct && q.speaker?.how === 'inferred:continuation' && prev?.direct) {
      out[out.length - 1] = { ...prev, end: q.end, fragments: [...ourPieces(prev), ...ourPieces(q)] };
    } else out.push(q);
  }
  return out;
}

type Tally = { tp: number; gold: number; pred: number; spk: number; spkOk: number };
const tally = (): Tally => ({ tp: 0, gold: 0, pred: 0, spk: 0, spkOk: 0 });
const all = tally();
const quoted = tally();
const allFolded = tally();
const quotedFolded = tally();
const quotedMarked = tally();
/**
 * PolNeAR's `hasQuoteMarks` is derived, and misses the New York Times archive's ''...'' marks
 * (1,286 attributions there carry them, none is flagged): this set flags those too.
 */
const marked = (g: GoldQuote) => g.hasQuoteMarks || /''/.test(g.text);
let words = 0;
let firstMs = 0;
const errors: string[] = [];
const prepared: Doc[] = [];

function score(into: Tally, gold: GoldQuote[], ours: QuoteRecord[], d: GoldDoc, report: boolean): void {
  const of = match(gold, ours);
  into.gold += gold.length;
  into.pred += ours.length;
  gold.forEach((g, i) => {
    const clip = (s: string) => JSON.stringify(s.slice(0, 90));
    if (of[i] < 0) {
      if (report && errors.length < showErrors) errors.push(`MISS ${d.id}: ${clip(g.text)} (${g.speaker})`);
      return;
    }
    into.tp++;
    if (g.speakerEnd <= g.speakerStart) return;
    into.spk++;
    const s = ours[of[i]].speaker;
    if (s && overlap(s, { start: g.speakerStart, end: g.speakerEnd }) > 0) into.spkOk++;
    else if (report && errors.length < showErrors) {
      errors.push(`SPEAKER ${d.id}: ${clip(g.text)} gold=${g.speaker} ours=${s ? s.text : 'null'}${s?.antecedent ? ` (${s.antecedent.text})` : ''}`);
    }
  });
  if (!report) return;
  const used = new Set(of);
  ours.forEach((q, j) => {
    if (!used.has(j) && errors.length < showErrors) errors.push(`EXTRA ${d.id}: ${JSON.stringify(q.text.slice(0, 90))} — ${q.speaker?.text ?? 'null'}`);
  });
}

for (const d of docs) {
  const text = d.text;
  const base: Doc = { ...createDoc(makeArticle({ text })), ...analyse(text) };
  prepared.push(base);
  const c0 = process.cpuUsage();
  const { quotes } = quotesStage.run(base) as { quotes: QuoteRecord[] };
  const cpu = process.cpuUsage(c0);
  firstMs += (cpu.user + cpu.system) / 1000;
  words += text.split(/\s+/).length;
  score(all, d.quotes, quotes, d, false);
  score(quoted, d.quotes.filter((g) => g.hasQuoteMarks), quotes.filter((q) => q.direct), d, true);
  const fold = folded(quotes);
  score(quotedMarked, d.quotes.filter(marked), fold.filter((q) => q.direct), d, false);
  score(allFolded, d.quotes, fold, d, false);
  score(quotedFolded, d.quotes.filter((g) => g.hasQuoteMarks), fold.filter((q) => q.direct), d, false);
}

// Warm timing, as in a long batch: the stage alone, more passes over the same documents until
// some 600,000 words have gone through (one pass of train; several of dev).
const passes = Math.max(3, Math.ceil(600_000 / Math.max(1, words)));
const w0 = process.cpuUsage();
for (let r = 0; r < passes; r++) for (const base of prepared) quotesStage.run(base);
const warm = process.cpuUsage(w0);
const warmMs = (warm.user + warm.system) / 1000 / passes;

const pct = (x: number) => (100 * x).toFixed(1);
function line(name: string, t: Tally): string {
  const p = t.tp / Math.max(1, t.pred);
  const r = t.tp / Math.max(1, t.gold);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `${name}: P ${pct(p)} R ${pct(r)} F1 ${pct(f)} (gold ${t.gold}, ours ${t.pred}); speaker on matched ${pct(t.spkOk / Math.max(1, t.spk))} (${t.spkOk}/${t.spk})`;
}
for (const e of errors) console.log(e);
console.log(`PolNeAR ${split}: ${docs.length} docs`);
console.log(line('in quotation marks', quoted));
console.log(line('all attributions', all));
console.log('with continuation quotes folded as PolNeAR reads them:');
console.log(line('  in quotation marks', quotedFolded));
console.log(line('  all attributions', allFolded));
console.log(line("  in quotation marks, ''...'' counted as marks too", quotedMarked));
console.log(`quotes stage CPU per 600 words: ${((warmMs / words) * 600).toFixed(3)} ms warm, ${((firstMs / words) * 600).toFixed(3)} ms first pass (${words} words)`);
