/** The TempEval-3 Task A scorer on hand-made cases, and the TimeML reader. */
import { describe, expect, it } from 'vitest';
import { parseTimeml } from '../../eval/datasets/timeml.js';
import { countTimexes, scoreTimexes, type ScoredTimex } from '../../eval/scorers/timeml.js';

const t = (start: number, end: number, value = 'v', type = 'DATE'): ScoredTimex => ({ start, end, value, type });

describe('TE3 timex scorer', () => {
  it('a perfect system scores 1 everywhere', () => {
    const gold = [t(0, 5, '2024-10-23'), t(10, 20, 'P3D', 'DURATION')];
    const s = scoreTimexes([{ gold, system: gold }]);
    expect([s.strict.f1, s.relaxed.f1, s.typeAccuracy, s.valueAccuracy, s.valueF1]).toEqual([1, 1, 1, 1, 1]);
  });
  it('an overlapping but different span is relaxed, not strict', () => {
    const c = countTimexes([t(0, 12)], [t(3, 12)]);
    expect(c).toMatchObject({ strictGold: 0, strictSystem: 0, relaxedGold: 1, relaxedSystem: 1, pairs: 1, valueRight: 1 });
  });
  it('counts precision over system and recall over gold, and value F1 = relaxed F1 × value accuracy', () => {
    // gold: A exact + right value, B overlapped with a wrong value, C missed; system: one false positive
    const gold = [t(0, 5, 'a'), t(10, 20, 'b'), t(30, 35, 'c')];
    const system = [t(0, 5, 'a'), t(12, 20, 'x', 'TIME'), t(50, 55, 'z')];
    const s = scoreTimexes([{ gold, system }]);
    expect(s.strict.p).toBeCloseTo(1 / 3);
    expect(s.strict.r).toBeCloseTo(1 / 3);
    expect(s.relaxed.p).toBeCloseTo(2 / 3);
    expect(s.relaxed.r).toBeCloseTo(2 / 3);
    expect(s.typeAccuracy).toBeCloseTo(1 / 2);
    expect(s.valueAccuracy).toBeCloseTo(1 / 2);
    expect(s.valueF1).toBeCloseTo((2 / 3) * (1 / 2));
  });
  it('pairs a gold timex with its most-overlapping system timex for its value', () => {
    const c = countTimexes([t(0, 20, 'right')], [t(0, 3, 'wrong'), t(5, 20, 'right')]);
    expect(c).toMatchObject({ pairs: 1, valueRight: 1, relaxedSystem: 2 });
  });
  it('no system output: zero, not NaN', () => {
    const s = scoreTimexes([{ gold: [t(0, 5)], system: [] }]);
    expect([s.strict.f1, s.relaxed.f1, s.valueF1]).toEqual([0, 0, 0]);
  });
  it('sums counts over documents before dividing (micro average)', () => {
    const s = scoreTimexes([{ gold: [t(0, 5)], system: [t(0, 5)] }, { gold: [t(0, 5), t(6, 9)], system: [] }]);
    expect(s.relaxed.r).toBeCloseTo(1 / 3);
    expect(s.relaxed.p).toBe(1);
  });
});

describe('TimeML reader', () => {
  const doc = parseTimeml(`<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07" mod="START">early Friday</TIMEX3>.</TEXT></TimeML>`);
  it('reads the DCT, the plain TEXT with entities decoded, and the TIMEX3 spans of TEXT only', () => {
    expect(doc.published).toBe('1998-08-07');
    expect(doc.text).toBe('AT&T said early Friday.');
    expect(doc.timexes).toEqual([{ start: 10, end: 22, text: 'early Friday', tid: 't1', type: 'DATE', value: '1998-08-07', mod: 'START' }]);
  });
});
