import { describe, expect, it } from 'vitest';
import { chunks, ConllCounts, nameTexts, prf } from '../../eval/scorers/conll.js';

// tags → chunks as conlleval reads them: "start-end type", end exclusive
const CHUNKS: Array<[string, string[]]> = [
  ['B-PER I-PER O B-LOC', ['0-2 PER', '3-4 LOC']],
  ['I-PER I-PER O', ['0-2 PER']],                 // IOB1: I- after the start begins a name
  ['B-PER B-PER', ['0-1 PER', '1-2 PER']],
  ['B-ORG I-PER', ['0-1 ORG', '1-2 PER']],        // a type change ends one name and starts another
  ['O I-MISC I-MISC O I-LOC', ['1-3 MISC', '4-5 LOC']],
  ['B-LOC I-LOC I-LOC', ['0-3 LOC']],
  ['O O O', []],
  ['B-PER I-PER', ['0-2 PER']],
];

describe('chunks', () => {
  it.each(CHUNKS)('%s', (tags, expected) => {
    expect(chunks(tags.split(' ')).map((c) => `${c.start}-${c.end} ${c.type}`)).toEqual(expected);
  });
});

// gold tags | predicted tags → tp, found, gold
const COUNTS: Array<[string, string, number, number, number]> = [
  ['B-PER I-PER O B-LOC', 'B-PER I-PER O B-LOC', 2, 2, 2],
  ['B-PER I-PER O B-LOC', 'B-PER O O B-LOC', 1, 2, 2],        // a name cut short is wrong
  ['B-PER I-PER O B-LOC', 'B-ORG I-ORG O B-LOC', 1, 2, 2],    // the right span with the wrong type is wrong
  ['B-PER I-PER O B-LOC', 'O O O O', 0, 0, 2],
  ['O O O O', 'B-MISC O B-ORG I-ORG', 0, 2, 0],
  ['B-PER I-PER O O', 'I-PER I-PER O O', 1, 1, 1],            // IOB1 prediction read as conlleval reads it
  ['B-LOC B-LOC', 'B-LOC I-LOC', 0, 1, 2],                    // two names merged into one: none right
];

describe('ConllCounts', () => {
  it.each(COUNTS)('%s | %s', (gold, predicted, tp, found, goldN) => {
    const c = new ConllCounts();
    c.add(gold.split(' '), predicted.split(' '));
    const o = c.overall();
    expect([o.tp, o.found, o.gold]).toEqual([tp, found, goldN]);
  });

  it('sums sentences and gives micro P/R/F1 and per-type figures', () => {
    const c = new ConllCounts();
    c.add(['B-PER', 'I-PER', 'O'], ['B-PER', 'I-PER', 'O']);
    c.add(['B-LOC', 'O', 'B-ORG'], ['B-LOC', 'O', 'B-LOC']);
    const o = c.overall();
    expect(o.tp).toBe(2);
    expect(o.precision).toBeCloseTo(2 / 3, 10);
    expect(o.recall).toBeCloseTo(2 / 3, 10);
    expect(o.f1).toBeCloseTo(2 / 3, 10);
    expect(c.type('LOC')).toMatchObject({ tp: 1, found: 2, gold: 1 });
    expect(c.type('ORG')).toMatchObject({ tp: 0, found: 0, gold: 1, precision: 0, recall: 0, f1: 0 });
    expect(c.tokens).toBe(6);
    expect(c.tokensRight).toBe(5);
  });

  it('counts names seen in training and unseen names apart, each by its own text', () => {
    const known = nameTexts([{ words: ['Tony', 'Blair', 'met', 'IBM'], tags: ['B-PER', 'I-PER', 'O', 'B-ORG'] }]);
    expect([...known].sort()).toEqual(['ibm', 'tony blair']);
    const c = new ConllCounts(known);
    // Gold: "Tony Blair" (seen), "Ruch" (unseen). Predicted: "Tony Blair" right, "Ruch" as PER (wrong type), "Warsaw" extra (unseen).
    const words = ['Tony', 'Blair', 'saw', 'Ruch', 'in', 'Warsaw'];
    c.add(['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'O'], ['B-PER', 'I-PER', 'O', 'B-PER', 'O', 'B-LOC'], words);
    // "blair" alone is not "tony blair": a predicted "Blair" would be unseen.
    c.add(['B-PER'], ['B-PER'], ['Blair']);
    expect(c.seen('seen')).toMatchObject({ tp: 1, found: 1, gold: 1 });
    expect(c.seen('unseen')).toMatchObject({ tp: 1, found: 3, gold: 2 });
    expect(c.overall()).toMatchObject({ tp: 2, found: 4, gold: 3 });
    // Without words (or without known texts) nothing is split.
    const plain = new ConllCounts(known);
    plain.add(['B-PER'], ['B-PER']);
    expect(plain.seen('seen').gold + plain.seen('unseen').gold).toBe(0);
    expect(() => c.add(['O'], ['O'], ['a', 'b'])).toThrow(RangeError);
  });

  it('refuses sentences of different lengths', () => {
    expect(() => new ConllCounts().add(['O'], ['O', 'O'])).toThrow(RangeError);
  });

  it('prf of nothing found is zero, not NaN', () => {
    expect(prf(0, 0, 0)).toEqual({ tp: 0, found: 0, gold: 0, precision: 0, recall: 0, f1: 0 });
    expect(prf(3, 4, 6).f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25, 10);
  });
});
