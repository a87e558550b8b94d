/** Hedging: cue and content → hedged or not. */
import { describe, expect, it } from 'vitest';
import { isHedged } from '../../../src/extract/attribution/lexicon.js';
import { claimsOf } from './helpers.js';

const CASES: Array<[string, string, boolean]> = [
  ['said', 'the talks may resume', true],
  ['said', 'the talks might resume', true],
  ['warned', 'the war could spread', true],
  ['said', 'the U.S. is unsure if the troops will fight', true],
  ['There are also indications that', 'the army will withdraw', true],
  ['suggested', 'the economy is slowing', true],
  ['said', 'the minister reportedly resigned', true],
  ['said', 'the suspect is believed to have fled', true],
  ['said', 'the bridge would reopen in May', false],
  ['said', 'the troops would be legitimate targets if they fight', false],
  ['indicated', 'the funds will come from frozen assets', false],
  ['said', 'he believed in the plan', false],
  ['revealed', 'the soldiers had arrived', false],
];

describe('isHedged', () => {
  for (const [cue, content, want] of CASES) it(`${cue} | ${content} → ${want}`, () => expect(isHedged(cue, content)).toBe(want));
});

describe('hedging of extracted claims', () => {
  it('"Experts suggest … may" is hedged; "X said … will" is not', () => {
    const text = 'Experts suggest that the rebels may be seeking weapons. The minister said the army will withdraw.';
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.cue.text, c.hedged])).toEqual([['suggest', true], ['said', false]]);
    expect(claims[0].content.start).toBe(text.indexOf('the rebels'));
  });
});
