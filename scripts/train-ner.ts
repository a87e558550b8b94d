/**
 * Rebuilds the name tagger from ../shared/datasets/conll2003: first the word clusters
 * (models/ner/clusters.bin, from the unlabelled texts of ../shared, see src/extract/entities/clusters.ts),
 * then the weights (models/ner/ner.bin) trained on train.txt, printing entity P/R/F1 on valid.txt (dev)
 * after each epoch. Deterministic: fixed seeds, fixed epochs; the same data gives the same bytes.
 *
 *   npx tsx scripts/train-ner.ts [--epochs N] [--bits B] [--bytes 1|2] [--close-margin M] [--out FILE]
 *                                [--keep-clusters | --no-clusters]
 *   npx tsx scripts/train-ner.ts --clusters     (rebuilds models/ner/clusters.bin only)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConll, type ConllDocument } from '../src/extract/entities/conll.js';
import { bilouFromIob, iobFromBilou, NER_LABELS, prepareDocument, runDocument, type WordClusters } from '../src/extract/entities/tagger.js';
import { loadClusters, CLUSTERS_FILE } from '../src/extract/entities/model.js';
import { modelPath } from '../src/nlp/models.js';
import { Perceptron, rng } from '../src/nlp/perceptron.js';
import { ConllCounts } from '../eval/scorers/conll.js';
import { datasetPath } from '../eval/paths.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf('--' + name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const dir = datasetPath('conll2003');
if (!dir) {
  console.error('train-ner: ../shared/datasets/conll2003 is absent');
  process.exit(1);
}

if (!process.argv.includes('--keep-clusters') && !process.argv.includes('--no-clusters')) {
  const { buildClusters } = await import('../src/extract/entities/clusters.js');
  buildClusters(modelPath('ner', CLUSTERS_FILE));
  if (process.argv.includes('--clusters')) process.exit(0);
}

const epochs = Number(arg('epochs', '12'));
const bits = Number(arg('bits', '17'));
const bytes = Number(arg('bytes', '1')) === 2 ? 2 : 1;
// Decoding: an open name is continued when a continuation scores within this margin of the best label
// (tuned on valid: 0 → 90.66, 10 → 91.19, 40 → 91.24, ∞ → 91.25).
const closeMargin = Number(arg('close-margin', '40'));
const out = arg('out', modelPath('ner', 'ner.bin'));
const clusters: WordClusters | null = process.argv.includes('--no-clusters') || !existsSync(modelPath('ner', CLUSTERS_FILE)) ? null : loadClusters();

const train = readConll(join(dir, 'train.txt'));
const dev = readConll(join(dir, 'valid.txt'));
const words = (d: ConllDocument) => d.sentences.map((s) => s.words);

const t0 = Date.now();
const trainPrepared = train.map((d) => prepareDocument(words(d), clusters));
const trainGold = train.map((d) => Int32Array.from(d.sentences.flatMap((s) => bilouFromIob(s.tags))));
const devPrepared = dev.map((d) => prepareDocument(words(d), clusters));
console.log(`features of ${train.length} + ${dev.length} documents in ${Date.now() - t0} ms; clusters: ${clusters ? clusters.levels + ' levels' : 'none'}`);

function devScore(m: Perceptron): ConllCounts {
  const c = new ConllCounts();
  dev.forEach((d, di) => {
    const labels = runDocument(m, devPrepared[di]);
    let k = 0;
    for (const s of d.sentences) {
      c.add(s.tags, iobFromBilou(labels, k, k + s.words.length));
      k += s.words.length;
    }
  });
  return c;
}

const model = new Perceptron(NER_LABELS, bits, undefined, {
  data: 'CoNLL-2003 train',
  epochs,
  clusters: clusters ? CLUSTERS_FILE : null,
  closeMargin,
});
const rand = rng(20031);
const order = train.map((_, i) => i);
for (let e = 1; e <= epochs; e++) {
  const t1 = Date.now();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const di of order) runDocument(model, trainPrepared[di], trainGold[di]);
  const c = devScore(model.averagedCopy());
  const o = c.overall();
  console.log(`epoch ${e}: dev P ${(100 * o.precision).toFixed(2)} R ${(100 * o.recall).toFixed(2)} F1 ${(100 * o.f1).toFixed(2)} (${Date.now() - t1} ms)`);
}
model.average();
const c = devScore(model);
model.meta.devF1 = Math.round(c.overall().f1 * 10000) / 100;
model.save(out, bytes);
const q = devScore(Perceptron.load(out));
const o = q.overall();
console.log(`saved ${out}; dev after ${bytes * 8}-bit quantisation: P ${(100 * o.precision).toFixed(2)} R ${(100 * o.recall).toFixed(2)} F1 ${(100 * o.f1).toFixed(2)}`);
for (const t of ['PER', 'ORG', 'LOC', 'MISC']) {
  const x = q.type(t);
  console.log(`  ${t}: P ${(100 * x.precision).toFixed(2)} R ${(100 * x.recall).toFixed(2)} F1 ${(100 * x.f1).toFixed(2)} (${x.gold} gold)`);
}
