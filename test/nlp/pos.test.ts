import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/nlp/tokenize.js';
import { tagPos, loadPosTagger, PosTagger } from '../../src/nlp/pos.js';

// sentence → expected "token/TAG" for the tokens named (checked by position in the sentence)
const CASES: Array<[string, string[]]> = [
  ['She said it would not comment on the reports.', ['She/PRP', 'said/VBD', 'would/MD', 'comment/VB', 'reports/NNS', './.']],
  ['Prices rose 3.5 percent in October, the bank said.', ['Prices/NNS', 'rose/VBD', '3.5/CD', 'in/IN', 'October/NNP', 'bank/NN']],
  ['John Kirby, spokesperson for the U.S. National Security Council, revealed it.', ['John/NNP', 'Kirby/NNP', 'the/DT', 'U.S./NNP', 'revealed/VBD', 'it/PRP']],
  ['The minister has been meeting rebels in the north since Monday.', ['The/DT', 'minister/NN', 'has/VBZ', 'been/VBN', 'meeting/VBG', 'rebels/NNS', 'since/IN']],
  ['Officials in Tokyo said exports would grow next year.', ['Officials/NNS', 'Tokyo/NNP', 'said/VBD', 'exports/NNS', 'would/MD', 'grow/VB', 'year/NN']],
];

describe('tagPos', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    const a = analyse(sentence);
    const tags = tagPos(a);
    expect(tags).toHaveLength(a.tokens.length);
    const got = a.tokens.map((t, i) => `${t.text}/${tags[i]}`);
    for (const e of expected) expect(got).toContain(e);
  });

  it('tags as the plain path does (every feature row scored) with the sums kept per word', () => {
    const cached = loadPosTagger();
    const plain = new PosTagger(cached.model, false);
    const texts = [
      ...CASES.map((c) => c[0]),
      'Markets fell. Investors sold shares on Friday, and the yen rose 0.4% against the dollar in 2016.',
      '"We will not back down," the senator told reporters outside the Capitol on Monday.',
      'Zwingmann said consumers should avoid British lamb until the EU veterinary committee rules.',
    ];
    for (const t of texts) {
      const a = analyse(t);
      for (const s of a.sentences) {
        const words = a.tokens.slice(s.first, s.last).map((x) => x.text);
        expect(cached.tagWords(words)).toEqual(plain.tagWords(words));
      }
    }
  });

  it('tags each sentence of a two-sentence text with tokens aligned', () => {
    const a = analyse('Markets fell. Investors sold shares on Friday.');
    const tags = tagPos(a);
    expect(a.tokens.map((t, i) => `${t.text}/${tags[i]}`)).toEqual([
      'Markets/NNS', 'fell/VBD', './.', 'Investors/NNS', 'sold/VBD', 'shares/NNS', 'on/IN', 'Friday/NNP', './.',
    ]);
  });

  it('loads a compact model with the Penn tag set', () => {
    const t = loadPosTagger();
    expect(t.model.labels).toContain('NNP');
    expect(t.model.labels).toContain('VBD');
    expect(t.model.labels.length).toBeGreaterThan(40);
  });
});
