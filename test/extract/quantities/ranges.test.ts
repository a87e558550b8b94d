import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('ranges', () => {
  const cases: [string, string, number, number, number, string | null][] = [
    // sentence, span, start, low, high, unit
    ['Between 10,000 and 12,000 troops are there.', 'Between 10,000 and 12,000', 0, 10000, 12000, 'troop'],
    ['It sent 10,000-12,000 troops.', '10,000-12,000', 8, 10000, 12000, 'troop'],
    ['Estimates put it at 11,000 to 12,000 soldiers.', '11,000 to 12,000', 20, 11000, 12000, 'soldier'],
    ['The cost is between 10 and 12 million dollars.', 'between 10 and 12 million dollars', 12, 10e6, 12e6, 'USD'],
    ['Aid of $10-12 billion was discussed.', '$10-12 billion', 7, 10e9, 12e9, 'USD'],
    ['Prices rose 15-20% this year.', '15-20%', 12, 15, 20, '%'],
    ['Output grew from 5 to 7 million barrels.', 'from 5 to 7 million barrels', 12, 5e6, 7e6, 'bbl'],
    ['The plane seats 200-250 passengers.', '200-250', 16, 200, 250, 'passenger'],
    ['Two or three soldiers were hurt.', 'Two or three', 0, 2, 3, 'soldier'],
    // a bare number after money takes its currency and scale
    ['Contracts bring in US$ 300 to 350 million a year.', 'US$ 300 to 350 million', 19, 300e6, 350e6, 'USD'],
    ['The act offers a US$ 3,000 to 5,000 rebate.', 'US$ 3,000 to 5,000', 17, 3000, 5000, 'USD'],
  ];
  it.each(cases)('%s', (text, span, start, low, high, unit) => {
    const qs = figures(text);
    expect(qs).toHaveLength(1);
    expect([qs[0].text, qs[0].start, qs[0].approx, qs[0].unit]).toEqual([span, start, 'range', unit]);
    expect(qs[0].value).toBeCloseTo(low, 6);
    expect(qs[0].high).toBeCloseTo(high, 6);
  });

  it('"3,000 troops to 5,000 …" is two figures, not a range', () => {
    expect(figures('They moved 3,000 troops to 5,000 positions.').map((q) => q.approx)).toEqual(['exact', 'exact']);
  });
});
