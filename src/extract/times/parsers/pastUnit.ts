/** "the past week" P1W, "the past year" P1Y, "past decade" P10Y: a span reaching back to publication. */
import { duration as dur } from '../lexicon.js';
import type { Parser } from '../types.js';
import { draft, re } from './util.js';

export const pastUnit: Parser = {
  name: 'pastUnit',
  triggers: ['the', 'past'],
  pattern: re(String.raw`(?:the\s+)?past\s+(?<unit>day|week|month|year|decade|century|quarter|weekend)(?![\p{L}\d-])`),
  build(m) {
    return draft(m, 'DURATION', dur(1, m.groups!.unit), null, 'pastUnit');
  },
};
