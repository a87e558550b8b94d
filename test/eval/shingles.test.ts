import { describe, expect, it } from 'vitest';
import { scoreCorpus, scoreDocument, shingles, tokensEqual } from '../../eval/scorers/shingles.js';

describe('shingles', () => {
  it('counts 4-token shingles as a multiset', () => {
    const s = shingles('a b c d a b c d');
    expect(s.get('a b c d')).toBe(2);
    expect(s.get('b c d a')).toBe(1);
    expect([...s.values()].reduce((x, y) => x + y, 0)).toBe(5);
  });
  it('a text shorter than 4 tokens is one shorter shingle', () => {
    expect([...shingles('one two').entries()]).toEqual([['one two', 1]]);
    expect(shingles('').size).toBe(0);
  });
  it('tokens are \\w+ runs: punctuation does not count', () => {
    expect(tokensEqual('Hello, world!', 'Hello world')).toBe(true);
    expect(tokensEqual('Hello world', 'Hello there world')).toBe(false);
  });
});

describe('scoreDocument', () => {
  const truth = 'one two three four five six seven eight';      // 5 shingles
  const cases: Array<[string, string, number, number]> = [
    ['identical', truth, 1, 1],
    ['both empty', '', 1, 1],
    ['nothing predicted', '', 0, 0],
    ['half the text', 'one two three four five', 1, 2 / 5],                  // 2 shingles, both right
    ['the text and as much noise', `${truth} x1 x2 x3 x4 x5 x6 x7 x8`, 5 / 13, 1], // 13 shingles, 5 right
  ];
  it.each(cases)('%s', (_n, predicted, p, r) => {
    const t = _n === 'both empty' ? '' : truth;
    const s = scoreDocument(t, predicted);
    expect(s.precision).toBeCloseTo(p, 10);
    expect(s.recall).toBeCloseTo(r, 10);
  });
});

describe('scoreCorpus', () => {
  it('averages precision and recall over documents, then takes F1 of the means', () => {
    const s = scoreCorpus([
      { truth: 'a b c d e', predicted: 'a b c d e' },          // P 1, R 1
      { truth: 'a b c d e f g h', predicted: 'a b c d e' },    // P 1, R 2/5
    ]);
    expect(s.precision).toBeCloseTo(1, 10);
    expect(s.recall).toBeCloseTo(0.7, 10);
    expect(s.f1).toBeCloseTo((2 * 0.7) / 1.7, 10);
    expect(s.accuracy).toBe(0.5);
  });
});
