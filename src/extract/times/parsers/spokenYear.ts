/** Years in words, as broadcast transcripts write them: "nineteen ninety-six" 1996, "two thousand" 2000. */
import type { Parser } from '../types.js';
import { draft, re } from './util.js';

const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** A year in words after a month or a season ("January nineteen ninety-seven", "the winter of nineteen ninety-four"), without named groups. */
export const SPOKEN_YEAR_RE = String.raw`(?:nineteen\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)(?![\p{L}-])`;

/** The year a match of SPOKEN_YEAR_RE names. */
export function spokenYearValue(s: string): number {
  const w = s.toLowerCase().split(/[\s-]+/).filter((x) => x !== 'and');
  if (w[0] === 'two') return 2000 + (w[2] ? (TENS[w[2]] ?? UNITS[w[2]] ?? 0) : 0);
  return 1900 + (TENS[w[1]] ?? 0) + (w[2] ? UNITS[w[2]] ?? 0 : 0);
}

export const spokenYear: Parser = {
  name: 'spokenYear',
  triggers: ['nineteen', 'two', 'the'],
  pattern: re(String.raw`(?:the\s+year\s+)?(?:(?<c>nineteen)\s+(?<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?<u>one|two|three|four|five|six|seven|eight|nine))?|(?<k>two\s+thousand)(?:\s+(?:and\s+)?(?<ku>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)(?![\p{L}-])`),
  build(m, cx) {
    const g = m.groups!;
    if (g.k) {
      if (!/^the\s+year/i.test(m[0]) && !/^(?:in|since|by|until|of)$/i.test(cx.a.tokens[cx.index - 1]?.text ?? '')) return null;
      return draft(m, 'DATE', String(2000 + (g.ku ? (TENS[g.ku.toLowerCase()] ?? UNITS[g.ku.toLowerCase()]) : 0)), null, 'spokenYear');
    }
    const y = 1900 + TENS[g.t.toLowerCase()] + (g.u ? UNITS[g.u.toLowerCase()] : 0);
    return draft(m, 'DATE', String(y), null, 'spokenYear');
  },
};
