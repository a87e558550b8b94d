import { describe, expect, it } from 'vitest';
import { loadNameTagger } from '../../../src/extract/entities/model.js';
import { NAME_SEED, nameStep } from '../../../src/extract/entities/names.js';
import { GAZ_BITS, NER_MAX_STATIC, nameTokenHash, prepareDocument } from '../../../src/extract/entities/tagger.js';

const key = (phrase: string) => phrase.split(' ').reduce((h, w) => nameStep(h, nameTokenHash(w)), NAME_SEED);

describe('the gazetteer and document features of the name tagger', () => {
  const tagger = loadNameTagger();

  it('the committed tagger has its gazetteer (names and head words from the compromise lexicon)', () => {
    const gaz = tagger.gaz!;
    expect(gaz).not.toBeNull();
    expect(gaz.get(key('John'))![0] & GAZ_BITS.first).toBeTruthy();
    expect(gaz.get(key('Amsterdam'))![0] & GAZ_BITS.city).toBeTruthy();
    expect(gaz.get(key('Association'))![0] & GAZ_BITS.orgWord).toBeTruthy();
    expect(gaz.get(key('the'))).toBeUndefined();
  });

  it('a head word at the end of a run of capitalised words marks the whole run', () => {
    const withHead = prepareDocument([['the', 'League', 'of', 'Women', 'Voters', 'Association', 'said']], tagger.clusters, tagger.names, tagger.gaz);
    const without = prepareDocument([['the', 'League', 'of', 'Women', 'Voters', 'Mandela', 'said']], tagger.clusters, tagger.names, tagger.gaz);
    expect(withHead.nfeats[1]).toBe(without.nfeats[1] + 1);
  });

  it('a topic line ("SOCCER -") adds features to the capitalised words of the document only', () => {
    const topic = prepareDocument([['SOCCER', '-', 'RESULTS'], ['Japan', 'beat', 'Syria']], tagger.clusters, tagger.names, tagger.gaz);
    const none = prepareDocument([['SOCCER', ':', 'RESULTS'], ['Japan', 'beat', 'Syria']], tagger.clusters, tagger.names, tagger.gaz);
    expect(topic.nfeats[3]).toBe(none.nfeats[3] + 5); // Japan: the four topic features and the topic with the row pattern
    expect(topic.nfeats[4]).toBe(none.nfeats[4]); // beat
  });

  // The row pattern of a short sentence: runs of capitalised words, of numbers and of other tokens
  // (lower-case words and punctuation), with the run the token stands in. [sentence A, token i, sentence B, token j, same feature?]
  const ROWS: Array<[string, number, string, number, boolean]> = [
    ['Sale 31 Wasps 33', 0, 'Dunvant 21 Ebbw Vale 10', 0, true], // first team of a results row
    ['Sale 31 Wasps 33', 2, 'Dunvant 21 Ebbw Vale 10', 3, true], // second team, one word or two
    ['Sale 31 Wasps 33', 0, 'Sale 31 Wasps 33', 2, false], // another run of the same row
    ['Sale 31 Wasps 33', 0, 'Sale , Wasps 33', 0, false], // another pattern
    ['Sale beat Wasps 33', 0, 'Sale , Wasps 33', 0, true], // a lower-case word and a comma are of one kind
    ['Barcelona 10 7 2 1 24 10 23', 0, 'Zelenec 6 4 1 1 12 5 13', 0, true], // a standings row: the numbers are one run
    ['Barcelona 10 7 2 1 24 10 23', 0, 'Barcelona -2 7 2 1 24 10 23', 0, true], // a signed number is a number
  ];
  const rowFeature = (sentence: string, i: number): Set<number> => {
    const d = prepareDocument([sentence.split(' ')], tagger.clusters, tagger.names, tagger.gaz);
    return new Set(d.feats.subarray(i * NER_MAX_STATIC, i * NER_MAX_STATIC + d.nfeats[i]));
  };
  it.each(ROWS)('row pattern: %s [%i] and %s [%i] share it: %s', (a, i, b, j, same) => {
    const fa = rowFeature(a, i);
    const fb = rowFeature(b, j);
    const shared = [...fa].filter((f) => fb.has(f));
    // Other features are shared too (bias, shapes); the row's feature is the one told apart by the pattern.
    const withOwnPattern = rowFeature(a + ' ' + Array(14).fill('x ,').join(' '), i); // too long a sentence: no row feature
    const rowOnly = [...fa].filter((f) => !withOwnPattern.has(f));
    expect(rowOnly.length).toBeGreaterThan(0);
    expect(rowOnly.some((f) => shared.includes(f))).toBe(same);
  });

  it('a sentence of more than twelve runs has no row pattern: a far word of another kind changes nothing', () => {
    const feats = (sentence: string) => [...rowFeature(sentence, 0)].sort();
    const long = 'Ajax beat Porto , Celtic beat Rangers , Lazio beat Roma , Inter beat Milan';
    expect(feats(long.replace('Inter', 'inter'))).toEqual(feats(long)); // 15 runs, then 13
    const short = 'Ajax beat Porto , Inter beat Milan';
    expect(feats(short.replace('Inter', 'inter'))).not.toEqual(feats(short)); // 7 runs, then 5
  });
});
