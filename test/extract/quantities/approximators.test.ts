import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';
import type { Approx } from '../../../src/ledger/types.js';

describe('scaled decimals', () => {
  it.each([
    ['Edmunds expects 16.6 million vehicles will be sold this year.', 16600000],
    ['The deficit reached $1.3 trillion.', 1.3e12],
    ['The fund holds 4.35 billion euros.', 4.35e9],
  ] as Array<[string, number]>)('%s is exactly %d, without float noise', (text, value) => {
    expect(figures(text)[0].value).toBe(value);
  });
});

describe('approximators and deltas', () => {
  const cases: [string, string, number, number, Approx, boolean][] = [
    // sentence, span, start, value, approx, delta
    ['At least 3,000 soldiers were sent.', 'At least 3,000', 0, 3000, 'at_least', false],
    ['Officials said more than 200 people died.', 'more than 200', 15, 200, 'more_than', false],
    ['Over 5,000 Troops Deployed To Border', 'Over 5,000', 0, 5000, 'more_than', false],
    ['It could send up to 10,000 troops by December.', 'up to 10,000', 14, 10000, 'up_to', false],
    ['Nearly 14,000 employees struck.', 'Nearly 14,000', 0, 14000, 'less_than', false],
    ['Almost 40 percent voted.', 'Almost 40 percent', 0, 40, 'less_than', false],
    ['Fewer than 100 migrants arrived.', 'Fewer than 100', 0, 100, 'less_than', false],
    ['The army has about 1.2 million soldiers.', 'about 1.2 million', 13, 1.2e6, 'about', false],
    ['Police detained some 300 protesters.', 'some 300', 16, 300, 'about', false],
    ['Roughly $4 billion was spent.', 'Roughly $4 billion', 0, 4e9, 'about', false],
    ['As many as 70 people were hurt.', 'As many as 70', 0, 70, 'up_to', false],
    ['They seized 500 rifles or more.', '500', 12, 500, 'at_least', false],
    ['An additional 1,500 troops were deployed.', 'An additional 1,500', 0, 1500, 'exact', true],
    ['Another 2,000 refugees crossed overnight.', 'Another 2,000', 0, 2000, 'exact', true],
    ['Kyiv asked for 1,000 more shells.', '1,000', 15, 1000, 'exact', true],
    ['A further $7 billion was pledged.', 'A further $7 billion', 0, 7e9, 'exact', true],
    ['The toll rose by 30 overnight.', '30', 17, 30, 'exact', true],
    // vague amounts: at least the unit they name; "several", "a few" about three of them
    ['Tens of thousands of people marched.', 'Tens of thousands', 0, 10000, 'at_least', false],
    ['Hundreds of thousands fled the city.', 'Hundreds of thousands', 0, 100000, 'at_least', false],
    ['Thousands of workers lost jobs.', 'Thousands', 0, 1000, 'at_least', false],
    ['Millions of Americans will lose their homes.', 'Millions', 0, 1e6, 'at_least', false],
    ['Several thousand soldiers remain.', 'Several thousand', 0, 3000, 'about', false],
    ['Dozens of villages were shelled.', 'Dozens', 0, 12, 'at_least', false],
    ['It could run into a few hundred million US dollars.', 'a few hundred million US dollars', 18, 3e8, 'about', false],
  ];
  it.each(cases)('%s', (text, span, start, value, approx, delta) => {
    const q = figures(text).find((x) => x.start === start);
    expect(q, `no figure at ${start}`).toBeDefined();
    expect(q!.text.startsWith(span)).toBe(true);
    expect(q!.value).toBeCloseTo(value, 6);
    expect(q!.approx).toBe(approx);
    expect(q!.delta).toBe(delta);
  });

  it('"or more" joins the span when it follows the number', () => {
    const q = figures('Officials expect 5,000 or more to attend.')[0];
    expect([q.text, q.start, q.approx]).toEqual(['5,000 or more', 17, 'at_least']);
  });

  it('a total counts what the figure before it counted', () => {
    const qs = figures('An additional 1,500 North Korean troops were deployed, raising the total to 3,000.');
    expect(qs.map((q) => [q.text, q.value, q.delta, q.unit, q.counts?.text])).toEqual([
      ['An additional 1,500', 1500, true, 'troop', 'North Korean troops'],
      ['3,000', 3000, false, 'troop', 'North Korean troops'],
    ]);
    expect(qs[1].start).toBe(76);
  });
});
