/** A decade or century: "the 1990s" 199X, "the late 1980s" 198X END, "the '90s", "the 20th century" 19, "the 11th century" 10. */
import { pointMod, POINT_MOD_RE } from '../lexicon.js';
import type { Parser } from '../types.js';
import { draft, re } from './util.js';

const ORD: Record<string, number> = { '19th': 19, '20th': 20, '21st': 21, '18th': 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, eighteenth: 18 };
const WORD_DECADES: Record<string, string> = {
  twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9',
};

export const decade: Parser = {
  name: 'decade',
  triggers: ['#', 'the', 'early', 'late', 'mid', 'middle', 'end', 'beginning', 'start', 'very', "'", '’'],
  pattern: re(String.raw`${POINT_MOD_RE}(?:the\s+)?(?:(?<d>1[0-9]\d0|20\d0)'?s|['’](?<dd>\d0)'?s|(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?<c>(?:1\d|2[01]|[1-9])(?:st|nd|rd|th)|nineteenth|twentieth|twenty-first|eighteenth)\s+century)(?![\p{L}\d])`),
  build(m) {
    const g = m.groups!;
    const mod = pointMod(g.pm);
    if (g.d) return draft(m, 'DATE', g.d.slice(0, 3) + 'X', mod, 'decade');
    if (g.dd) return draft(m, 'DATE', '19' + g.dd[0] + 'X', mod, 'decade');
    if (g.w) {
      if (!/^the\b/i.test(m[0]) && !g.pm) return null; // "in his sixties" is an age, "the sixties" a decade
      return draft(m, 'DATE', '19' + WORD_DECADES[g.w.toLowerCase()] + 'X', mod, 'decade');
    }
    const c = ORD[g.c.toLowerCase()] ?? parseInt(g.c, 10);
    return draft(m, 'DATE', String(c - 1).padStart(2, '0'), mod, 'decade');
  },
};
