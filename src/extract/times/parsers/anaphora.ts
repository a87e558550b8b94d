/**
 * Expressions that point back to the last date mentioned: "the same day", "that day", "that week",
 * "the following day", "the next morning", "the day before", "the year previous", "the previous year", "earlier that day"
 * (the adverb in the span, as TimeBank writes it); "the same month a
 * year ago", "the same period last year" (the last date mentioned, a year before).
 */
import { shiftValue } from '../calendar.js';
import { MONTH_RE, monthNumber, WEEKDAY_RE, weekdayNumber } from '../lexicon.js';
import type { Granularity } from '../normalise.js';
import type { Parser } from '../types.js';
import { draft, isCapitalised, pad2, re, shiftOf } from './util.js';

const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

export const anaphora: Parser = {
  name: 'anaphora',
  triggers: ['the', 'that', 'same', 'earlier', 'later'],
  pattern: re(String.raw`(?:the\s+same\s+(?<u4>day|month|period|year)\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+year)|(?:(?:earlier|later)\s+)?(?<same>the\s+same|that(?:\s+same)?)\s+(?<u1>day|week|month|year|morning|afternoon|evening|night|weekend)|the\s+(?<rel>following|next|previous|preceding|prior)\s+(?<u2>day|morning|afternoon|evening|night|week|month|year)|the\s+(?<u3>day|week|month|year|night)\s+(?<dir>before|after|earlier|later|previous|prior(?!\s+to\b))(?!\s+(?:the|a|an|his|her|their|its|this|that|last|next|[\p{Lu}\d])))(?![\p{L}\d-])`),
  build(m) {
    const g = m.groups!;
    if (g.u4) {
      // "the same month a year ago", "the same period last year": the last date mentioned, a year before
      const u = g.u4.toLowerCase();
      return draft(m, 'DATE', (r) => {
        const v = r.fromLastBy(-1, 'year');
        if (u === 'month' && /^\d{4}-\d{2}/.test(v)) return v.slice(0, 7);
        if (u === 'year' && /^\d{4}/.test(v)) return v.slice(0, 4);
        return v;
      }, null, 'anaphora');
    }
    const unit = (g.u1 ?? g.u2 ?? g.u3).toLowerCase();
    const part = PART[unit];
    const gran: Granularity = part ? 'day' : (unit as Granularity);
    let n = 0;
    if (g.rel) n = /^(?:following|next)$/i.test(g.rel) ? 1 : -1;
    if (g.dir) n = /^(?:after|later)$/i.test(g.dir) ? 1 : -1;
    // "the following/next/previous year|month|week" (rel) also counts from the last date
    if (part) return draft(m, part === 'NI' && g.rel ? 'TIME' : 'TIME', (r) => `${r.fromLast('day', n)}T${part}`, null, 'anaphora');
    return draft(m, 'DATE', (r) => (n === 0 ? r.anaphor(gran) : r.fromLast(gran, n)), null, 'anaphora');
  },
};

/**
 * "the eighth day of Desert Shield", "a second consecutive day", "the second straight day": the day last
 * named (the publication day when none was). Not "the first day of March" (a date) nor weeks or months
 * ("the third consecutive month" is rarely annotated).
 */
export const ordinalDay: Parser = {
  name: 'ordinalDay',
  triggers: ['the', 'a', 'its', 'his', 'her', 'their'],
  pattern: re(String.raw`(?:the|a|its|his|her|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?day(?![\p{L}\d-])`),
  build(m, cx) {
    const after = cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (/^\s+of\s+(?:the\s+(?:month|year|week)|[A-Z])/.test(after)) return null;
    // a day named later than publication (a deadline: "closed until January 30 … closed for a third day") is no
    // anchor for a streak told in the past or present: that is the publication day
    return draft(m, 'DATE', (r) => {
      const v = r.anaphor('day');
      return r.dct && r.tense !== 'future' && /^\d{4}-\d{2}-\d{2}$/.test(v) && v > r.day(0) ? r.day(0) : v;
    }, null, 'ordinalDay');
  },
};

/**
 * "the day before last Tuesday", "the day after Oct. 5": the date named, a day before or after (one TIMEX3, as
 * TimeML writes "the day after tomorrow"; the article stays out, as TimeBank spans it). A bare weekday takes the
 * sentence's tense as on its own. (Tried at "day" only, not at every "the": the anaphor "the day before" gives way
 * before "last/next" and a capital.)
 */
export const dayAround: Parser = {
  name: 'dayAround',
  triggers: ['day'],
  pattern: re(String.raw`day\s+(?<dir>before|after)\s+(?:(?:(?<shift>last|next|this)\s+)?(?<wd>${WEEKDAY_RE})|(?<mon>${MONTH_RE})\s*(?<md>[0-3]?\d)(?![\d:]|\.\d)(?:,?\s+(?<y>(?:1[89]|20)\d\d))?(?![\p{L}\d]))`),
  build(m) {
    const g = m.groups!;
    if (g.wd && !isCapitalised(g.wd)) return null;
    if (g.mon && !isCapitalised(g.mon)) return null;
    const n = /^after$/i.test(g.dir) ? 1 : -1;
    const d = draft(m, 'DATE', (r) => {
      const base = g.wd ? r.weekday(weekdayNumber(g.wd), shiftOf(g.shift))
        : g.y ? `${g.y}-${pad2(monthNumber(g.mon!))}-${pad2(Number(g.md))}` : r.monthDay(monthNumber(g.mon!), Number(g.md), null);
      return shiftValue(base, n) ?? base;
    }, null, 'dayAround');
    return d;
  },
};
