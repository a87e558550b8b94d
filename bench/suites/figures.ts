/**
 * Words per second of the figures stage (`extractQuantities` over an analysed text, on one core) on
 * the MEANTIME English news texts; "analyse + extractQuantities" is the whole cost for a caller with no
 * Analysis yet. The peer, Recognizers-Text's number-with-unit models for JavaScript
 * (@microsoft/recognizers-text-number-with-unit), is not installed here and may not be; its rate,
 * measured on the seed article on one core (../shared/README.md), is quoted in the note.
 */
import { loadMeantime } from '../../eval/datasets/meantime.js';
import { Skip } from '../../eval/types.js';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { analyse } from '../../src/nlp/tokenize.js';
import { countWords, rate, type BenchResult, type BenchSuite } from '../types.js';

/** Recognizers-Text (JS) number-with-unit models, words/s, as measured in ../shared/README.md. */
const PEER_WORDS_PER_SECOND = 1100;

export const suite: BenchSuite = {
  name: 'figures',
  async run(): Promise<BenchResult[]> {
    const docs = loadMeantime();
    if (!docs) throw new Skip('../shared/datasets/meantime-en is absent');
    const texts = docs.map((d) => d.text);
    const words = countWords(texts);
    const corpus = `MEANTIME, ${texts.length} texts, ${words.toLocaleString('en-US')} words`;
    const analyses = texts.map((t) => analyse(t, 0));
    const ours = rate(() => { for (const a of analyses) extractQuantities(a); }, words, 5, 1000);
    const withTok = rate(() => { for (const t of texts) extractQuantities(analyse(t, 0)); }, words, 3, 1000);
    return [
      { suite: 'figures', name: 'extractQuantities (MEANTIME)', value: ours, unit: 'words/s', note: `${corpus}; target ≥ 500,000; Recognizers-Text JS ≈ ${PEER_WORDS_PER_SECOND.toLocaleString('en-US')} words/s (seed article, quoted from ../shared/README.md; not run here: not installed) → ${Math.round(ours / PEER_WORDS_PER_SECOND).toLocaleString('en-US')}×` },
      { suite: 'figures', name: 'analyse + extractQuantities (MEANTIME)', value: withTok, unit: 'words/s', note: corpus },
    ];
  },
};
