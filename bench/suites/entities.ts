/**
 * The name tagger alone: tokens per second on CoNLL-2003 dev (one core, features and decoding,
 * documents prepared from their words), the whole entity stage (extractEntities: tagger, types,
 * aliases, roles) in words per second on the MEANTIME texts, the POS tagger's tokens per second,
 * and the time to load the committed models from disk.
 */
import { join } from 'node:path';
import { loadMeantime } from '../../eval/datasets/meantime.js';
import { datasetPath } from '../../eval/paths.js';
import { Skip } from '../../eval/types.js';
import { readConll } from '../../src/extract/entities/conll.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import { readNameTagger } from '../../src/extract/entities/model.js';
import type { NameTagger } from '../../src/extract/entities/tagger.js';
import { modelPath } from '../../src/nlp/models.js';
import { Perceptron } from '../../src/nlp/perceptron.js';
import { POS_MODEL_FILE, PosTagger } from '../../src/nlp/pos.js';
import { analyse } from '../../src/nlp/tokenize.js';
import { countWords, rate, type BenchResult, type BenchSuite } from '../types.js';

const loadTagger = (): NameTagger => readNameTagger();

export const suite: BenchSuite = {
  name: 'entities',
  async run(): Promise<BenchResult[]> {
    const file = datasetPath('conll2003', 'valid.txt');
    if (!file) throw new Skip('../shared/datasets/conll2003 is absent');
    // Cold load first (nothing cached in this process yet), then the best of five.
    let t0 = performance.now();
    let tagger = loadTagger();
    const cold = performance.now() - t0;
    let warm = Infinity;
    for (let i = 0; i < 5; i++) {
      t0 = performance.now();
      tagger = loadTagger();
      warm = Math.min(warm, performance.now() - t0);
    }
    t0 = performance.now();
    const pos = new PosTagger(Perceptron.load(modelPath('pos', POS_MODEL_FILE)));
    const posLoad = performance.now() - t0;

    const docs = readConll(file).map((d) => d.sentences.map((s) => s.words));
    const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
    const nerRate = rate(() => { for (const d of docs) tagger.labels(d); }, tokens, 3, 1000);
    const posRate = rate(() => { for (const d of docs) for (const s of d) pos.tagWords(s); }, tokens, 3, 1000);
    const results: BenchResult[] = [
      { suite: 'entities', name: 'name tagger (features + greedy BILOU decoding)', value: nerRate, unit: 'tokens/s', note: `CoNLL-2003 dev, ${tokens.toLocaleString('en-US')} tokens, one core; target ≥ 200k` },
      { suite: 'entities', name: 'name-tagger model load, cold', value: cold, unit: 'ms', note: 'ner.bin + the clusters, name list and second stage it names, first load in the process; target < 300 ms' },
      { suite: 'entities', name: 'name-tagger model load, warm', value: warm, unit: 'ms', note: 'best of 5 reloads' },
      { suite: 'entities', name: 'POS tagger', value: posRate, unit: 'tokens/s', note: 'CoNLL-2003 dev' },
      { suite: 'entities', name: 'POS model load', value: posLoad, unit: 'ms' },
    ];
    const meantime = loadMeantime();
    if (meantime) {
      const analyses = meantime.map((d) => analyse(d.text));
      const words = countWords(meantime.map((d) => d.text));
      const stage = rate(() => { for (const a of analyses) extractEntities(a); }, words, 3, 1000);
      results.push({ suite: 'entities', name: 'extractEntities (tagger + types, aliases, roles)', value: stage, unit: 'words/s', note: `MEANTIME ${meantime.length} articles, analysis excluded` });
    }
    return results;
  },
};
