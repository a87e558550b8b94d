import { describe, expect, it } from 'vitest';
import { describeEntities } from './helpers.js';

// GPE (states, cities) vs LOC (regions, seas, "southern Pakistan") vs NORP (peoples, tied to their country).
// text → entities expected among the output ("TYPE Canonical: mention@offset, …")
const CASES: Array<[string, string[]]> = [
  ['Israeli troops entered the Gaza Strip as Palestinian militants fired rockets.', ['NORP Israeli: Israeli@0', 'LOC Gaza Strip: Gaza Strip@27', 'NORP Palestinian: Palestinian@41']],
  ['Chinese and Indian troops clashed along the border, Indian officials said.', ['NORP Chinese: Chinese@0', 'NORP Indian: Indian@12, Indian@52']],
  ['Floods hit southern Pakistan and northern India this week.', ['LOC southern Pakistan: southern Pakistan@11', 'LOC northern India: northern India@33']],
  ['The Danube River burst its banks in Hungary.', ['LOC Danube River: Danube River@4', 'GPE Hungary: Hungary@36']],
  ['European leaders met in Brussels.', ['LOC Europe: European@0', 'GPE Brussels: Brussels@24']],
  ['Europe and Asia are bracing for a slowdown, as the Mediterranean heats up.', ['LOC Europe: Europe@0', 'LOC Asia: Asia@11', 'LOC Mediterranean: Mediterranean@51']],
  ['Hundreds of Afghans fled to Iran, the Afghan government said.', ['NORP Afghan: Afghans@12, Afghan@38', 'GPE Iran: Iran@28']],
  ['Brazilian farmers protested in Brasilia against the new tax.', ['NORP Brazilian: Brazilian@0', 'GPE Brasilia: Brasilia@31']],
  ['North Korean soldiers were sent to Russia, Seoul said.', ['NORP North Korean: North Korean@0', 'GPE Russia: Russia@35']],
  // a town before an AP-style state is a place
  ['It comes from Kevin McKinley, a financial adviser in Eau Claire, Wis. And it is simple.', ['GPE Eau Claire: Eau Claire@53', 'GPE Wisconsin: Wis@65']],
];

// NORP entity → the country it is tied to
const TIES: Array<[string, string, string]> = [
  ['North Korean soldiers were sent to Russia.', 'North Korean', 'North Korea'],
  ['Chinese and Indian troops clashed along the border.', 'Indian', 'India'],
  ['Hundreds of Afghans fled to Iran.', 'Afghan', 'Afghanistan'],
  ['Israeli troops entered the Gaza Strip.', 'Israeli', 'Israel'],
  ['Brazilian farmers protested.', 'Brazilian', 'Brazil'],
];

describe('entity types', () => {
  it.each(CASES)('%s', (text, expected) => {
    const { lines, badSpans } = describeEntities(text);
    expect(badSpans).toEqual([]);
    for (const e of expected) expect(lines).toContain(e);
  });

  it.each(TIES)('%s: %s → %s', (text, norp, country) => {
    const { entities } = describeEntities(text);
    const e = entities.find((x) => x.type === 'NORP' && x.canonical === norp);
    expect(e?.country).toBe(country);
  });

  it('numbers entities e1, e2 … in order of first mention', () => {
    const { entities } = describeEntities('Germany summoned the ambassador of North Korea after Russia protested.');
    expect(entities.map((e) => `${e.id} ${e.canonical}`)).toEqual(['e1 Germany', 'e2 North Korea', 'e3 Russia']);
  });
});
