/**
 * Distributional word clusters for the name tagger, derived here from unlabelled news text (the
 * texts listed in ../shared/README.md: PolNeAR, MEANTIME, TempEval-3 train, the tokens of CoNLL-2003
 * train and valid). Only the derived word → cluster table is committed (models/ner/clusters.bin).
 *
 * Each lower-cased word seen ≥ 3 times gets a context vector: positive PMI with the 2,000 most
 * frequent words at offsets −2, −1, +1, +2, projected to 128 dimensions with fixed random vectors
 * and L2-normalised. Spherical k-means splits the words into 16 clusters, each of those into 8, each
 * of those into 8 (16 / 128 / 1,024): three levels of ids, a hierarchy as Brown-cluster prefixes give.
 * Deterministic (seeded initialisation, fixed iterations). Training-time only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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
const SPLITS = [16, 8, 8];

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

  // Hierarchical spherical k-means.
  const levels = SPLITS.length;
  const ids = new Uint16Array(vocab.length * levels);
  let groups: number[][] = [vocab.map((_, i) => i)];
  let next = 0;
  for (let l = 0; l < levels; l++) {
    const nextGroups: number[][] = [];
    groups.forEach((items, g) => {
      const assign = kmeans(vecs, items, SPLITS[l], 1000 * l + g + 1);
      const sub: number[][] = Array.from({ length: SPLITS[l] }, () => []);
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
    next = 0;
  }
  // How often each word is capitalised in running text: not at a sentence start, not in headlines.
  const capCount = new Float64Array(vocab.length);
  const seen = new Float64Array(vocab.length);
  raw.forEach((s, si) => {
    let letters = 0;
    let upper = 0;
    for (const w of s) if (/\p{L}/u.test(w)) {
      letters++;
      if (w === w.toUpperCase()) upper++;
    }
    if (letters >= 2 && upper / letters > 0.6) return;
    for (let i = 1; i < s.length; i++) {
      const w = index.get(sentences[si][i]);
      if (w === undefined || !/^\p{L}/u.test(s[i])) continue;
      seen[w]++;
      if (s[i][0] !== s[i][0].toLowerCase()) capCount[w]++;
    }
  });
  const all = new Uint16Array(vocab.length * (levels + 1));
  for (let w = 0; w < vocab.length; w++) {
    for (let l = 0; l < levels; l++) all[w * (levels + 1) + l] = ids[w * levels + l];
    const r = seen[w] >= 2 ? capCount[w] / seen[w] : -1;
    all[w * (levels + 1) + levels] = r < 0 ? 5 : r < 0.05 ? 0 : r < 0.35 ? 1 : r < 0.65 ? 2 : r < 0.95 ? 3 : 4;
  }
  saveClusters(out, vocab, all, levels + 1, levels);
  // A few examples to eyeball.
  for (const probe of ['monday', 'germany', 'john', 'minister', 'percent', 'said', 'reuters', 'inc']) {
    const i = index.get(probe);
    if (i === undefined) continue;
    const leaf = ids[i * levels + levels - 1];
    const mates = vocab.filter((_, j) => ids[j * levels + levels - 1] === leaf).slice(0, 12);
    console.log(`  ${probe}: ${mates.join(' ')}`);
  }
  console.log(`clusters: wrote ${out} (${Date.now() - t0} ms)`);
}
