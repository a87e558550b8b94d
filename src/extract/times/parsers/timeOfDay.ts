/**
 * A clock time: "3 p.m." 2024-10-23T15:00, "10:30 a.m. EDT" (…T10:30: a local zone is in the span
 * but not in the value, as TempEval-3 annotates it; UTC and GMT are written Z, as MEANTIME does), "noon", "midnight", "14:30 GMT"; a following
 * "today", "yesterday", weekday or month-day moves the day ("6 p.m. Wednesday", "5 p.m. EST, Nov. 6").
 */
import { amountMod, MONTH_RE, monthNumber, WEEKDAY_RE, weekdayNumber } from '../lexicon.js';
import type { Resolver } from '../normalise.js';
import type { Parser } from '../types.js';
import { copulaBefore, draft, pad2, perfectBefore, prevWord, re } from './util.js';

const DAY = String.raw`(?:,?\s+(?:on\s+)?(?:(?<day>today|yesterday|tomorrow|tonight|${WEEKDAY_RE})|(?<mon>${MONTH_RE})\s*(?<md>[0-3]?\d)(?![\d:.,]\d)(?![\p{L}\d]))|(?=\s*\([^()\n]{1,20}\)\s*(?<pday>today|yesterday|tomorrow|tonight|${WEEKDAY_RE}))|(?=,\s+(?<pmon>${MONTH_RE})\s*(?<pmd>[0-3]?\d)(?:st|nd|rd|th)(?![\p{L}\d]))|(?=\s+local\s+time,?\s+(?:on\s+)?(?<lday>today|yesterday|tomorrow|tonight|${WEEKDAY_RE}))|)`;

/**
 * The day of a clock time: a following "today", weekday or month-day ("5 p.m. EST, Nov. 6"), else the
 * DCT. `deadline`: after "until" or "by", a weekday is the coming one unless the sentence is in the
 * simple past ("has given them until 9 a.m. Tuesday").
 */
function dayValue(r: Resolver, g: Record<string, string | undefined>, deadline: 'ahead' | 'unless-past' | null = null): string {
  if (g.mon && g.md) return r.monthDay(monthNumber(g.mon), Number(g.md), null);
  // "at 16:15 UTC, June 1st": an ordinal day after a comma gives the value, not the span (MEANTIME tags it apart)
  if (g.pmon && g.pmd && /^\p{Lu}/u.test(g.pmon)) return r.monthDay(monthNumber(g.pmon), Number(g.pmd), null);
  // "10:35 a.m. (0735 GMT) Friday": the day after a parenthesis gives the value, not the span
  // ("4:17 a.m. local time on Sunday": the day after "local time" too)
  const day = g.day ?? g.pday ?? g.lday;
  const d = (day ?? '').toLowerCase();
  // without a publication date the day is unknown (XXXX-XX-XX, a weekday XXXX-WXX-3), not "now"
  if (!r.dct) return weekdayNumber(d) ? r.weekday(weekdayNumber(d), null) : 'XXXX-XX-XX';
  if (!day) return r.sentenceDay ?? r.day(0);
  if (d === 'today' || d === 'tonight') return r.day(0);
  if (d === 'yesterday') return r.day(-1);
  if (d === 'tomorrow') return r.day(1);
  if (deadline === 'ahead' || (deadline === 'unless-past' && r.tense !== 'past')) {
    const t = r.tense;
    r.tense = 'future';
    const v = r.weekday(weekdayNumber(d), null);
    r.tense = t;
    return v;
  }
  return r.weekday(weekdayNumber(d), null);
}

export const clock: Parser = {
  name: 'clock',
  triggers: ['#', 'about', 'around', 'approximately', 'shortly', 'just'],
  pattern: re(String.raw`(?:(?<am>about|around|approximately|shortly\s+(?:after|before)|just\s+(?:after|before))\s+)?(?<h>[012]?\d)(?:[:.](?<mi>[0-5]\d))?(?:\s*(?:(?<ap>a\.?m\.?|p\.?m\.?)|(?<oc>o['’]clock)|(?<ip>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))|(?<h24>(?<=:[0-5]\d)))(?:\s*\(?(?<tz>GMT|UTC|Z|[A-Z]{1,2}[SD]?T|BST|CET|CEST|EET|EEST|MSK|JST|KST|HKT|SGT|AEST|AEDT|IST)(?<off>\s*[+−-]\s*\d{1,2}(?::?[0-5]\d)?)?\)?(?![\p{L}]))?${DAY}`),
  build(m, cx) {
    const g = m.groups!;
    // "The deadline is 5 p.m. Friday", "the vote is at 9 a.m. Monday": a time told as set is to come
    const deadline = /^(?:until|till|by)$/.test(prevWord(cx)) ? (perfectBefore(cx) ? 'ahead' : 'unless-past') : copulaBefore(cx) ? 'ahead' : null;
    let h = Number(g.h);
    const mi = g.mi ? Number(g.mi) : 0;
    if (h > 24 || (g.ap && (h > 12 || h === 0))) return null;
    if (!g.ap && !g.oc && !g.mi && !g.ip) return null;
    // "4 in the morning", "10 at night"
    if (g.ip) {
      if (h < 1 || h > 12) return null;
      const part = g.ip.toLowerCase().replace(/\s+/g, ' ');
      if (part === 'in the morning') h = h === 12 ? 0 : h;
      else if (part === 'at night') h = h === 12 ? 0 : h >= 6 ? h + 12 : h;
      else if (h < 12) h += 12;
    }
    // a bare "10:30" is too often a score or a ratio; a 24-hour time is one after "at", "by", "until" … or before
    // "local time" ("at 15:30 local time", "by 20:00")
    if (g.h24 !== undefined && !g.tz && !g.day && !(h <= 24 && (/^(?:at|by|until|till|from|around|about|before|after|since|between)$/.test(prevWord(cx))
      || /^\s+local\s+time\b/i.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 12))))) return null;
    if (g.ap) {
      const pm = /^p/i.test(g.ap);
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
    }
    if (g.mon && !/^\p{Lu}/u.test(g.mon)) return null;
    // UTC is written Z; a local zone (EST, CET …) stays in the span only: the value is the local time
    // ("6:40 p.m. (GMT +8)": an offset makes it a local time, written without a zone)
    const zone = g.tz && /^(?:GMT|UTC|Z)$/i.test(g.tz) && !g.off ? 'Z' : '';
    const mod = g.am ? (/^(?:about|around|approximately)$/i.test(g.am) ? 'APPROX' : /after/i.test(g.am) ? 'AFTER' : 'BEFORE') : null;
    void amountMod;
    const d = draft(m, 'TIME', (r) => `${dayValue(r, g, deadline)}T${pad2(h)}:${pad2(mi)}${zone}`, mod, 'clock');
    // "(16:30 UTC)": a closing parenthesis without its opening one is not the timex's
    if (m[0].endsWith(')') && !m[0].includes('(')) d.end--;
    return d;
  },
};

export const noon: Parser = {
  name: 'noon',
  triggers: ['noon', 'midnight', 'midday'],
  pattern: re(String.raw`(?<w>noon|midnight|midday)${DAY}(?![\p{L}])`),
  build(m, cx) {
    const g = m.groups!;
    if (g.mon && !/^\p{Lu}/u.test(g.mon)) return null;
    // "high noon", "High Noon": an idiom and a film
    if (/\bhigh\s*$/i.test(cx.a.text.slice(Math.max(0, m.index - 6), m.index))) return null;
    const w = g.w.toLowerCase();
    return draft(m, 'TIME', (r) => `${dayValue(r, g)}T${w === 'midnight' ? '24:00' : '12:00'}`, null, 'noon');
  },
};

/** "0800 UTC", "1430 GMT": a four-digit clock time is one only with UTC or GMT (not in a parenthesis after another time). */
export const militaryClock: Parser = {
  name: 'militaryClock',
  triggers: ['#'],
  pattern: re(String.raw`(?<h>[01]\d|2[0-3])(?<mi>[0-5]\d)\s*(?:GMT|UTC)(?![\p{L}])${DAY}`),
  build(m, cx) {
    const g = m.groups!;
    if (prevWord(cx) === '(') return null;
    if (g.mon && !/^\p{Lu}/u.test(g.mon)) return null;
    return draft(m, 'TIME', (r) => `${dayValue(r, g)}T${g.h}:${g.mi}Z`, null, 'militaryClock');
  },
};
