/**
 * Rebuilds models/pos/pos.bin from ../shared/datasets/conll2003 (train's POS column; dev accuracy on
 * valid.txt printed after each epoch). Deterministic: a fixed-seed shuffle, fixed epochs.
 *
 *   npx tsx scripts/train-pos.ts [--epochs N] [--bits B] [--out FILE]
 */
import { join } from 'node:path';
import { readConll, type ConllSentence } from '../src/extract/entities/conll.js';
import { modelPath } from '../src/nlp/models.js';
import { Perceptron, rng } from '../src/nlp/perceptron.js';
import { normWord } from '../src/nlp/lexicon/words.js';
import { posDynamicFeatures, posForm, POS_MAX_FEATURES, posStaticFeatures, PosTagger } from '../src/nlp/pos.js';
import { datasetPath } from '../eval/paths.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf('--' + name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}


const dir = datasetPath('conll2003');
if (!dir) {
  console.error('train-pos: ../shared/datasets/conll2003 is absent');
  process.exit(1);
}
const epochs = Number(arg('epochs', '8'));
const bits = Number(arg('bits', '16'));
const out = arg('out', modelPath('pos', 'pos.bin'));

const sentences = (file: string): ConllSentence[] => readConll(join(dir, file)).flatMap((d) => d.sentences);
const train = sentences('train.txt');
const dev = sentences('valid.txt');

// Labels and the tag dictionary (words seen ≥ 20 times with one tag ≥ 97% of the time).
const counts = new Map<string, Map<string, number>>();
const labelSet = new Set<string>();
for (const s of train) {
  s.words.forEach((w0, i) => {
    const w = normWord(w0);
    const t = s.pos[i];
    labelSet.add(t);
    let m = counts.get(w);
    if (!m) counts.set(w, (m = new Map()));
    m.set(t, (m.get(t) ?? 0) + 1);
  });
}
const labels = [...labelSet].sort();
const tagdict: Record<string, string> = {};
for (const [w, m] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  let n = 0;
  let best = '';
  let bestN = 0;
  for (const [t, c] of m) {
    n += c;
    if (c > bestN || (c === bestN && t < best)) {
      best = t;
      bestN = c;
    }
  }
  if (n >= 20 && bestN / n >= 0.97) tagdict[w] = best;
}

const model = new Perceptron(labels, bits, undefined, { tagdict, data: 'CoNLL-2003 train (POS column)', epochs });
const labelIndex = new Map(labels.map((l, i) => [l, i]));

// Static features once.
interface Prepared { forms: string[]; words: string[]; gold: number[]; feats: Int32Array; ends: Int32Array }
const prepared: Prepared[] = train.map((s) => {
  const words = s.words.map(normWord);
  const forms = words.map(posForm);
  const feats = new Int32Array(words.length * POS_MAX_FEATURES);
  const ends = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) ends[i] = posStaticFeatures(words, forms, i, feats, i * POS_MAX_FEATURES);
  return { forms, words, gold: s.pos.map((t) => labelIndex.get(t)!), feats, ends };
});

function devAccuracy(m: Perceptron): number {
  const tagger = new PosTagger(m);
  let ok = 0;
  let n = 0;
  for (const s of dev) {
    const t = tagger.tagWords(s.words);
    for (let i = 0; i < t.length; i++) {
      n++;
      if (t[i] === s.pos[i]) ok++;
    }
  }
  return (100 * ok) / n;
}

const rand = rng(20240423);
const order = prepared.map((_, i) => i);
const buf = new Int32Array(POS_MAX_FEATURES);
const scores = new Float64Array(labels.length);
for (let e = 1; e <= epochs; e++) {
  const t0 = Date.now();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let errors = 0;
  let total = 0;
  for (const si of order) {
    const p = prepared[si];
    let p1 = -1;
    let p2 = -2;
    for (let i = 0; i < p.words.length; i++) {
      const gold = p.gold[i];
      const dictTag = tagdict[p.words[i]];
      if (dictTag !== undefined) {
        p2 = p1;
        p1 = labelIndex.get(dictTag)!;
        continue;
      }
      const base = i * POS_MAX_FEATURES;
      let k = 0;
      for (let q = base; q < p.ends[i]; q++) buf[k++] = p.feats[q];
      k = posDynamicFeatures(p1, p2, p.forms[i], buf, k);
      model.score(buf, k, scores);
      const guess = model.best(scores, null);
      model.update(buf, k, gold, guess);
      total++;
      if (guess !== gold) errors++;
      p2 = p1;
      p1 = guess;
    }
  }
  const acc = devAccuracy(model.averagedCopy());
  console.log(`epoch ${e}: train errors ${((100 * errors) / total).toFixed(2)}% of non-dictionary tokens, dev accuracy ${acc.toFixed(2)}% (${Date.now() - t0} ms)`);
}
model.average();
model.meta.devAccuracy = Math.round(devAccuracy(model) * 100) / 100;
model.save(out);
const reloaded = Perceptron.load(out);
console.log(`saved ${out}: ${labels.length} tags, 2^${bits} rows, ${Object.keys(tagdict).length} dictionary words; dev accuracy after int8 quantisation ${devAccuracy(reloaded).toFixed(2)}%`);
