/** Seasons: "last fall" 2023-FA, "this summer", "the spring of 1998", "early next spring"; bare ones need "the"/"in" before. */
import { pointMod, SEASONS } from '../lexicon.js';
import type { Parser } from '../types.js';
import { SPOKEN_YEAR_RE, spokenYearValue } from './spokenYear.js';
import { anaphorBefore } from './month.js';
import { draft, prevWord, re, shiftOf } from './util.js';

export const season: Parser = {
  name: 'season',
  triggers: ['spring', 'summer', 'fall', 'autumn', 'winter', 'last', 'next', 'this', 'coming', 'past', 'early', 'late', 'mid', 'the'],
  pattern: re(String.raw`(?:(?<pm>(?:the\s+)?(?:early|late|mid|end\s+of|beginning\s+of))(?:\s+|-)|the\s+(?=(?:spring|summer|fall|autumn|winter)\s+of\s+(?:(?:1[0-9]|20)\d\d(?![\d,.]\d)|nineteen|two\s+thousand)))?(?:(?<shift>last|next|this|coming|past)\s+)?(?<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?:(?<y>(?:1[0-9]|20)\d\d)(?:[-–/](?:\d\d|\d)(?![\d%]))?|(?<sy>${SPOKEN_YEAR_RE})))?(?![\p{L}\d-])`),
  build(m, cx) {
    const g = m.groups!;
    const code = SEASONS[g.s.toLowerCase()];
    const mod = pointMod(g.pm);
    if (g.y) return draft(m, 'DATE', `${g.y}-${code}`, mod, 'season');
    // "the winter of nineteen ninety-four" (broadcast transcripts)
    if (g.sy) return draft(m, 'DATE', `${spokenYearValue(g.sy)}-${code}`, mod, 'season');
    // "that summer", "the following spring": the season in, after or before the last date named
    const ana = !g.shift && !g.pm && !g.y && !g.sy ? anaphorBefore(cx) : null;
    if (ana) {
      if (/^\s+of\b/i.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      const d = draft(m, 'DATE', (r) => r.seasonFromLast(code, ana.dir), mod, 'season');
      d.start = ana.start;
      return d;
    }
    if (!g.shift && !g.pm) {
      const p = prevWord(cx);
      if (!(p === 'the' && /^(?:in|this|during|by|until|till|over|since|through|throughout|into|before|after)$/.test(prevWord(cx, 2))) && !/^(?:in|during|by|until|since|through)$/.test(p)) return null;
      if (g.s.toLowerCase() === 'fall' && p !== 'the') return null;
      // "after the fall of the wall", "the winter of discontent": a noun phrase, no season
      if (/^\s+of\b/i.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
    }
    const shift = shiftOf(g.shift);
    const d = draft(m, 'DATE', (r) => r.season(code, shift), mod, 'season');
    // "well into the summer", "throughout the spring": the span keeps its article (TimeBank)
    if (!g.shift && !g.pm && prevWord(cx) === 'the' && /^(?:throughout|into|before|after|till)$/.test(prevWord(cx, 2))) d.start = cx.a.tokens[cx.index - 1].start;
    return d;
  },
};
