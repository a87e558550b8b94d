/**
 * "two years ago" 2022, "three weeks ago" 2024-W40, "a week ago" the day (2024-10-16), "three days from now", "months ago" PAST_REF;
 * "a year earlier" counts from the last date mentioned (in a report of quarterly results, "a year ago"
 * is the same quarter a year before). The value has the unit's granularity. "one year after he was
 * killed" is a duration (the duration parser takes it); "an hour later", "three days later" are the
 * durations "an hour", "three days" (TimeML: "later" is a signal).
 */
import { fmtQuarter } from '../calendar.js';
import { amountMod, AMOUNT_MOD_RE, AMOUNT_MOD_TRIGGERS, duration as dur, NUM_RE, parseCount, UNIT_RE } from '../lexicon.js';
import { granularity, type Resolver } from '../normalise.js';
import type { Parser } from '../types.js';
import { NUMBER_TRIGGERS } from './duration.js';
import { draft, re } from './util.js';

function yearsBackInQuarters(r: Resolver, n: number, sign: number): string | null {
  const q = r.lastQuarter;
  if (!q || !/^\d{4}-Q\d$/.test(q) || !Number.isInteger(n)) return null;
  const idx = Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1 + sign * 4 * n;
  return fmtQuarter(Math.floor(idx / 4), (idx % 4) + 1);
}

export const ago: Parser = {
  name: 'ago',
  triggers: [...NUMBER_TRIGGERS, ...AMOUNT_MOD_TRIGGERS, 'days', 'weeks', 'months', 'years', 'decades', 'hours', 'minutes'],
  pattern: re(String.raw`${AMOUNT_MOD_RE}(?:(?<n>${NUM_RE})[\s-]+)?(?<unit>${UNIT_RE})(?<orso>\s+or\s+so)?\s+(?<dir>ago|earlier|later|afterwards?|thereafter|from\s+now|hence|back|(?:before|after)(?=\s*(?:[.,;:!?)'"”’]|$|and\b|but\b)))(?![\p{L}])`),
  build(m) {
    const g = m.groups!;
    const unit = g.unit.toLowerCase();
    if (!g.n && !/s$/.test(unit)) return null; // "year ago" needs a count; "years ago" is vague
    const n = g.n ? parseCount(g.n) : NaN;
    const dir = g.dir.toLowerCase();
    const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'back' ? -1 : 1;
    const mod = g.orso ? 'APPROX' : amountMod(g.am);
    // "an hour later", "three days later", "a few days later", "two years afterwards": the duration is the
    // timex and "later" its signal, as TimeML and TimeBank write it (4 of 4 in TBAQ)
    if (/^(?:hour|minute|second)/.test(unit) || /^(?:later|afterwards?|thereafter)$/.test(dir)) {
      const end = m.index + m[0].length - g.dir.length;
      const d = draft(m, 'DURATION', dur(n, unit), mod, 'ago');
      d.end = end;
      return d;
    }
    const g0 = granularity(unit) ?? 'day';
    const fromLast = dir !== 'ago' && dir !== 'back' && !dir.startsWith('from') && dir !== 'hence';
    return draft(m, 'DATE', (r) => {
      if (Number.isNaN(n)) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
      // "a week ago" names the day seven days back ("hit the country a week ago", "finishing second in Iowa
      // a week ago": one event, where "last Friday" would be ambiguous); "three weeks ago" stays a week
      if (g0 === 'week' && n === 1 && dir === 'ago') return r.ago(7, 'day', -1);
      if (g0 === 'year') {
        const q = yearsBackInQuarters(r, n, sign);
        if (q) return q;
      }
      // "… a year ago. Sales were $307 million a year earlier.": a second comparison over the same span back
      // names the same time, not one a year before it
      if (fromLast && sign < 0 && r.lastDate && r.lastDateAgo && /^(?:a|an|one)\s+\S+\s+(?:ago|earlier|before)$/.test(r.lastDateAgo)
        && n === 1 && r.lastDateAgo.split(/\s+/)[1].replace(/s$/, '') === unit.replace(/s$/, '')) return r.lastDate;
      return fromLast && r.lastDate ? r.fromLastBy(n * sign, g0) : r.ago(n, g0, sign);
    }, mod, 'ago');
  },
};

/**
 * "year-earlier", "year-ago" before a noun ("a year-earlier loss"): in a report that named a quarter,
 * that quarter a year before; otherwise the year before publication.
 */
export const yearAgoAdjective: Parser = {
  name: 'yearAgoAdjective',
  triggers: ['year'],
  pattern: re(String.raw`year-(?:earlier|ago)(?=\s+\p{L})`),
  build(m) {
    return draft(m, 'DATE', (r) => yearsBackInQuarters(r, 1, -1) ?? r.unit('year', -1), null, 'ago');
  },
};
