/** WordIndex: a read-only word → index Map over a "\n"-separated UTF-8 list (the cluster table's index). */
import { describe, expect, it } from 'vitest';
import { WordIndex } from '../../../src/extract/entities/word-index.js';

const WORDS = ['the', 'monday', 'naïve', 'zürich', 'münchen', 'o\'neill', 'sun-won', '3,000', '北京', 'a'];
const index = new WordIndex(Buffer.from(WORDS.join('\n'), 'utf8'));

describe('WordIndex', () => {
  // word | its index, or undefined
  const CASES: Array<[string, number | undefined]> = [
    ...WORDS.map((w, i): [string, number] => [w, i]),
    ['Monday', undefined], // case matters: the table holds lower-cased words
    ['the ', undefined],
    ['', undefined],
    ['th', undefined],
    ['naive', undefined],
    ['北', undefined],
    ['x'.repeat(300), undefined], // longer than the scratch buffer
  ];
  it.each(CASES)('%s → %s', (word, want) => {
    expect(index.get(word)).toBe(want);
    expect(index.has(word)).toBe(want !== undefined);
  });
  it('has the size, order and entries of the list', () => {
    expect(index.size).toBe(WORDS.length);
    expect([...index]).toEqual(WORDS.map((w, i) => [w, i]));
    expect([...index.keys()]).toEqual(WORDS);
    expect(new Map(index)).toEqual(new Map(WORDS.map((w, i) => [w, i])));
  });
  it('is read-only', () => {
    expect(() => index.set('x', 1)).toThrow(/read-only/);
    expect(() => index.delete('the')).toThrow(/read-only/);
  });
  it('an empty list holds nothing', () => {
    const empty = new WordIndex(new Uint8Array(0));
    expect(empty.size).toBe(0);
    expect(empty.get('the')).toBeUndefined();
  });
  it('agrees with a Map over many words that share hash slots', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const big = new WordIndex(Buffer.from(many.join('\n'), 'utf8'));
    for (let i = 0; i < many.length; i += 7) expect(big.get(many[i])).toBe(i);
    expect(big.get('w-none')).toBeUndefined();
  });
});
