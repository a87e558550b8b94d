/**
 * Quarters and halves: "the third quarter" 2024-Q3, "third-quarter", "the fiscal first quarter",
 * "the fourth quarter of 1998", "1998's second quarter", "Q3 2024", "the first half" 2024-H1. Without
 * a year: the last such quarter on or before publication, the coming one in future tense.
 */
import { fmtQuarter } from '../calendar.js';
import { MONTH_RE, monthNumber } from '../lexicon.js';
import type { Parser } from '../types.js';
import { draft, re, shiftOf } from './util.js';

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4 };

export const quarter: Parser = {
  name: 'quarter',
  triggers: ['the', 'first', 'second', 'third', 'fourth', 'final', 'fiscal', 'calendar', '#', 'q1', 'q2', 'q3', 'q4', 'this', 'last', 'next'],
  pattern: re(String.raw`(?:the\s+)?(?:(?:comparable|corresponding)\s+)?(?<ya>year[\s-](?:ago|earlier)\s+)?(?:(?<yr>(?:1[0-9]|20)\d\d|this\s+year|last\s+year|next\s+year)['’]?s?\s+)?(?:(?<fiscal>fiscal|calendar)\s+)?(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal[\s-]+)?(?<unit>quarter|half|period)|(?<two>first|last)\s+two\s+quarters|q(?<q>[1-4]))(?:\s+(?:of\s+)?(?:fiscal\s+)?(?<y2>(?:1[0-9]|20)\d\d|this\s+year|last\s+year|next\s+year))?(?![\p{L}\d])`),
  build(m, cx) {
    const g = m.groups!;
    // "the second half of July", "the fourth quarter of the game", "the first half of the 20th century": parts of something else
    // (not "a loss for the third quarter of $226 million")
    if (!g.y2 && !g.q && /^\s+of\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|the\s+(?!(?:fiscal\s+|calendar\s+|financial\s+)?year\b)[a-z\d])/.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
    // "the last half of 1989" H2, "the first two quarters of 1990" H1; "last quarter" is the previous one (relative)
    const unit = g.two ? 'half' : (g.unit ?? 'quarter').toLowerCase();
    const ord = (g.two ?? g.ord ?? '').toLowerCase();
    if (ord === 'last' && unit !== 'half') return null;
    if ((g.two || ord === 'last') && !g.y2 && !g.yr) return null;
    const n = g.q ? Number(g.q) : ord === 'last' ? 2 : ORD[ord];
    if (unit === 'period') return null;
    if (unit === 'half' && n > 2) return null;
    const y = g.yr ?? g.y2;
    const fmt = (year: number) => (unit === 'half' ? `${year}-H${n}` : fmtQuarter(year, n));
    // "the year-ago third quarter": the named quarter of the year before
    if (g.ya && !y) return draft(m, 'DATE', (r) => { const v = r.quarter(n, null); return /^\d{4}/.test(v) ? fmtQuarter(Number(v.slice(0, 4)) - 1, n) : v; }, null, 'quarterAnaphor');
    // "the third-quarter loss": the article belongs to the noun, the timex is the adjective
    const adjective = !g.ya && !y && !g.fiscal && g.ord && /^the\s/i.test(m[0]) && /^\S+-(?:quarter|half)$/i.test(m[0].slice(m[0].search(/\s/)).trim());
    if (adjective) {
      const d = draft(m, 'DATE', (r) => r.quarter(n, null), null, 'quarter');
      d.start = m.index + m[0].search(/\S+$/);
      if (unit === 'half') d.value = (r) => (r.dct ? fmt(r.dct.m > 6 || n === 1 ? r.dct.y : r.dct.y - 1) : `XXXX-H${n}`);
      return d;
    }
    if (y && /^\d/.test(y)) return draft(m, 'DATE', fmt(Number(y)), null, 'quarter');
    if (y) {
      const s = shiftOf(y.split(/\s+/)[0])!;
      return draft(m, 'DATE', (r) => (r.dct ? fmt(r.dct.y + s) : `XXXX-Q${n}`), null, 'quarter');
    }
    if (unit === 'half') return draft(m, 'DATE', (r) => (r.dct ? fmt(r.dct.m > 6 || n === 1 ? r.dct.y : r.dct.y - 1) : `XXXX-H${n}`), null, 'quarter');
    return draft(m, 'DATE', (r) => r.quarter(n, null), null, 'quarter');
  },
};

/** A quarter index (year × 4 + quarter − 1) back to its value. */
const fromIndex = (idx: number): string => fmtQuarter(Math.floor(idx / 4), (idx % 4) + 1);
const indexOf = (v: string): number | null => (/^\d{4}-Q\d$/.test(v) ? Number(v.slice(0, 4)) * 4 + Number(v.slice(6)) - 1 : null);

/**
 * "the quarter", "the latest quarter", "the year-earlier quarter", "the comparable year-ago quarter",
 * "the quarter a year ago", "last year's quarter", "the corresponding period last year", "the 1988
 * period": the last quarter named (or the last complete one), moved back a year when the words say
 * so. "The quarter ended Sept. 30" is the calendar quarter of the three months ending then.
 */
export const quarterAnaphor: Parser = {
  name: 'quarterAnaphor',
  triggers: ['the', 'that', 'this', 'last', 'latest', 'year', 'year-earlier', 'year-ago'],
  pattern: re(String.raw`(?:(?<that>that)\s+|the\s+)?(?:(?<yy>(?:1[0-9]|20)\d\d)\s+|(?<lyq>last\s+year['’]s)\s+|(?:(?:comparable|corresponding|same)\s+)?(?<w>latest|last|recent|most\s+recent|current|same|year[\s-]earlier|year[\s-]ago|previous|prior|corresponding|comparable)\s+)?(?:(?:fiscal|financial)\s+)?(?<unit>quarter|period)(?<ya>\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))?(?![\p{L}\d-])(?:(?=\s+(?:ended|ending)\s+(?<em>${MONTH_RE})\s*(?<ed>[0-3]?\d)(?!\d))|)`),
  build(m) {
    const g = m.groups!;
    const w = (g.w ?? '').toLowerCase().replace(/\s+/g, '-');
    const unit = g.unit.toLowerCase();
    const yearBack = !!g.ya || !!g.lyq || w === 'year-earlier' || w === 'year-ago';
    if (!/^(?:the|that)\b/i.test(m[0]) && !w && !g.lyq) return null;
    // "the period" alone is any span of time; "the 1988 period", "the year-ago period", "the latest
    // period" are quarters in results
    if (unit === 'period' && !yearBack && !g.yy && w !== 'latest') return null;
    if (g.that && (w || g.yy || unit === 'period')) return null;
    if ((w === 'corresponding' || w === 'comparable') && !yearBack) return null;
    if (w === 'current') return draft(m, 'DATE', (r) => r.unit('quarter', 0), null, 'quarterAnaphor');
    if (g.yy) {
      const yy = Number(g.yy);
      return draft(m, 'DATE', (r) => (r.lastQuarter ? fmtQuarter(yy, Number(r.lastQuarter.slice(6))) : String(yy)), null, 'quarterAnaphor');
    }
    if (g.em && !w && !g.ya) {
      // the three months ending on that day: the calendar quarter of their middle month
      const em = monthNumber(g.em);
      const ed = Number(g.ed);
      return draft(m, 'DATE', (r) => {
        const day = r.monthDay(em, ed, null);
        const y = /^\d{4}/.test(day) ? Number(day.slice(0, 4)) : null;
        if (y === null) return `XXXX-Q${Math.floor(((em + (ed >= 15 ? 10 : 9)) % 12) / 3) + 1}`;
        const mid = (y * 12 + em - 1) - (ed >= 15 ? 1 : 2);
        return fmtQuarter(Math.floor(mid / 12), Math.floor((mid % 12) / 3) + 1);
      }, null, 'quarter');
    }
    const back = yearBack ? -4 : w === 'previous' || w === 'prior' ? -1 : 0;
    // "the latest quarter" is the last one completed, "the latest period" the quarter being reported
    const latest = (w === 'latest' && unit === 'quarter') || w === 'last' || w === 'recent' || w === 'most-recent';
    void shiftOf;
    return draft(m, 'DATE', (r) => {
      // "the latest quarter" is the last one completed; "the quarter" the one last named
      const base = (latest ? null : r.lastQuarter) ?? r.unit('quarter', -1);
      const idx = indexOf(base);
      return idx === null ? base : fromIndex(idx + back);
    }, null, 'quarterAnaphor');
  },
};
