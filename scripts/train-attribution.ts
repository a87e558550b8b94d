/**
 * Train the attribution tagger on PolNeAR train (brat files in ../shared/datasets/polnear/train) and
 * write models/attribution/attribution.bin.gz.
 *
 *   nice npx tsx scripts/train-attribution.ts [--epochs 10] [--bits 20] [--out DIR] [--quiet]
 *
 * Each epoch prints exact-match F1 per role on CofeNet's PolNeAR dev file (a reading aid; the model
 * written is the one after the last epoch). Deterministic: a fixed shuffling seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleToItems, loadCofenetDev, loadPolnearSplit, type BioItem } from '../eval/datasets/polnear.js';
import { projectRoot } from '../eval/paths.js';
import { scoreBio } from '../eval/scorers/attribution.js';
import { cueBucket, featurize, normalizeToken, type CueLexicon, type FeatureBlock } from '../src/extract/attribution/features.js';
import { LABELS, MODEL_FILE, encodeModel, tagTokens, type AttributionModel } from '../src/extract/attribution/model.js';
import { PerceptronTrainer } from '../src/extract/attribution/perceptron.js';

function flag(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}

const EPOCHS = Number(flag('epochs', '10'));
const BITS = Number(flag('bits', '20'));
const OUT = flag('out', join(projectRoot(), 'models', 'attribution'));
/** A word enters the cue lexicon when it is inside a cue at least this often … */
const MIN_CUE_COUNT = 3;

/** Learned cue lexicon: share of each word's occurrences that fall inside a cue span (smoothed). */
export function buildLexicon(items: readonly BioItem[]): CueLexicon {
  const all = new Map<string, number>();
  const cue = new Map<string, number>();
  for (const it of items) {
    for (let i = 0; i < it.tokens.length; i++) {
      const w = normalizeToken(it.tokens[i]);
      all.set(w, (all.get(w) ?? 0) + 1);
      if (it.labels[i].endsWith('-cue')) cue.set(w, (cue.get(w) ?? 0) + 1);
    }
  }
  const lex: CueLexicon = new Map();
  for (const [w, c] of cue) {
    if (c < MIN_CUE_COUNT) continue;
    lex.set(w, cueBucket(c / ((all.get(w) ?? c) + 1)));
  }
  return lex;
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

function main(): void {
  const quiet = process.argv.includes('--quiet');
  const log = (s: string) => {
    if (!quiet) process.stderr.write(s + '\n');
  };
  const train = loadPolnearSplit('train');
  if (!train) throw new Error('train-attribution: ../shared/datasets/polnear/train is absent');
  const t0 = Date.now();
  const items = train.flatMap(articleToItems).filter((it) => it.tokens.length > 0);
  const lexicon = buildLexicon(items);
  log(`train: ${train.length} annotations, ${items.length} paragraphs, ${items.reduce((a, it) => a + it.tokens.length, 0)} tokens, cue lexicon ${lexicon.size} words`);
  const labelId = new Map(LABELS.map((l, i) => [l as string, i]));
  const data: Array<{ fb: FeatureBlock; gold: Int32Array }> = items.map((it) => ({
    fb: featurize(it.tokens, lexicon),
    gold: Int32Array.from(it.labels, (l) => labelId.get(l) ?? 0),
  }));
  log(`features in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const dev = loadCofenetDev();
  const trainer = new PerceptronTrainer(LABELS, BITS);
  const pred = new Int32Array(4096);
  let scores: ReturnType<typeof scoreBio> | null = null;
  const meta = { trainedOn: 'PolNeAR v1.0.0 train (all .ann files)', epochs: EPOCHS, bits: BITS, features: 'src/extract/attribution/features.ts' };
  let model: AttributionModel | null = null;
  for (let ep = 1; ep <= EPOCHS; ep++) {
    shuffle(data, 1000 + ep);
    let errors = 0;
    let tokens = 0;
    for (const d of data) {
      const n = d.fb.n;
      const p = n <= pred.length ? pred : new Int32Array(n);
      errors += trainer.learn(d.fb.feats, d.fb.offsets, d.gold, n, p);
      tokens += n;
    }
    model = { ...trainer.averaged(), lexicon, meta };
    let line = `epoch ${ep}: token error ${((100 * errors) / tokens).toFixed(2)}%`;
    if (dev) {
      scores = scoreBio(dev.map((it) => ({ gold: it.labels, predicted: tagTokens(it.tokens, model!) })));
      line += `  dev F1 source ${(100 * scores.source.f1).toFixed(1)} cue ${(100 * scores.cue.f1).toFixed(1)} content ${(100 * scores.content.f1).toFixed(1)}`;
    }
    log(`${line}  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  if (!model) return;
  if (scores) {
    Object.assign(meta, {
      devF1: { source: +(100 * scores.source.f1).toFixed(2), cue: +(100 * scores.cue.f1).toFixed(2), content: +(100 * scores.content.f1).toFixed(2) },
    });
  }
  mkdirSync(OUT, { recursive: true });
  const buf = encodeModel(model);
  writeFileSync(join(OUT, MODEL_FILE), buf);
  log(`wrote ${join(OUT, MODEL_FILE)} (${(buf.length / 1024 / 1024).toFixed(2)} MiB)`);
}

main();
