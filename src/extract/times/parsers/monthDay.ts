/** "Oct. 23", "October 23, 2024", "Wednesday, Oct. 23" (one TIMEX3) → a day (the year from the text, the weekday, else by tense). */
import { fmtDay, valid } from '../calendar.js';
import { MONTH_RE, monthNumber, WEEKDAY_RE, weekdayNumber } from '../lexicon.js';
import type { Draft, Parser } from '../types.js';
import { deadlineBefore, draft, isCapitalised, re } from './util.js';

export const monthDay: Parser = {
  name: 'monthDay',
  triggers: ['january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul',
    'august', 'aug', 'september', 'sept', 'sep', 'october', 'oct', 'november', 'nov', 'december', 'dec',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  pattern: re(String.raw`(?:(?<wd>${WEEKDAY_RE}),?[ \t]+)?(?<mon>${MONTH_RE})\s*(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d)(?:,?\s+(?<year>(?:1[0-9]|20)\d\d)(?![\d,.]\d))?`),
  build(m, cx) {
    const g = m.groups!;
    if (!isCapitalised(g.mon)) return null;
    const month = monthNumber(g.mon);
    const day = Number(g.day);
    if (!month || day < 1 || day > 31) return null;
    let d: Draft;
    if (g.year) {
      const y = Number(g.year);
      if (!valid(y, month, day)) return null;
      d = draft(m, 'DATE', fmtDay({ y, m: month, d: day }), null, 'monthDay');
    } else {
      // a deadline or target ("payable Dec. 7", "holders of record Nov. 22", "until March 6") is the coming one
      const dl = !g.wd && deadlineBefore(cx);
      d = dl
        ? draft(m, 'DATE', (r) => (r.tense === 'past' ? r.monthDay(month, day, null, true) : r.monthDayAhead(month, day)), null, 'monthDay')
        : draft(m, 'DATE', (r) => r.monthDay(month, day, null), null, 'monthDay');
    }
    if (!g.wd) return d;
    // "Monday, Oct. 26" is one TIMEX3 (as TimeBank writes it; a line break parts a headline from its
    // dateline); without a year, the weekday picks it
    if (!g.year) {
      const dow = weekdayNumber(g.wd);
      const fallback = d.value;
      d.value = (r) => {
        const v = typeof fallback === 'string' ? fallback : fallback(r);
        if (!r.dct || !/^\d{4}/.test(v)) return v;
        const y0 = Number(v.slice(0, 4));
        for (const y of [y0, y0 + 1, y0 - 1]) {
          if (valid(y, month, day) && ((new Date(Date.UTC(y, month - 1, day)).getUTCDay() + 6) % 7) + 1 === dow) return fmtDay({ y, m: month, d: day });
        }
        return v;
      };
    }
    return d;
  },
};
