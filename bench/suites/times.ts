/**
 * Words per second of the time-expression stage (`extractTimes` over an analysed text, on one core),
 * on the MEANTIME news texts and the TempEval-3 TBAQ-cleaned texts, with chrono-node's English
 * parser (`chrono.parse(text, refDate)`) side by side on the same texts, and the ratio. Tokenising is
 * the shared first pass of every stage and is measured apart ("analyse"); "analyse + extractTimes"
 * is the whole cost for a caller with no Analysis yet.
 */
import * as chrono from 'chrono-node';
import { loadMeantime } from '../../eval/datasets/meantime.js';
import { loadTempeval, tempevalTrainFiles } from '../../eval/datasets/timeml.js';
import { Skip } from '../../eval/types.js';
import { extractTimes } from '../../src/extract/times/index.js';
import { analyse } from '../../src/nlp/tokenize.js';
import { countWords, rate, type BenchResult, type BenchSuite } from '../types.js';

interface Corpus { name: string; texts: string[]; published: (string | null)[] }

function corpora(): Corpus[] {
  const out: Corpus[] = [];
  const mt = loadMeantime();
  if (mt) out.push({ name: 'MEANTIME', texts: mt.map((d) => d.text), published: mt.map((d) => d.dct) });
  const files = tempevalTrainFiles();
  if (files) {
    const docs = loadTempeval(files);
    out.push({ name: 'TempEval-3 TBAQ', texts: docs.map((d) => d.text), published: docs.map((d) => d.published) });
  }
  return out;
}

export const suite: BenchSuite = {
  name: 'times',
  async run(): Promise<BenchResult[]> {
    const cs = corpora();
    if (cs.length === 0) throw new Skip('../shared/datasets/meantime-en and tempeval3 are absent');
    const results: BenchResult[] = [];
    for (const c of cs) {
      const words = countWords(c.texts);
      const corpus = `${c.name}, ${c.texts.length} texts, ${words.toLocaleString('en-US')} words`;
      const analyses = c.texts.map((t) => analyse(t, 0));
      const refs = c.published.map((p) => (p ? new Date(`${p}T12:00:00Z`) : new Date(0)));
      const ours = rate(() => { for (let i = 0; i < analyses.length; i++) extractTimes(analyses[i], c.published[i]); }, words, 5, 1000);
      const withTok = rate(() => { for (let i = 0; i < c.texts.length; i++) extractTimes(analyse(c.texts[i], 0), c.published[i]); }, words, 3, 1000);
      const ch = rate(() => { for (let i = 0; i < c.texts.length; i++) chrono.parse(c.texts[i], refs[i]); }, words, 2, 1000);
      results.push(
        { suite: 'times', name: `extractTimes (${c.name})`, value: ours, unit: 'words/s', note: `${corpus}; target ≥ 500,000` },
        { suite: 'times', name: `analyse + extractTimes (${c.name})`, value: withTok, unit: 'words/s', note: corpus },
        { suite: 'times', name: `chrono-node parse (${c.name})`, value: ch, unit: 'words/s', note: `extractTimes/chrono = ${(ours / ch).toFixed(1)}×; analyse+extractTimes/chrono = ${(withTok / ch).toFixed(1)}×` },
      );
    }
    return results;
  },
};
