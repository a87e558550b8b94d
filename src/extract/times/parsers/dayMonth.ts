/** "23 October 2024", "the 23rd of October", "Friday 22 March" (one TIMEX3, the weekday picks the year) → a day. */
import { fmtDay, valid } from '../calendar.js';
import { MONTH_RE, monthNumber, WEEKDAY_RE, weekdayNumber } from '../lexicon.js';
import type { Parser } from '../types.js';
import { yearByWeekday } from './monthDay.js';
import { draft, isCapitalised, re } from './util.js';

export const dayMonth: Parser = {
  name: 'dayMonth',
  triggers: ['#', 'the', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  pattern: re(String.raw`(?:(?<wd>${WEEKDAY_RE}),?[ \t]+)?(?:the\s+)?(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>${MONTH_RE})(?:,?\s+(?<year>(?:1[0-9]|20)\d\d)(?![\d,.]\d))?`),
  build(m) {
    const g = m.groups!;
    if (!isCapitalised(g.mon)) return null;
    const month = monthNumber(g.mon);
    const day = Number(g.day);
    if (!month || day < 1 || day > 31) return null;
    if (g.year) {
      const y = Number(g.year);
      return valid(y, month, day) ? draft(m, 'DATE', fmtDay({ y, m: month, d: day }), null, 'dayMonth') : null;
    }
    const d = draft(m, 'DATE', (r) => r.monthDay(month, day, null), null, 'dayMonth');
    if (g.wd) {
      if (!isCapitalised(g.wd)) return null;
      yearByWeekday(d, weekdayNumber(g.wd), month, day);
    }
    return d;
  },
};
