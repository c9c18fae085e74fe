/**
 * Measure the quotes stage on PolNeAR (attribution gold, ../shared/eval/dev/polnear.jsonl) until
 * `parley eval` lands. Usage:
 *   node --import tsx scripts/measure-quotes.ts [--split dev|train] [--every K] [--errors N]
 * (`--every 4`: every fourth document of the split, to sample all outlets quickly)
 * Reports, as the eval README asks:
 *   - quote-marked attributions: content F1 by span overlap (gold with `hasQuoteMarks` against our
 *     quotes that carry quotation marks: direct ones, and reported ones whose words hold a mark),
 *     and speaker accuracy on matched gold (our speaker span, or the pronoun it was resolved
 *     from, overlaps the gold speaker span, or both name the same surname);
 *   - all attributions (paraphrase and belief included): content F1 by span overlap;
 *   - time of the quotes stage alone, per 600 words.
 * A prediction counts as correct when it overlaps some gold span of the set; a gold span counts
 * as found when some prediction overlaps it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/nlp/analyse.js';
import { createDoc } from '../src/model/doc.js';
import { makeArticle } from '../src/ingest/article.js';
import type { QuoteRecord } from '../src/model/record.js';
import { quotesStage } from '../src/stages/quotes/index.js';
import { SHARED } from '../test/shared.js';

interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string;
  speakerStart: number;
  speakerEnd: number;
  hasQuoteMarks: boolean;
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
const docs = lines.map((l) => JSON.parse(l) as GoldDoc).filter((d) => d.split === split).filter((_, i) => i % every === 0);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const MARK = /["“”«»]|(^|\s)['‘]|['’](\s|$)/;
const surname = (s: string | null) => (s ?? '').toLowerCase().replace(/[’']s$/, '').split(/\s+/).filter(Boolean).pop() ?? '';

const count = { qP: 0, qPok: 0, qG: 0, qGok: 0, spk: 0, spkOk: 0, aP: 0, aPok: 0, aG: 0, aGok: 0 };
let words = 0;
let ms = 0;
const errors: string[] = [];
const prepared: Parameters<typeof quotesStage.run>[0][] = [];

for (const d of docs) {
  const text = d.text;
  const base = { ...createDoc(makeArticle({ text })), ...analyse(text) };
  prepared.push(base);
  const c0 = process.cpuUsage();
  const { quotes } = quotesStage.run(base) as { quotes: QuoteRecord[] };
  const cpu = process.cpuUsage(c0);
  ms += (cpu.user + cpu.system) / 1000;
  words += text.split(/\s+/).length;

  const marked = quotes.filter((q) => q.direct || MARK.test(q.text));
  const goldMarked = d.quotes.filter((g) => g.hasQuoteMarks);
  count.qP += marked.length;
  count.qPok += marked.filter((p) => goldMarked.some((g) => overlaps(p, g))).length;
  count.qG += goldMarked.length;
  for (const g of goldMarked) {
    const hits = marked.filter((p) => overlaps(p, g));
    if (hits.length === 0) {
      if (errors.length < showErrors) errors.push(`MISS ${d.id}: ${JSON.stringify(g.text.slice(0, 100))} — ${g.speaker} / ${text.slice(Math.max(0, g.start - 60), g.start).replace(/\n/g, ' ')}`);
      continue;
    }
    count.qGok++;
    count.spk++;
    const gs = { start: g.speakerStart, end: g.speakerEnd };
    const ok = hits.some((p) => {
      const s = p.speaker;
      if (!s) return false;
      return overlaps(s, gs) || (s.pronoun && overlaps(s.pronoun, gs)) || surname(s.text) === surname(g.speaker);
    });
    if (ok) count.spkOk++;
    else if (errors.length < showErrors) {
      const p = hits[0];
      errors.push(`SPEAKER ${d.id}: ${JSON.stringify(g.text.slice(0, 60))} gold=${g.speaker} ours=${p.speaker ? p.speaker.text : 'null'}${p.speaker?.pronoun ? ' via ' + p.speaker.pronoun.text : ''}`);
    }
  }
  for (const p of marked) {
    if (!goldMarked.some((g) => overlaps(p, g)) && errors.length < showErrors) {
      errors.push(`EXTRA ${d.id}: ${JSON.stringify(p.text.slice(0, 100))} — ${p.speaker?.text ?? 'null'}`);
    }
  }
  count.aP += quotes.length;
  count.aPok += quotes.filter((p) => d.quotes.some((g) => overlaps(p, g))).length;
  count.aG += d.quotes.length;
  count.aGok += d.quotes.filter((g) => quotes.some((p) => overlaps(p, g))).length;
}

// Warm timing, as in a long batch: the stage alone, three more passes over the same documents.
const w0 = process.cpuUsage();
for (let r = 0; r < 3; r++) for (const base of prepared) quotesStage.run(base);
const warm = process.cpuUsage(w0);
const warmMs = (warm.user + warm.system) / 1000 / 3;

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pct = (x: number) => (100 * x).toFixed(1);
const qp = count.qPok / Math.max(1, count.qP);
const qr = count.qGok / Math.max(1, count.qG);
const ap = count.aPok / Math.max(1, count.aP);
const ar = count.aGok / Math.max(1, count.aG);
for (const e of errors) console.log(e);
console.log(`PolNeAR ${split}: ${docs.length} docs, ${count.aG} gold attributions (${count.qG} with quotation marks)`);
console.log(`quote-marked: P ${pct(qp)} R ${pct(qr)} F1 ${pct(f1(qp, qr))}  (pred ${count.qP}, gold ${count.qG})`);
console.log(`speaker accuracy on matched quote-marked: ${pct(count.spkOk / Math.max(1, count.spk))} (${count.spkOk}/${count.spk})`);
console.log(`all attributions: P ${pct(ap)} R ${pct(ar)} F1 ${pct(f1(ap, ar))}  (pred ${count.aP}, gold ${count.aG})`);
console.log(`quotes stage CPU time per 600 words: ${((warmMs / words) * 600).toFixed(3)} ms warm, ${((ms / words) * 600).toFixed(3)} ms on the first pass (${words} words)`);
