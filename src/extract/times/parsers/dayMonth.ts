/** "23 October 2024", "the 23rd of October" → a day. */
import { fmtDay, valid } from '../calendar.js';
import { MONTH_RE, monthNumber } from '../lexicon.js';
import type { Parser } from '../types.js';
import { draft, isCapitalised, re } from './util.js';

export const dayMonth: Parser = {
  name: 'dayMonth',
  triggers: ['#', 'the'],
  pattern: re(String.raw`(?:the\s+)?(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>${MONTH_RE})(?:,?\s+(?<year>(?:1[0-9]|20)\d\d)(?![\d,.]\d))?`),
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
    return draft(m, 'DATE', (r) => r.monthDay(month, day, null), null, 'dayMonth');
  },
};
