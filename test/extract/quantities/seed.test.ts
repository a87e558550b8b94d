import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedPath } from '../../../eval/paths.js';
import { figures } from './helpers.js';

const article = seedPath('article.txt');

describe.skipIf(!article)('the seed article (../shared/examples/seed; skipped when absent)', () => {
  it('finds the seven gold figures with value, approximator, delta and what they count', () => {
    const text = readFileSync(article!, 'utf8');
    const got = figures(text).map((q) => [q.text, q.value, q.approx, q.delta, q.unit, q.counts?.text ?? null]);
    expect(got).toEqual([
      ['Over 3,000', 3000, 'more_than', false, 'troop', 'North Korean Troops'],
      ['at least 3,000', 3000, 'at_least', false, 'soldier', 'North Korean soldiers'],
      ['$50 billion', 5e10, 'exact', false, 'USD', 'loan package'],
      ['an additional 1,500', 1500, 'exact', true, 'troop', 'North Korean troops'],
      ['3,000', 3000, 'exact', false, 'troop', 'North Korean troops'],
      ['up to 10,000', 10000, 'up_to', false, 'troop', 'troops'],
      ['$50 billion', 5e10, 'exact', false, 'USD', 'loans'],
    ]);
  });
});
