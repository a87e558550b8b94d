import { describe, expect, it } from 'vitest';
import { capitalOf, isRegion, matchPlaces, placeEntry } from '../../../src/nlp/lexicon/places.js';
import { isRoleNoun } from '../../../src/nlp/lexicon/roles.js';

// phrase → kind and the country it stands for (null: not in the lexicon)
const ENTRIES: Array<[string, string | null]> = [
  ['North Korean', 'demonym North Korea'],
  ['Russians', 'demonym Russia'],
  ['U.S.', 'country United States'],
  ['United States of America', 'country United States'],
  ["Democratic People's Republic of Korea", 'country North Korea'],
  ['Britain', 'country United Kingdom'],
  ['Pyongyang', 'capital North Korea'],
  ['Kyiv', 'country Ukraine'],
  ['Texas', 'state Texas'],
  ['Middle East', 'region Middle East'],
  ['European', 'demonym Europe'],
  ['Palestinian', 'demonym Palestine'],
  ['Trinity Audio', null],
];

describe('place lexicon', () => {
  it.each(ENTRIES)('%s', (phrase, expected) => {
    const e = placeEntry(phrase);
    expect(e ? `${e.kind} ${e.country}` : null).toBe(expected);
  });

  it('knows capitals of independent states, "Washington" for Washington D.C. included', () => {
    expect(capitalOf('Moscow')).toBe('Russia');
    expect(capitalOf('Washington')).toBe('United States');
    expect(capitalOf('Douglas')).toBeUndefined();
    expect(capitalOf('Vladivostok')).toBeUndefined();
  });

  it('tells regions from states', () => {
    expect(isRegion('Europe')).toBe(true);
    expect(isRegion('Gaza Strip')).toBe(true);
    expect(isRegion('Germany')).toBe(false);
  });

  it('matches longest first, left to right, over lower-cased words', () => {
    const words = 'troops of north korea and south korea met in the middle east'.split(' ');
    expect(matchPlaces(words).map((m) => `${m.start}-${m.end} ${m.entry.kind} ${m.entry.country}`)).toEqual([
      '2-4 country North Korea', '5-7 country South Korea', '10-12 region Middle East',
    ]);
  });
});

describe('role nouns', () => {
  it.each([['spokeswoman', true], ['presidents', true], ['lawmaker', true], ['troops', false], ['said', false]] as const)('%s → %s', (w, yes) => {
    expect(isRoleNoun(w)).toBe(yes);
  });
});
