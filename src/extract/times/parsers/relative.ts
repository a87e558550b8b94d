/**
 * The unit around publication: "last week" 2024-W42, "this month" 2024-10, "next year" 2025,
 * "the last week", "early next year" (mod START), "earlier this month" (START), "the end of this
 * week" (END), "the current quarter".
 */
import { pointMod } from '../lexicon.js';
import { granularity } from '../normalise.js';
import type { Parser } from '../types.js';
import { draft, re, shiftOf } from './util.js';

export const relative: Parser = {
  name: 'relative',
  triggers: ['this', 'last', 'next', 'coming', 'previous', 'current', 'the', 'early', 'late', 'mid', 'middle', 'end', 'beginning', 'start', 'very', 'earlier', 'later'],
  pattern: re(String.raw`(?:(?<pm>(?:the\s+)?(?:very\s+)?(?:earlier|later|early|late|mid(?:dle)?|end|beginning|start|close)(?:\s+of)?)(?:\s+|-))?(?<the>the\s+)?(?<shift>this|last|next|coming|previous|current|present)\s+(?<fiscal>fiscal\s+|calendar\s+)?(?<unit>week|month|year|quarter|decade|weekend|century)(?![\p{L}\d-])`),
  build(m) {
    const g = m.groups!;
    // "This Week", "Next Year" with a capital unit are titles (a programme, a book)
    if (/^\p{Lu}/u.test(g.unit)) return null;
    const g0 = granularity(g.unit)!;
    const shift = shiftOf(g.shift)!;
    // "the next year", "the coming week" are spans of time (durations) more often than calendar units
    if (g.the && shift === 1 && !g.pm) return null;
    return draft(m, 'DATE', (r) => r.unit(g0, shift), pointMod(g.pm), 'relative');
  },
};
