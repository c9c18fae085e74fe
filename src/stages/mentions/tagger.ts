/**
 * The entity tagger: features → emission scores → Viterbi → spans, each with a score from the
 * calibrated forward-backward marginals (the smallest marginal of the span's tags).
 */
import type { EntityType } from '../../model/doc.js';
import { marginals, viterbi } from './decode.js';
import { docContext, FEATURE_VERSION, normaliseToken, sentenceFeatures, type FeatureContext } from './features.js';
import { defaultGazetteers, type Gazetteer } from './gazetteer.js';
import type { NerModel } from './model.js';
import { decodeSpans, TAG_COUNT } from './tags.js';

/** An entity over tokens [start, end) of one sentence. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: EntityType;
  score: number;
}

export interface TaggerOptions {
  /** Skip forward-backward (every score 1): for training-time evaluation and speed checks. */
  noScores?: boolean;
}

export class Tagger {
  private readonly ctx: FeatureContext;

  constructor(
    readonly model: NerModel,
    gazetteers: readonly Gazetteer[] = defaultGazetteers(),
  ) {
    const names = gazetteers.map((g) => g.name);
    if (model.featureVersion !== FEATURE_VERSION || names.join() !== model.gazetteers.join()) {
      throw new Error(
        `entity model was trained with feature version ${model.featureVersion} and gazetteers ` +
          `[${model.gazetteers.join(', ')}], not ${FEATURE_VERSION} and [${names.join(', ')}]: retrain with npm run train:ner`,
      );
    }
    this.ctx = { gazetteers, common: model.common };
  }

  /** Tag a document given as sentences of raw token texts; one span list per sentence. */
  tagDocument(sentences: readonly (readonly string[])[], options: TaggerOptions = {}): TaggedSpan[][] {
    const words = sentences.map((s) => s.map(normaliseToken));
    const doc = docContext(words);
    return words.map((w) => this.tagSentence(w, doc, options));
  }

  private tagSentence(words: readonly string[], doc: ReturnType<typeof docContext>, options: TaggerOptions): TaggedSpan[] {
    const n = words.length;
    if (n === 0) return [];
    const emissions = this.emissions(sentenceFeatures(this.ctx, doc, words));
    const tags = new Int8Array(n);
    viterbi(emissions, n, this.model.transitions, tags);
    const spans = decodeSpans(tags);
    if (spans.length === 0) return [];
    const m = options.noScores ? null : marginals(emissions, n, this.model.transitions, this.model.temperature);
    return spans.map((s) => {
      let score = 1;
      if (m) for (let i = s.start; i < s.end; i++) score = Math.min(score, m[i * TAG_COUNT + tags[i]]);
      return { ...s, score: Math.round(score * 1000) / 1000 };
    });
  }

  /** Emission scores `e[i*K + t]` of a sentence from its feature strings (unknown ones ignored). */
  emissions(features: readonly (readonly string[])[]): Float64Array {
    const K = TAG_COUNT;
    const { features: index, weights } = this.model;
    const e = new Float64Array(features.length * K);
    for (let i = 0; i < features.length; i++) {
      const base = i * K;
      for (const f of features[i]) {
        const row = index.get(f);
        if (row === undefined) continue;
        const w = row * K;
        for (let t = 0; t < K; t++) e[base + t] += weights[w + t];
      }
    }
    return e;
  }
}
