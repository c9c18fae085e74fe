/**
 * Check the shipped entity model from its files: load time, dev score, tagging speed.
 *
 *   node --import tsx scripts/bench-ner.ts [model-dir]
 *
 * Speed is tagging alone (features, scores, decoding, scores of spans) over the dev split's
 * tokens as wink-nlp gives them, on one core; tokenising is the sentences stage's cost.
 */
import { performance } from 'node:perf_hooks';
import { loadGazetteers } from '../src/stages/mentions/gazetteer.js';
import { join } from 'node:path';
import { findMentions } from '../src/stages/mentions/index.js';
import { DEFAULT_MODEL_DIR, loadModel } from '../src/stages/mentions/model.js';
import { Tagger } from '../src/stages/mentions/tagger.js';
import { emptyScore, formatScore, readConll, scoreDoc } from './ner-conll.js';

const dir = process.argv[2] ?? DEFAULT_MODEL_DIR;
const c0 = process.cpuUsage();
const t0 = performance.now();
const model = loadModel(dir);
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
const gazetteers = loadGazetteers(join(dir, 'gazetteers.tsv'));
const t2 = performance.now();
const c2 = process.cpuUsage(c0);
const ms = (c: NodeJS.CpuUsage): string => ((c.user + c.system) / 1000).toFixed(0);
console.log(`CPU time: model ${ms(c1)} ms, model + gazetteers ${ms(c2)} ms`);
const tagger = new Tagger(model, gazetteers);
const c3 = process.cpuUsage(c0);
console.log(`CPU time: model + gazetteers + tagger tables ${ms(c3)} ms, wall ${(performance.now() - t0).toFixed(0)} ms`);
console.log(`model load ${(t1 - t0).toFixed(0)} ms (${model.features.size} features), gazetteers ${(t2 - t1).toFixed(0)} ms`);

const dev = readConll('dev');
const score = emptyScore();
for (const d of dev) scoreDoc(score, d.entities, findMentions(d.text, d.tokens, d.sentences, tagger));
console.log(`dev (CoNLL-2003, exact span and type):\n${formatScore(score)}`);

const tokens = dev.reduce((n, d) => n + d.tokens.length, 0);
for (const noScores of [false, true]) {
  let best = Infinity;
  let bestCpu = Infinity;
  for (let round = 0; round < 3; round++) {
    const s = performance.now();
    const c = process.cpuUsage();
    for (const d of dev) findMentions(d.text, d.tokens, d.sentences, tagger, { noScores });
    const cpu = process.cpuUsage(c);
    best = Math.min(best, performance.now() - s);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
  }
  // CPU time as well as wall time: on a shared machine the wall clock counts other jobs too.
  console.log(
    `tagging ${noScores ? 'without' : 'with'} span scores: ${Math.round(tokens / (best / 1000))} tokens/s wall, ` +
      `${Math.round(tokens / (bestCpu / 1000))} tokens/s of CPU time (${tokens} tokens, best of 3)`,
  );
}
