/** Sets: "every week" P1W, "each year" P1Y, "every Monday" XXXX-WXX-1, "daily" P1D, "weekly", "annually", "twice a week". */
import { duration as dur, NUM_RE, parseCount, UNIT_RE, WEEKDAY_RE, weekdayNumber } from '../lexicon.js';
import type { Parser } from '../types.js';
import { draft, re } from './util.js';

const ADVERBS: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H', nightly: 'P1D',
  quarterly: 'P1Q', biweekly: 'P2W', fortnightly: 'P2W',
};

export const everySet: Parser = {
  name: 'set',
  triggers: ['every', 'each', 'per'],
  pattern: re(String.raw`(?:every|each|per)\s+(?:(?<other>other)\s+|(?<n>${NUM_RE})\s+)?(?:(?<wd>${WEEKDAY_RE})|(?<unit>${UNIT_RE})|(?<part>morning|afternoon|evening|night))(?![\p{L}])`),
  build(m) {
    const g = m.groups!;
    if (g.wd) return draft(m, 'SET', `XXXX-WXX-${weekdayNumber(g.wd)}`, null, 'set');
    if (g.part) return draft(m, 'SET', `TXX`.replace('XX', { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[g.part.toLowerCase()]!), null, 'set');
    const n = g.other ? 2 : g.n ? parseCount(g.n) : 1;
    return draft(m, 'SET', dur(n, g.unit), null, 'set');
  },
};

export const adverbSet: Parser = {
  name: 'adverbSet',
  triggers: Object.keys(ADVERBS),
  pattern: re(String.raw`(?<w>daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly|fortnightly)(?![\p{L}-])`),
  build(m) {
    return draft(m, 'SET', ADVERBS[m.groups!.w.toLowerCase()], null, 'adverbSet');
  },
};
