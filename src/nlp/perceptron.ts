/**
 * A greedy averaged perceptron over hashed features, shared by the POS tagger and the name tagger.
 *
 * Features are 32-bit hashes (see `hashFeature`); feature f scores label y with
 * W[(f & mask) * L + y], so one feature costs one row of L adds. Training keeps the running sums
 * for averaging lazily (a time stamp per weight) and is deterministic: no randomness anywhere, the
 * caller decides the order of examples.
 *
 * Saved weights are int8 (or int16) with one float32 scale per row (rows × (L·b + 4) bytes): a
 * 2^18-row model of 17 labels is 5.5 MB in int8 and loads in a few tens of milliseconds.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const MAGIC = 0x43545032; // "CTP2"

/** FNV-1a over a string, started from `seed` (a template id), then mixed (murmur3 finaliser). */
export function hashFeature(seed: number, s: string): number {
  return hashFeatureEnd(hashFeatureStart(seed, s), '');
}

/**
 * hashFeature(seed, a + b) in pieces, without building a + b: hashFeatureEnd(hashFeatureStart(seed, a), b).
 * hashFeatureStart returns the FNV state after `a`.
 */
export function hashFeatureStart(seed: number, a: string): number {
  let h = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < a.length; i++) {
    h ^= a.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

export function hashFeatureEnd(state: number, b: string): number {
  let h = state;
  for (let i = 0; i < b.length; i++) {
    h ^= b.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Hash of a template id alone plus a small integer (labels, flags): no string is built. */
export function hashInt(seed: number, v: number): number {
  let h = Math.imul(seed + 1, 0x9e3779b1) ^ Math.imul(v + 0x51ed27, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** A small deterministic PRNG (mulberry32) for shuffles and initialisations in training. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kernel = (q: Int8Array | Int16Array, scales: Float32Array, mask: number, feats: Int32Array, n: number, out: Float64Array) => void;
const MAX_UNROLLED = 64;
/** Generated kernels by 2·L + (add ? 1 : 0): looked up on every scored token, so by a small integer, not a string key built per call. */
const kernels: (Kernel | undefined)[] = [];

/**
 * The quantised scoring loop for L labels with the sums kept in local variables (generated once per
 * L): the same additions in the same order as the plain loop, without a memory round trip per add.
 * `add` adds to `out` instead of overwriting it.
 */
function kernel(L: number, add: boolean): Kernel {
  const key = 2 * L + (add ? 1 : 0);
  let k = kernels[key];
  if (!k) {
    const ys = Array.from({ length: L }, (_, y) => y);
    const body = [
      ...ys.map((y) => `let a${y} = ${add ? `out[${y}]` : '0'};`),
      'for (let k = 0; k < n; k++) {',
      '  const r = feats[k] & mask;',
      '  const s = scales[r];',
      '  if (s === 0) continue;',
      `  const row = r * ${L};`,
      `  ${ys.map((y) => `a${y} += q[row + ${y}] * s;`).join(' ')}`,
      '}',
      ...ys.map((y) => `out[${y}] = a${y};`),
    ].join('\n');
    k = new Function('q', 'scales', 'mask', 'feats', 'n', 'out', body) as Kernel;
    kernels[key] = k;
  }
  return k;
}

export interface PerceptronMeta {
  [key: string]: unknown;
}

export class Perceptron {
  readonly labels: readonly string[];
  readonly L: number;
  readonly bits: number;
  readonly mask: number;
  /** rows × L weights (the averaged ones after `average()` or `load`). */
  weights: Float32Array;
  meta: PerceptronMeta;
  // Training state (absent on a loaded model).
  private totals: Float64Array | null = null;
  private stamps: Int32Array | null = null;
  private clock = 0;

  constructor(labels: readonly string[], bits: number, weights?: Float32Array, meta: PerceptronMeta = {}) {
    this.labels = labels;
    this.L = labels.length;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.weights = weights ?? new Float32Array((1 << bits) * this.L);
    this.meta = meta;
  }

  /**
   * A loaded model scores from its quantised rows directly: half (or a quarter) of the memory
   * traffic of float32 rows, and rows that are all zero (features never seen in training) are
   * skipped after one look at their scale.
   */
  private quant: { scales: Float32Array; q: Int8Array | Int16Array } | null = null;

  /** Scores of every label for features feats[0..n) into `out` (length ≥ L). */
  score(feats: Int32Array, n: number, out: Float64Array): void {
    const L = this.L;
    const mask = this.mask;
    const quant = this.quant;
    if (quant && L <= MAX_UNROLLED) {
      kernel(L, false)(quant.q, quant.scales, mask, feats, n, out);
      return;
    }
    out.fill(0, 0, L);
    this.scoreAdd(feats, n, out);
  }

  /** Adds the scores of features feats[0..n) to `out` (what `score` does without clearing `out` first). */
  scoreAdd(feats: Int32Array, n: number, out: Float64Array): void {
    const L = this.L;
    const mask = this.mask;
    const quant = this.quant;
    if (quant && L <= MAX_UNROLLED) {
      kernel(L, true)(quant.q, quant.scales, mask, feats, n, out);
      return;
    }
    if (quant) {
      const { scales, q } = quant;
      for (let k = 0; k < n; k++) {
        const r = feats[k] & mask;
        const s = scales[r];
        if (s === 0) continue;
        const row = r * L;
        for (let y = 0; y < L; y++) out[y] += q[row + y] * s;
      }
      return;
    }
    const W = this.weights;
    for (let k = 0; k < n; k++) {
      const row = (feats[k] & mask) * L;
      for (let y = 0; y < L; y++) out[y] += W[row + y];
    }
  }

  /** The quantised rows of a loaded model (scales per row, weights row-major), or null. */
  get quantised(): { scales: Float32Array; q: Int8Array | Int16Array } | null {
    return this.quant;
  }

  /** Best label among those `allowed` permits (all when null). */
  best(scores: Float64Array, allowed: Uint8Array | null): number {
    let arg = -1;
    let best = -Infinity;
    for (let y = 0; y < this.L; y++) {
      if (allowed && !allowed[y]) continue;
      if (scores[y] > best) {
        best = scores[y];
        arg = y;
      }
    }
    return arg < 0 ? 0 : arg;
  }

  /** One training step: the clock advances; on a mistake, +1 to gold and −1 to guess. */
  update(feats: Int32Array, n: number, gold: number, guess: number): void {
    this.dequantise();
    this.clock++;
    if (gold === guess) return;
    if (!this.totals) {
      this.totals = new Float64Array(this.weights.length);
      this.stamps = new Int32Array(this.weights.length);
    }
    for (let k = 0; k < n; k++) {
      const row = (feats[k] & this.mask) * this.L;
      this.bump(row + gold, 1);
      this.bump(row + guess, -1);
    }
  }

  private bump(i: number, v: number): void {
    const totals = this.totals!;
    const stamps = this.stamps!;
    totals[i] += (this.clock - stamps[i]) * this.weights[i];
    stamps[i] = this.clock;
    this.weights[i] += v;
  }

  /** Float weights of a loaded (quantised) model, made on demand (for re-saving or inspection). */
  dequantise(): void {
    if (!this.quant) return;
    const { scales, q } = this.quant;
    const L = this.L;
    const W = new Float32Array(scales.length * L);
    for (let r = 0; r < scales.length; r++) {
      const s = scales[r];
      if (s === 0) continue;
      for (let y = 0; y < L; y++) W[r * L + y] = q[r * L + y] * s;
    }
    this.weights = W;
    this.quant = null;
  }

  /** Replace the weights by their average over all steps (ends training). */
  average(): void {
    if (!this.totals || !this.stamps || this.clock === 0) return;
    const W = this.weights;
    for (let i = 0; i < W.length; i++) {
      const total = this.totals[i] + (this.clock - this.stamps[i]) * W[i];
      W[i] = total / this.clock;
    }
    this.totals = null;
    this.stamps = null;
  }

  /** A copy with averaged weights, leaving this one trainable (to evaluate between epochs). */
  averagedCopy(): Perceptron {
    const W = new Float32Array(this.weights.length);
    if (this.totals && this.stamps && this.clock > 0) {
      for (let i = 0; i < W.length; i++) {
        W[i] = (this.totals[i] + (this.clock - this.stamps[i]) * this.weights[i]) / this.clock;
      }
    } else W.set(this.weights);
    return new Perceptron(this.labels, this.bits, W, this.meta);
  }

  /**
   * Binary form: header (magic, JSON length, rows, bytes per weight), JSON (labels, bits, meta),
   * per-row float32 scales, then int8 (default) or int16 weights scaled by their row's largest.
   */
  serialize(bytesPerWeight: 1 | 2 = 1): Buffer {
    this.dequantise();
    const L = this.L;
    const rows = 1 << this.bits;
    const json = Buffer.from(JSON.stringify({ labels: this.labels, bits: this.bits, meta: this.meta }), 'utf8');
    const pad = (4 - ((16 + json.length) % 4)) % 4;
    const head = 16 + json.length + pad;
    const buf = Buffer.alloc(head + rows * 4 + rows * L * bytesPerWeight);
    buf.writeUInt32LE(MAGIC, 0);
    buf.writeUInt32LE(json.length, 4);
    buf.writeUInt32LE(rows, 8);
    buf.writeUInt32LE(bytesPerWeight, 12);
    json.copy(buf, 16);
    const scales = new Float32Array(buf.buffer, buf.byteOffset + head, rows);
    const top = bytesPerWeight === 1 ? 127 : 32767;
    const q = bytesPerWeight === 1
      ? new Int8Array(buf.buffer, buf.byteOffset + head + rows * 4, rows * L)
      : new Int16Array(buf.buffer, buf.byteOffset + head + rows * 4, rows * L);
    const W = this.weights;
    for (let r = 0; r < rows; r++) {
      let max = 0;
      for (let y = 0; y < L; y++) max = Math.max(max, Math.abs(W[r * L + y]));
      const s = max / top;
      scales[r] = s;
      if (s === 0) continue;
      for (let y = 0; y < L; y++) q[r * L + y] = Math.round(W[r * L + y] / s);
    }
    return buf;
  }

  static deserialize(buf: Uint8Array, what = 'model'): Perceptron {
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    if (buf.byteLength < 16 || view.getUint32(0, true) !== MAGIC) throw new Error(`${what}: not a claimtrail perceptron file`);
    const jsonLen = view.getUint32(4, true);
    const rows = view.getUint32(8, true);
    const bpw = view.getUint32(12, true);
    const head = 16 + jsonLen + ((4 - ((16 + jsonLen) % 4)) % 4);
    const info = JSON.parse(Buffer.from(buf.buffer, buf.byteOffset + 16, jsonLen).toString('utf8')) as {
      labels: string[];
      bits: number;
      meta: PerceptronMeta;
    };
    const L = info.labels.length;
    if ((bpw !== 1 && bpw !== 2) || rows !== 1 << info.bits || buf.byteLength !== head + rows * 4 + rows * L * bpw) {
      throw new Error(`${what}: truncated or corrupt`);
    }
    // Copy into aligned arrays (the file's buffer need not be aligned).
    const body = new Uint8Array(rows * 4 + rows * L * bpw);
    body.set(buf.subarray(head, head + body.length));
    const scales = new Float32Array(body.buffer, 0, rows);
    const q = bpw === 1 ? new Int8Array(body.buffer, rows * 4, rows * L) : new Int16Array(body.buffer, rows * 4, rows * L);
    // The float weights are made only if someone asks for them (see `weights`); scoring reads q.
    const m = new Perceptron(info.labels, info.bits, new Float32Array(0), info.meta);
    m.quant = { scales, q };
    return m;
  }

  save(path: string, bytesPerWeight: 1 | 2 = 1): void {
    writeFileSync(path, this.serialize(bytesPerWeight));
  }

  static load(path: string): Perceptron {
    return Perceptron.deserialize(readFileSync(path), path);
  }
}
