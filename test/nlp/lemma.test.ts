import { describe, expect, it } from 'vitest';
import { looksPlural, nounLemma } from '../../src/nlp/lemma.js';

describe('nounLemma', () => {
  const cases: [string, string][] = [
    ['troops', 'troop'], ['Soldiers', 'soldier'], ['casualties', 'casualty'], ['women', 'woman'], ['men', 'man'],
    ['children', 'child'], ['analyses', 'analysis'], ['crises', 'crisis'], ['boxes', 'box'], ['churches', 'church'],
    ['wishes', 'wish'], ['taxes', 'tax'], ['lives', 'life'], ['knives', 'knife'], ['moves', 'move'], ['archives', 'archive'],
    ['days', 'day'], ['keys', 'key'], ['buses', 'bus'], ['viruses', 'virus'], ['businesses', 'business'], ['houses', 'house'],
    ['missiles', 'missile'], ['drones', 'drone'], ['refugees', 'refugee'], ['tanks', 'tank'], ['loans', 'loan'],
    ['people', 'people'], ['police', 'police'], ['aircraft', 'aircraft'], ['species', 'species'], ['news', 'news'],
    ['status', 'status'], ['gas', 'gas'], ['loss', 'loss'], ['famous', 'famous'], ['analysis', 'analysis'],
    ['physics', 'physics'], ['bus', 'bus'], ['soldier', 'soldier'], ['heroes', 'hero'], ['shoes', 'shoe'], ['votes', 'vote'],
    ['prices', 'price'], ['sources', 'source'], ['ounces', 'ounce'], ['cities', 'city'], ['deaths', 'death'], ['arms', 'arms'],
    ['its', 'its'], ['yes', 'yes'],
  ];
  it.each(cases)('%s → %s', (w, l) => expect(nounLemma(w)).toBe(l));
});

describe('looksPlural', () => {
  const cases: [string, boolean][] = [
    ['troops', true], ['people', true], ['women', true], ['police', true], ['soldier', false], ['loss', false],
    ['status', false], ['package', false], ['analysis', false], ['casualties', true], ['crises', true],
  ];
  it.each(cases)('%s → %s', (w, p) => expect(looksPlural(w)).toBe(p));
});
