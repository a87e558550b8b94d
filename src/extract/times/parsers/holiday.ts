/** Named days: Christmas, New Year's Day, Thanksgiving, Independence Day, Halloween … (the year by tense, or given). */
import { addDays, fmtDay, weekdayOnOrAfter, weekdayOnOrBefore, daysInMonth } from '../calendar.js';
import type { Parser } from '../types.js';
import { draft, re } from './util.js';

type Rule = (y: number) => { m: number; d: number };
const fixed = (m: number, d: number): Rule => () => ({ m, d });
const nth = (m: number, dow: number, n: number): Rule => (y) => {
  const first = weekdayOnOrAfter({ y, m, d: 1 }, dow);
  return addDays(first, 7 * (n - 1));
};
const lastOf = (m: number, dow: number): Rule => (y) => weekdayOnOrBefore({ y, m, d: daysInMonth(y, m) }, dow);

const HOLIDAYS: Record<string, Rule> = {
  'christmas eve': fixed(12, 24), 'christmas day': fixed(12, 25), christmas: fixed(12, 25), 'new year\'s eve': fixed(12, 31),
  'new year\'s day': fixed(1, 1), 'independence day': fixed(7, 4), 'bastille day': fixed(7, 14), halloween: fixed(10, 31),
  'valentine\'s day': fixed(2, 14), 'boxing day': fixed(12, 26), 'thanksgiving day': nth(11, 4, 4), thanksgiving: nth(11, 4, 4),
  'labor day': nth(9, 1, 1), 'memorial day': lastOf(5, 1), 'veterans day': fixed(11, 11), 'armistice day': fixed(11, 11),
  'martin luther king day': nth(1, 1, 3), 'presidents day': nth(2, 1, 3), 'may day': fixed(5, 1), 'election day': (y) => addDays(weekdayOnOrAfter({ y, m: 11, d: 2 }, 2), 0),
};

export const holiday: Parser = {
  name: 'holiday',
  triggers: ['christmas', 'new', 'independence', 'bastille', 'halloween', 'valentine', 'boxing', 'thanksgiving', 'labor', 'memorial', 'veterans', 'armistice', 'martin', 'presidents', 'election'],
  pattern: re(String.raw`(?<h>christmas\s+eve|christmas\s+day|christmas|new\s+year['’]s\s+eve|new\s+year['’]s\s+day|independence\s+day|bastille\s+day|halloween|valentine['’]s\s+day|boxing\s+day|thanksgiving\s+day|thanksgiving|labor\s+day|memorial\s+day|veterans\s+day|armistice\s+day|martin\s+luther\s+king\s+day|presidents\s+day|election\s+day)(?:,?\s+(?<y>(?:1[0-9]|20)\d\d))?(?![\p{L}])`),
  build(m) {
    const g = m.groups!;
    if (!/^\p{Lu}/u.test(g.h)) return null;
    const rule = HOLIDAYS[g.h.toLowerCase().replace(/\s+/g, ' ').replace('’', "'")];
    if (!rule) return null;
    if (g.y) {
      const y = Number(g.y);
      return draft(m, 'DATE', fmtDay({ y, ...rule(y) }), null, 'holiday');
    }
    return draft(m, 'DATE', (r) => {
      if (!r.dct) return 'XXXX-XX-XX';
      const d = r.dct;
      // as a day of a month without a year: this year's within two months of publication whatever the
      // tense (the cue may belong to another clause), else the last or the coming one by tense
      const thisYear = { y: d.y, ...rule(d.y) };
      const days = (Date.UTC(d.y, thisYear.m - 1, thisYear.d) - Date.UTC(d.y, d.m - 1, d.d)) / 86400000;
      let y = d.y;
      if (r.tense === 'past' && days > 60) y = d.y - 1;
      if (r.tense === 'future' && days < -60) y = d.y + 1;
      return fmtDay({ y, ...rule(y) });
    }, null, 'holiday');
  },
};
