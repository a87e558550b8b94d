import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumber, parseNumberAt } from '../../../src/extract/quantities/numbers.js';

describe('parseNumber: digits', () => {
  const cases: [string, number][] = [
    ['1,500', 1500], ['3,000', 3000], ['1,234,567', 1234567], ['4.800', 4.8], ['.08', 0.08], ['1.5 million', 1.5e6],
    ['322 hundred', 32200], ['10k', 1e4], ['1.2b', 1.2e9], ['10 bln', 1e10], ['1MM', 1e6], ['2mil', 2e6], ['13 lakh', 1.3e6],
    ['3/4', 0.75], ['2 1/4', 2.25], ['1e10', 1e10], ['1.1^2', 1.1 ** 2], ['12.32e+14', 1.232e15], ['40 000', 40000],
    ['1 234 567.89', 1234567.89], ['1,3', 1.3], ['12,34,567.89', 1234567.89], ['-9.5', -9.5], ['- 1 4/5', -1.8], ['½', 0.5],
  ];
  it.each(cases)('%s → %d', (s, v) => expect(parseNumber(s, { overFractions: true })).toBeCloseTo(v, 9));
});

describe('parseNumber: words', () => {
  const cases: [string, number][] = [
    ['three', 3], ['sixteen', 16], ['fifty-two', 52], ['fifty - two', 52], ['fifty   two', 52], ['one hundred and six', 106],
    ['two hundred and fifty thousand', 250000], ['two hundred and two thousand', 202000], ['two  thousand  and  two hundred', 2200],
    ['twenty-one trillion and three hundred', 21000000000300], ['three thousand', 3000], ['a dozen', 12], ['half a dozen', 6],
    ['three dozens', 36], ['three hundred and two dozens', 324], ['a million', 1e6], ['half a million', 5e5], ['quarter million', 250000],
    ['two thirds', 2 / 3], ['three quarters', 0.75], ['one and a half', 1.5], ['five and a half million', 5.5e6], ['a fifth', 0.2],
    ['a twenty-first', 1 / 21], ['one hundred and three and two thirds', 103 + 2 / 3], ['twenty and three fifths', 20.6],
    ['one hundred thirty fifths', 100 / 35], ['one hundred and thirty fifths', 26], ['twenty twenty fifths', 0.8],
    ['two hundred point zero three', 200.03], ['nought point eleven', 0.11], ['minus five point five', -5.5], ['negative one', -1],
    ['one over three', 1 / 3], ['one out of three', 1 / 3], ['three lakh crore', 3e12], ['1,674.5 million', 1674500000],
  ];
  it.each(cases)('%s → %d', (s, v) => expect(parseNumber(s, { overFractions: true })).toBeCloseTo(v, 9));
});

describe('parseNumberAt: where a number ends', () => {
  const cases: [string, number, string, number][] = [
    // text, start, expected span, value
    ['raising the total to 3,000.', 21, '3,000', 3000],
    ['some 1.5 million people', 5, '1.5 million', 1.5e6],
    ['between 10,000 and 12,000 troops', 8, '10,000', 10000],
    ['three-nought-four', 0, 'three', 3],
    ['192.168.1.2', 8, '1', 1],
    ['$3m in aid', 1, '3m', 3e6],
    ['$50bn loan', 1, '50bn', 5e10],
  ];
  it.each(cases)('%s @%d → %s', (text, at, span, v) => {
    const m = parseNumberAt(text, at, { money: text.startsWith('$') });
    expect(m && text.slice(m.start, m.end)).toBe(span);
    expect(m!.value).toBeCloseTo(v, 9);
  });
  it('"1m" is not a million outside money', () => {
    expect(parseNumberAt('1m tall', 0)!.glued).toBe(true);
    expect(parseNumberAt('$1m', 1, { money: true })!.value).toBe(1e6);
  });
});

describe('findNumbers', () => {
  const cases: [string, string[]][] = [
    ['The one you mentioned is invalid', []],
    ["Let's try one last time", ['one']],
    ['1m isn\'t a number.', []],
    ['the 180ml liquid', []],
    ['I want to earn $2000 over 3 years', ['2000', '3']],
    ['2000 over 3', ['2000 over 3']],
    ['1, 234, 567', ['1', '234', '567']],
    ['Exercises nrs. 22,24,26,31.', ['22', '24', '26', '31']],
    ['Book a first class seat to seattle', []],
    ['there are 12 out of 10', ['12', '10']],
  ];
  it.each(cases)('%s', (text, spans) => expect(findNumbers(text).map((m) => text.slice(m.start, m.end))).toEqual(spans));
});
