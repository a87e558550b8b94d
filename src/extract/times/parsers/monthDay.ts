/** "Oct. 23", "October 23, 2024", "Wednesday, Oct. 23" → a day (the year from the text, else by tense). */
import { fmtDay, valid } from '../calendar.js';
import { MONTH_RE, monthNumber, WEEKDAY_RE, weekdayNumber } from '../lexicon.js';
import type { Draft, Parser } from '../types.js';
import { deadlineBefore, draft, isCapitalised, re } from './util.js';

export const monthDay: Parser = {
  name: 'monthDay',
  triggers: ['january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul',
    'august', 'aug', 'september', 'sept', 'sep', 'october', 'oct', 'november', 'nov', 'december', 'dec',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  pattern: re(String.raw`(?:(?<wd>${WEEKDAY_RE}),?\s+)?(?<mon>${MONTH_RE})\s*(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d)(?:,?\s+(?<year>(?:1[0-9]|20)\d\d)(?![\d,.]\d))?`),
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
    // "Thursday, Jan. 6": TimeML writes two TIMEX3 of the same day
    const monStart = m.index + m[0].indexOf(g.mon, g.wd.length);
    const weekdayDraft: Draft = { start: m.index, end: m.index + g.wd.length, type: 'DATE', value: d.value, mod: null, by: 'monthDay' };
    void weekdayNumber;
    return [weekdayDraft, { ...d, start: monStart }];
  },
};
