/**
 * Decoding a sentence: Viterbi over emission scores plus tag-transition scores, with ill-formed
 * BILOU sequences forbidden; and forward-backward marginals, which give each found span a score.
 *
 * Transition scores live in a (K+1)×(K+1) array: row K is the sentence start, column K its end.
 */
import { allowed, TAG_COUNT } from './tags.js';

const K = TAG_COUNT;
const W = K + 1;

/** allowed(a, b) as a lookup table, with index K standing for start (as a) and end (as b). */
export const TRANSITION_MASK: Uint8Array = (() => {
  const mask = new Uint8Array(W * W);
  for (let a = 0; a <= K; a++) {
    for (let b = 0; b <= K; b++) mask[a * W + b] = allowed(a === K ? -1 : a, b === K ? -1 : b) ? 1 : 0;
  }
  return mask;
})();

/**
 * Transition scores with forbidden moves at -Infinity (saves a branch per step), cached per array
 * unless `changing` (training updates its array in place).
 */
const masked = new WeakMap<Float64Array, Float64Array>();
function maskedTransitions(trans: Float64Array, changing: boolean): Float64Array {
  let m = changing ? undefined : masked.get(trans);
  if (!m) {
    m = new Float64Array(W * W);
    for (let i = 0; i < W * W; i++) m[i] = TRANSITION_MASK[i] ? trans[i] : -Infinity;
    if (!changing) masked.set(trans, m);
  }
  return m;
}

/**
 * Best tag sequence for `n` tokens; `emissions[i*K + t]` is token i's score for tag t. Pass
 * `changing` when `trans` will be modified afterwards (training), so no stale copy is cached.
 */
export function viterbi(emissions: Float64Array, n: number, trans: Float64Array, out: Int8Array, changing = false): void {
  if (n === 0) return;
  const tr = maskedTransitions(trans, changing);
  const score = new Float64Array(n * K);
  const back = new Int8Array(n * K);
  for (let t = 0; t < K; t++) score[t] = tr[K * W + t] + emissions[t];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * K;
    const cur = i * K;
    for (let t = 0; t < K; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < K; a++) {
        const s = score[prev + a] + tr[a * W + t];
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[cur + t] = best + emissions[cur + t];
      back[cur + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * K;
  for (let t = 0; t < K; t++) {
    const s = score[last + t] + tr[t * W + K];
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * K + arg];
  }
}

/**
 * Per-token tag marginals of the linear-chain model whose log-potentials are the scores divided by
 * `temperature` (a perceptron's scores are not probabilities; the temperature calibrates them).
 * Forward-backward in probability space, rescaled at every position (no log-sum-exp: 5× faster).
 * Returns `m[i*K + t]`, the probability that token i has tag t.
 */
export function marginals(
  emissions: Float64Array,
  n: number,
  trans: Float64Array,
  temperature: number,
): Float64Array {
  const M = potentials(trans, temperature);
  // Emission potentials, shifted by each token's best score so exp never overflows.
  const E = new Float64Array(n * K);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let t = 0; t < K; t++) max = Math.max(max, emissions[i * K + t]);
    for (let t = 0; t < K; t++) E[i * K + t] = Math.exp((emissions[i * K + t] - max) / temperature);
  }
  const alpha = new Float64Array(n * K);
  const beta = new Float64Array(n * K);
  for (let t = 0; t < K; t++) alpha[t] = M[K * W + t] * E[t];
  normalise(alpha, 0);
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < K; t++) {
      let sum = 0;
      for (let a = 0; a < K; a++) sum += alpha[(i - 1) * K + a] * M[a * W + t];
      alpha[i * K + t] = sum * E[i * K + t];
    }
    normalise(alpha, i * K);
  }
  for (let t = 0; t < K; t++) beta[(n - 1) * K + t] = M[t * W + K];
  normalise(beta, (n - 1) * K);
  for (let i = n - 2; i >= 0; i--) {
    for (let a = 0; a < K; a++) {
      let sum = 0;
      for (let t = 0; t < K; t++) sum += M[a * W + t] * E[(i + 1) * K + t] * beta[(i + 1) * K + t];
      beta[i * K + a] = sum;
    }
    normalise(beta, i * K);
  }
  const out = new Float64Array(n * K);
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (let t = 0; t < K; t++) z += (out[i * K + t] = alpha[i * K + t] * beta[i * K + t]);
    for (let t = 0; t < K; t++) out[i * K + t] /= z || 1;
  }
  return out;
}

const potentialCache = new WeakMap<Float64Array, { temperature: number; m: Float64Array }>();
/** exp(transition / temperature), forbidden moves 0; cached per model. */
function potentials(trans: Float64Array, temperature: number): Float64Array {
  const hit = potentialCache.get(trans);
  if (hit && hit.temperature === temperature) return hit.m;
  const m = new Float64Array(W * W);
  for (let i = 0; i < W * W; i++) m[i] = TRANSITION_MASK[i] ? Math.exp(trans[i] / temperature) : 0;
  potentialCache.set(trans, { temperature, m });
  return m;
}

function normalise(v: Float64Array, base: number): void {
  let sum = 0;
  for (let t = 0; t < K; t++) sum += v[base + t];
  if (sum > 0) for (let t = 0; t < K; t++) v[base + t] /= sum;
}
