import { describe, expect, it } from 'vitest';
import { count, scoreSeed, type Gold } from '../../eval/scorers/seed.js';
import { LEDGER_FORMAT, type Ledger } from '../../src/ledger/types.js';

const text = 'Storm hits\n\nOn Monday, the ministry said at least 12 people died. Mayor Ana Ortiz warned more rain was coming.';
const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });

const gold: Gold = {
  entities: {
    PER: [{ canonical: 'Ana Ortiz', mentions: ['Ana Ortiz'], role: 'Mayor' }],
    ORG: [{ canonical: 'Ministry of the Interior', mentions: ['the ministry'] }],
  },
  claims: [
    { source: 'Ministry of the Interior', cue: 'said', content: 'at least 12 people died', direct_quote: false, stance: 'assert', hedged: false },
    { source: 'Ana Ortiz', cue: 'warned', content: 'more rain was coming', direct_quote: false, stance: 'warn', hedged: false },
  ],
  quantities: [{ text: 'at least 12', value: 12, approx: 'at_least', unit: 'people', counts: 'people who died' }],
  dates: [{ text: 'On Monday', value: '2024-10-21' }],
  events: [],
};

function ledger(overrides: Partial<Ledger> = {}): Ledger {
  return {
    format: LEDGER_FORMAT,
    document: { id: 'sha256:x', title: 'Storm hits', published: '2024-10-23', url: null, outlet: null, text, body_start: 12, removed: [] },
    entities: [
      { id: 'e1', type: 'ORG', canonical: 'ministry', role: null, mentions: [at('ministry')] },
      { id: 'e2', type: 'PER', canonical: 'Ana Ortiz', role: 'Mayor', mentions: [at('Ana Ortiz')] },
    ],
    times: [{ id: 't1', ...at('Monday'), type: 'DATE', value: '2024-10-21', mod: null }],
    quantities: [{ id: 'q1', ...at('at least 12'), value: 12, high: null, approx: 'at_least', delta: false, unit: 'people', counts: at('people'), claim: 'c1' }],
    claims: [
      { id: 'c1', source: { text: 'the ministry', start: at('the ministry').start, end: at('the ministry').end, entity: 'e1', role: null }, cue: at('said'), content: at('at least 12 people died'), direct: false, stance: 'assert', hedged: false, time: 't1', via: null },
      { id: 'c2', source: { text: 'Ana Ortiz', start: at('Ana Ortiz').start, end: at('Ana Ortiz').end, entity: 'e2', role: 'Mayor' }, cue: at('warned'), content: at('more rain was coming'), direct: false, stance: 'assert', hedged: true, time: null, via: null },
    ],
    events: [],
    ...overrides,
  };
}

describe('scoreSeed', () => {
  it('counts claims whose source matches a gold name or mention, and their stance and hedging', () => {
    const s = scoreSeed(ledger(), gold);
    expect(count(s.claimsFound)).toBe(2);
    expect(count(s.claimsStance)).toBe(1); // c2 has stance assert and hedged, gold says warn, not hedged
  });
  it('a claim with the wrong source does not count', () => {
    const l = ledger();
    l.claims[1] = { ...l.claims[1], source: { text: 'the ministry', start: null, end: null, entity: 'e1', role: null } };
    expect(count(scoreSeed(l, gold).claimsFound)).toBe(1);
  });
  it('a claim whose content overlaps less than half is not found', () => {
    const l = ledger();
    l.claims[0] = { ...l.claims[0], content: at('people died') };
    expect(count(scoreSeed(l, gold).claimsFound)).toBe(1);
  });
  it('figures need the value and approximator; dates the TIMEX3 value of an overlapping expression', () => {
    expect(count(scoreSeed(ledger(), gold).figures)).toBe(1);
    expect(count(scoreSeed(ledger(), gold).dates)).toBe(1);
    const l = ledger({ quantities: [{ ...ledger().quantities[0], approx: 'exact' }], times: [{ ...ledger().times[0], value: '2024-10-28' }] });
    expect(count(scoreSeed(l, gold).figures)).toBe(0);
    expect(count(scoreSeed(l, gold).dates)).toBe(0);
  });
  it('people by canonical name, roles by their text', () => {
    const s = scoreSeed(ledger(), gold);
    expect(count(s.people)).toBe(1);
    expect(count(s.roles)).toBe(1);
    expect(count(s.entities)).toBe(1); // "ministry" is not the canonical "Ministry of the Interior"
  });
});
