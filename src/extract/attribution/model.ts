/**
 * The trained attribution tagger (models/attribution/attribution.bin.gz, built by
 * scripts/train-attribution.ts): BIO over source / cue / content for one paragraph's tokens.
 *
 * Two stages (stacking): the first tags from the token features; the second sees the same features plus
 * the first stage's labels around each token, and gives the answer.
 *
 * File: gzip of [u32 header length][header JSON] then per stage [f32 transitions][i16 weights]. The
 * header holds the labels, the hash width, each stage's weight scale and the learned cue lexicon.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { featurize, forgetTokenInfo, SPLIT_KEEP, wordParts, type ClusterTable, type CueLexicon, type FeatureBlock, type TokenInfo } from './features.js';
import { loadPosTagger } from '../../nlp/pos.js';
import { allowedTransitions, viterbi, type PerceptronModel, type WordSums } from './perceptron.js';
import { boundaryInput, refineContents, type BoundaryModel } from './boundaries.js';

export const LABELS = ['O', 'B-source', 'I-source', 'B-cue', 'I-cue', 'B-content', 'I-content'] as const;
export const MODEL_FILE = 'attribution.bin.gz';

export interface AttributionModel extends PerceptronModel {
  lexicon: CueLexicon;
  /** Word clusters the features read (absent in models trained without them). */
  clusters?: ClusterTable;
  meta: Record<string, unknown>;
  /** The second (stacked) stage, when trained. */
  second?: PerceptronModel;
  /** The content-boundary stage (boundaries.ts), when trained. */
  boundary?: BoundaryModel;
}

interface Header {
  format: 'claimtrail.attribution/1';
  labels: string[];
  bits: number;
  /** Hash width of each stage (absent: every stage has `bits`). */
  stageBits?: number[];
  scales: number[];
  lexicon: Array<[string, number]>;
  /** Words and their packed cluster ids, as two parallel lists. */
  clusters?: { words: string[]; ids: number[] };
  meta: Record<string, unknown>;
  /** The content-boundary stage: its hash width, reach and weight scale (weights after the stages'). */
  boundary?: { bits: number; reach: number[]; scale: number; size: number };
}

function quantise(w: Float32Array): { scale: number; q: Int16Array } {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i] / scale);
  return { scale, q };
}

/** Serialise: weights quantised to 16 bits per stage (scale = max |w| / 32767). */
export function encodeModel(m: AttributionModel): Buffer {
  const stages = m.second ? [m, m.second] : [m];
  const qs = stages.map((st) => (st.weights instanceof Int16Array ? { scale: st.scale ?? 1, q: st.weights } : quantise(st.weights)));
  const header: Header = {
    format: 'claimtrail.attribution/1',
    labels: [...m.labels],
    bits: m.bits,
    stageBits: stages.map((st) => st.bits),
    scales: qs.map((x) => x.scale),
    lexicon: [...m.lexicon].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    meta: m.meta,
  };
  if (m.clusters) {
    const entries = [...m.clusters].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    header.clusters = { words: entries.map((e) => e[0]), ids: entries.map((e) => e[1]) };
  }
  let bq: { scale: number; q: Int16Array } | null = null;
  if (m.boundary) {
    const b = m.boundary;
    bq = b.weights instanceof Int16Array ? { scale: b.scale ?? 1, q: b.weights } : quantise(b.weights);
    header.boundary = { bits: b.bits, reach: [...b.reach], scale: bq.scale, size: b.weights.length };
  }
  const hb = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(hb.length, 0);
  const parts: Buffer[] = [len, hb];
  stages.forEach((st, i) => {
    parts.push(Buffer.from(new Float32Array(st.transitions).buffer), Buffer.from(qs[i].q.buffer));
  });
  if (bq) parts.push(Buffer.from(bq.q.buffer, bq.q.byteOffset, bq.q.byteLength));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(gz: Buffer): AttributionModel {
  const buf = gunzipSync(gz);
  const hl = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + hl).toString('utf8')) as Header;
  if (header.format !== 'claimtrail.attribution/1') throw new Error(`attribution model: unknown format ${header.format}`);
  const L = header.labels.length;
  let off = 4 + hl;
  const stages: PerceptronModel[] = header.scales.map((scale, si) => {
    const bits = header.stageBits?.[si] ?? header.bits;
    const tBytes = (L + 1) * L * 4;
    const transitions = new Float32Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + tBytes));
    off += tBytes;
    const n = (1 << bits) * L;
    const weights = new Int16Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + n * 2));
    off += n * 2;
    return { labels: header.labels, bits, weights, scale, transitions };
  });
  let boundary: BoundaryModel | undefined;
  if (header.boundary) {
    const b = header.boundary;
    const weights = new Int16Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + b.size * 2));
    off += b.size * 2;
    boundary = { bits: b.bits, reach: b.reach, weights, scale: b.scale };
  }
  const clusters = header.clusters ? new Map(header.clusters.words.map((w, i) => [w, header.clusters!.ids[i]] as [string, number])) : undefined;
  return { ...stages[0], second: stages[1], boundary, lexicon: new Map(header.lexicon), clusters, meta: header.meta };
}

/** models/attribution/ of the project (from source or from dist/), or null. */
export function modelDir(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const p = join(dir, 'models', 'attribution');
    if (existsSync(join(p, MODEL_FILE))) return p;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

let cached: AttributionModel | null | undefined;

/** The committed model, loaded once; null when the file is absent (rules then work alone). */
export function defaultModel(): AttributionModel | null {
  if (cached !== undefined) return cached;
  const dir = modelDir();
  cached = dir ? decodeModel(readFileSync(join(dir, MODEL_FILE))) : null;
  return cached;
}

/** Replace the model used by `tagTokens` (tests, training). */
export function setDefaultModel(m: AttributionModel | null): void {
  cached = m;
}

/** A Map, not an object: every token is looked up (an object lookup interns the string, and finds "constructor"). */
const POS_FORMS = new Map<string, string>([
  ['``', '"'], ["''", '"'], ['-LRB-', '('], ['-RRB-', ')'], ['-LSB-', '['], ['-RSB-', ']'], ['-LCB-', '{'], ['-RCB-', '}'],
]);

/** Penn Treebank tags of a paragraph's tokens (CoreNLP's escaped quotes and brackets read as such). */
export function posTags(tokens: readonly string[]): string[] {
  return loadPosTagger().tagWords(tokens.map((t) => POS_FORMS.get(t) ?? t));
}

const allowedCache = new WeakMap<PerceptronModel, Uint8Array>();

/** BIO labels (LABELS' names) for one paragraph's tokens. */
export function tagTokens(tokens: readonly string[], model: AttributionModel, pos?: readonly string[]): string[] {
  const ids = tagTokenIds(tokens, model, pos);
  return Array.from(ids, (y) => model.labels[y]);
}

/**
 * Text that writes quotation marks as two apostrophes (`''`, as some New York Times articles in PolNeAR
 * do) comes out of our tokenizer as two `'` tokens, where CoreNLP (CofeNet's files) has one `''`. Such a
 * pair is read as one quotation mark `''`, in training and at run time; so is an opening mark typed as two
 * backticks (MEANTIME, older wire copy; PolNeAR's texts have none, so training is unchanged). Returns the
 * tokens with each pair merged, and for each merged token the index of its first original token; null when
 * there is no pair.
 */
export function mergeQuotePairs(tokens: readonly string[]): { tokens: string[]; first: Int32Array } | null {
  // (Two right single quotation marks, "’’", are a closing double one too, as smart quotes make of "''".)
  const pair = (i: number) => (tokens[i] === "'" || tokens[i] === '`' || tokens[i] === '’') && tokens[i + 1] === tokens[i];
  let pairs = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (pair(i)) {
      pairs++;
      i++;
    }
  }
  if (pairs === 0) return null;
  const out: string[] = [];
  const first = new Int32Array(tokens.length - pairs);
  for (let i = 0; i < tokens.length; i++) {
    first[out.length] = i;
    if (pair(i)) {
      out.push(tokens[i] === '’' ? "''" : tokens[i] + tokens[i]);
      i++;
    } else out.push(tokens[i]);
  }
  return { tokens: out, first };
}

/** Label indices (into model.labels) for one paragraph's tokens. */
export function tagTokenIds(tokens: readonly string[], model: AttributionModel, pos?: readonly string[]): Int32Array {
  const merged = mergeQuotePairs(tokens);
  if (!merged) return tagMerged(tokens, model, pos);
  const ids = tagMerged(merged.tokens, model);
  const out = new Int32Array(tokens.length);
  for (let j = 0; j < ids.length; j++) {
    const a = merged.first[j];
    const b = j + 1 < ids.length ? merged.first[j + 1] : tokens.length;
    out[a] = ids[j];
    // The pair's second apostrophe continues the first one's span (B-x → I-x; labels: O, B-, I- alternating).
    for (let t = a + 1; t < b; t++) out[t] = ids[j] > 0 && ids[j] % 2 === 1 ? ids[j] + 1 : ids[j];
  }
  return out;
}

/** `pos`: the tokens' Penn tags when the caller has them (tagged sentence by sentence); else they are tagged here. */
function tagMerged(tokens: readonly string[], model: AttributionModel, given?: readonly string[]): Int32Array {
  const n = tokens.length;
  const out = new Int32Array(n);
  if (n === 0) return out;
  let allowed = allowedCache.get(model);
  if (!allowed) {
    allowed = allowedTransitions(model.labels);
    allowedCache.set(model, allowed);
  }
  const pos = model.meta.pos ? (given ?? posTags(tokens)) : undefined;
  const baseKeep = typeof model.meta.stage2Base === 'number' ? model.meta.stage2Base : undefined;
  const split = canSplit(model, baseKeep);
  const fb = featurize(tokens, model.lexicon, { clusters: model.clusters, pos, split });
  const words = split ? wordSums(model, fb, 0) : null;
  viterbi(model, allowed, fb.feats, fb.offsets, n, out, words);
  if (!model.second) return refine(fb, out, model);
  const fb2 = featurize(tokens, model.lexicon, { stack: out, clusters: model.clusters, pos, base: fb, baseKeep, split });
  const out2 = new Int32Array(n);
  viterbi(model.second, allowed, fb2.feats, fb2.offsets, n, out2, words ? wordSums(model, fb, 1, words.vecs) : null);
  return refine(fb, out2, model);
}

/**
 * Whether the features of one token alone (features.ts wordParts) are scored from sums cached per
 * word: only with integer weights, whose sums do not depend on the order of the additions (so the
 * emission scores, and the labels, are exactly those of the plain path).
 */
function canSplit(model: AttributionModel, baseKeep: number | undefined): boolean {
  if (!(model.weights instanceof Int16Array)) return false;
  return !model.second || (model.second.weights instanceof Int16Array && baseKeep === SPLIT_KEEP);
}

/** Word vectors made since the words were last forgotten, and the most before they are. */
let vecCount = 0;
const VEC_MAX = 50_000;
/** Of the padding beyond a paragraph, per model. */
const padVecs = new WeakMap<AttributionModel, Int32Array>();

/**
 * The summed weights (unscaled) of a word's wordParts for both stages: [stage][part][label], parts
 * as wordParts gives them (own, as the previous token, as the next, two before, two after).
 */
function wordVec(model: AttributionModel, info: TokenInfo | null): Int32Array {
  const stages = model.second ? [model, model.second] : [model];
  const L = model.labels.length;
  const v = new Int32Array(2 * 5 * L);
  stages.forEach((st, si) => {
    const W = st.weights;
    const mask = (1 << st.bits) - 1;
    wordParts(info, model.clusters !== undefined, si === 1).forEach((feats, part) => {
      const at = (si * 5 + part) * L;
      for (const f of feats) {
        const row = (f & mask) * L;
        for (let y = 0; y < L; y++) v[at + y] += W[row + y];
      }
    });
  });
  return v;
}

/** The cached word vectors (wordVec) of a split feature block's tokens, for stage `si` (perceptron.ts WordSums). */
function wordSums(model: AttributionModel, fb: FeatureBlock, si: number, vecs: Int32Array[] | null = null): WordSums {
  const L = model.labels.length;
  if (!vecs) {
    const n = fb.n;
    const infos = fb.prep!.infos;
    vecs = new Array(n);
    for (let i = 0; i < n; i++) {
      const info = infos[i];
      if (info.vecOf !== model || !info.vec) {
        if (++vecCount > VEC_MAX) {
          // Bounded: the lexicon's token table (and the vectors on it) is dropped; this paragraph's stay.
          forgetTokenInfo(model.lexicon);
          vecCount = 0;
        }
        info.vec = wordVec(model, info);
        info.vecOf = model;
      }
      vecs[i] = info.vec;
    }
  }
  let pad = padVecs.get(model);
  if (!pad) {
    pad = wordVec(model, null);
    padVecs.set(model, pad);
  }
  return { vecs, pad, at: si * 5 * L };
}

/** The content-boundary stage over the tagger's labels (in place), when the model has one. */
function refine(fb: FeatureBlock, labels: Int32Array, model: AttributionModel): Int32Array {
  if (!model.boundary) return labels;
  const x = boundaryInput(fb);
  if (x) refineContents(x, labels, model.boundary);
  return labels;
}
