import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';
import { findMoney } from '../../../src/extract/quantities/measures.js';

describe('money in news', () => {
  const cases: [string, string, number, number, string][] = [
    // sentence, span, start, value, unit
    ['Allies announced a $50 billion loan package.', '$50 billion', 19, 5e10, 'USD'],
    ['Seoul pledged ₩1.2tn in aid.', '₩1.2tn', 14, 1.2e12, 'KRW'],
    ['The fund holds US$ 10 billion in bonds.', 'US$ 10 billion', 15, 1e10, 'USD'],
    ['It was fined €2m on Friday.', '€2m', 13, 2e6, 'EUR'],
    ['Debts reached £1.5bn last year.', '£1.5bn', 14, 1.5e9, 'GBP'],
    ['Moscow set aside 420 billion rubles for it.', '420 billion rubles', 17, 4.2e11, 'RUB'],
    ['Toyota earned 2.5 trillion yen.', '2.5 trillion yen', 14, 2.5e12, 'JPY'],
    ['The bill costs 1.2 trillion won.', '1.2 trillion won', 15, 1.2e12, 'KRW'],
    ['A coffee is 50 cents more.', '50 cents', 12, 0.5, 'USD'],
    ['Revenue was C$ 300 million.', 'C$ 300 million', 12, 3e8, 'CAD'],
    ['They paid thirteen dollars and forty-five cents.', 'thirteen dollars and forty-five cents', 10, 13.45, 'USD'],
    ['Shares fell to 197 pence.', '197 pence', 15, 1.97, 'GBP'],
    ['The contract was worth # 13 billion.', '# 13 billion', 23, 1.3e10, 'GBP'],
    ['Beijing lent 100 billion yuan.', '100 billion yuan', 13, 1e11, 'CNY'],
    ['Zelensky asked for 5 billion euros.', '5 billion euros', 19, 5e9, 'EUR'],
    // vague amounts of a currency are money (at least 1 million dollars); pounds of a thing are weight
    ['Donors gave millions of dollars to the fund.', 'millions of dollars', 12, 1e6, 'USD'],
    ['Cerberus took on billions of dollars in pension costs.', 'billions of dollars', 17, 1e9, 'USD'],
    ['The compensation could run into a few hundred million US dollars.', 'a few hundred million US dollars', 32, 3e8, 'USD'],
  ];
  it.each(cases)('%s', (text, span, start, value, unit) => {
    const q = figures(text).find((x) => x.text === span);
    expect(q, `no figure "${span}"`).toBeDefined();
    expect(q!.start).toBe(start);
    expect(q!.value).toBeCloseTo(value, 6);
    expect(q!.unit).toBe(unit);
  });

  it('"won" after a small number is the verb', () => {
    expect(figures('Of the seats, 12 won outright.').some((q) => q.unit === 'KRW')).toBe(false);
  });
});

describe('findMoney: Recognizers-Text names and ISO codes', () => {
  const cases: [string, string, number | null, string, string | null][] = [
    ['montgomery county , md . - - $ 75 million of bonds', '$ 75 million', 75e6, 'Dollar', null],
    ['russia has accepted a us $ 150 million loan', 'us $ 150 million', 150e6, 'United States dollar', 'USD'],
    ['it reached an agreement for 420 million finnish markka .', '420 million finnish markka', 420e6, 'Finnish markka', 'FIM'],
    ['exports fell to hk $ 10.05 billion .', 'hk $ 10.05 billion', 10.05e9, 'Hong Kong dollar', 'HKD'],
    ['a 12-cent-a-share dividend', '12-cent', 12, 'Cent', null],
    ['dollar : 143.80 yen , up', 'dollar', null, 'Dollar', null],
    ['It costs you 10 us dollar and me 100 chinese yuan.', '100 chinese yuan', 100, 'Chinese yuan', 'CNY'],
    ['115USD', '115USD', 115, 'United States dollar', 'USD'],
  ];
  it.each(cases)('%s', (text, span, value, name, iso) => {
    const m = findMoney(text).find((x) => text.slice(x.start, x.end) === span);
    expect(m, `no "${span}"`).toBeDefined();
    expect(m!.start).toBe(text.indexOf(span));
    if (value === null) expect(m!.value).toBeNull();
    else expect(m!.value).toBeCloseTo(value, 6);
    expect(m!.unit.name).toBe(name);
    expect(m!.unit.iso).toBe(iso);
  });
});
