/**
 * A week named by its month: "the last week of March" 2009-W13, "the first week of July", "the week
 * of March 6" 2000-W10 (the ISO week of that day). The year from the text, else as for the month or
 * the day of a month without one.
 */
import { fmtWeek } from '../calendar.js';
import { MONTH_RE, monthNumber } from '../lexicon.js';
import type { Parser } from '../types.js';
import { draft, isCapitalised, re } from './util.js';

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 5, final: 5 };

export const weekOf: Parser = {
  name: 'weekOf',
  triggers: ['the'],
  pattern: re(String.raw`the\s+(?:(?<ord>first|second|third|fourth|last|final)\s+)?week\s+of\s+(?<mon>${MONTH_RE})(?:\s*(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d))?(?:,?\s+(?<year>(?:1[0-9]|20)\d\d)(?![\d,.]\d))?(?![\p{L}\d])`),
  build(m) {
    const g = m.groups!;
    if (!isCapitalised(g.mon)) return null;
    const month = monthNumber(g.mon);
    const day = g.day ? Number(g.day) : null;
    if (!month || (!g.ord && day === null) || (g.ord && day !== null) || (day !== null && (day < 1 || day > 31))) return null;
    const k = g.ord ? ORD[g.ord.toLowerCase()] : 0;
    return draft(m, 'DATE', (r) => {
      let y: number | null = g.year ? Number(g.year) : null;
      if (y === null && r.dct) {
        const v = day !== null ? r.monthDay(month, day, null) : r.month(month, null);
        y = Number(v.slice(0, 4));
      }
      if (y === null || Number.isNaN(y)) return 'XXXX-WXX';
      // the day that names the week: the given one, or the middle of the k-th (the last) seven days
      const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
      const d = day ?? (k === 5 ? last - 3 : Math.min(last, 7 * (k - 1) + 4));
      return fmtWeek({ y, m: month, d });
    }, null, 'weekOf');
  },
};
