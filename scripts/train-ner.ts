/**
 * Train the entity tagger on the CoNLL-2003 train split and write data/models/ner/.
 *
 *   npm run train:ner [-- --epochs 10 --out data/models/ner --no-save --dev-each --no-augment --single]
 *
 * Deterministic (fixed seed, fixed order). Dev is used to report the score and to calibrate the
 * score temperature (a single scalar that changes no tag); the test split is never read.
 */
import { performance } from 'node:perf_hooks';
import { findMentions } from '../src/stages/mentions/index.js';
import { buildDefaultGazetteers, saveGazetteers } from '../src/stages/mentions/gazetteer.js';
import { join } from 'node:path';
import { DEFAULT_MODEL_DIR, saveModel, type NerModel } from '../src/stages/mentions/model.js';
import { Tagger } from '../src/stages/mentions/tagger.js';
import { augment } from '../src/stages/mentions/augment.js';
import { train, trainTwoPass } from '../src/stages/mentions/train.js';
import { emptyScore, formatScore, micro, prf, readConll, scoreDoc, toTraining, type ConllDoc } from './ner-conll.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const EPOCHS = Number(arg('epochs') ?? 10);
const SEED = 20260126;
const MIN_COUNT = 2;
const OUT = arg('out') ?? DEFAULT_MODEL_DIR;
/** Built from their sources once; frozen beside the model so its features never drift. */
const GAZETTEERS = buildDefaultGazetteers();

function evaluate(model: NerModel, docs: readonly ConllDoc[], noScores = true) {
  const tagger = new Tagger(model, GAZETTEERS);
  const score = emptyScore();
  const spans: { score: number; correct: boolean }[] = [];
  for (const d of docs) {
    const pred = findMentions(d.text, d.tokens, d.sentences, tagger, { noScores });
    scoreDoc(score, d.entities, pred);
    const gold = new Set(d.entities.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const p of pred) spans.push({ score: p.score, correct: gold.has(`${p.start}:${p.end}:${p.type}`) });
  }
  return { score, spans };
}

/** The temperature whose span scores best predict whether a span is right (log-loss on dev). */
function calibrate(model: NerModel, dev: readonly ConllDoc[]): number {
  let best = { t: 1, loss: Infinity };
  for (const t of [0.5, 1, 2, 3, 5, 8, 12, 20]) {
    const { spans } = evaluate({ ...model, temperature: t }, dev, false);
    let loss = 0;
    for (const s of spans) {
      const p = Math.min(Math.max(s.score, 1e-4), 1 - 1e-4);
      loss -= s.correct ? Math.log(p) : Math.log(1 - p);
    }
    loss /= spans.length || 1;
    if (loss < best.loss) best = { t, loss };
  }
  return best.t;
}

const t0 = performance.now();
const trainDocs = readConll('train');
const dev = readConll('dev');
const { docs, misaligned } = toTraining(trainDocs);
const tokenCount = trainDocs.reduce((n, d) => n + d.tokens.length, 0);
console.log(`read ${trainDocs.length} train docs (${tokenCount} tokens, ${misaligned} gold entities not on token edges), ${dev.length} dev docs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const t1 = performance.now();
const NO_AUGMENT = process.argv.includes('--no-augment');
const SINGLE = process.argv.includes('--single');
const FOLDS = 4;
const model = (SINGLE ? train : trainTwoPass)(NO_AUGMENT ? docs : augment(docs), {
  folds: FOLDS,
  onStep: (what: string) => console.log(`${what}, ${((performance.now() - t1) / 1000).toFixed(1)} s`),
  epochs: EPOCHS,
  seed: SEED,
  minCount: MIN_COUNT,
  gazetteers: GAZETTEERS,
  onEpoch(epoch, m, mistakes) {
    let line = `epoch ${epoch}: ${mistakes} sentences wrong, ${((performance.now() - t1) / 1000).toFixed(1)} s`;
    if (process.argv.includes('--dev-each')) {
      line += `, dev F1 (PER/ORG/LOC) ${(prf(micro(evaluate(m, dev).score, ['PER', 'ORG', 'LOC'])).f * 100).toFixed(2)}`;
    }
    console.log(line);
  },
});
console.log(`trained in ${((performance.now() - t1) / 1000).toFixed(1)} s, ${model.features.size} features`);

model.temperature = calibrate(model, dev);
const { score } = evaluate(model, dev);
const f1 = prf(micro(score, ['PER', 'ORG', 'LOC'])).f;
console.log(`dev (CoNLL-2003, exact span and type), temperature ${model.temperature}:\n${formatScore(score)}`);

model.info = {
  data: 'CoNLL-2003 English, train split (Reuters 1996), tokenised by wink-nlp as at run time',
  trainDocs: trainDocs.length,
  trainTokens: tokenCount,
  epochs: EPOCHS,
  seed: SEED,
  minCount: MIN_COUNT,
  augmented: !NO_AUGMENT,
  passes: SINGLE ? 1 : 2,
  jackknifeFolds: SINGLE ? undefined : FOLDS,
  devMicroF1PerOrgLoc: Number(f1.toFixed(4)),
  devF1Misc: Number(prf(score.perType.MISC).f.toFixed(4)),
};
if (!process.argv.includes('--no-save')) {
  const { features, bytes } = saveModel(model, OUT);
  saveGazetteers(GAZETTEERS, join(OUT, 'gazetteers.tsv'));
  console.log(`wrote ${OUT}: ${features} features, weights ${(bytes / 1e6).toFixed(1)} MB`);
}
