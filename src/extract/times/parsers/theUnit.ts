/**
 * The calendar unit of publication named with "the": "the year", "the full year", "the entire year",
 * "the fiscal year", "the end of the month", "year-end", "by year's end"; "(to end|for) the day" in
 * market reports is the day last named. "the year ended June 30" is a duration (P1Y).
 * Only after a preposition or a point modifier (else "the year" is too often a plain noun).
 */
import { pointMod } from '../lexicon.js';
import type { Parser } from '../types.js';
import { draft, prevWord, re } from './util.js';

export const theUnit: Parser = {
  name: 'theUnit',
  triggers: ['the', 'year', 'year-end', 'end', 'beginning', 'start', 'early', 'late', 'mid', 'middle'],
  pattern: re(String.raw`(?:(?<pm>(?:the\s+)?(?:end|beginning|start|middle|close)\s+of)\s+)?(?:the\s+(?<adj>full\s+|entire\s+|whole\s+|fiscal\s+|current\s+|calendar\s+|latest\s+fiscal\s+)?(?<unit>year|month|week|day)|(?<ye>year[\s-]end|year['’]s\s+end))(?<ended>\s+(?:ended|ending|ends|that\s+ended|which\s+ended))?(?![\p{L}\d-])`),
  build(m, cx) {
    const g = m.groups!;
    if (g.ye) return draft(m, 'DATE', (r) => r.unit('year', 0), 'END', 'theUnit');
    const unit = g.unit.toLowerCase() as 'year' | 'month' | 'week' | 'day';
    if (unit === 'day') {
      if (g.adj || g.ended) return null;
      // "the start of the day", "later in the day", "late in the day": the day last named (the DCT when none was)
      // ("at the end of the day" is an idiom: "in the end")
      if (g.pm && /\bend\b/i.test(g.pm) && /\bat\s+(?:the\s+)?$/i.test(cx.a.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      if (g.pm) return draft(m, 'DATE', (r) => r.anaphor('day'), pointMod(g.pm), 'theUnit');
      if (prevWord(cx) === 'in' && /^(?:late|later|early|earlier)$/.test(prevWord(cx, 2))) {
        // TimeBank and MEANTIME tag "the day" of "later in the day" ("later" is an adverb of its own), but all of "late in the day"
        const d = draft(m, 'DATE', (r) => r.anaphor('day'), null, 'theUnit');
        if (/^(?:late|early)$/.test(prevWord(cx, 2))) d.start = cx.a.tokens[cx.index - 2].start;
        return d;
      }
      // market reports: "to end the day at 9,505", "for the day, the Nikkei fell": the day last named
      if (!/^(?:end|ended|ending|ends|finish|finished|finishes|for)$/.test(prevWord(cx))) return null;
      // "for the day that its land vanishes" is no market day: "For the day, the Nikkei fell"
      if (prevWord(cx) === 'for' && !/^\s*[,.;]/.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      return draft(m, 'DATE', (r) => r.anaphor('day'), null, 'theUnit');
    }
    if (g.ended) {
      const d = draft(m, 'DURATION', unit === 'year' ? 'P1Y' : unit === 'month' ? 'P1M' : 'P1W', null, 'theUnit');
      d.end = m.index + m[0].length - g.ended.length;
      return d;
    }
    if (!g.pm && !g.adj && !/^(?:for|in|during|of|through|throughout|into|over)$/.test(prevWord(cx))) return null;
    const latest = /latest/i.test(g.adj ?? '');
    // "a loss in the fourth quarter of 2005 and for the entire year" (in January 2006): the year of the
    // last date named when that is last year, else publication's
    if (unit === 'year' && !g.pm && /^(?:full|entire|whole)\s/i.test(g.adj ?? '')) {
      return draft(m, 'DATE', (r) => {
        const y = r.lastDate ? Number(r.lastDate.slice(0, 4)) : NaN;
        return r.dct && y === r.dct.y - 1 ? r.lastDate!.slice(0, 4) : r.unit('year', 0);
      }, null, 'theUnit');
    }
    return draft(m, 'DATE', (r) => r.unit(unit, latest ? -1 : 0), pointMod(g.pm), 'theUnit');
  },
};
