/**
 * "the past week" P1W, "past decade" P10Y: a span reaching back to publication. "The past year" is
 * the year before publication's (a DATE), as TempEval-3 and MEANTIME annotate it ("grew rapidly over the
 * past year" in March 1998: 1997), like "the last year".
 */
import { duration as dur } from '../lexicon.js';
import type { Parser } from '../types.js';
import { draft, re } from './util.js';

export const pastUnit: Parser = {
  name: 'pastUnit',
  triggers: ['the', 'past'],
  pattern: re(String.raw`(?:the\s+)?past\s+(?<unit>day|week|month|year|decade|century|quarter|weekend)(?![\p{L}\d-])`),
  build(m) {
    if (m.groups!.unit.toLowerCase() === 'year' && /^the\s/i.test(m[0])) return draft(m, 'DATE', (r) => r.unit('year', -1), null, 'pastUnit');
    return draft(m, 'DURATION', dur(1, m.groups!.unit), null, 'pastUnit');
  },
};
