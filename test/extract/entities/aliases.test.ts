import { describe, expect, it } from 'vitest';
import { describeEntities } from './helpers.js';

// Canonical names and aliases within one document.
const CASES: Array<[string, string[]]> = [
  ['The US and the U.K. issued a joint statement, and the United States promised aid.', ['GPE United States: US@4, United States@54', 'GPE United Kingdom: U.K.@15']],
  ['The Federal Bureau of Investigation (FBI) opened an inquiry. The FBI declined to comment.', ['ORG Federal Bureau of Investigation: Federal Bureau of Investigation@4, FBI@37, FBI@65']],
  ['Antonio Guterres urged restraint. The UN chief said the United Nations would send observers.', ['PER Antonio Guterres: Antonio Guterres@0', 'ORG United Nations: UN@38, United Nations@56']],
  ['Senator Elizabeth Warren criticised the bank. Warren said its chief executive must resign.', ['PER Elizabeth Warren: Elizabeth Warren@8, Warren@46']],
  ['Angela Merkel, who led Germany for 16 years, said she had no regrets. Merkel spoke in Berlin.', ['PER Angela Merkel: Angela Merkel@0, Merkel@70', 'GPE Germany: Germany@23', 'GPE Berlin: Berlin@86']],
  ['The International Monetary Fund cut its forecast. The IMF now expects growth of 2.9 percent.', ['ORG International Monetary Fund: International Monetary Fund@4, IMF@54']],
  ['Indian Foreign Ministry spokesman Randhir Jaiswal said talks would continue.', ['ORG Ministry of Foreign Affairs of India: Indian Foreign Ministry@0', 'PER Randhir Jaiswal: Randhir Jaiswal@34']],
  ['Steve Jobs unveiled the phone. Steve said it would change everything.', ['PER Steve Jobs: Steve Jobs@0, Steve@31']],
  ['Analysts at the Central Intelligence Agency disagreed, and the CIA said so.', ['ORG Central Intelligence Agency: Central Intelligence Agency@16, CIA@63']],
];

describe('canonical names and aliases', () => {
  it.each(CASES)('%s', (text, expected) => {
    const { lines, badSpans } = describeEntities(text);
    expect(badSpans).toEqual([]);
    for (const e of expected) expect(lines).toContain(e);
  });

  it('keeps two people who share no name apart', () => {
    const { entities } = describeEntities('Joe Biden called Vladimir Putin on Tuesday. Biden said the call went well.');
    const people = entities.filter((e) => e.type === 'PER').map((e) => `${e.canonical}: ${e.mentions.map((m) => m.text).join(', ')}`);
    expect(people).toEqual(['Joe Biden: Joe Biden, Biden', 'Vladimir Putin: Vladimir Putin']);
  });
});
