/**
 * Training the tagger: a structured perceptron (Collins 2002) over first-order BILOU sequences,
 * with averaged weights. Features do not depend on tags, so each token's features are extracted
 * once and every epoch is plain arithmetic over integer feature ids. Deterministic: feature ids are
 * given in first-seen order and each epoch visits sentences in an order drawn from a seeded PRNG.
 */
import { viterbi } from './decode.js';
import {
  casingOf,
  consistencyFeatures,
  docContext,
  docTypes,
  FEATURE_VERSION,
  normaliseToken,
  sentenceFeatures,
  sentenceStyle,
} from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { NerModel } from './model.js';
import { Tagger } from './tagger.js';
import { TAG_COUNT } from './tags.js';

export interface TrainingSentence {
  /** Token texts as the run-time tokenizer gives them. */
  words: string[];
  /** Gold BILOU tag ids (see tags.ts), one per word. */
  tags: Int8Array;
}

/** Sentences of one document: the tagger's document-level features need them together. */
export type TrainingDoc = TrainingSentence[];

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are dropped (they only memorise). */
  minCount: number;
  gazetteers: readonly Gazetteer[];
  /** Extra features per document, sentence and token (the second pass's consistency features). */
  extra?: readonly (readonly string[][])[][];
  /** Called after each epoch with the averaged model so far (for progress reports). */
  onEpoch?: (epoch: number, model: NerModel, mistakes: number) => void;
}

/** A small deterministic PRNG (mulberry32), so that training order is the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Words that running text mostly writes in lower case (`the`, `may`, `said`), at least twice: a
 * capitalised one of them at a sentence start or in a headline is probably not a name.
 */
export function commonWords(docs: readonly TrainingDoc[]): Set<string> {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const doc of docs) {
    for (const s of doc) {
      const words = s.words.map(normaliseToken);
      if (sentenceStyle(words) !== 'text') continue;
      words.forEach((w, i) => {
        const c = casingOf(w);
        const key = w.toLowerCase();
        if (c === 'lower') lower.set(key, (lower.get(key) ?? 0) + 1);
        else if (c === 'cap' && i > 0) upper.set(key, (upper.get(key) ?? 0) + 1);
      });
    }
  }
  const out = new Set<string>();
  for (const [w, n] of lower) if (n >= 2 && n >= (upper.get(w) ?? 0)) out.add(w);
  return out;
}

interface Example {
  /** Feature ids of token i are ids[offsets[i] .. offsets[i+1]). */
  ids: Int32Array;
  offsets: Int32Array;
  gold: Int8Array;
}

function extract(
  docs: readonly TrainingDoc[],
  gazetteers: readonly Gazetteer[],
  common: Set<string>,
  minCount: number,
  extra: TrainOptions['extra'],
): { examples: Example[]; names: string[] } {
  const ctx = { gazetteers, common };
  const provisional = new Map<string, number>();
  const counts: number[] = [];
  const raw: { ids: number[]; offsets: number[]; gold: Int8Array }[] = [];
  docs.forEach((doc, d) => {
    const words = doc.map((s) => s.words.map(normaliseToken));
    const dctx = docContext(words);
    doc.forEach((s, k) => {
      const feats = sentenceFeatures(ctx, dctx, words[k]);
      const more = extra?.[d][k];
      if (more) feats.forEach((f, i) => f.push(...more[i]));
      const ids: number[] = [];
      const offsets = [0];
      for (const list of feats) {
        for (const f of list) {
          let id = provisional.get(f);
          if (id === undefined) {
            id = counts.length;
            provisional.set(f, id);
            counts.push(0);
          }
          counts[id]++;
          ids.push(id);
        }
        offsets.push(ids.length);
      }
      raw.push({ ids, offsets, gold: s.tags });
    });
  });
  const remap = new Int32Array(counts.length).fill(-1);
  const names: string[] = [];
  for (const [name, id] of provisional) {
    if (counts[id] >= minCount) {
      remap[id] = names.length;
      names.push(name);
    }
  }
  const examples = raw.map((r) => {
    const ids: number[] = [];
    const offsets = [0];
    for (let i = 0; i + 1 < r.offsets.length; i++) {
      for (let j = r.offsets[i]; j < r.offsets[i + 1]; j++) if (remap[r.ids[j]] >= 0) ids.push(remap[r.ids[j]]);
      offsets.push(ids.length);
    }
    return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold: r.gold };
  });
  return { examples, names };
}

export function train(docs: readonly TrainingDoc[], options: TrainOptions): NerModel {
  const K = TAG_COUNT;
  const W = K + 1;
  const common = commonWords(docs);
  const { examples, names } = extract(docs, options.gazetteers, common, options.minCount, options.extra);
  const F = names.length;
  const w = new Float64Array(F * K);
  const u = new Float64Array(F * K); // sum of c·Δ, for averaging (Daumé's trick)
  const tr = new Float64Array(W * W);
  const tu = new Float64Array(W * W);
  let c = 1;
  const random = prng(options.seed);
  const order = examples.map((_, i) => i);
  const averaged = (): NerModel => {
    const weights = new Float32Array(F * K);
    for (let i = 0; i < F * K; i++) weights[i] = w[i] - u[i] / c;
    const transitions = new Float64Array(W * W);
    for (let i = 0; i < W * W; i++) transitions[i] = tr[i] - tu[i] / c;
    return {
      featureVersion: FEATURE_VERSION,
      gazetteers: options.gazetteers.map((g) => g.name),
      features: new Map(names.map((n, i) => [n, i])),
      weights,
      transitions,
      common,
      temperature: 1,
      info: {},
    };
  };
  let emissions = new Float64Array(64 * K);
  let pred = new Int8Array(64);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let mistakes = 0;
    for (const k of order) {
      const ex = examples[k];
      const n = ex.gold.length;
      if (n === 0) continue;
      if (emissions.length < n * K) {
        emissions = new Float64Array(n * K * 2);
        pred = new Int8Array(n * 2);
      }
      emissions.fill(0, 0, n * K);
      for (let i = 0; i < n; i++) {
        for (let j = ex.offsets[i]; j < ex.offsets[i + 1]; j++) {
          const row = ex.ids[j] * K;
          for (let t = 0; t < K; t++) emissions[i * K + t] += w[row + t];
        }
      }
      viterbi(emissions, n, tr, pred, true);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = ex.gold[i];
        const p = pred[i];
        if (g === p) continue;
        wrong = true;
        for (let j = ex.offsets[i]; j < ex.offsets[i + 1]; j++) {
          const row = ex.ids[j] * K;
          w[row + g] += 1;
          u[row + g] += c;
          w[row + p] -= 1;
          u[row + p] -= c;
        }
      }
      if (wrong) {
        mistakes++;
        for (let i = 0; i <= n; i++) {
          const ga = i === 0 ? K : ex.gold[i - 1];
          const gb = i === n ? K : ex.gold[i];
          const pa = i === 0 ? K : pred[i - 1];
          const pb = i === n ? K : pred[i];
          if (ga === pa && gb === pb) continue;
          tr[ga * W + gb] += 1;
          tu[ga * W + gb] += c;
          tr[pa * W + pb] -= 1;
          tu[pa * W + pb] -= c;
        }
      }
      c++;
    }
    options.onEpoch?.(epoch, averaged(), mistakes);
  }
  return averaged();
}

/**
 * A two-pass model. The second pass learns from consistency features computed on first-pass
 * predictions that are as wrong as they will be on new text: each training document is tagged by
 * a model trained without it (`folds`-fold jackknife), never by one that has memorised it.
 */
export function trainTwoPass(
  docs: readonly TrainingDoc[],
  options: TrainOptions & { folds: number; onStep?: (what: string) => void },
): NerModel {
  const single = { ...options, extra: undefined, onEpoch: undefined };
  const predicted: Int8Array[][] = new Array(docs.length);
  for (let f = 0; f < options.folds; f++) {
    const model = train(docs.filter((_, i) => i % options.folds !== f), single);
    const tagger = new Tagger(model, options.gazetteers);
    docs.forEach((d, i) => {
      if (i % options.folds === f) predicted[i] = tagger.tagIds(d.map((s) => s.words));
    });
    options.onStep?.(`fold ${f + 1}/${options.folds} tagged`);
  }
  const firstPass = train(docs, single);
  options.onStep?.('first pass trained');
  const extra = docs.map((d, i) => {
    const words = d.map((s) => s.words.map(normaliseToken));
    const types = docTypes(words, predicted[i]);
    return words.map((w, k) => consistencyFeatures(w, predicted[i][k], types));
  });
  const model = train(docs, {
    ...options,
    extra,
    onEpoch: (epoch, m, mistakes) => options.onEpoch?.(epoch, { ...m, firstPass }, mistakes),
  });
  model.firstPass = firstPass;
  return model;
}
