/**
 * "between early and mid-October", "late September or early October"'s first half: two modifiers
 * sharing one month. TimeML writes two TIMEX3: "early" (the month, mod START) and "mid-October"
 * (the month, mod MID).
 */
import { MONTH_RE, monthNumber, pointMod } from '../lexicon.js';
import type { Draft, Parser } from '../types.js';
import { isCapitalised, re } from './util.js';

export const monthRange: Parser = {
  name: 'monthRange',
  triggers: ['early', 'late', 'mid', 'middle'],
  pattern: re(String.raw`(?<a>early|late|mid|middle)\s+(?:and|to|or|through)\s+(?<b>(?:early|late|mid)(?:\s+|-))(?<mon>${MONTH_RE})(?:,?\s+(?<year>(?:1[0-9]|20)\d\d))?`),
  build(m) {
    const g = m.groups!;
    if (!isCapitalised(g.mon)) return null;
    const mon = monthNumber(g.mon);
    if (!mon) return null;
    const value = g.year ? () => `${g.year}-${String(mon).padStart(2, '0')}` : (r: import('../normalise.js').Resolver) => r.month(mon, null);
    const bStart = m.index + m[0].indexOf(g.b, g.a.length);
    const first: Draft = { start: m.index, end: m.index + g.a.length, type: 'DATE', value, mod: pointMod(g.a), by: 'monthRange' };
    const second: Draft = { start: bStart, end: m.index + m[0].length, type: 'DATE', value, mod: pointMod(g.b), by: 'monthRange' };
    return [first, second];
  },
};
