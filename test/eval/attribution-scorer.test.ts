import { describe, expect, it } from 'vitest';
import { scoreBio, scoreChars, spansFromBio, trimEdges, withRole } from '../../eval/scorers/attribution.js';

describe('spansFromBio reads spans as CofeNet does', () => {
  const cases: Array<[string, string[], Array<[string, number, number]>]> = [
    ['one of each', ['B-source', 'B-cue', 'B-content', 'I-content', 'O'], [['source', 0, 1], ['cue', 1, 2], ['content', 2, 4]]],
    ['span running to the end', ['O', 'B-content', 'I-content'], [['content', 1, 3]]],
    ['stray I- is dropped', ['O', 'I-cue', 'I-cue', 'O'], []],
    ['I- of another role closes', ['B-source', 'I-content', 'I-content'], [['source', 0, 1]]],
    ['B- after B- of the same role', ['B-content', 'B-content', 'I-content'], [['content', 0, 1], ['content', 1, 3]]],
    ['multi-token cue', ['B-source', 'I-source', 'B-cue', 'I-cue', 'O'], [['source', 0, 2], ['cue', 2, 4]]],
  ];
  for (const [name, labels, want] of cases) {
    it(name, () => expect(spansFromBio(labels).map((s) => [s.role, s.start, s.end])).toEqual(want));
  }
});

describe('scoreBio counts exact matches per role', () => {
  it('exact, boundary error, miss and false alarm', () => {
    const s = scoreBio([
      { gold: ['B-source', 'B-cue', 'B-content', 'I-content', 'I-content'], predicted: ['B-source', 'B-cue', 'B-content', 'I-content', 'O'] },
      { gold: ['O', 'O', 'O'], predicted: ['B-cue', 'O', 'O'] },
    ]);
    expect([s.source.tp, s.source.fp, s.source.fn]).toEqual([1, 0, 0]);
    expect([s.cue.tp, s.cue.fp, s.cue.fn]).toEqual([1, 1, 0]);
    expect([s.content.tp, s.content.fp, s.content.fn]).toEqual([0, 1, 1]);
    expect(s.cue.precision).toBeCloseTo(0.5);
    expect(s.cue.recall).toBeCloseTo(1);
    expect(s.cue.f1).toBeCloseTo(2 / 3);
    expect(s.content.f1).toBe(0);
  });
  it('rejects sequences of different length', () => {
    expect(() => scoreBio([{ gold: ['O'], predicted: ['O', 'O'] }])).toThrow(/2 predicted labels for 1 tokens/);
  });
});

describe('scoreChars compares trimmed character spans', () => {
  it('trims white space; fragments count apart; duplicates once', () => {
    const text = 'Kim said that rain falls.';
    const s = scoreChars([{
      text,
      gold: [{ role: 'source', start: 0, end: 3 }, { role: 'cue', start: 4, end: 8 }, { role: 'content', start: 9, end: 24 }, { role: 'content', start: 9, end: 24 }],
      predicted: [{ role: 'source', start: 0, end: 4 }, { role: 'cue', start: 4, end: 8 }, { role: 'content', start: 14, end: 24 }],
    }]);
    expect([s.source.tp, s.source.fp, s.source.fn]).toEqual([1, 0, 0]);
    expect([s.cue.tp, s.cue.fp, s.cue.fn]).toEqual([1, 0, 0]);
    expect([s.content.tp, s.content.fp, s.content.fn]).toEqual([0, 1, 1]);
  });
});

describe('the ledger claims rows: edges and roles', () => {
  // text | span | trimmed span text
  const TRIM: Array<[string, string, string]> = [
    ['He said that “the plan failed,” and left.', 'that “the plan failed,”', 'the plan failed'],
    ['She said “We won.”', '“We won.”', 'We won'],
    ['They said that that was all.', 'that that was all.', 'that was all'],
    ['Officials said prices rose.', 'prices rose', 'prices rose'],
  ];
  it.each(TRIM)('%s: %s → %s', (text, span, want) => {
    const start = text.indexOf(span);
    const t = trimEdges(text, start, start + span.length);
    expect(text.slice(t.start, t.end)).toBe(want);
  });
  // text | name | role | the source with its role
  const ROLE: Array<[string, string, string | null, string]> = [
    ['White House spokesman Josh Earnest said so.', 'Josh Earnest', 'White House spokesman', 'White House spokesman Josh Earnest'],
    ['A spokeswoman for Hillary Clinton says no.', 'Hillary Clinton', 'spokeswoman', 'A spokeswoman for Hillary Clinton'],
    ['Josh Earnest, the spokesman, said so.', 'Josh Earnest', 'spokesman', 'Josh Earnest, the spokesman'], // an appositive after the name
    ['Josh Earnest said so, the spokesman noted.', 'Josh Earnest', 'spokesman', 'Josh Earnest'], // not next to the name: the name alone
    ['Senator Dianne Feinstein, Democrat of California, said so.', 'Dianne Feinstein', 'Senator, Democrat of California', 'Senator Dianne Feinstein, Democrat of California'], // both sides
    ['Josh Earnest said so.', 'Josh Earnest', null, 'Josh Earnest'],
  ];
  it.each(ROLE)('%s', (text, name, role, want) => {
    const start = text.indexOf(name);
    const s = withRole(text, start, start + name.length, role);
    expect(text.slice(s.start, s.end)).toBe(want);
  });
});
