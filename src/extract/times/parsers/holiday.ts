/**
 * Named days: Christmas, New Year's Day, Thanksgiving, Independence Day, Halloween, Easter and the days
 * it moves (Good Friday, Palm Sunday, Ash Wednesday …), Mother's Day, Black Friday … (the year by tense,
 * or given); Holy Week and Easter week are the ISO week of Good Friday; the market crashes named after
 * their weekday (Black Monday 1987-10-19) are those days.
 */
import { addDays, fmtDay, fmtWeek, weekdayOnOrAfter, weekdayOnOrBefore, daysInMonth, type Ymd } from '../calendar.js';
import type { Parser } from '../types.js';
import { draft, prevWord, re } from './util.js';

type Rule = (y: number) => { m: number; d: number };
const fixed = (m: number, d: number): Rule => () => ({ m, d });
const nth = (m: number, dow: number, n: number): Rule => (y) => {
  const first = weekdayOnOrAfter({ y, m, d: 1 }, dow);
  return addDays(first, 7 * (n - 1));
};
const lastOf = (m: number, dow: number): Rule => (y) => weekdayOnOrBefore({ y, m, d: daysInMonth(y, m) }, dow);

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
const fromEaster = (n: number): Rule => (y) => addDays(easter(y), n);
const thanksgiving = nth(11, 4, 4);
const fromThanksgiving = (n: number): Rule => (y) => addDays({ y, ...thanksgiving(y) }, n);

const HOLIDAYS: Record<string, Rule> = {
  'christmas eve': fixed(12, 24), 'christmas day': fixed(12, 25), christmas: fixed(12, 25), 'new year\'s eve': fixed(12, 31),
  'new year\'s day': fixed(1, 1), 'independence day': fixed(7, 4), 'bastille day': fixed(7, 14), halloween: fixed(10, 31),
  'valentine\'s day': fixed(2, 14), 'boxing day': fixed(12, 26), 'thanksgiving day': thanksgiving, thanksgiving,
  'labor day': nth(9, 1, 1), 'memorial day': lastOf(5, 1), 'veterans day': fixed(11, 11), 'armistice day': fixed(11, 11),
  'martin luther king day': nth(1, 1, 3), 'presidents day': nth(2, 1, 3), 'may day': fixed(5, 1), 'election day': (y) => addDays(weekdayOnOrAfter({ y, m: 11, d: 2 }, 2), 0),
  easter: fromEaster(0), 'easter sunday': fromEaster(0), 'easter day': fromEaster(0), 'easter monday': fromEaster(1),
  'good friday': fromEaster(-2), 'holy saturday': fromEaster(-1), 'holy thursday': fromEaster(-3), 'maundy thursday': fromEaster(-3),
  'palm sunday': fromEaster(-7), 'ash wednesday': fromEaster(-46), pentecost: fromEaster(49),
  'mother\'s day': nth(5, 7, 2), 'father\'s day': nth(6, 7, 3), 'columbus day': nth(10, 1, 2),
  'st. patrick\'s day': fixed(3, 17), 'st patrick\'s day': fixed(3, 17), 'saint patrick\'s day': fixed(3, 17),
  'canada day': fixed(7, 1), 'australia day': fixed(1, 26), 'anzac day': fixed(4, 25), 'remembrance day': fixed(11, 11),
  'earth day': fixed(4, 22), 'groundhog day': fixed(2, 2), 'black friday': fromThanksgiving(1), 'cyber monday': fromThanksgiving(4),
};
/** Weeks named by a holiday: the ISO week of Good Friday. */
const WEEKS: Record<string, (y: number) => Ymd> = { 'holy week': (y) => addDays(easter(y), -2), 'easter week': (y) => addDays(easter(y), -2) };
/** Days named after a market crash: those days, whatever the publication date. */
const HISTORIC: Record<string, string> = {
  'black monday': '1987-10-19', 'black tuesday': '1929-10-29', 'black thursday': '1929-10-24', 'black wednesday': '1992-09-16',
};

export const holiday: Parser = {
  name: 'holiday',
  triggers: ['christmas', 'new', 'independence', 'bastille', 'halloween', 'valentine', 'boxing', 'thanksgiving', 'labor', 'memorial', 'veterans', 'armistice', 'martin', 'presidents', 'election',
    'easter', 'good', 'holy', 'maundy', 'palm', 'ash', 'pentecost', 'mother', 'father', 'columbus', 'st', 'saint', 'canada', 'australia', 'anzac', 'remembrance', 'earth', 'groundhog', 'black', 'cyber'],
  pattern: re(String.raw`(?<h>christmas\s+eve|christmas\s+day|christmas|new\s+year['’]s\s+eve|new\s+year['’]s\s+day|independence\s+day|bastille\s+day|halloween|valentine['’]s\s+day|boxing\s+day|thanksgiving\s+day|thanksgiving|labor\s+day|memorial\s+day|veterans\s+day|armistice\s+day|martin\s+luther\s+king\s+day|presidents\s+day|election\s+day`
    + String.raw`|easter\s+(?:sunday|day|monday|week)|easter|good\s+friday|holy\s+(?:saturday|thursday|week)|maundy\s+thursday|palm\s+sunday|ash\s+wednesday|pentecost|mother['’]s\s+day|father['’]s\s+day|columbus\s+day|(?:st\.?|saint)\s+patrick['’]s\s+day|canada\s+day|australia\s+day|anzac\s+day|remembrance\s+day|earth\s+day|groundhog\s+day|black\s+(?:monday|tuesday|wednesday|thursday|friday)|cyber\s+monday)`
    + String.raw`(?:,?\s+(?<y>(?:1[0-9]|20)\d\d))?(?![\p{L}])`),
  build(m, cx) {
    const g = m.groups!;
    if (!/^\p{Lu}/u.test(g.h)) return null;
    const key = g.h.toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
    const after = cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    // "the Good Friday Agreement", "Easter Island", "the Easter Rising": names
    if (/^\s+(?:Agreement|Accords?|agreement|accords?|deal|pact|peace|Island|Islands|Rising)\b/.test(after)) return null;
    // "another Black Monday": a new crash day, not the one so named
    const hist = HISTORIC[key];
    if (hist) return /^(?:a|another)$/.test(prevWord(cx)) ? null : draft(m, 'DATE', hist, null, 'holiday');
    const week = WEEKS[key];
    if (week) {
      if (g.y) return draft(m, 'DATE', fmtWeek(week(Number(g.y))), null, 'holiday');
      return draft(m, 'DATE', (r) => {
        if (!r.dct) return 'XXXX-WXX';
        const d = r.dct;
        const at = (y: number) => Date.UTC(y, week(y).m - 1, week(y).d) - Date.UTC(d.y, d.m - 1, d.d);
        let y = d.y;
        if (r.tense === 'past' && at(y) > 60 * 86400000) y--;
        if (r.tense === 'future' && at(y) < -60 * 86400000) y++;
        return fmtWeek(week(y));
      }, null, 'holiday');
    }
    const rule = HOLIDAYS[key];
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
