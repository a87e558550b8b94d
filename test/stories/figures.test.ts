import { describe, expect, it } from 'vitest';
import type { FigurePoint } from '../../src/store/types.js';
import { buildSeries, figureFacets, flagSeries, normalisePlace, normaliseUnit, pointValue, type FigureInput } from '../../src/stories/figures.js';
import { makeLedger } from '../store/fixtures.js';

/** [date, value, source, approx?, high?, delta?] */
type P = [string | null, number, string | null, FigurePoint['approx']?, number?, boolean?];
const pt = ([date, value, source, approx, high, delta]: P, i: number): FigurePoint => ({
  value, high: high ?? null, approx: approx ?? 'exact', delta: delta ?? false, text: String(value), counts: null,
  source, sourceEntity: null, date, articleId: i + 1, outlet: 'Wire', quantityId: 'q1', claimId: null,
});

describe('flagSeries: conflicts and revisions', () => {
  const cases: Array<[string, P[], Array<[string, string, number[]]>]> = [
    ['different sources, same week, different values: conflict',
      [['2024-10-23', 3000, 'Kirby', 'at_least'], ['2024-10-28', 10000, 'Singh', 'about']],
      [['conflict', 'sources disagree: Kirby at least 3,000 (2024-10-23) vs Singh about 10,000 (2024-10-28)', [0, 1]]]],
    ['more than a week apart: no conflict',
      [['2024-10-01', 3000, 'A'], ['2024-10-20', 10000, 'B']], []],
    ['same value within 5%: no conflict', [['2024-10-01', 10000, 'A'], ['2024-10-02', 10400, 'B']], []],
    ['overlapping range: no conflict', [['2024-11-04', 11000, 'A'], ['2024-11-04', 11000, 'B', 'range', 12000]], []],
    ['one source changing its figure: revision',
      [['2024-10-18', 1500, 'NIS'], ['2024-10-23', 3000, 'NIS'], ['2024-12-01', 3000, 'NIS']],
      [['revision', 'NIS revised: 1,500 (2024-10-18) → 3,000 (2024-10-23)', [0, 1]]]],
    ['a figure its source has replaced is not held against a later one',
      [['2024-10-18', 1500, 'NIS'], ['2024-10-23', 3000, 'NIS'], ['2024-10-23', 3000, 'Kirby']],
      [['revision', 'NIS revised: 1,500 (2024-10-18) → 3,000 (2024-10-23)', [0, 1]]]],
    ['increments and undated figures are left out',
      [['2024-10-23', 1500, 'NIS', 'exact', undefined, true], [null, 9000, 'B'], ['2024-10-23', 3000, 'C']], []],
    ['same source, same day, two values: not a revision', [['2024-10-23', 1500, 'A'], ['2024-10-23', 3000, 'A']], []],
    ['unattributed figures count as their outlet\'s', [['2024-10-23', 100, null], ['2024-10-30', 200, null]],
      [['revision', 'Wire revised: 100 (2024-10-23) → 200 (2024-10-30)', [0, 1]]]],
  ];
  it.each(cases)('%s', (_name, points, expected) => {
    expect(flagSeries(points.map(pt)).map((f) => [f.kind, f.message, f.points])).toEqual(expected);
  });
});

describe('pointValue, units and places', () => {
  it.each([
    [{ value: 3000, high: null, approx: 'at_least' as const }, 'at least 3,000'],
    [{ value: 11000, high: 12000, approx: 'range' as const }, '11,000–12,000'],
    [{ value: 1500, high: null, approx: 'exact' as const, delta: true }, '+1,500'],
    [{ value: 2.5, high: null, approx: 'about' as const }, 'about 2.5'],
  ])('%j → %s', (p, s) => expect(pointValue(p)).toBe(s));
  it.each([['soldiers', 'troop'], ['troops', 'troop'], ['forces', 'troop'], ['USD', 'USD'], ['workers', 'worker'], ['ships', 'ship'], [null, null]])(
    'unit %s → %s', (u, v) => expect(normaliseUnit(u)).toBe(v));
  it.each([['eastern Russia', 'Russia'], ['Kursk region', 'Kursk'], ['the Far East', 'the Far East'], ['South Korea', 'South Korea']])(
    'place %s → %s', (p, v) => expect(normalisePlace(p)).toBe(v));
});

describe('figureFacets: unit, outcome, place, source and date of each figure', () => {
  const ledger = makeLedger({
    title: 'Casualties mount', published: '2025-01-14', outlet: 'Wire',
    body: 'The agency said about 300 soldiers were killed and 2,700 wounded in Kursk. Ukraine captured two soldiers, officials said. Another 1,500 troops were moved into eastern Russia.',
    entities: [['ORG', 'The agency'], ['GPE', 'Kursk'], ['GPE', 'Russia'], ['GPE', 'Ukraine']],
    claims: [['The agency', 'said', 'about 300 soldiers were killed and 2,700 wounded in Kursk', 'assert', '2025-01-13']],
    quantities: [
      ['about 300', 300, 'soldiers', 'about', null, 'soldiers'], ['2,700', 2700, null, 'exact', null, 'wounded'],
      ['two', 2, 'soldiers', 'exact', null, 'soldiers'], ['1,500', 1500, 'troops', 'exact', null, 'troops'],
    ],
  });
  it.each([
    [0, { unit: 'troop', outcome: 'killed', place: null, source: 'The agency', claim: 'c1', date: '2025-01-13' }],
    [1, { unit: 'wounded', outcome: 'wounded', place: 'Kursk', source: 'The agency', date: '2025-01-13' }],
    [2, { unit: 'troop', outcome: 'captured', place: null, source: null, claim: null, date: '2025-01-14' }],
    [3, { unit: 'troop', outcome: null, place: 'Russia', counts: 'troops' }],
  ])('q%i', (i, expected) => expect(figureFacets(ledger)[i as number]).toMatchObject(expected));
});

describe('buildSeries', () => {
  const input = (p: P, i: number, unit: string, outcome: string | null, place: string | null): FigureInput => ({ ...pt(p, i), unit, outcome, place });
  it('keeps apart what differs in unit, outcome or place, and folds placeless figures into the one placed series', () => {
    const series = buildSeries(7, [
      input(['2024-10-23', 3000, 'A'], 0, 'troop', null, 'Russia'),
      input(['2024-10-28', 10000, 'B'], 1, 'troop', null, null),
      input(['2024-10-31', 8000, 'C'], 2, 'troop', null, 'Kursk'),
      input(['2024-12-23', 1100, 'D'], 3, 'troop', 'casualties', null),
      input(['2024-12-23', 3000, 'E'], 4, 'troop', 'casualties', null),
      input(['2024-12-23', 5, 'E'], 5, 'tank', null, null),
    ]);
    expect(series.map((s) => [s.id, s.unit, s.label, s.points.map((p) => p.value)])).toEqual([
      ['7:1', 'troop', 'troop · casualties', [1100, 3000]],
      ['7:2', 'tank', 'tank', [5]],
      ['7:3', 'troop', 'troop', [10000]],
      ['7:4', 'troop', 'troop · in Kursk', [8000]],
      ['7:5', 'troop', 'troop · in Russia', [3000]],
    ]);
    expect(series[0].flags.map((f) => f.kind)).toEqual(['conflict']);
  });
  it.each<[string, Array<[P, number]>, number[]]>([
    // [point, article index] → the values left, in date order
    ['the same figure from one source twice in one article is one point',
      [[['2024-10-22', 2, 'Zelensky'], 0], [['2024-10-22', 2, 'Zelensky'], 0], [['2024-10-22', 2, 'Zelensky'], 0]], [2]],
    ['the same figure in two articles stays two points', [[['2024-10-22', 2, 'Zelensky'], 0], [['2024-10-23', 2, 'Zelensky'], 1]], [2, 2]],
    ['two sources giving it in one article stay two points', [[['2024-10-22', 2, 'Zelensky'], 0], [['2024-10-22', 2, 'Budanov'], 0]], [2, 2]],
    ['a different qualifier is a different point', [[['2024-10-22', 3000, 'A'], 0], [['2024-10-22', 3000, 'A', 'at_least'], 0]], [3000, 3000]],
    ['an increment is not the total', [[['2024-10-22', 1500, 'A'], 0], [['2024-10-22', 1500, 'A', 'exact', undefined, true], 0]], [1500, 1500]],
  ])('%s', (_name, given, values) => {
    const series = buildSeries(1, given.map(([p, article], i) => ({ ...input(p, i, 'troop', null, null), articleId: article + 1 })));
    expect(series.flatMap((s) => s.points.map((p) => p.value))).toEqual(values);
  });
  it('folds placeless figures into the only placed series of their unit and outcome', () => {
    const series = buildSeries(1, [
      input(['2024-10-23', 3000, 'A'], 0, 'troop', null, 'Russia'),
      input(['2024-10-28', 10000, 'B'], 1, 'troop', null, null),
    ]);
    expect(series.map((s) => [s.label, s.points.map((p) => p.value)])).toEqual([['troop · in Russia', [3000, 10000]]]);
  });
});
