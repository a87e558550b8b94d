/**
 * Train the attribution tagger on PolNeAR train (brat files in ../shared/datasets/polnear/train) and
 * write models/attribution/attribution.bin.gz.
 *
 *   nice npx tsx scripts/train-attribution.ts [--epochs 12] [--epochs2 8] [--folds 4] [--bits 18] [--bits2 16]
 *     [--stage2-base 6] [--no-pos] [--no-clusters] [--unit paragraph|sentence] [--out DIR] [--quiet]
 *     [--stage1-cache DIR] [--rebuild-clusters]
 *
 * Stage 1 learns from token features (words, shapes, the learned cue lexicon, word clusters derived from
 * the unlabelled text of ../shared by src/extract/entities/clusters.ts, committed as
 * models/attribution/clusters.bin, POS tags from src/nlp/pos.ts); stage 2 (stacking) sees stage 1's labels (for
 * the training items, from models trained on the other folds, by article) plus only the first
 * `--stage2-base` stage-1 features of each token (bias, words ±2, a bigram), so that it stays cheap. The log prints exact-match
 * F1 per role on CofeNet's PolNeAR dev file (a reading aid; the model written is the one after the last
 * epoch). Deterministic: fixed shuffling seeds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleToItems, loadCofenetDev, loadPolnearSplit, type BioItem } from '../eval/datasets/polnear.js';
import { projectRoot } from '../eval/paths.js';
import { scoreBio } from '../eval/scorers/attribution.js';
import { clusterForm, clusterLexKey, cueBucket, featurize, hashString, normalizeToken, type ClusterTable, type CueLexicon, type FeatureBlock } from '../src/extract/attribution/features.js';
import { CLUSTERS_FILE, loadClusters } from '../src/extract/entities/model.js';
import { buildClusters } from '../src/extract/entities/clusters.js';
import { LABELS, MODEL_FILE, decodeModel, mergeQuotePairs, encodeModel, posTags, tagTokenIds, tagTokens, type AttributionModel } from '../src/extract/attribution/model.js';
import { PerceptronTrainer, type PerceptronModel } from '../src/extract/attribution/perceptron.js';
import { BoundaryTrainer, boundaryInput, type BoundaryModel } from '../src/extract/attribution/boundaries.js';

function flag(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}

const EPOCHS = Number(flag('epochs', '12'));
const EPOCHS2 = Number(flag('epochs2', '8'));
const FOLDS = Number(flag('folds', '4'));
const BITS = Number(flag('bits', '18'));
const BITS2 = Number(flag('bits2', '16'));
const OUT = flag('out', join(projectRoot(), 'models', 'attribution'));
const CLUSTERS = !process.argv.includes('--no-clusters');
/** Development aid: where to keep stage 1 and its jack-knifed labels between runs that change stage 2 only. */
const CACHE = process.argv.includes('--stage1-cache') ? flag('stage1-cache', '') : null;
/** How many of each token's first-stage features the second stage also reads (the rest: stacked features only); 0 = all. */
const STAGE2_BASE = Number(flag('stage2-base', '6')) || undefined;
const UNIT = flag('unit', 'paragraph') as 'paragraph' | 'sentence';
const POS = !process.argv.includes('--no-pos');
/** The content-boundary stage (src/extract/attribution/boundaries.ts): epochs (0 = none), hash width, reach. */
const BEPOCHS = Number(flag('boundary-epochs', '5'));
const BBITS = Number(flag('boundary-bits', '17'));
/** Reach per role (source, cue, content); 0 leaves the role's spans as tagged. */
const BREACH = flag('boundary-reach', '6,4,16').split(',').map(Number);

/**
 * Word clusters derived from the unlabelled news text of ../shared (src/extract/entities/clusters.ts
 * `buildClusters`, the table the name tagger read before it moved to clusters of pretrained vectors),
 * committed as models/attribution/clusters.bin and copied into the model. Kept apart so that this model
 * does not change with the name tagger's clusters (the pretrained-vector clusters score lower here:
 * stage 1 alone 67.6 / 64.4 / 50.3 against 68.7 / 64.9 / 51.4), nor with the tokenizer the text
 * clusters are rebuilt through (`--rebuild-clusters` rebuilds the file; k-means from another
 * tokenization gives other clusters, and a model of 69.0 / 65.1 / 55.1 against 70.2 / 65.7 / 55.9).
 */
function clusterTable(): ClusterTable {
  const file = join(projectRoot(), 'models', 'attribution', CLUSTERS_FILE);
  if (process.argv.includes('--rebuild-clusters') || !existsSync(file)) buildClusters(file);
  const wc = loadClusters(file);
  if (wc.levels < 3) throw new Error('train-attribution: clusters.bin has fewer than 3 levels');
  const t: ClusterTable = new Map();
  for (const [w, i] of wc.index) {
    const b = i * wc.levels;
    t.set(w, wc.ids[b] | (wc.ids[b + 1] << 8) | (wc.ids[b + 2] << 16));
  }
  return t;
}
/** A word enters the cue lexicon when it is inside a cue at least this often … */
const MIN_CUE_COUNT = 3;

/** Learned cue lexicon: share of each word's occurrences that fall inside a cue span (smoothed). */
export function buildLexicon(items: readonly BioItem[], clusters?: ClusterTable): CueLexicon {
  const all = new Map<string, number>();
  const cue = new Map<string, number>();
  for (const it of items) {
    for (let i = 0; i < it.tokens.length; i++) {
      const isCue = it.labels[i].endsWith('-cue');
      const keys = [normalizeToken(it.tokens[i])];
      const c = clusters?.get(clusterForm(it.tokens[i]));
      if (c !== undefined) keys.push(clusterLexKey(c));
      for (const w of keys) {
        all.set(w, (all.get(w) ?? 0) + 1);
        if (isCue) cue.set(w, (cue.get(w) ?? 0) + 1);
      }
    }
  }
  const lex: CueLexicon = new Map();
  for (const [w, c] of cue) {
    if (c < MIN_CUE_COUNT) continue;
    lex.set(w, cueBucket(c / ((all.get(w) ?? c) + 1)));
  }
  return lex;
}

/** A training item with each `'` `'` pair read as one `''` token (as tagTokenIds does at run time). */
function mergeItemQuotes(it: BioItem): BioItem {
  const m = mergeQuotePairs(it.tokens);
  if (!m) return it;
  const labels = Array.from(m.first, (a, j) => {
    const b = j + 1 < m.first.length ? m.first[j + 1] : it.tokens.length;
    if (it.labels[a] !== 'O' || b === a + 1) return it.labels[a];
    const l = it.labels[a + 1];
    return l.startsWith('I-') ? `B-${l.slice(2)}` : l;
  });
  return { ...it, tokens: m.tokens, labels };
}

/** Seeded shuffle (mulberry32). */
function shuffle<T>(xs: T[], seed: number): void {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
}

type Example = { fb: FeatureBlock; gold: Int32Array };

/** Train one perceptron stage for `epochs` passes; `report` is called with the averaged model after each. */
function trainStage(data: Example[], epochs: number, bits: number, report?: (m: PerceptronModel, ep: number, err: number) => void): PerceptronModel {
  const trainer = new PerceptronTrainer(LABELS, bits);
  let pred = new Int32Array(4096);
  let model: PerceptronModel = trainer.averaged();
  for (let ep = 1; ep <= epochs; ep++) {
    shuffle(data, 1000 + ep);
    let errors = 0;
    let tokens = 0;
    for (const d of data) {
      if (d.fb.n > pred.length) pred = new Int32Array(d.fb.n * 2);
      errors += trainer.learn(d.fb.feats, d.fb.offsets, d.gold, d.fb.n, pred);
      tokens += d.fb.n;
    }
    if (report || ep === epochs) model = trainer.averaged();
    report?.(model, ep, errors / tokens);
  }
  return model;
}

function main(): void {
  const quiet = process.argv.includes('--quiet');
  const log = (s: string) => {
    if (!quiet) process.stderr.write(s + '\n');
  };
  const train = loadPolnearSplit('train');
  if (!train) throw new Error('train-attribution: ../shared/datasets/polnear/train is absent');
  const t0 = Date.now();
  const secs = () => `${((Date.now() - t0) / 1000).toFixed(0)} s`;
  const items = train.flatMap((art) => articleToItems(art, UNIT)).filter((it) => it.tokens.length > 0).map(mergeItemQuotes);
  const clusters = CLUSTERS ? clusterTable() : undefined;
  const lexicon = buildLexicon(items, clusters);
  log(`train: ${train.length} annotations, ${items.length} paragraphs, ${items.reduce((a, it) => a + it.tokens.length, 0)} tokens, cue lexicon ${lexicon.size} words`);
  const posOf = items.map((it) => (POS ? posTags(it.tokens) : undefined));
  const labelId = new Map(LABELS.map((l, i) => [l as string, i]));
  const golds = items.map((it) => Int32Array.from(it.labels, (l) => labelId.get(l) ?? 0));
  const data: Example[] = items.map((it, i) => ({ fb: featurize(it.tokens, lexicon, { clusters, pos: posOf[i] }), gold: golds[i] }));
  const dev = loadCofenetDev();
  const devLine = (m: AttributionModel) => {
    if (!dev) return '';
    const s = scoreBio(dev.map((it) => ({ gold: it.labels, predicted: tagTokens(it.tokens, m) })));
    return `dev F1 source ${(100 * s.source.f1).toFixed(1)} cue ${(100 * s.cue.f1).toFixed(1)} content ${(100 * s.content.f1).toFixed(1)}`;
  };
  const meta: Record<string, unknown> = {
    trainedOn: 'PolNeAR v1.0.0 train (all .ann files)', epochs: EPOCHS, stage2Epochs: EPOCHS2, folds: FOLDS, bits: BITS, bits2: BITS2, stage2Base: STAGE2_BASE,
    boundary: BEPOCHS > 0 ? { epochs: BEPOCHS, bits: BBITS, reach: BREACH } : null,
    features: 'src/extract/attribution/features.ts', clusters: CLUSTERS ? 'models/attribution/clusters.bin (src/extract/entities/clusters.ts buildClusters, text of ../shared; copied into this file)' : null, pos: POS,
  };

  // Stage 1 on everything (or, with --stage1-cache DIR, as saved there by an earlier run of the same settings).
  // The cache records what made it (settings, the feature code and the files it reads); a cache made
  // otherwise is refused, not silently reused.
  const SETTINGS_FILE = 'settings.json';
  const stage1Settings = JSON.stringify({
    epochs: EPOCHS, bits: BITS, folds: FOLDS, unit: UNIT, pos: POS, clusters: CLUSTERS, items: items.length,
    code: ['src/extract/attribution/features.ts', 'src/extract/attribution/model.ts', 'src/extract/attribution/perceptron.ts', 'eval/datasets/polnear.ts', 'models/attribution/clusters.bin', 'models/pos/pos.bin']
      .reduce((h, f) => h.update(readFileSync(join(projectRoot(), f))), createHash('sha256')).digest('hex'),
  });
  if (CACHE && existsSync(join(CACHE, 'stack.bin'))) {
    const made = existsSync(join(CACHE, SETTINGS_FILE)) ? readFileSync(join(CACHE, SETTINGS_FILE), 'utf8') : '(no settings recorded)';
    if (made !== stage1Settings) throw new Error(`train-attribution: ${CACHE}: the stage-1 cache was made with other settings or code (${made}); remove it or name another directory`);
  }
  const cached = CACHE && existsSync(join(CACHE, 'stack.bin')) ? decodeModel(readFileSync(join(CACHE, MODEL_FILE))) : null;
  const first: PerceptronModel = cached ?? trainStage(data.slice(), EPOCHS, BITS, (m, ep, err) => {
    if (ep === EPOCHS || !quiet) log(`stage 1 epoch ${ep}: token error ${(100 * err).toFixed(2)}%  ${ep === EPOCHS ? devLine({ ...m, lexicon, clusters, meta }) : ''}  (${secs()})`);
  });
  let model: AttributionModel = { ...first, lexicon, clusters, meta };
  if (cached && FOLDS > 1 && EPOCHS2 > 0) {
    const flat = new Int32Array(new Uint8Array(readFileSync(join(CACHE!, 'stack.bin'))).buffer);
    const stack: Int32Array[] = [];
    let o = 0;
    for (const it of items) {
      stack.push(flat.slice(o, o + it.tokens.length));
      o += it.tokens.length;
    }
    log(`stage 1 and its jack-knifed labels read from ${CACHE}`);
    model = trainSecond(stack);
  } else if (FOLDS > 1 && EPOCHS2 > 0) {
    // Jack-knifed stage-1 labels for the training items: each fold tagged by a model trained without it.
    const foldOf = (i: number) => hashString(items[i].id.replace(/_[^_]+$/, '')) >>> 0;
    const stack: Int32Array[] = new Array(items.length);
    for (let k = 0; k < FOLDS; k++) {
      const inFold = (i: number) => foldOf(i) % FOLDS === k;
      const m = trainStage(data.filter((_, i) => !inFold(i)), EPOCHS, BITS);
      const am: AttributionModel = { ...m, lexicon, clusters, meta };
      items.forEach((it, i) => {
        if (inFold(i)) stack[i] = tagTokenIds(it.tokens, am);
      });
      log(`fold ${k + 1}/${FOLDS} tagged (${secs()})`);
    }
    if (CACHE) {
      mkdirSync(CACHE, { recursive: true });
      writeFileSync(join(CACHE, MODEL_FILE), encodeModel({ ...first, lexicon, clusters, meta }));
      const flat = new Int32Array(stack.reduce((a, x) => a + x.length, 0));
      let o = 0;
      for (const x of stack) {
        flat.set(x, o);
        o += x.length;
      }
      writeFileSync(join(CACHE, 'stack.bin'), new Uint8Array(flat.buffer));
      writeFileSync(join(CACHE, SETTINGS_FILE), stage1Settings);
    }
    model = trainSecond(stack);
  }
  function trainSecond(stack: Int32Array[]): AttributionModel {
    const data2: Example[] = items.map((it, i) => ({ fb: featurize(it.tokens, lexicon, { stack: stack[i], clusters, pos: posOf[i], base: data[i].fb, baseKeep: STAGE2_BASE }), gold: golds[i] }));
    const second = trainStage(data2, EPOCHS2, BITS2, (m, ep, err) => {
      log(`stage 2 epoch ${ep}: token error ${(100 * err).toFixed(2)}%  ${devLine({ ...first, second: m, lexicon, clusters, meta })}  (${secs()})`);
    });
    const boundary = BEPOCHS > 0 ? trainBoundary(stack, { ...first, second, lexicon, clusters, meta }) : undefined;
    return { ...first, second, boundary, lexicon, clusters, meta };
  }
  /** The boundary stage, from the jack-knifed stage-1 labels of the training items. */
  function trainBoundary(stack: Int32Array[], tagger: AttributionModel): BoundaryModel {
    const inputs = data.map((d) => boundaryInput(d.fb)!);
    const order = items.map((_, i) => i);
    const trainer = new BoundaryTrainer(BBITS, BREACH);
    let m: BoundaryModel = trainer.averaged();
    for (let ep = 1; ep <= BEPOCHS; ep++) {
      shuffle(order, 2000 + ep);
      const spans = [0, 0, 0];
      const errors = [0, 0, 0];
      for (const i of order) trainer.learn(inputs[i], stack[i], golds[i], spans, errors);
      m = trainer.averaged();
      const wrong = spans.map((c, r) => `${['source', 'cue', 'content'][r]} ${c} spans ${(100 * errors[r] / Math.max(1, c)).toFixed(1)}% wrong`).join(', ');
      if (!quiet || ep === BEPOCHS) log(`boundary epoch ${ep}: ${wrong}  ${ep === BEPOCHS || ep % 2 === 0 ? devLine({ ...tagger, boundary: m }) : ''}  (${secs()})`);
    }
    return m;
  }
  if (dev) {
    const s = scoreBio(dev.map((it) => ({ gold: it.labels, predicted: tagTokens(it.tokens, model) })));
    meta.devF1 = { source: +(100 * s.source.f1).toFixed(2), cue: +(100 * s.cue.f1).toFixed(2), content: +(100 * s.content.f1).toFixed(2) };
  }
  mkdirSync(OUT, { recursive: true });
  const buf = encodeModel(model);
  writeFileSync(join(OUT, MODEL_FILE), buf);
  log(`wrote ${join(OUT, MODEL_FILE)} (${(buf.length / 1024 / 1024).toFixed(2)} MiB)`);
}

main();
