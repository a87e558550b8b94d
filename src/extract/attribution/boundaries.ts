/**
 * Content boundaries, a span-level stage after the tagger (models/attribution/MODEL.md).
 *
 * The BIO tagger finds most contents but often puts one boundary a few words off (a relative clause
 * cut or included, a start at an object instead of its infinitive). For each content span the tagger
 * gives, this stage ranks the spans whose start lies within K tokens of its start and whose end lies
 * within K tokens of its end, with a learned linear scorer that sees each candidate as a whole: the
 * words and tags at and around both edges, how far each edge moved, which side of its cue the content
 * lies on and how far, the quotation state at both edges, and over the span its length, sentence ends,
 * verbs and quotation marks. The score is factored as start + end + pair features, so that the
 * (2K+1)² candidates cost 2(2K+1) hashed feature rows and a few table reads each.
 *
 * Trained (scripts/train-attribution.ts) as a ranking perceptron (averaged) on PolNeAR train, from the
 * content spans of the jack-knifed first-stage tagger that overlap a gold content whose edges are both
 * within reach.
 */
import { hashString, type FeatureBlock } from './features.js';

export interface BoundaryModel {
  /** Hash width of the edge features. */
  bits: number;
  /** How far (tokens) an edge may move, per role: source, cue, content (0: the role's spans are kept as tagged). */
  reach: readonly number[];
  /** 2^bits hashed edge weights, then PAIR_SIZE dense pair weights per role. */
  weights: Float32Array | Int16Array;
  scale?: number;
}

/** Label ids (model.ts LABELS): B of role r (1 source, 2 cue, 3 content) is 2r − 1, I is 2r. */
const O = 0;
const roleOf = (y: number) => (y + 1) >> 1; // 0 none, 1 source, 2 cue, 3 content

/** A cheap hash of a template id and up to three values (multiply-add, then one fold). */
function g3(t: number, a: number, b: number, c: number): number {
  let h = Math.imul(t, 0x27d4eb2f) + Math.imul(a, 0x9e3779b1) + Math.imul(b ^ (b >>> 16), 0x85ebca6b) + Math.imul(c ^ (c >>> 13), 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
const g1 = (t: number, a: number) => g3(t, a, 0x3c6ef372, 0x1b873593);
const g2 = (t: number, a: number, b: number) => g3(t, a, b, 0x1b873593);

/** Hashed edge features per candidate edge. */
export const EDGE_FEATURES = 14;
const LEN_BUCKETS = 12;
const lenBucket = (n: number) => (n <= 6 ? n : n <= 8 ? 7 : n <= 12 ? 8 : n <= 20 ? 9 : n <= 35 ? 10 : 11);
/** Dense pair features: length × side, sentence ends × side, verbs × side, quotation parity × side, (start move, end move) signs. */
const P_LEN = 0;
const P_END = P_LEN + LEN_BUCKETS * 3;
const P_VERB = P_END + 3 * 3;
const P_QUOTE = P_VERB + 3 * 3;
const P_MOVE = P_QUOTE + 2 * 3 * 2;
const P_CUE = P_MOVE + 9 * 9;
export const PAIR_SIZE = P_CUE + 3 * 3;

const PAD = hashString('<pad>');
const sgn = (d: number) => (d < 0 ? 0 : d === 0 ? 1 : 2);
/** A move of −K … K as a small bucket (exact near 0). */
const moveBucket = (d: number) => (d <= -8 ? 0 : d <= -4 ? 1 : d <= -2 ? 2 : d === -1 ? 3 : d === 0 ? 4 : d === 1 ? 5 : d <= 3 ? 6 : d <= 7 ? 7 : 8);
const coarse = (d: number): number => (d <= 0 ? 0 : d === 1 ? 1 : d <= 3 ? 2 : d <= 8 ? 3 : 4);

/** What the stage reads of a paragraph, derived from the tagger's feature block. */
export interface BoundaryInput {
  n: number;
  hw: Int32Array;
  hp: Int32Array;
  quote: Uint8Array;
  inQ: Uint8Array;
  /** Prefix counts: sentence ends, verbs, quotation marks. */
  endPre: Int32Array;
  verbPre: Int32Array;
  quotePre: Int32Array;
  /** Prefix counts of likely cue words (cue lexicon bucket ≥ 3). */
  cuePre: Int32Array;
}

const DOT = hashString('.');
const QMARK = hashString('?');
const EXCL = hashString('!');

export function boundaryInput(fb: FeatureBlock): BoundaryInput | null {
  const P = fb.prep;
  if (!P || !P.hp || !P.verbPrefix) return null;
  const n = fb.n;
  const endPre = new Int32Array(n + 1);
  const quotePre = new Int32Array(n + 1);
  const cuePre = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    cuePre[i + 1] = cuePre[i] + (P.cr[i] >= 3 ? 1 : 0);
    const h = P.hw[i];
    endPre[i + 1] = endPre[i] + (h === DOT || h === QMARK || h === EXCL ? 1 : 0);
    quotePre[i + 1] = quotePre[i] + (P.quote[i] ? 1 : 0);
  }
  return { n, hw: P.hw, hp: P.hp, quote: P.quote, inQ: P.inQ, endPre, verbPre: P.verbPrefix, quotePre, cuePre };
}

/** A content span to refine and what it hangs on. */
interface Job {
  /** 1 source, 2 cue, 3 content. */
  r: number;
  s: number;
  e: number;
  /** Lowest start, highest end allowed. */
  lo: number;
  hi: number;
  /** Side of its anchor (a content's or source's cue, a cue's content): 0 none, 1 the span after it, 2 before. */
  side: number;
  /** The anchor's first word (hash) and its edge nearest the span. */
  cueWord: number;
  cueEdge: number;
}

const wAt = (x: BoundaryInput, i: number) => (i < 0 || i >= x.n ? PAD : x.hw[i]);
const pAt = (x: BoundaryInput, i: number) => (i < 0 || i >= x.n ? PAD : x.hp[i]);

/** Candidate edges' hashed features, written into `out` (EDGE_FEATURES each). */
function startFeatures(x: BoundaryInput, j: Job, s: number, out: Int32Array, o: number): void {
  const { quote, inQ, n } = x;
  const t0 = j.r << 6;
  const d = s - j.s;
  const mb = moveBucket(d);
  const side = j.side;
  const dc = side === 1 ? coarse(s - j.cueEdge) : side === 2 ? coarse(j.cueEdge - s) : 0;
  out[o] = g1(1 + t0, mb * 4 + side);
  out[o + 1] = g2(2 + t0, wAt(x, s), side);
  out[o + 2] = g2(3 + t0, wAt(x, s - 1), side);
  out[o + 3] = g2(4 + t0, pAt(x, s - 1), pAt(x, s));
  out[o + 4] = g2(5 + t0, wAt(x, s - 1), pAt(x, s));
  out[o + 5] = g3(6 + t0, pAt(x, s - 2), pAt(x, s - 1), pAt(x, s));
  out[o + 6] = g3(7 + t0, sgn(d), pAt(x, s), side);
  out[o + 7] = g3(8 + t0, dc, pAt(x, s), side);
  out[o + 8] = g3(9 + t0, s < n ? inQ[s] * 4 + quote[s] : 8, s > 0 ? quote[s - 1] : 3, side);
  out[o + 9] = g3(10 + t0, j.cueWord, wAt(x, s), dc);
  out[o + 10] = g2(11 + t0, wAt(x, s), pAt(x, s + 1));
  out[o + 11] = g3(12 + t0, mb, wAt(x, s), wAt(x, s - 1));
  out[o + 12] = g3(13 + t0, pAt(x, s), pAt(x, s + 1), sgn(d));
  out[o + 13] = g3(14 + t0, wAt(x, s - 1), wAt(x, s), side);
}

function endFeatures(x: BoundaryInput, j: Job, e: number, out: Int32Array, o: number): void {
  const { quote, inQ, n } = x;
  const t0 = j.r << 6;
  const d = e - j.e;
  const mb = moveBucket(d);
  const side = j.side;
  const dc = side === 1 ? coarse(e - j.cueEdge) : side === 2 ? coarse(j.cueEdge - e) : 0;
  out[o] = g1(21 + t0, mb * 4 + side);
  out[o + 1] = g2(22 + t0, wAt(x, e - 1), side);
  out[o + 2] = g2(23 + t0, wAt(x, e), side);
  out[o + 3] = g2(24 + t0, pAt(x, e - 1), pAt(x, e));
  out[o + 4] = g2(25 + t0, wAt(x, e), pAt(x, e - 1));
  out[o + 5] = g3(26 + t0, pAt(x, e - 1), pAt(x, e), pAt(x, e + 1));
  out[o + 6] = g3(27 + t0, sgn(d), pAt(x, e), side);
  out[o + 7] = g3(28 + t0, dc, pAt(x, e - 1), side);
  out[o + 8] = g3(29 + t0, e < n ? inQ[e] * 4 + quote[e] : 8, quote[e - 1], side);
  out[o + 9] = g3(30 + t0, j.cueWord, wAt(x, e), dc);
  out[o + 10] = g2(31 + t0, wAt(x, e - 1), pAt(x, e - 2));
  out[o + 11] = g3(32 + t0, mb, wAt(x, e), wAt(x, e - 1));
  out[o + 12] = g3(33 + t0, pAt(x, e - 1), pAt(x, e), sgn(d));
  out[o + 13] = g3(34 + t0, wAt(x, e - 1), wAt(x, e), side);
}

const PAIR_FEATURES = 6;

/** Indices of a candidate's dense pair features (PAIR_FEATURES each) into the pair blocks. */
function pairFeatures(x: BoundaryInput, j: Job, s: number, e: number, out: Int32Array): void {
  const side = j.side;
  const ends = Math.min(2, x.endPre[e - 1] - x.endPre[s]);
  const verbs = Math.min(2, x.verbPre[e] - x.verbPre[s]);
  const q = (x.quotePre[e] - x.quotePre[s]) & 1;
  const qEdge = (x.quote[s] ? 1 : 0) === (x.quote[e - 1] ? 1 : 0) ? 0 : 1;
  const o = (j.r - 1) * PAIR_SIZE;
  out[0] = o + P_LEN + lenBucket(e - s) * 3 + side;
  out[1] = o + P_END + ends * 3 + side;
  out[2] = o + P_VERB + verbs * 3 + side;
  out[3] = o + P_QUOTE + (q * 2 + qEdge) * 3 + side;
  out[4] = o + P_MOVE + moveBucket(s - j.s) * 9 + moveBucket(e - j.e);
  out[5] = o + P_CUE + Math.min(2, x.cuePre[e] - x.cuePre[s]) * 3 + side;
}

/** The spans of role `role` in `labels` with their reach and anchor. */
function jobsOf(x: BoundaryInput, labels: Int32Array, role: number, K: number): Job[] {
  const n = x.n;
  // Spans by CofeNet's reading (B opens, I of the same role continues).
  const spans: Array<{ r: number; s: number; e: number }> = [];
  for (let i = 0; i < n; ) {
    const y = labels[i];
    if (y === O || y % 2 === 0) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < n && labels[e] === y + 1) e++;
    spans.push({ r: roleOf(y), s: i, e });
    i = e;
  }
  const jobs: Job[] = [];
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k];
    if (sp.r !== role) continue;
    // Reach: up to the nearest span of another role on either side (spans of the same role may be absorbed).
    let lo = Math.max(0, sp.s - K);
    let hi = Math.min(n, sp.e + K);
    for (let m = k - 1; m >= 0; m--) if (spans[m].r !== role) { lo = Math.max(lo, spans[m].e); break; }
    for (let m = k + 1; m < spans.length; m++) if (spans[m].r !== role) { hi = Math.min(hi, spans[m].s); break; }
    // Its anchor: the nearest cue span (of a cue: content span), on either side.
    const anchorRole = role === 2 ? 3 : 2;
    let cue: { s: number; e: number } | null = null;
    let best = Infinity;
    for (const c of spans) {
      if (c.r !== anchorRole) continue;
      const dd = c.e <= sp.s ? sp.s - c.e : c.s >= sp.e ? c.s - sp.e : 0;
      if (dd < best) {
        best = dd;
        cue = c;
      }
    }
    const side = !cue ? 0 : cue.e <= sp.s ? 1 : 2;
    jobs.push({ r: role, s: sp.s, e: sp.e, lo, hi, side, cueWord: cue ? x.hw[cue.s] : PAD, cueEdge: !cue ? 0 : side === 1 ? cue.e : cue.s });
  }
  return jobs;
}

/** Scratch buffers. */
const buf = { sf: new Int32Array(64 * EDGE_FEATURES), ef: new Int32Array(64 * EDGE_FEATURES), ss: new Float64Array(64), es: new Float64Array(64), pf: new Int32Array(6), si: new Int32Array(16), ei: new Int32Array(16) };

function grow(m: number): void {
  if (buf.ss.length >= m) return;
  buf.sf = new Int32Array(m * EDGE_FEATURES);
  buf.ef = new Int32Array(m * EDGE_FEATURES);
  buf.ss = new Float64Array(m);
  buf.es = new Float64Array(m);
}

/** Start range [a, b] and end range [c, d] of a job's candidates. */
function ranges(j: Job, m: BoundaryModel): [number, number, number, number] {
  const K = m.reach[j.r - 1];
  return [Math.max(j.lo, j.s - K), Math.min(j.e - 1, j.s + K), Math.max(j.s + 1, j.e - K), Math.min(j.hi, j.e + K)];
}

/** The best candidate of a job under weights W (scaled); returns [start, end]. */
function best(x: BoundaryInput, j: Job, m: BoundaryModel, hashedOnly = false): [number, number] {
  const mask = (1 << m.bits) - 1;
  const W = m.weights;
  const pairBase = 1 << m.bits;
  const [a, b, c, d] = ranges(j, m);
  grow(Math.max(b - a + 1, d - c + 1));
  const { sf, ef, ss, es, pf } = buf;
  for (let s = a; s <= b; s++) {
    const o = (s - a) * EDGE_FEATURES;
    startFeatures(x, j, s, sf, o);
    let v = 0;
    for (let k = 0; k < EDGE_FEATURES; k++) v += W[sf[o + k] & mask];
    ss[s - a] = v;
  }
  for (let e = c; e <= d; e++) {
    const o = (e - c) * EDGE_FEATURES;
    endFeatures(x, j, e, ef, o);
    let v = 0;
    for (let k = 0; k < EDGE_FEATURES; k++) v += W[ef[o + k] & mask];
    es[e - c] = v;
  }
  // The TOP best starts and ends by their own scores; the pair features decide among those.
  const sTop = topK(ss, b - a + 1, buf.si);
  const eTop = topK(es, d - c + 1, buf.ei);
  let bs = j.s;
  let be = j.e;
  let bv = -Infinity;
  for (let u = 0; u < sTop; u++) {
    const s = a + buf.si[u];
    for (let v2 = 0; v2 < eTop; v2++) {
      const e = c + buf.ei[v2];
      if (e <= s) continue;
      let v = ss[s - a] + es[e - c];
      if (!hashedOnly) {
        pairFeatures(x, j, s, e, pf);
        v += W[pairBase + pf[0]] + W[pairBase + pf[1]] + W[pairBase + pf[2]] + W[pairBase + pf[3]] + W[pairBase + pf[4]] + W[pairBase + pf[5]];
      }
      if (v > bv) {
        bv = v;
        bs = s;
        be = e;
      }
    }
  }
  return [bs, be];
}

/** How many of the best edges by their own score go on to the pair search. */
const TOP = 8;

/** Indices of the TOP largest of xs[0 .. n) into out (unordered); returns how many. */
function topK(xs: Float64Array, n: number, out: Int32Array): number {
  if (n <= TOP) {
    for (let i = 0; i < n; i++) out[i] = i;
    return n;
  }
  for (let i = 0; i < TOP; i++) out[i] = i;
  let min = 0;
  for (let i = 1; i < TOP; i++) if (xs[out[i]] < xs[out[min]]) min = i;
  for (let i = TOP; i < n; i++) {
    if (xs[i] <= xs[out[min]]) continue;
    out[min] = i;
    min = 0;
    for (let k = 1; k < TOP; k++) if (xs[out[k]] < xs[out[min]]) min = k;
  }
  return TOP;
}

/** Rewrite a span of role r from [s0, e0) to [s, e) (spans of the same role it now covers are absorbed). */
function relabel(labels: Int32Array, n: number, r: number, s0: number, e0: number, s: number, e: number): void {
  for (let i = s0; i < e0; i++) labels[i] = O;
  // A span of the same role the new span cuts into on the right is absorbed whole.
  let end = e;
  while (end < n && labels[end] === 2 * r) end++;
  for (let i = s; i < end; i++) labels[i] = i === s ? 2 * r - 1 : 2 * r;
}

/** Roles in the order they are refined: cues first (the other roles' anchors), then sources, then contents. */
const ORDER = [2, 1, 3];

/** Refine the spans of `labels` (label ids, in place), role by role. */
export function refineContents(x: BoundaryInput, labels: Int32Array, m: BoundaryModel): void {
  for (const r of ORDER) {
    if (!m.reach[r - 1]) continue;
    const jobs = jobsOf(x, labels, r, m.reach[r - 1]);
    // Jobs are independent reads of the spans; applied right to left so absorbed spans stay consistent.
    const results = jobs.map((j) => best(x, j, m));
    for (let k = jobs.length - 1; k >= 0; k--) {
      const j = jobs[k];
      const [s, e] = results[k];
      if (s === j.s && e === j.e) continue;
      // Skip a span an earlier (rightward) edit already absorbed or overwrote.
      if (labels[j.s] !== 2 * r - 1) continue;
      relabel(labels, x.n, r, j.s, j.e, s, e);
    }
  }
}

/** Ranking perceptron over candidates, averaged. */
export class BoundaryTrainer {
  readonly model: BoundaryModel;
  private readonly sum: Float64Array;
  private c = 1;
  constructor(bits: number, reach: readonly number[]) {
    this.model = { bits, reach, weights: new Float32Array((1 << bits) + 3 * PAIR_SIZE) };
    this.sum = new Float64Array((1 << bits) + 3 * PAIR_SIZE);
  }

  /**
   * One paragraph: for each content span of `pred` (first-pass label ids) overlapping a gold content
   * span whose edges are within reach, move the weights toward the gold candidate. Returns [spans, errors].
   */
  learn(x: BoundaryInput, pred: Int32Array, gold: Int32Array, count = [0, 0, 0], errors = [0, 0, 0]): void {
    const m = this.model;
    for (const r of ORDER) if (m.reach[r - 1]) this.learnRole(x, pred, gold, r, count, errors);
  }

  private learnRole(x: BoundaryInput, pred: Int32Array, gold: Int32Array, r: number, count: number[], errors: number[]): void {
    const m = this.model;
    const jobs = jobsOf(x, pred, r, m.reach[r - 1]);
    const goldSpans: Array<[number, number]> = [];
    for (let i = 0; i < x.n; i++) {
      if (gold[i] !== 2 * r - 1) continue;
      let e = i + 1;
      while (e < x.n && gold[e] === 2 * r) e++;
      goldSpans.push([i, e]);
    }
    for (const j of jobs) {
      // The gold content overlapping most.
      let g: [number, number] | null = null;
      let ov = 0;
      for (const gs of goldSpans) {
        const o = Math.min(gs[1], j.e) - Math.max(gs[0], j.s);
        if (o > ov) {
          ov = o;
          g = gs;
        }
      }
      if (!g) continue;
      const [a, b, c, d] = ranges(j, m);
      if (g[0] < a || g[0] > b || g[1] < c || g[1] > d) continue;
      count[r - 1]++;
      const [ps, pe] = best(x, j, m);
      if (ps === g[0] && pe === g[1]) {
        this.c++;
        continue;
      }
      errors[r - 1]++;
      this.update(x, j, g[0], g[1], 1);
      this.update(x, j, ps, pe, -1);
      this.c++;
    }
  }

  private update(x: BoundaryInput, j: Job, s: number, e: number, dlt: number): void {
    const m = this.model;
    const mask = (1 << m.bits) - 1;
    const f = new Int32Array(EDGE_FEATURES);
    const bump = (i: number) => {
      (m.weights as Float32Array)[i] += dlt;
      this.sum[i] += this.c * dlt;
    };
    startFeatures(x, j, s, f, 0);
    for (let k = 0; k < EDGE_FEATURES; k++) bump(f[k] & mask);
    endFeatures(x, j, e, f, 0);
    for (let k = 0; k < EDGE_FEATURES; k++) bump(f[k] & mask);
    const pf = new Int32Array(PAIR_FEATURES);
    pairFeatures(x, j, s, e, pf);
    for (let k = 0; k < PAIR_FEATURES; k++) bump((1 << m.bits) + pf[k]);
  }

  averaged(): BoundaryModel {
    const m = this.model;
    const w = new Float32Array(m.weights.length);
    for (let i = 0; i < w.length; i++) w[i] = m.weights[i] - this.sum[i] / this.c;
    return { bits: m.bits, reach: m.reach, weights: w };
  }
}
