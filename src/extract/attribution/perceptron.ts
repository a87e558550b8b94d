/**
 * A structured averaged perceptron over hashed features with first-order Viterbi decoding under BIO
 * constraints (an I-x only after B-x or I-x). Written for attribution (src/nlp/perceptron.ts did not
 * exist when this was written); it knows nothing about attribution itself.
 *
 * A token's features are 32-bit hashes; feature f scores label y with W[(f & mask) * L + y].
 */

export interface PerceptronModel {
  labels: readonly string[];
  bits: number;
  /** (2^bits × L) weights; 16-bit integers (times `scale`) in a loaded model, which halves the memory read. */
  weights: Float32Array | Int16Array;
  /** Multiplier of integer weights (1 for float weights). */
  scale?: number;
  /** (L+1) × L: row L is the start state. */
  transitions: Float32Array;
}

/** allowed[p * L + y]: label y may follow label p (p = L: the start). */
export function allowedTransitions(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const ok = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let y = 0; y < L; y++) {
      const ly = labels[y];
      if (!ly.startsWith('I-')) ok[p * L + y] = 1;
      else if (p < L && labels[p].slice(2) === ly.slice(2) && labels[p] !== 'O') ok[p * L + y] = 1;
    }
  }
  return ok;
}

/**
 * Summed weights (integers, unscaled) of features that depend on one token alone, per token of a
 * sentence: vecs[t][at + part·L + y] for the parts own, as the previous token, as the next, two before,
 * two after; `pad` stands for the tokens beyond the sentence. Token t's emission starts from its own
 * part plus its neighbours' parts. Integer sums do not depend on the order of the additions, so with
 * integer weights the scores are exactly those of the features themselves.
 */
export interface WordSums {
  vecs: Int32Array[];
  pad: Int32Array;
  at: number;
}

/** Buffers reused by viterbi (grown as needed; single-threaded). */
const scratch = { emit: new Float64Array(4096), score: new Float64Array(4096), back: new Int32Array(4096) };

/**
 * Best label sequence for a sentence whose token t has features feats[offsets[t] .. offsets[t+1]).
 * `scratch` buffers are reused between calls when given. `words`, when given, holds sums of weights
 * (unscaled) of further features of each token, which the features' rows are added to (see WordSums).
 */
export function viterbi(
  m: PerceptronModel,
  allowed: Uint8Array,
  feats: Int32Array,
  offsets: Int32Array,
  n: number,
  out: Int32Array,
  words: WordSums | null = null,
): void {
  const L = m.labels.length;
  const mask = (1 << m.bits) - 1;
  const W = m.weights;
  const T = m.transitions;
  if (scratch.emit.length < n * L) {
    const size = Math.max(n * L, 2 * scratch.emit.length);
    scratch.emit = new Float64Array(size);
    scratch.score = new Float64Array(size);
    scratch.back = new Int32Array(size);
  }
  const { emit, score, back } = scratch;
  emit.fill(0, 0, n * L);
  const scale = m.scale ?? 1;
  if (L === 7) {
    // The attribution label set: sums kept in locals (no stores inside the feature loop).
    for (let t = 0; t < n; t++) {
      let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0;
      if (words) {
        const { vecs, pad } = words;
        const o = words.at;
        const v0 = vecs[t];
        const v1 = t > 0 ? vecs[t - 1] : pad;
        const v2 = t + 1 < n ? vecs[t + 1] : pad;
        const v3 = t > 1 ? vecs[t - 2] : pad;
        const v4 = t + 2 < n ? vecs[t + 2] : pad;
        e0 = v0[o] + v1[o + 7] + v2[o + 14] + v3[o + 21] + v4[o + 28];
        e1 = v0[o + 1] + v1[o + 8] + v2[o + 15] + v3[o + 22] + v4[o + 29];
        e2 = v0[o + 2] + v1[o + 9] + v2[o + 16] + v3[o + 23] + v4[o + 30];
        e3 = v0[o + 3] + v1[o + 10] + v2[o + 17] + v3[o + 24] + v4[o + 31];
        e4 = v0[o + 4] + v1[o + 11] + v2[o + 18] + v3[o + 25] + v4[o + 32];
        e5 = v0[o + 5] + v1[o + 12] + v2[o + 19] + v3[o + 26] + v4[o + 33];
        e6 = v0[o + 6] + v1[o + 13] + v2[o + 20] + v3[o + 27] + v4[o + 34];
      }
      const to = offsets[t + 1];
      for (let k = offsets[t]; k < to; k++) {
        const row = (feats[k] & mask) * 7;
        e0 += W[row];
        e1 += W[row + 1];
        e2 += W[row + 2];
        e3 += W[row + 3];
        e4 += W[row + 4];
        e5 += W[row + 5];
        e6 += W[row + 6];
      }
      const b = t * 7;
      emit[b] = e0 * scale;
      emit[b + 1] = e1 * scale;
      emit[b + 2] = e2 * scale;
      emit[b + 3] = e3 * scale;
      emit[b + 4] = e4 * scale;
      emit[b + 5] = e5 * scale;
      emit[b + 6] = e6 * scale;
    }
  } else {
    for (let t = 0; t < n; t++) {
      const base = t * L;
      if (words) {
        const { vecs, pad } = words;
        const parts = [vecs[t], t > 0 ? vecs[t - 1] : pad, t + 1 < n ? vecs[t + 1] : pad, t > 1 ? vecs[t - 2] : pad, t + 2 < n ? vecs[t + 2] : pad];
        for (let j = 0; j < 5; j++) for (let y = 0; y < L; y++) emit[base + y] += parts[j][words.at + j * L + y];
      }
      for (let k = offsets[t]; k < offsets[t + 1]; k++) {
        const row = (feats[k] & mask) * L;
        for (let y = 0; y < L; y++) emit[base + y] += W[row + y];
      }
      if (scale !== 1) for (let y = 0; y < L; y++) emit[base + y] *= scale;
    }
  }
  for (let y = 0; y < L; y++) score[y] = allowed[L * L + y] ? T[L * L + y] + emit[y] : -Infinity;
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed[p * L + y]) continue;
        const s = score[(t - 1) * L + p] + T[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[t * L + y] = best + emit[t * L + y];
      back[t * L + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    if (score[(n - 1) * L + y] > best) {
      best = score[(n - 1) * L + y];
      arg = y;
    }
  }
  for (let t = n - 1; t >= 0; t--) {
    out[t] = arg;
    arg = back[t * L + arg];
  }
}

/** Training state: current weights plus the running sums for averaging. */
export class PerceptronTrainer {
  readonly model: PerceptronModel;
  private readonly allowed: Uint8Array;
  private readonly wSum: Float64Array;
  private readonly tSum: Float64Array;
  private c = 1;

  constructor(labels: readonly string[], bits: number) {
    const L = labels.length;
    this.model = {
      labels,
      bits,
      weights: new Float32Array((1 << bits) * L),
      transitions: new Float32Array((L + 1) * L),
    };
    this.allowed = allowedTransitions(labels);
    this.wSum = new Float64Array((1 << bits) * L);
    this.tSum = new Float64Array((L + 1) * L);
  }

  /** One example: decode, and on a wrong sequence move weights toward gold. Returns the errors. */
  learn(feats: Int32Array, offsets: Int32Array, gold: Int32Array, n: number, pred: Int32Array): number {
    const m = this.model;
    viterbi(m, this.allowed, feats, offsets, n, pred);
    const L = m.labels.length;
    const mask = (1 << m.bits) - 1;
    let errors = 0;
    for (let t = 0; t < n; t++) {
      const g = gold[t];
      const p = pred[t];
      const gp = t === 0 ? L : gold[t - 1];
      const pp = t === 0 ? L : pred[t - 1];
      if (g !== p) {
        errors++;
        for (let k = offsets[t]; k < offsets[t + 1]; k++) {
          const row = (feats[k] & mask) * L;
          this.bump(row + g, 1);
          this.bump(row + p, -1);
        }
      }
      if (g !== p || gp !== pp) {
        this.bumpT(gp * L + g, 1);
        this.bumpT(pp * L + p, -1);
      }
    }
    this.c++;
    return errors;
  }

  private bump(i: number, d: number): void {
    this.model.weights[i] += d;
    this.wSum[i] += this.c * d;
  }

  private bumpT(i: number, d: number): void {
    this.model.transitions[i] += d;
    this.tSum[i] += this.c * d;
  }

  /** The averaged model (w − Σ c·Δ / c). */
  averaged(): PerceptronModel {
    const m = this.model;
    const w = new Float32Array(m.weights.length);
    for (let i = 0; i < w.length; i++) w[i] = m.weights[i] - this.wSum[i] / this.c;
    const t = new Float32Array(m.transitions.length);
    for (let i = 0; i < t.length; i++) t[i] = m.transitions[i] - this.tSum[i] / this.c;
    return { labels: m.labels, bits: m.bits, weights: w, transitions: t };
  }
}
