/**
 * The entity tagger: features → emission scores → Viterbi → spans, each with a score from the
 * calibrated forward-backward marginals (the smallest marginal of the span's tags).
 *
 * With a two-pass model, a first pass tags the whole document; the second pass adds what the first
 * said of the same words elsewhere (see consistencyFeatures) and decides.
 */
import type { EntityType } from '../../model/doc.js';
import { marginals, viterbi } from './decode.js';
import {
  consistencyFeatures,
  docContext,
  docTypes,
  FEATURE_VERSION,
  normaliseToken,
  contextFeatures,
  wordFeatures,
  type FeatureContext,
  type FeatureSink,
} from './features.js';
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
  /**
   * One feature table for both passes (feature string → row), so each string is looked up once;
   * `second` and `first` hold the two passes' weights over those rows (zero rows where a pass
   * lacks the feature).
   */
  private readonly index = new Map<string, number>();
  private readonly second: Float32Array;
  private readonly first: Float32Array | null;
  private readonly wordCache = new Map<string, Int32Array>();
  /** The feature table split by template and values, for RowSink. */
  private readonly tables: Tables;

  constructor(
    readonly model: NerModel,
    gazetteers: readonly Gazetteer[] = defaultGazetteers(),
  ) {
    const names = gazetteers.map((g) => g.name);
    for (const m of [model, model.firstPass].filter((x) => x !== undefined)) {
      if (m.featureVersion !== FEATURE_VERSION || names.join() !== m.gazetteers.join()) {
        throw new Error(
          `entity model was trained with feature version ${m.featureVersion} and gazetteers ` +
            `[${m.gazetteers.join(', ')}], not ${FEATURE_VERSION} and [${names.join(', ')}]: retrain with npm run train:ner`,
        );
      }
    }
    this.ctx = { gazetteers, common: model.common };
    if (!model.firstPass) {
      this.index = model.features;
      this.second = model.weights;
      this.first = null;
    } else {
      for (const m of [model, model.firstPass]) {
        for (const f of m.features.keys()) if (!this.index.has(f)) this.index.set(f, this.index.size);
      }
      this.second = spread(model, this.index);
      this.first = spread(model.firstPass, this.index);
    }
    this.tables = splitTable(this.index);
  }

  /** Tag a document given as sentences of raw token texts; one span list per sentence. */
  tagDocument(sentences: readonly (readonly string[])[], options: TaggerOptions = {}): TaggedSpan[][] {
    return this.rows(sentences).map((rows) => {
      const { tags, emissions } = this.decode(this.second, this.model.transitions, rows);
      const spans = decodeSpans(tags);
      if (spans.length === 0) return [];
      const m = options.noScores ? null : marginals(emissions, tags.length, this.model.transitions, this.model.temperature);
      return spans.map((s) => {
        let score = 1;
        if (m) for (let i = s.start; i < s.end; i++) score = Math.min(score, m[i * TAG_COUNT + tags[i]]);
        return { ...s, score: Math.round(score * 1000) / 1000 };
      });
    });
  }

  /** BILOU tag ids of every sentence (used to make the first-pass predictions in training). */
  tagIds(sentences: readonly (readonly string[])[]): Int8Array[] {
    return this.rows(sentences).map((rows) => this.decode(this.second, this.model.transitions, rows).tags);
  }

  /**
   * Feature rows of every token of every sentence, with the first pass's consistency features
   * when the model has two passes. Unknown features are dropped here, once.
   */
  private rows(sentences: readonly (readonly string[])[]): number[][][] {
    const words = sentences.map((s) => s.map(normaliseToken));
    const doc = docContext(words);
    const rows = words.map((w) => {
      const sink = new RowSink(this.tables, w.length);
      for (let i = 0; i < w.length; i++) sink.rows[i].push(...this.wordRows(w[i]));
      contextFeatures(this.ctx, doc, w, sink);
      return sink.rows;
    });
    const first = this.model.firstPass;
    if (!first || !this.first) return rows;
    const firstWeights = this.first;
    const tags = rows.map((r) => this.decode(firstWeights, first.transitions, r).tags);
    const types = docTypes(words, tags);
    return rows.map((r, k) =>
      consistencyFeatures(words[k], tags[k], types).map((more, i) => (more.length ? [...r[i], ...this.lookup(more)] : r[i])),
    );
  }

  /** Rows of a word's own features, cached: most words of a text recur. */
  private wordRows(word: string): Int32Array {
    let rows = this.wordCache.get(word);
    if (rows === undefined) {
      if (this.wordCache.size >= WORD_CACHE_SIZE) this.wordCache.clear();
      rows = this.lookup(wordFeatures(word));
      this.wordCache.set(word, rows);
    }
    return rows;
  }

  private lookup(features: readonly string[]): Int32Array {
    const out = new Int32Array(features.length);
    let n = 0;
    for (const f of features) {
      const row = this.index.get(f);
      if (row !== undefined) out[n++] = row;
    }
    return out.subarray(0, n);
  }

  private decode(weights: Float32Array, transitions: Float64Array, rows: readonly (readonly number[])[]): { tags: Int8Array; emissions: Float64Array } {
    const n = rows.length;
    const K = TAG_COUNT;
    const emissions = new Float64Array(n * K);
    for (let i = 0; i < n; i++) {
      const base = i * K;
      for (const row of rows[i]) {
        const w = row * K;
        for (let t = 0; t < K; t++) emissions[base + t] += weights[w + t];
      }
    }
    const tags = new Int8Array(n);
    if (n > 0) viterbi(emissions, n, transitions, tags);
    return { tags, emissions };
  }
}

/** Distinct words whose feature rows are kept; cleared when full (a bound on memory, not an LRU). */
const WORD_CACHE_SIZE = 50000;

/** A model's weights laid out over the shared feature table's rows. */
function spread(model: NerModel, index: Map<string, number>): Float32Array {
  const K = TAG_COUNT;
  const out = new Float32Array(index.size * K);
  for (const [f, row] of model.features) out.set(model.weights.subarray(row * K, row * K + K), index.get(f)! * K);
  return out;
}

interface Tables {
  t1: Map<string, Map<string, number>>;
  t2: Map<string, Map<string, Map<string, number>>>;
  t3: Map<string, Map<string, Map<string, Map<string, number>>>>;
}

/** Nested maps template → value → ... → row, from `template<TAB>value...` keys. */
function splitTable(index: ReadonlyMap<string, number>): Tables {
  const tables: Tables = { t1: new Map(), t2: new Map(), t3: new Map() };
  const child = <V>(m: Map<string, V>, key: string, make: () => V): V => {
    let v = m.get(key);
    if (v === undefined) m.set(key, (v = make()));
    return v;
  };
  for (const [key, row] of index) {
    const p = key.split('\t');
    if (p.length === 2) child(tables.t1, p[0], () => new Map()).set(p[1], row);
    else if (p.length === 3) child(child(tables.t2, p[0], () => new Map()), p[1], () => new Map()).set(p[2], row);
    else if (p.length === 4) {
      const m = child(child(tables.t3, p[0], () => new Map()), p[1], () => new Map());
      child(m, p[2], () => new Map()).set(p[3], row);
    }
  }
  return tables;
}

/** Collects feature rows per token through the nested tables; unknown features are dropped. */
class RowSink implements FeatureSink {
  readonly rows: number[][];
  private cur: number[] = [];
  constructor(
    private readonly tables: Tables,
    n: number,
  ) {
    this.rows = Array.from({ length: n }, () => []);
  }
  token(i: number): void {
    this.cur = this.rows[i];
  }
  f1(t: string, a: string): void {
    const r = this.tables.t1.get(t)?.get(a);
    if (r !== undefined) this.cur.push(r);
  }
  f2(t: string, a: string, b: string): void {
    const r = this.tables.t2.get(t)?.get(a)?.get(b);
    if (r !== undefined) this.cur.push(r);
  }
  f3(t: string, a: string, b: string, c: string): void {
    const r = this.tables.t3.get(t)?.get(a)?.get(b)?.get(c);
    if (r !== undefined) this.cur.push(r);
  }
}
