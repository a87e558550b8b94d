import { describe, expect, it } from 'vitest';
import { matchSpecCase, sameValue, spanF1, specMismatch, type SpecGot, type SpecWant } from '../../eval/scorers/figures.js';
import { parseSpec } from '../../eval/datasets/recognizers.js';

const want = (start: number, end: number, value: string | null, unit: string | null = null, iso: string | null = null): SpecWant => ({ start, end, value, unit, iso });
const got = (start: number, end: number, value: number | null, unit: string | null = null, iso: string | null = null): SpecGot => ({ start, end, value, unit, iso });

describe('sameValue', () => {
  const cases: [string | null, number | null, boolean][] = [
    ['0.666666666666667', 2 / 3, true], ['75000000', 75e6, true], ['1E-12', 1e-12, true], ['-1.2732E+15', -1.2732e15, true],
    ['1.5', 1.6, false], [null, null, true], [null, 5, false], ['5', null, false], ['8.95430243255239', 1.1 ** 23, true],
  ];
  it.each(cases)('%s vs %s → %s', (w, g, ok) => expect(sameValue(w, g)).toBe(ok));
});

describe('matchSpecCase', () => {
  it('matches when every result pairs by offsets, value and unit, with nothing extra', () => {
    expect(matchSpecCase([want(29, 41, '75000000', 'Dollar')], [got(29, 41, 75e6, 'Dollar')])).toBe(true);
  });
  it('an empty case is matched only by returning nothing', () => {
    expect(matchSpecCase([], [])).toBe(true);
    expect(specMismatch([], [got(0, 1, 1)])).toBe('expected 0 results, got 1');
  });
  it('fails on an extra result, a moved span, a wrong value or a wrong currency', () => {
    expect(specMismatch([want(0, 2, '1')], [got(0, 2, 1), got(4, 5, 2)])).toBe('expected 1 results, got 2');
    expect(specMismatch([want(0, 3, '12')], [got(0, 2, 12)])).toBe('no result at 0-3');
    expect(specMismatch([want(0, 3, '12')], [got(0, 3, 13)])).toBe('value at 0-3: expected 12, got 13');
    expect(specMismatch([want(0, 5, '10', 'Canadian dollar', 'CAD')], [got(0, 5, 10, 'Dollar', null)])).toBe('unit at 0-5: expected CAD, got Dollar');
    expect(specMismatch([want(0, 5, '10', 'Pound')], [got(0, 5, 10, 'Pound', null)])).toBeNull();
  });
  it('ignores units when asked (the number model has none)', () => {
    expect(matchSpecCase([want(0, 5, '10', 'Pound')], [got(0, 5, 10, 'Mile')], false)).toBe(true);
  });
});

describe('parseSpec', () => {
  it('makes End exclusive, strips a BOM and reads NotSupported for javascript', () => {
    const json = '\uFEFF[{"Input":"$ 75 million","NotSupported":"dotNet, javascript","Results":[{"Text":"$ 75 million","TypeName":"currency","Resolution":{"value":"75000000","unit":"Dollar"},"Start":0,"End":11}]},'
      + '{"Input":"a","Results":[]}]';
    const cases = parseSpec(json);
    expect(cases).toHaveLength(2);
    expect(cases[0].jsExpected).toBe(false);
    expect(cases[1].jsExpected).toBe(true);
    expect(cases[0].results[0]).toEqual({ text: '$ 75 million', typeName: 'currency', start: 0, end: 12, value: '75000000', unit: 'Dollar', iso: null });
  });
});

describe('spanF1', () => {
  it('counts exact and overlapping spans one to one', () => {
    const s = spanF1([{ gold: [{ start: 0, end: 5 }, { start: 10, end: 15 }], system: [{ start: 0, end: 5 }, { start: 8, end: 12 }, { start: 20, end: 22 }] }]);
    expect([s.exact.tp, s.exact.gold, s.exact.system]).toEqual([1, 2, 3]);
    expect(s.exact.f1).toBeCloseTo(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2), 9);
    expect(s.overlap.tp).toBe(2);
    expect(s.overlap.f1).toBeCloseTo(2 * (2 / 3) * 1 / (2 / 3 + 1), 9);
  });
  it('one system span pairs with one gold span only', () => {
    const s = spanF1([{ gold: [{ start: 0, end: 3 }, { start: 4, end: 8 }], system: [{ start: 0, end: 8 }] }]);
    expect(s.overlap.tp).toBe(1);
  });
});
