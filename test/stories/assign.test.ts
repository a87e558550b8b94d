import { describe, expect, it } from 'vitest';
import { chooseStory, daysApart, profileSimilarity, storyLabel, storyScore, type CandidateStory } from '../../src/stories/assign.js';
import { clusterScores } from '../../src/stories/purity.js';
import { articleFeatures, lshBuckets, minhash, similarity, stem, BANDS, type Feature } from '../../src/stories/signature.js';
import { makeLedger } from '../store/fixtures.js';

const feats = (...keys: string[]): Feature[] => keys.map((key) => ({ key, display: key.slice(2), weight: 1 }));
const story = (storyId: number, size: number, profile: Record<string, number>, last: string | null = '2024-10-20'): CandidateStory =>
  ({ storyId, size, last, profile: new Map(Object.entries(profile)) });

describe('stem', () => {
  it.each([['troops', 'troop'], ['Markets', 'market'], ['stories', 'story'], ['news', 'new'], ['crisis', 'crisis'], ['bus', 'bus'], ['boss', 'boss'], ['us', 'us']])(
    '%s → %s', (w, s) => expect(stem(w)).toBe(s));
});

describe('MinHash signatures', () => {
  it('estimates Jaccard similarity', () => {
    const a = Array.from({ length: 40 }, (_, i) => `t:${i}`);
    const b = [...a.slice(0, 20), ...Array.from({ length: 20 }, (_, i) => `t:x${i}`)];
    expect(similarity(minhash(a), minhash(a))).toBe(1);
    expect(similarity(minhash(a), minhash(b))).toBeGreaterThan(0.2); // true value 20/60 = 0.33
    expect(similarity(minhash(a), minhash(b))).toBeLessThan(0.5);
    expect(similarity(minhash([]), minhash([]))).toBe(0);
  });
  it('gives one bucket per band, equal for equal sets', () => {
    const s = minhash(['e:a', 't:b']);
    expect(lshBuckets(s)).toHaveLength(BANDS);
    expect(lshBuckets(s)).toEqual(lshBuckets(minhash(['t:b', 'e:a'])));
  });
});

describe('articleFeatures', () => {
  it('takes entities (most mentioned first) and key terms, not stop words, months or reporting verbs', () => {
    const l = makeLedger({
      title: 'Troops sent to Russia', published: '2024-10-23',
      body: 'Officials said on Monday in October that North Korea sent troops to Russia. North Korea denied it. Troops were seen in Russia and the troops trained.',
      entities: [['GPE', 'North Korea'], ['GPE', 'Russia']],
    });
    const f = articleFeatures(l).map((x) => x.key);
    expect(f.slice(0, 2)).toEqual(['e:russia', 'e:north korea']);
    expect(f).toContain('t:troop');
    for (const stop of ['t:said', 't:monday', 't:october', 't:official', 't:the']) expect(f).not.toContain(stop);
  });
});

describe('choosing a story', () => {
  it.each([
    ['joins the story whose articles share its features', feats('e:a', 'e:b', 't:c', 't:d'), [story(1, 2, { 'e:a': 2, 'e:b': 2, 't:c': 1 }), story(2, 3, { 't:d': 1 })], { storyId: 1, merge: [] }],
    ['starts a new story below the join score', feats('e:a', 't:x', 't:y', 't:z', 't:w', 't:v', 't:u'), [story(1, 4, { 'e:a': 2 })], { storyId: null, merge: [] }],
    ['merges two stories it fits whose profiles are alike, into the older', feats('e:a', 'e:b', 't:c'),
      [story(5, 2, { 'e:a': 2, 'e:b': 2 }), story(3, 1, { 'e:a': 1, 'e:b': 1, 't:c': 1 })], { storyId: 3, merge: [5] }],
    ['does not merge stories that only share the article', feats('e:a', 'e:b', 'e:c', 'e:d'),
      [story(1, 1, { 'e:a': 1, 'e:b': 1 }), story(2, 1, { 'e:c': 1, 'e:d': 1 })], { storyId: 1, merge: [] }],
  ])('%s', (_n, f, cands, expected) => {
    const profiles = new Map<number, Map<string, number>>([
      [1, new Map([['e:a', 2], ['e:b', 2], ['t:q', 1]])], [2, new Map([['e:c', 1], ['e:d', 1], ['t:r', 1]])],
      [3, new Map([['e:a', 1], ['e:b', 1], ['t:c', 1]])], [5, new Map([['e:a', 2], ['e:b', 2], ['t:c', 1]])],
    ]);
    const sizes = new Map(cands.map((c) => [c.storyId, c.size]));
    expect(chooseStory(f, '2024-10-21', cands, undefined, (id) => ({ size: sizes.get(id)!, top: profiles.get(id)! }))).toMatchObject(expected);
  });
  it('scores the share of the article\'s features in the story, weighted by how many of its articles have them', () => {
    expect(storyScore(feats('e:a', 'e:b'), story(1, 4, { 'e:a': 4, 'e:b': 2 }))).toBe(0.75);
    expect(storyScore([], story(1, 4, {}))).toBe(0);
  });
  it('discounts a story gone cold', () => {
    const f = feats('e:a', 'e:b');
    const hot = chooseStory(f, '2024-10-21', [story(1, 1, { 'e:a': 1 }, '2024-10-20')]);
    const cold = chooseStory(f, '2025-06-01', [story(1, 1, { 'e:a': 1 }, '2024-10-20')]);
    expect(hot.score).toBe(0.5);
    expect(cold.score).toBeCloseTo(0.4, 10);
  });
  it.each([['2024-10-20', '2024-10-27', 7], ['2024-10', '2024-10-15', 0], [null, '2024-10-01', null], ['soon', '2024-10-01', null]])(
    'daysApart(%s, %s) = %s', (a, b, d) => expect(daysApart(a, b)).toBe(d));
  it('measures profile similarity as a cosine', () => {
    const a = { size: 2, top: new Map([['e:a', 2], ['e:b', 1]]) };
    expect(profileSimilarity(a, a)).toBeCloseTo(1, 10);
    expect(profileSimilarity(a, { size: 1, top: new Map([['e:c', 1]]) })).toBe(0);
  });
});

describe('storyLabel', () => {
  it.each([
    [[['e:russia', 'Russia', 17], ['t:korean', 'korean', 17], ['e:north korean', 'North Korean', 16], ['e:korean', 'Korean', 15], ['e:ukraine', 'Ukraine', 12]], 'Russia · North Korean · Ukraine'],
    [[['e:apple', 'Apple', 4], ['e:iphone', 'iPhone', 1], ['t:launch', 'launch', 2]], 'Apple · launch'],
    [[['t:storm', 'storm', 2], ['t:rain', 'rain', 2]], 'rain · storm'],
    [[], '(untitled)'],
  ])('%j → %s', (terms, label) => {
    expect(storyLabel((terms as Array<[string, string, number]>).map(([key, display, n]) => ({ key, display, n })))).toBe(label);
  });
});

describe('clusterScores', () => {
  it.each([
    [[['a', 'a'], ['b', 'b']], 1, 1],
    [[['a', 'b'], ['b', 'b']], 0.75, 0.75],
    [[['a'], ['a'], ['b']], 1, 2 / 3],
    [[['a', 'a', 'b', 'b']], 0.5, 1],
  ])('%j → purity %d, inverse %d', (clusters, p, ip) => {
    const s = clusterScores(clusters);
    expect(s.purity).toBeCloseTo(p, 10);
    expect(s.inversePurity).toBeCloseTo(ip, 10);
  });
});
