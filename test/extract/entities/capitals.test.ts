import { describe, expect, it } from 'vitest';
import { describeEntities } from './helpers.js';

// Capitals stand for their state when they act; they stay places after "in", "to", "visit" …
const CASES: Array<[string, string[]]> = [
  ['Moscow denied the claims on Tuesday, saying the report was false.', ['GPE Russia: Moscow@0']],
  ['Beijing has warned Washington against further arms sales to Taiwan.', ['GPE China: Beijing@0', 'GPE United States: Washington@19', 'GPE Taiwan: Taiwan@60']],
  ['The delegation flew to Moscow on Monday for talks with Russian officials.', ['GPE Moscow: Moscow@23', 'NORP Russian: Russian@55']],
  ['Tehran said it would retaliate, while the talks in Tehran were suspended.', ['GPE Iran: Tehran@0', 'GPE Tehran: Tehran@51']],
  ['Japanese Prime Minister Fumio Kishida will visit Washington next month, Tokyo said.', ['GPE Washington: Washington@49', 'GPE Japan: Tokyo@72']],
  ['Kenyan President William Ruto said Nairobi would host the summit.', ['GPE Kenya: Nairobi@35']],
  ['Russia said the drones were shot down, and Moscow blamed Kyiv.', ['GPE Russia: Russia@0, Moscow@43', 'GPE Ukraine: Kyiv@57']],
  // a capital joined to a capital that is a place is a place too; joined to one that acts, it acts
  ['He reached Mexico via Moscow and Paris.', ['GPE Moscow: Moscow@22', 'GPE Paris: Paris@33']],
  ['Moscow and Paris said the talks would go on.', ['GPE Russia: Moscow@0', 'GPE France: Paris@11']],
];

describe('capitals acting for their state', () => {
  it.each(CASES)('%s', (text, expected) => {
    const { lines, badSpans } = describeEntities(text);
    expect(badSpans).toEqual([]);
    for (const e of expected) expect(lines).toContain(e);
  });
});
