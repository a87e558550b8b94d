import { describe, expect, it } from 'vitest';
import { loadNameTagger } from '../../../src/extract/entities/model.js';
import { NAME_SEED, nameStep } from '../../../src/extract/entities/names.js';
import { GAZ_BITS, nameTokenHash, prepareDocument } from '../../../src/extract/entities/tagger.js';

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
    expect(topic.nfeats[3]).toBe(none.nfeats[3] + 4); // Japan
    expect(topic.nfeats[4]).toBe(none.nfeats[4]); // beat
  });
});
