import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAME_SEED, NameListBuilder, nameStep, StaticNameList } from '../../../src/extract/entities/names.js';
import { nameTokenHash } from '../../../src/extract/entities/tagger.js';

const key = (words: string[]) => words.map(nameTokenHash).reduce((h, t) => nameStep(h, t), NAME_SEED);

describe('name list derived from training names', () => {
  const b = new NameListBuilder(3);
  b.add(0, ['New', 'York'].map(nameTokenHash), 2);
  b.add(1, ['New', 'York'].map(nameTokenHash), 2);
  b.add(1, ['new', 'york', 'times'].map(nameTokenHash), 1);
  b.add(2, ['Reuters'].map(nameTokenHash), 1);
  b.add(2, ['Reuters'].map(nameTokenHash), 3);
  b.add(0, ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(nameTokenHash), 0); // longer than NAME_MAX_TOKENS: ignored

  it.each([
    // words, fold excluded (-1: none), expected counts PER ORG LOC MISC (null: absent)
    [['New', 'York'], -1, [0, 0, 2, 0]],
    [['NEW', 'YORK'], -1, [0, 0, 2, 0]],
    [['New', 'York'], 0, [0, 0, 1, 0]],
    [['New', 'York', 'Times'], 1, null],
    [['New', 'York', 'Times'], 0, [0, 1, 0, 0]],
    [['Reuters'], 1, [0, 1, 0, 1]],
    [['Reuters'], 2, null],
    [['York'], -1, null],
    [['a', 'b', 'c', 'd', 'e', 'f', 'g'], -1, null],
  ] as const)('%j without fold %i → %j', (words, fold, counts) => {
    const list = fold < 0 ? b.list() : b.without(fold);
    const c = list.get(key([...words]));
    expect(c ? Array.from(c) : null).toEqual(counts);
  });

  it('saves and loads the same counts', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'names-')), 'names.bin');
    b.list().save(path);
    const back = StaticNameList.load(path);
    expect(back.size).toBe(3);
    expect(Array.from(back.get(key(['New', 'York', 'Times']))!)).toEqual([0, 1, 0, 0]);
    expect(Array.from(back.get(key(['Reuters']))!)).toEqual([0, 1, 0, 1]);
  });
});
