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
import { featurize, type CueLexicon } from './features.js';
import { allowedTransitions, viterbi, type PerceptronModel } from './perceptron.js';

export const LABELS = ['O', 'B-source', 'I-source', 'B-cue', 'I-cue', 'B-content', 'I-content'] as const;
export const MODEL_FILE = 'attribution.bin.gz';

export interface AttributionModel extends PerceptronModel {
  lexicon: CueLexicon;
  meta: Record<string, unknown>;
  /** The second (stacked) stage, when trained. */
  second?: PerceptronModel;
}

interface Header {
  format: 'claimtrail.attribution/1';
  labels: string[];
  bits: number;
  scales: number[];
  lexicon: Array<[string, number]>;
  meta: Record<string, unknown>;
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
  const qs = stages.map((st) => quantise(st.weights));
  const header: Header = {
    format: 'claimtrail.attribution/1',
    labels: [...m.labels],
    bits: m.bits,
    scales: qs.map((x) => x.scale),
    lexicon: [...m.lexicon].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    meta: m.meta,
  };
  const hb = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(hb.length, 0);
  const parts: Buffer[] = [len, hb];
  stages.forEach((st, i) => {
    parts.push(Buffer.from(new Float32Array(st.transitions).buffer), Buffer.from(qs[i].q.buffer));
  });
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(gz: Buffer): AttributionModel {
  const buf = gunzipSync(gz);
  const hl = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + hl).toString('utf8')) as Header;
  if (header.format !== 'claimtrail.attribution/1') throw new Error(`attribution model: unknown format ${header.format}`);
  const L = header.labels.length;
  let off = 4 + hl;
  const stages: PerceptronModel[] = header.scales.map((scale) => {
    const tBytes = (L + 1) * L * 4;
    const transitions = new Float32Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + tBytes));
    off += tBytes;
    const n = (1 << header.bits) * L;
    const w16 = new Int16Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + n * 2));
    off += n * 2;
    const weights = new Float32Array(n);
    for (let i = 0; i < n; i++) weights[i] = w16[i] * scale;
    return { labels: header.labels, bits: header.bits, weights, transitions };
  });
  return { ...stages[0], second: stages[1], lexicon: new Map(header.lexicon), meta: header.meta };
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

const allowedCache = new WeakMap<PerceptronModel, Uint8Array>();

/** BIO labels (LABELS' names) for one paragraph's tokens. */
export function tagTokens(tokens: readonly string[], model: AttributionModel): string[] {
  const ids = tagTokenIds(tokens, model);
  return Array.from(ids, (y) => model.labels[y]);
}

/** Label indices (into model.labels) for one paragraph's tokens. */
export function tagTokenIds(tokens: readonly string[], model: AttributionModel): Int32Array {
  const n = tokens.length;
  const out = new Int32Array(n);
  if (n === 0) return out;
  let allowed = allowedCache.get(model);
  if (!allowed) {
    allowed = allowedTransitions(model.labels);
    allowedCache.set(model, allowed);
  }
  const fb = featurize(tokens, model.lexicon);
  viterbi(model, allowed, fb.feats, fb.offsets, n, out);
  if (!model.second) return out;
  const fb2 = featurize(tokens, model.lexicon, out);
  const out2 = new Int32Array(n);
  viterbi(model.second, allowed, fb2.feats, fb2.offsets, n, out2);
  return out2;
}
