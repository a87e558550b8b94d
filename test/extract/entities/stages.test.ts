import { describe, expect, it } from 'vitest';
import { loadNameTagger } from '../../../src/extract/entities/model.js';
import { NER_LABELS, PairedScorer, prepareDocument, runDocument, runSecondStage } from '../../../src/extract/entities/tagger.js';
import { Perceptron } from '../../../src/nlp/perceptron.js';

// The committed tagger's two stages: the fast paired path gives the labels of the plain path.
const DOCS: string[][][] = [
  [['Germany', "'s", 'representative', 'to', 'the', 'European', 'Union', "'s", 'veterinary', 'committee', 'Werner', 'Zwingmann', 'said', 'on', 'Wednesday', '.'],
   ['Zwingmann', 'said', 'consumers', 'should', 'avoid', 'British', 'lamb', '.']],
  [['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN', ',', 'CHINA', 'IN', 'SURPRISE', 'DEFEAT', '.'],
   ['Nadim', 'Ladki'], ['AL-AIN', ',', 'United', 'Arab', 'Emirates', '1996-12-06']],
];

describe('two-stage name tagger', () => {
  const tagger = loadNameTagger();
  it.skipIf(!tagger.second)('labels() (paired static scores) equals the plain two-stage path', () => {
    for (const sentences of DOCS) {
      const doc = prepareDocument(sentences, tagger.clusters, tagger.names, tagger.gaz);
      const margins = new Float32Array(doc.n);
      const first = runDocument(tagger.model, doc, null, undefined, margins);
      const plain = runSecondStage(tagger.second!, doc, first, margins);
      expect(Array.from(tagger.labels(sentences))).toEqual(Array.from(plain));
    }
  });

  it('tags the names of a small document', () => {
    const labels = tagger.labels(DOCS[0]);
    const tags = Array.from(labels).map((y) => NER_LABELS[y]);
    expect(tags.slice(0, 16)).toEqual(['U-LOC', 'O', 'O', 'O', 'O', 'B-ORG', 'L-ORG', 'O', 'O', 'O', 'B-PER', 'L-PER', 'O', 'O', 'O', 'O']);
    expect(tags.slice(16)).toEqual(['U-PER', 'O', 'O', 'O', 'O', 'U-MISC', 'O', 'O']);
  });

  it('PairedScorer refuses models of different sizes', () => {
    const a = Perceptron.deserialize(new Perceptron(NER_LABELS, 4).serialize());
    const b = Perceptron.deserialize(new Perceptron(NER_LABELS, 5).serialize());
    expect(() => new PairedScorer(a, b)).toThrow(/same size/);
  });
});

describe('quantised scoring', () => {
  it('scores as the sum of scaled int8 rows, and scoreAdd adds to what is there', () => {
    const labels = ['A', 'B', 'C'];
    const m = new Perceptron(labels, 3);
    const feats = Int32Array.from([1, 2, 9]); // 9 & 7 = 1: the same row as 1
    for (let i = 0; i < 5; i++) m.update(feats, 2, 0, 1);
    m.update(Int32Array.from([2]), 1, 2, 0);
    m.average();
    const q = Perceptron.deserialize(m.serialize());
    const { scales, q: w } = q.quantised!;
    const expected = [0, 0, 0];
    for (const f of feats) for (let y = 0; y < 3; y++) expected[y] += w[(f & 7) * 3 + y] * scales[f & 7];
    const out = new Float64Array(3).fill(7);
    q.score(feats, 3, out);
    expect(Array.from(out)).toEqual(expected);
    q.scoreAdd(feats, 3, out);
    expect(Array.from(out)).toEqual(expected.map((v) => 2 * v));
    expect(out[0]).toBeGreaterThan(0);
    expect(out[1]).toBeLessThan(0);
  });
});
