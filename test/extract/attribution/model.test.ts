/**
 * The attribution tagger's plumbing: features with and without a reused base block, the stored word
 * clusters and 16-bit weights surviving a save / load, and the committed model tagging a plain
 * "X said Y" sentence.
 */
import { describe, expect, it } from 'vitest';
import { clusterForm, featurize, SPLIT_KEEP, wordParts, type ClusterTable } from '../../../src/extract/attribution/features.js';
import { LABELS, decodeModel, defaultModel, encodeModel, mergeQuotePairs, posTags, tagTokenIds, tagTokens, type AttributionModel } from '../../../src/extract/attribution/model.js';
import { PAIR_SIZE, boundaryInput, refineContents } from '../../../src/extract/attribution/boundaries.js';

const TOKENS = ['``', 'We', 'will', 'win', ',', "''", 'the', 'senator', 'told', 'reporters', 'on', 'Monday', '.'];
const LEX = new Map([['told', 4], ['said', 4]]);
const CLUSTERS: ClusterTable = new Map([['senator', 1 | (9 << 8) | (300 << 16)], ['told', 2 | (17 << 8) | (512 << 16)]]);

const used = (b: { feats: Int32Array; offsets: Int32Array; n: number }) => Array.from(b.feats.subarray(0, b.offsets[b.n]));

describe('attribution features', () => {
  it('a second-stage block built on a base block equals one computed from scratch', () => {
    const pos = posTags(TOKENS);
    const stack = Int32Array.from(TOKENS, (_, i) => (i < 6 ? 5 + (i > 0 ? 1 : 0) : i === 8 ? 3 : 0));
    const base = featurize(TOKENS, LEX, { clusters: CLUSTERS, pos });
    const a = featurize(TOKENS, LEX, { clusters: CLUSTERS, pos, stack });
    const b = featurize(TOKENS, LEX, { clusters: CLUSTERS, pos, stack, base });
    expect(used(b)).toEqual(used(a));
  });

  it('a split block and the wordParts of each token and its neighbours hold the features of the full block', () => {
    const pos = posTags(TOKENS);
    const stack = Int32Array.from(TOKENS, (_, i) => (i < 6 ? 5 + (i > 0 ? 1 : 0) : i === 8 ? 3 : 0));
    const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
    for (const clusters of [CLUSTERS, undefined]) {
      const full = featurize(TOKENS, LEX, { clusters, pos });
      const split = featurize(TOKENS, LEX, { clusters, pos, split: true });
      const full2 = featurize(TOKENS, LEX, { clusters, pos, stack, base: full, baseKeep: SPLIT_KEEP });
      const split2 = featurize(TOKENS, LEX, { clusters, pos, stack, base: split, baseKeep: SPLIT_KEEP, split: true });
      const n = TOKENS.length;
      const infos = split.prep!.infos;
      for (const [f, s, stage2] of [[full, split, false], [full2, split2, true]] as const) {
        const parts = (i: number) => wordParts(i >= 0 && i < n ? infos[i] : null, clusters !== undefined, stage2);
        for (let i = 0; i < n; i++) {
          const words = [...parts(i)[0], ...parts(i - 1)[1], ...parts(i + 1)[2], ...parts(i - 2)[3], ...parts(i + 2)[4]];
          const got = [...Array.from(s.feats.subarray(s.offsets[i], s.offsets[i + 1])), ...words];
          expect(sorted(got)).toEqual(sorted(Array.from(f.feats.subarray(f.offsets[i], f.offsets[i + 1]))));
        }
      }
    }
  });

  it('clusters and POS tags add features; without them the feature count is the plain one', () => {
    const plain = featurize(TOKENS, LEX);
    const rich = featurize(TOKENS, LEX, { clusters: CLUSTERS, pos: posTags(TOKENS) });
    expect(plain.offsets[1] - plain.offsets[0]).toBe(34);
    expect(rich.offsets[1] - rich.offsets[0]).toBe(34 + 12 + 12);
  });

  it('cluster lookup reads quotes unified and keeps digits', () => {
    expect([clusterForm('``'), clusterForm('Senator'), clusterForm('2016')]).toEqual(['"', 'senator', '2016']);
  });

  it('POS tags read CoreNLP escapes as the characters they stand for', () => {
    const tags = posTags(['-LRB-', 'he', 'said', '-RRB-']);
    expect(tags[2]).toMatch(/^VB/);
    expect(tags).toHaveLength(4);
  });
});

describe('quotation marks written as two apostrophes or backticks', () => {
  // tokens | merged tokens | index of each merged token's first original token
  const CASES: Array<[string[], string[] | null, number[] | null]> = [
    [["'", "'", 'We', 'won', ',', "'", "'", 'he', 'said'], ["''", 'We', 'won', ',', "''", 'he', 'said'], [0, 2, 3, 4, 5, 7, 8]],
    [['the', 'voters', "'", 'choice'], null, null],
    [["'", "'", "'"], ["''", "'"], [0, 2]],
    // an opening mark typed as two backticks
    [['`', '`', 'We', 'won', ',', "'", "'", 'he', 'said'], ['``', 'We', 'won', ',', "''", 'he', 'said'], [0, 2, 3, 4, 5, 7, 8]],
    [['`', "'"], null, null],
  ];
  for (const [tokens, merged, first] of CASES) {
    it(tokens.join(' '), () => {
      const m = mergeQuotePairs(tokens);
      expect(m?.tokens ?? null).toEqual(merged);
      expect(m ? Array.from(m.first) : null).toEqual(first);
    });
  }
});

describe('content boundary stage', () => {
  it('keeps BIO well formed and every role present, whatever its weights', () => {
    const tokens = ['The', 'senator', 'said', 'that', 'the', 'bill', ',', 'which', 'passed', 'on', 'Monday', ',', 'would', 'cut', 'taxes', '.'];
    const pos = posTags(tokens);
    const fb = featurize(tokens, LEX, { pos });
    const bits = 6;
    for (let seed = 1; seed <= 20; seed++) {
      const w = new Float32Array((1 << bits) + 3 * PAIR_SIZE).map((_, i) => (((i + 1) * seed * 7919) % 13) - 6);
      const labels = Int32Array.from([1, 2, 3, 5, 6, 6, 0, 0, 0, 0, 0, 0, 5, 6, 6, 0]);
      refineContents(boundaryInput(fb)!, labels, { bits, reach: [3, 2, 6], weights: w });
      // Every role keeps a span (a span moves or absorbs its neighbour of the same role, never vanishes).
      for (const b of [1, 3, 5]) expect(labels).toContain(b);
      for (let i = 0; i < labels.length; i++) {
        if (labels[i] % 2 === 0 && labels[i] > 0) expect([labels[i], labels[i] - 1]).toContain(labels[i - 1]);
      }
    }
  });

  it('survives encode / decode', () => {
    const L = LABELS.length;
    const bw = new Float32Array((1 << 5) + 3 * PAIR_SIZE).map((_, i) => (i % 9) - 4);
    const m: AttributionModel = {
      labels: LABELS, bits: 3, weights: new Float32Array((1 << 3) * L), transitions: new Float32Array((L + 1) * L),
      boundary: { bits: 5, reach: [2, 3, 7], weights: bw }, lexicon: LEX, meta: {},
    };
    const back = decodeModel(encodeModel(m));
    expect(back.boundary?.bits).toBe(5);
    expect(back.boundary?.reach).toEqual([2, 3, 7]);
    const scale = back.boundary!.scale ?? 1;
    for (let i = 0; i < bw.length; i++) expect(back.boundary!.weights[i] * scale).toBeCloseTo(bw[i], 3);
  });
});

describe('attribution model file', () => {
  it('weights, clusters and per-stage hash widths survive encode / decode', () => {
    const L = LABELS.length;
    const w1 = new Float32Array((1 << 4) * L).map((_, i) => ((i * 37) % 11) - 5);
    const w2 = new Float32Array((1 << 3) * L).map((_, i) => ((i * 13) % 7) - 3);
    const m: AttributionModel = {
      labels: LABELS, bits: 4, weights: w1, transitions: new Float32Array((L + 1) * L).fill(0.5),
      second: { labels: LABELS, bits: 3, weights: w2, transitions: new Float32Array((L + 1) * L) },
      lexicon: LEX, clusters: CLUSTERS, meta: { note: 'test' },
    };
    const back = decodeModel(encodeModel(m));
    expect(back.bits).toBe(4);
    expect(back.second?.bits).toBe(3);
    expect([...back.clusters!]).toEqual([...CLUSTERS].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    expect(new Map(back.lexicon)).toEqual(LEX);
    const scale = back.scale ?? 1;
    for (let i = 0; i < w1.length; i++) expect(back.weights[i] * scale).toBeCloseTo(w1[i], 3);
  });
});

describe.skipIf(!defaultModel())('committed attribution model (skips when models/attribution is absent)', () => {
  it('tags as the plain path does (each feature scored; float weights) what it tags with words summed once (integer weights)', () => {
    const m = defaultModel()!;
    const plain: AttributionModel = { ...m, weights: Float32Array.from(m.weights), second: m.second && { ...m.second, weights: Float32Array.from(m.second.weights) } };
    const texts = [
      TOKENS,
      '`` It is not over , \'\' said Mr. Smith , who told reporters on Monday that the company expects to grow .'.split(' '),
      'According to officials , the talks will resume Friday ; critics say they are doomed .'.split(' '),
      ['said'],
    ];
    for (const tokens of texts) expect(Array.from(tagTokenIds(tokens, m))).toEqual(Array.from(tagTokenIds(tokens, plain)));
  });

  it('tags source, cue and content of "The senator said the bill would pass."', () => {
    const tokens = ['The', 'senator', 'said', 'the', 'bill', 'would', 'pass', '.'];
    expect(tagTokens(tokens, defaultModel()!)).toEqual(['B-source', 'I-source', 'B-cue', 'B-content', 'I-content', 'I-content', 'I-content', 'O']);
  });
  it("reads a quotation written with two apostrophes as one mark: the second apostrophe continues the first's label", () => {
    const tokens = ["'", "'", 'We', 'will', 'win', ',', "'", "'", 'the', 'senator', 'said', '.'];
    const ids = Array.from(tagTokenIds(tokens, defaultModel()!));
    const merged = Array.from(tagTokenIds(["''", 'We', 'will', 'win', ',', "''", 'the', 'senator', 'said', '.'], defaultModel()!));
    const cont = (y: number) => (y > 0 && y % 2 === 1 ? y + 1 : y);
    expect(ids).toEqual([merged[0], cont(merged[0]), ...merged.slice(1, 5), merged[5], cont(merged[5]), ...merged.slice(6)]);
    expect(tagTokens(tokens, defaultModel()!).slice(8, 11)).toEqual(['B-source', 'I-source', 'B-cue']);
  });
});
