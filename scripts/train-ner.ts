/**
 * Rebuilds the name tagger from ../shared/datasets/conll2003: first the word clusters
 * (models/ner/clusters.bin, from the unlabelled texts of ../shared, see src/extract/entities/clusters.ts),
 * then the weights (models/ner/ner.bin) trained on train.txt, printing entity P/R/F1 on valid.txt (dev)
 * after each epoch. Deterministic: fixed seeds, fixed epochs; the same data gives the same bytes.
 *
 *   npx tsx scripts/train-ner.ts [--epochs N] [--bits B] [--bytes 1|2] [--close-margin M] [--out FILE]
 *                                [--keep-clusters | --no-clusters] [--seed S]
 *                                [--names folds|full|none] [--folds K] [--fold-by mod|block]
 *                                [--stage2-folds K (0: no second stage)] [--epochs2 N] [--bits2 B]
 *                                [--close-margin2 M] [--no-static2]
 *
 * Besides ner.bin it writes names.bin (the name list from train) and ner2.bin (the second stage) next to it.
 *   npx tsx scripts/train-ner.ts --clusters     (rebuilds models/ner/clusters.bin only)
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readConll, type ConllDocument } from '../src/extract/entities/conll.js';
import { bilouFromIob, iobFromBilou, NER_LABELS, NER_TYPES, nameTokenHash, prepareDocument, runDocument, runSecondStage, spansFromBilou, type NerType, type WordClusters } from '../src/extract/entities/tagger.js';
import { loadClusters, CLUSTERS_FILE, NAMES_FILE, STAGE2_FILE } from '../src/extract/entities/model.js';
import { NameListBuilder, type NameList } from '../src/extract/entities/names.js';
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
const trainGold = train.map((d) => Int32Array.from(d.sentences.flatMap((s) => bilouFromIob(s.tags))));

// The name list from train: every name with its type counts. A training document sees the names of
// the other folds only (`--names folds`, default), or all of them (`--names full`: its own names leak
// into its features), or none (`--names none`).
const namesMode = arg('names', 'folds');
const foldBy = arg('fold-by', 'mod');
const folds = Number(arg('folds', '10'));
// Folds deal the documents out in turn (`--fold-by block`: runs of consecutive documents instead).
const foldOf = (di: number) => (foldBy === 'mod' ? di % folds : Math.floor((di * folds) / train.length));
// `--name-words`: the list also counts each word of a name, and the tagger reads a word's counts.
const nameWords = process.argv.includes('--name-words');
const builder = new NameListBuilder(folds);
train.forEach((d, di) => {
  const toks = d.sentences.flatMap((s) => s.words);
  const starts = new Uint8Array(toks.length);
  let k = 0;
  for (const s of d.sentences) {
    starts[k] = 1;
    k += s.words.length;
  }
  for (const sp of spansFromBilou(trainGold[di], starts)) {
    builder.add(foldOf(di), toks.slice(sp.start, sp.end).map(nameTokenHash), NER_TYPES.indexOf(sp.type as NerType), nameWords);
  }
});
const fullNames = builder.list();
const trainNames = (di: number): NameList | null => (namesMode === 'none' ? null : namesMode === 'full' ? fullNames : builder.without(foldOf(di)));
const devNames = namesMode === 'none' ? null : fullNames;

const trainPrepared = train.map((d, di) => prepareDocument(words(d), clusters, trainNames(di)));
const devPrepared = dev.map((d) => prepareDocument(words(d), clusters, devNames));
console.log(`features of ${train.length} + ${dev.length} documents in ${Date.now() - t0} ms; clusters: ${clusters ? clusters.levels + ' levels' : 'none'}; names: ${namesMode} (${fullNames.size})`);

function scoreLabels(all: Int32Array[]): ConllCounts {
  const c = new ConllCounts();
  dev.forEach((d, di) => {
    let k = 0;
    for (const s of d.sentences) {
      c.add(s.tags, iobFromBilou(all[di], k, k + s.words.length));
      k += s.words.length;
    }
  });
  return c;
}
const devScore = (m: Perceptron): ConllCounts => scoreLabels(devPrepared.map((p) => runDocument(m, p)));
const f1Line = (c: ConllCounts) => {
  const o = c.overall();
  return `P ${(100 * o.precision).toFixed(2)} R ${(100 * o.recall).toFixed(2)} F1 ${(100 * o.f1).toFixed(2)}`;
};

const seed = Number(arg('seed', '20031'));
const meta = {
  data: 'CoNLL-2003 train',
  epochs,
  clusters: clusters ? CLUSTERS_FILE : null,
  names: devNames ? NAMES_FILE : null,
  nameWords: devNames ? nameWords : false,
  closeMargin,
};

/** The first stage trained on the training documents `docs`, averaged; `log` prints dev after each epoch. */
function trainFirst(docs: number[], log: boolean): Perceptron {
  const model = new Perceptron(NER_LABELS, bits, undefined, { ...meta });
  const rand = rng(seed);
  const order = docs.slice();
  for (let e = 1; e <= epochs; e++) {
    const t1 = Date.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const di of order) runDocument(model, trainPrepared[di], trainGold[di]);
    if (log) console.log(`epoch ${e}: dev ${f1Line(devScore(model.averagedCopy()))} (${Date.now() - t1} ms)`);
  }
  model.average();
  return model;
}

const model = trainFirst(train.map((_, i) => i), true);
const c = devScore(model);
model.meta.devF1 = Math.round(c.overall().f1 * 10000) / 100;

// The second stage learns from first-stage labels on documents the first stage did not see: the
// training documents in `stage2Folds` folds, each labelled by a first stage trained on the others.
const stage2Folds = Number(arg('stage2-folds', '5'));
const epochs2 = Number(arg('epochs2', '8'));
const bits2 = Number(arg('bits2', String(bits)));
const closeMargin2 = Number(arg('close-margin2', String(closeMargin)));
let second: Perceptron | null = null;
if (stage2Folds > 1) {
  const firstTrain: Int32Array[] = new Array(train.length);
  const marginTrain: Float32Array[] = new Array(train.length);
  for (let f = 0; f < stage2Folds; f++) {
    const t1 = Date.now();
    const held = train.map((_, i) => i).filter((i) => i % stage2Folds === f);
    const m = trainFirst(train.map((_, i) => i).filter((i) => i % stage2Folds !== f), false);
    for (const di of held) {
      marginTrain[di] = new Float32Array(trainPrepared[di].n);
      firstTrain[di] = runDocument(m, trainPrepared[di], null, undefined, marginTrain[di]);
    }
    console.log(`stage-1 fold ${f + 1}/${stage2Folds} (${Date.now() - t1} ms)`);
  }
  const marginDev = devPrepared.map((p) => new Float32Array(p.n));
  const firstDev = devPrepared.map((p, di) => runDocument(model, p, null, undefined, marginDev[di]));
  second = new Perceptron(NER_LABELS, bits2, undefined, { data: 'CoNLL-2003 train', stage: 2, epochs: epochs2, folds: stage2Folds, closeMargin: closeMargin2, static: !process.argv.includes('--no-static2') });
  const rand = rng(seed + 1);
  const order = train.map((_, i) => i);
  for (let e = 1; e <= epochs2; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const di of order) runSecondStage(second, trainPrepared[di], firstTrain[di], marginTrain[di], trainGold[di]);
    const avg = second.averagedCopy();
    console.log(`stage-2 epoch ${e}: dev ${f1Line(scoreLabels(devPrepared.map((p, di) => runSecondStage(avg, p, firstDev[di], marginDev[di]))))}`);
  }
  second.average();
  model.meta.stage2 = STAGE2_FILE;
}
model.save(out, bytes);
if (devNames) fullNames.save(join(dirname(out), NAMES_FILE));
if (second) second.save(join(dirname(out), STAGE2_FILE), bytes);

const loaded = Perceptron.load(out);
const loaded2 = second ? Perceptron.load(join(dirname(out), STAGE2_FILE)) : null;
const q = scoreLabels(
  devPrepared.map((p) => {
    if (!loaded2) return runDocument(loaded, p);
    const mg = new Float32Array(p.n);
    return runSecondStage(loaded2, p, runDocument(loaded, p, null, undefined, mg), mg);
  }),
);
console.log(`first stage alone: dev ${f1Line(c)}`);
console.log(`saved ${out}; dev after ${bytes * 8}-bit quantisation${second ? ', both stages' : ''}: ${f1Line(q)}`);
for (const t of ['PER', 'ORG', 'LOC', 'MISC']) {
  const x = q.type(t);
  console.log(`  ${t}: P ${(100 * x.precision).toFixed(2)} R ${(100 * x.recall).toFixed(2)} F1 ${(100 * x.f1).toFixed(2)} (${x.gold} gold)`);
}
