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
  pattern: re(String.raw`(?:(?<wd>${WEEKDAY_RE}),?[ \t]+)?(?<mon>${MONTH_RE})\s*(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?<and>\s+(?:and|&)\s+(?<day2>[0-3]?\d)(?:st|nd|rd|th)?(?!\s*(?:%|percent|million|billion|[ap]\.?m\b)))?(?![\d:.,]\d)(?:,?\s+(?<year>(?:1[0-9]|20)\d\d)(?![\d,.]\d))?`),
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
    if (g.and) {
      // "April 24 and 25": two days, the second in the month and year of the first
      const day2 = Number(g.day2);
      if (g.wd || day2 < 1 || day2 > 31 || day2 <= day) return null;
      const at = m.index + m[0].indexOf(g.and);
      const first = d.value;
      const d2: Draft = { ...d, start: at + g.and.length - g.and.trimStart().length + g.and.trimStart().indexOf(g.day2), value: (r) => {
        const v = typeof first === 'string' ? first : first(r);
        return /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/.test(v) ? `${v.slice(0, 8)}${String(day2).padStart(2, '0')}` : v;
      } };
      d2.end = d2.start + g.day2.length;
      if (g.year) {
        // "April 24 and 25, 1999": the year goes with the second day's span
        d.end = at;
        d2.end = m.index + m[0].length;
      } else d.end = at;
      return [d, d2];
    }
    if (!g.wd) return d;
    // "Monday, Oct. 26" is one TIMEX3 (as TimeBank writes it; a line break parts a headline from its
    // dateline); without a year, the weekday picks it
    if (!g.year) yearByWeekday(d, weekdayNumber(g.wd), month, day);
    return d;
  },
};

/** A day of a month without a year after its weekday ("Monday, Oct. 26", "Friday 22 March"): the year in which that day is that weekday, nearest the one resolved. */
export function yearByWeekday(d: Draft, dow: number, month: number, day: number): void {
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
