/**
 * Our TIMEX3 normaliser. A Resolver holds what a relative expression is resolved against: the
 * publication date (the DCT), the tense of the expression's sentence, and the last date the text
 * mentioned (for "the same day", "that week" …). Its methods give TIMEX3 values at the granularity
 * the expression names: a day 2024-10-23, a week 2024-W42, a month 2024-10, a quarter 2024-Q3,
 * a year 2024, a decade 199X, a century 19; a part of day 2024-10-23TNI.
 *
 * Without a publication date, relative expressions get underspecified values (XXXX-10, XXXX-WXX-3)
 * or PAST_REF / PRESENT_REF / FUTURE_REF.
 */
import {
  addDays, addMonths, fmtDay, fmtMonth, fmtQuarter, fmtWeek, fmtYear, quarterOf, shiftValue,
  weekdayOnOrAfter, weekdayOnOrBefore, type Ymd,
} from './calendar.js';

export type Tense = 'past' | 'present' | 'future' | null;
/** How a relative expression is shifted: last/previous (-1), this (0), next/coming (+1), or bare (null). */
export type Shift = -1 | 0 | 1 | null;

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century' | 'weekend';

export class Resolver {
  /** Tense of the sentence of the expression being resolved. */
  tense: Tense = null;
  /** The last calendar value (a day, week, month, quarter or year) mentioned before this expression. */
  lastDate: string | null = null;
  /** The last day named in the sentence being resolved (2024-10-18), the day of a clock time without one. */
  sentenceDay: string | null = null;
  /** The last day mentioned (2024-10-18), for "the day" after a month or a year was named since. */
  lastDay: string | null = null;
  /** The last quarter mentioned (2024-Q3), for "the quarter", "the year-earlier quarter". */
  lastQuarter: string | null = null;
  /** The text of the expression that set lastDate when it was a comparison back in time ("a year ago"), else null. */
  lastDateAgo: string | null = null;

  constructor(readonly dct: Ymd | null) {}

  /** The DCT shifted by `n` days, as a day. */
  day(n: number): string {
    if (!this.dct) return n === 0 ? 'PRESENT_REF' : n < 0 ? 'PAST_REF' : 'FUTURE_REF';
    return fmtDay(addDays(this.dct, n));
  }

  /** The DCT shifted by `n` days as the day of a time of day ("tonight" 2024-10-23TNI): XXXX-XX-XX without a DCT. */
  dayOf(n: number): string {
    return this.dct ? fmtDay(addDays(this.dct, n)) : 'XXXX-XX-XX';
  }

  /** A weekday (1 = Monday) against the DCT: bare ones by tense, the publication day when it matches. */
  weekday(dow: number, shift: Shift): string {
    const d = this.dct;
    if (!d) return `XXXX-WXX-${dow}`;
    if (shift === -1) return fmtDay(weekdayOnOrBefore(addDays(d, -1), dow));
    if (shift === 1) return fmtDay(weekdayOnOrAfter(addDays(d, 1), dow));
    if (shift === 0) {
      // "this Friday": in this week; in future tense the coming one
      return fmtDay(this.tense === 'future' ? weekdayOnOrAfter(d, dow) : weekdayOnOrBefore(addDays(d, 3), dow));
    }
    return fmtDay(this.tense === 'future' ? weekdayOnOrAfter(d, dow) : weekdayOnOrBefore(d, dow));
  }

  /**
   * "the previous Friday" (-1), "the following Monday" (+1): that weekday strictly before or after the
   * last day mentioned, else the DCT.
   */
  weekdayFromLast(dow: number, dir: -1 | 1): string {
    const m = this.lastDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(this.lastDate) : null;
    const base = m ? { y: +m[1], m: +m[2], d: +m[3] } : this.dct;
    if (!base) return `XXXX-WXX-${dow}`;
    return fmtDay(dir < 0 ? weekdayOnOrBefore(addDays(base, -1), dow) : weekdayOnOrAfter(addDays(base, 1), dow));
  }

  /** The week, month, quarter, year … containing the DCT, shifted by `n` of that unit. */
  unit(g: Granularity, n: number): string {
    const d = this.dct;
    if (!d) return n === 0 ? 'PRESENT_REF' : n < 0 ? 'PAST_REF' : 'FUTURE_REF';
    switch (g) {
      case 'day': return fmtDay(addDays(d, n));
      case 'week': return fmtWeek(addDays(d, 7 * n));
      case 'weekend': return `${fmtWeek(addDays(d, 7 * n))}-WE`;
      case 'month': { const x = addMonths(d, n); return fmtMonth(x.y, x.m); }
      case 'quarter': { const x = addMonths(d, 3 * n); return fmtQuarter(x.y, quarterOf(x.m)); }
      case 'half': { const x = addMonths(d, 6 * n); return `${fmtYear(x.y)}-H${x.m <= 6 ? 1 : 2}`; }
      case 'year': return fmtYear(d.y + n);
      case 'decade': return `${String(Math.floor(d.y / 10) + n).padStart(3, '0')}`;
      case 'century': return `${String(Math.floor(d.y / 100) + n).padStart(2, '0')}`;
    }
  }

  /** "n units ago" / "n units from now": the DCT moved by n units, at the unit's granularity. */
  ago(n: number, g: Granularity, sign: -1 | 1): string {
    if (!this.dct || Number.isNaN(n)) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
    if (g === 'decade') return this.unit('year', sign * n * 10);
    if (g === 'century') return this.unit('year', sign * n * 100);
    return this.unit(g, sign * n);
  }

  /** The year of a month (1–12) named without one: by shift, else by tense, else the DCT's year. */
  monthYear(month: number, shift: Shift, untensed = false): number | null {
    const d = this.dct;
    if (!d) return null;
    const tense = untensed ? null : this.tense;
    if (shift === -1) return month < d.m ? d.y : d.y - 1;
    if (shift === 1) return month > d.m ? d.y : d.y + 1;
    if (shift === 0) return d.y;
    if (tense === 'past') return month <= d.m ? d.y : d.y - 1;
    if (tense === 'future') return month >= d.m ? d.y : d.y + 1;
    // no tense: the nearest such month
    const diff = month - d.m;
    return diff > 6 ? d.y - 1 : diff < -6 ? d.y + 1 : d.y;
  }

  /** A month named without a year; `untensed`: the nearest, whatever the tense. */
  month(month: number, shift: Shift, untensed = false): string {
    const y = this.monthYear(month, shift, untensed);
    return y === null ? `XXXX-${String(month).padStart(2, '0')}` : fmtMonth(y, month);
  }

  /**
   * "that November" (dir 0), "the following March" (1), "the previous June" (-1): the month in the year of
   * the last date named, or the first such month after or before it; without one, as a bare month
   * ("that") or as next/last.
   */
  monthFromLast(month: number, dir: -1 | 0 | 1): string {
    const m = this.lastDate ? /^(\d{4})(?:-(\d{2}))?/.exec(this.lastDate) : null;
    if (!m) return this.month(month, dir === 0 ? null : dir);
    const y = +m[1];
    const m0 = m[2] ? +m[2] : null;
    if (dir === 0) return fmtMonth(y, month);
    if (dir === 1) return fmtMonth(m0 !== null && month > m0 ? y : y + 1, month);
    return fmtMonth(m0 !== null && month < m0 ? y : y - 1, month);
  }

  /**
   * A day of a month named without a year ("Oct. 5"): the one nearest the DCT; in past tense not
   * more than two weeks after it, in future tense not more than two weeks before it.
   */
  monthDay(month: number, day: number, shift: Shift, untensed = false): string {
    const d = this.dct;
    if (!d) return `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (shift !== null) return fmtDay({ y: this.monthYear(month, shift)!, m: month, d: day });
    const at = (y: number) => Date.UTC(y, month - 1, day) - Date.UTC(d.y, d.m - 1, d.d);
    let y = d.y;
    for (const c of [d.y - 1, d.y + 1]) if (Math.abs(at(c)) < Math.abs(at(y))) y = c;
    const days = at(y) / 86400000;
    if (!untensed && this.tense === 'past' && days > 60) y--;
    if (!untensed && this.tense === 'future' && days < -60) y++;
    return fmtDay({ y, m: month, d: day });
  }

  /**
   * A day of a month named as a deadline or target ("payable Dec. 7"): the first on or after the DCT
   * (three days' grace); but a day up to two months before the DCT is this year's ("this year through
   * Oct. 19" on Oct. 27), as a deadline almost a year away would be written with its year.
   */
  monthDayAhead(month: number, day: number): string {
    const d = this.dct;
    if (!d) return `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const back = (Date.UTC(d.y, d.m - 1, d.d) - Date.UTC(d.y, month - 1, day)) / 86400000;
    const y = back <= 60 ? d.y : d.y + 1;
    return fmtDay({ y, m: month, d: day });
  }

  /** A month named as a deadline or target ("by August", "through January"): this one or the coming one. */
  monthAhead(month: number): string {
    const d = this.dct;
    if (!d) return `XXXX-${String(month).padStart(2, '0')}`;
    return fmtMonth(month >= d.m ? d.y : d.y + 1, month);
  }

  /** A season ("last fall" 2023-FA) — seasons are named by the year they begin in. */
  season(code: string, shift: Shift): string {
    const d = this.dct;
    if (!d) return `XXXX-${code}`;
    const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 6;
    // the season containing the DCT (winter of y covers Dec y – Feb y+1)
    const cur = d.m === 12 || d.m <= 2 ? 12 : d.m <= 5 ? 3 : d.m <= 8 ? 6 : 9;
    const curYear = d.m <= 2 ? d.y - 1 : d.y;
    let y = curYear;
    // a later season of the year is last year's in the past tense, else the coming one
    if (start > cur && cur !== 12 && (shift !== null || this.tense === 'past')) y = curYear - 1;
    if (shift === 1 || (shift === null && this.tense === 'future')) y = start > cur || (cur === 12 && start === 12) ? curYear : curYear + 1;
    if (shift === 1 && start === cur) y = curYear + 1;
    if (shift === -1 && start === cur) y = curYear - 1;
    if (shift === 0) y = start === 12 ? curYear : d.y;
    return `${fmtYear(y)}-${code}`;
  }

  /** "that summer" (0), "the following spring" (1), "the previous winter" (-1) against the last date named. */
  seasonFromLast(code: string, dir: -1 | 0 | 1): string {
    const m = this.lastDate ? /^(\d{4})(?:-(\d{2}))?/.exec(this.lastDate) : null;
    if (!m) return this.season(code, dir === 0 ? null : dir);
    const y = +m[1];
    const m0 = m[2] ? +m[2] : null;
    const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 6;
    const year = dir === 0 ? y : dir === 1 ? (m0 !== null && start > m0 ? y : y + 1) : (m0 !== null && start < m0 ? y : y - 1);
    return `${fmtYear(year)}-${code}`;
  }

  /** A calendar quarter (1–4) without a year: the last such quarter on or before the DCT's, or the coming one. */
  quarter(q: number, shift: Shift): string {
    const d = this.dct;
    if (!d) return `XXXX-Q${q}`;
    const cur = quarterOf(d.m);
    let y = d.y;
    if (shift === -1) y = q < cur ? d.y : d.y - 1;
    else if (shift === 1) y = q > cur ? d.y : d.y + 1;
    else if (shift === 0) y = d.y;
    // results are reported after a quarter ends: the quarter just past is this year's even in future tense
    // (in the first quarter, the quarter just ended is last year's fourth: "will report fourth-quarter earnings" in February)
    else if (this.tense === 'future') y = cur === 1 && q === 4 ? d.y - 1 : q >= cur - 1 ? d.y : d.y + 1;
    // past tense: the last such quarter, but the one after the DCT's in the same year is the coming one
    // ("closing plants during the fourth quarter", said in August), as with months
    else y = q <= cur || q === cur + 1 ? d.y : d.y - 1;
    return fmtQuarter(y, q);
  }

  /** The last date mentioned, at a granularity (for "that day", "the same week"), else the DCT's. */
  anaphor(g: Granularity): string {
    const last = this.lastDate;
    if (last) {
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(last);
      if (m) {
        if (g === 'day' && m[3]) return last.slice(0, 10);
        // "posted gains on Friday … jobs fell in March … ending the day at 8,017": the last day named
        if (g === 'day' && this.lastDay) return this.lastDay;
        if (g === 'month' && m[2]) return last.slice(0, 7);
        if (g === 'year') return m[1];
        if (g === 'week' && m[3]) return fmtWeek({ y: +m[1], m: +m[2], d: +m[3] });
        if (g === 'week' && /^\d{4}-W\d{2}$/.test(last)) return last;
      }
    }
    return this.unit(g, 0);
  }

  /**
   * The last date mentioned moved by n units of g ("a year earlier", "two days later"), at the last
   * date's own granularity; when that is coarser than g, the DCT is moved instead.
   */
  fromLastBy(n: number, g: Granularity): string {
    const last = this.lastDate;
    const months = g === 'month' ? n : g === 'quarter' ? 3 * n : g === 'year' ? 12 * n : g === 'decade' ? 120 * n : g === 'century' ? 1200 * n : 0;
    const days = g === 'day' ? n : g === 'week' || g === 'weekend' ? 7 * n : 0;
    let m: RegExpExecArray | null;
    if (last && (m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(last))) {
      const x = { y: +m[1], m: +m[2], d: +m[3] };
      return fmtDay(months ? addMonths(x, months) : addDays(x, days));
    }
    if (last && (m = /^(\d{4})-W(\d{2})$/.exec(last)) && (days || months)) {
      return shiftValue(last, days ? days / 7 : Math.round(months * 52 / 12)) ?? last;
    }
    if (last && /^\d{4}-\d{2}$/.test(last) && months) return shiftValue(last, months) ?? last;
    if (last && /^\d{4}-Q\d$/.test(last) && months && months % 3 === 0) return shiftValue(last, months / 3) ?? last;
    if (last && /^\d{4}$/.test(last) && months && months % 12 === 0) return shiftValue(last, months / 12) ?? last;
    return this.ago(Math.abs(n), g, n < 0 ? -1 : 1);
  }

  /** The last date mentioned shifted by n units ("the next day", "a year earlier"). */
  fromLast(g: Granularity, n: number): string {
    const base = this.anaphor(g);
    return shiftValue(base, n) ?? base;
  }
}

/** The granularity word of a unit (day, week …). */
export function granularity(unit: string): Granularity | null {
  const u = unit.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
  switch (u) {
    case 'day': case 'week': case 'month': case 'quarter': case 'year': case 'decade': case 'century': case 'weekend':
      return u;
    case 'centurie': return 'century';
    default: return null;
  }
}
