/**
 * Words per second of extractClaims (tagger, rules, source resolution) on one core, over PolNeAR dev
 * articles (or the seed and MEANTIME texts when PolNeAR is absent). Tokenisation is done beforehand
 * and not counted; part-of-speech tagging is.
 */
import { readFileSync } from 'node:fs';
import { loadPolnearSplit } from '../../eval/datasets/polnear.js';
import { seedPath } from '../../eval/paths.js';
import { Skip } from '../../eval/types.js';
import { extractClaims } from '../../src/extract/attribution/index.js';
import { defaultModel } from '../../src/extract/attribution/model.js';
import { analyse } from '../../src/nlp/tokenize.js';
import { forgetSentenceTags } from '../../src/nlp/pos.js';
import { countWords, rate, type BenchResult, type BenchSuite } from '../types.js';

export const suite: BenchSuite = {
  name: 'attribution',
  async run(): Promise<BenchResult[]> {
    let texts: string[] = [];
    let corpus = '';
    const dev = loadPolnearSplit('dev');
    if (dev) {
      texts = [...new Map(dev.map((a) => [a.id.replace(/_[^_]+$/, ''), a.text])).values()];
      corpus = `PolNeAR dev, ${texts.length} articles`;
    } else {
      const seed = seedPath('article.txt');
      if (!seed) throw new Skip('../shared (PolNeAR dev or the seed) is absent');
      texts = [readFileSync(seed, 'utf8')];
      corpus = 'the seed article';
    }
    if (!defaultModel()) throw new Skip('models/attribution/attribution.bin.gz is absent');
    const analyses = texts.map((t) => analyse(t));
    const words = countWords(texts);
    // The POS tags kept on an analysis (src/nlp/pos.ts sentenceTags, shared by the stages in the pipeline)
    // are dropped before each pass, so the stage pays for its tagging here.
    const r = rate(() => { for (const a of analyses) { forgetSentenceTags(a); extractClaims(a, []); } }, words, 3, 1000);
    const rules = rate(() => { for (const a of analyses) { forgetSentenceTags(a); extractClaims(a, [], { model: null }); } }, words, 3, 500);
    return [
      { suite: 'attribution', name: 'extractClaims (tagger + rules)', value: Math.round(r), unit: 'words/s', note: `${corpus}, ${words.toLocaleString('en-US')} words, one core; target ≥ 100,000` },
      { suite: 'attribution', name: 'extractClaims (rules only)', value: Math.round(rules), unit: 'words/s', note: corpus },
    ];
  },
};
