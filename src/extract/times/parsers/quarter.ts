/**
 * Quarters and halves: "the third quarter" 2024-Q3, "third-quarter", "the fiscal first quarter",
 * "the fourth quarter of 1998", "1998's second quarter", "Q3 2024", "the first half" 2024-H1. Without
 * a year: the last such quarter on or before publication, the coming one in future tense.
 */
import { fmtQuarter } from '../calendar.js';
import type { Parser } from '../types.js';
import { draft, re, shiftOf } from './util.js';

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

export const quarter: Parser = {
  name: 'quarter',
  triggers: ['the', 'first', 'second', 'third', 'fourth', 'fiscal', 'calendar', '#', 'q1', 'q2', 'q3', 'q4', 'this', 'last', 'next'],
  pattern: re(String.raw`(?:the\s+)?(?:(?<yr>(?:1[0-9]|20)\d\d|this\s+year|last\s+year|next\s+year)['’]?s?\s+)?(?:(?<fiscal>fiscal|calendar)\s+)?(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?(?<unit>quarter|half|period)|q(?<q>[1-4]))(?:\s+(?:of\s+)?(?:fiscal\s+)?(?<y2>(?:1[0-9]|20)\d\d|this\s+year|last\s+year|next\s+year))?(?![\p{L}\d])`),
  build(m) {
    const g = m.groups!;
    const n = g.q ? Number(g.q) : ORD[g.ord.toLowerCase()];
    const unit = (g.unit ?? 'quarter').toLowerCase();
    if (unit === 'period') return null;
    if (unit === 'half' && n > 2) return null;
    const y = g.yr ?? g.y2;
    const fmt = (year: number) => (unit === 'half' ? `${year}-H${n}` : fmtQuarter(year, n));
    if (y && /^\d/.test(y)) return draft(m, 'DATE', fmt(Number(y)), null, 'quarter');
    if (y) {
      const s = shiftOf(y.split(/\s+/)[0])!;
      return draft(m, 'DATE', (r) => (r.dct ? fmt(r.dct.y + s) : `XXXX-Q${n}`), null, 'quarter');
    }
    if (unit === 'half') return draft(m, 'DATE', (r) => (r.dct ? fmt(r.dct.m > 6 || n === 1 ? r.dct.y : r.dct.y - 1) : `XXXX-H${n}`), null, 'quarter');
    return draft(m, 'DATE', (r) => r.quarter(n, null), null, 'quarter');
  },
};

/** "the quarter", "the latest quarter", "the year-earlier quarter": the last quarter mentioned (or the last complete one). */
export const quarterAnaphor: Parser = {
  name: 'quarterAnaphor',
  triggers: ['the', 'this', 'last', 'latest', 'year', 'year-earlier', 'year-ago'],
  pattern: re(String.raw`(?:the\s+)?(?:(?<w>latest|last|recent|most\s+recent|current|same|year[\s-]earlier|year[\s-]ago|previous|prior)\s+)?quarter(?![\p{L}\d-])`),
  build(m) {
    const w = (m.groups!.w ?? '').toLowerCase().replace(/\s+/g, '-');
    if (!/^the\b/i.test(m[0]) && !w) return null;
    if (w === 'current') return draft(m, 'DATE', (r) => r.unit('quarter', 0), null, 'quarterAnaphor');
    const back = w === 'year-earlier' || w === 'year-ago' ? -4 : w === 'previous' || w === 'prior' ? -1 : 0;
    const latest = w === 'latest' || w === 'last' || w === 'recent' || w === 'most-recent';
    void shiftOf;
    return draft(m, 'DATE', (r) => {
      // "the latest quarter" is the last one completed; "the quarter" the one last named
      const base = (latest ? null : r.lastQuarter) ?? r.unit('quarter', -1);
      if (!/^\d{4}-Q\d$/.test(base)) return base;
      const [y, q] = [Number(base.slice(0, 4)), Number(base.slice(6))];
      const idx = y * 4 + q - 1 + back;
      return fmtQuarter(Math.floor(idx / 4), (idx % 4) + 1);
    }, null, 'quarterAnaphor');
  },
};
