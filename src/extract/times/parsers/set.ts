/** Sets: "every week" P1W, "each year" P1Y, "every Monday" XXXX-WXX-1, "daily" P1D, "weekly", "annually", "twice a week". */
import { duration as dur, monthNumber, NUM_RE, parseCount, SEASONS, UNIT_RE, WEEKDAY_RE, weekdayNumber } from '../lexicon.js';
import type { Parser } from '../types.js';
import { draft, prevWord, re } from './util.js';

const ADVERBS: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H', nightly: 'P1D',
  quarterly: 'P1Q', biweekly: 'P2W', fortnightly: 'P2W',
};

export const everySet: Parser = {
  name: 'set',
  triggers: ['every', 'each', 'per'],
  pattern: re(String.raw`(?:every|each|per)\s+(?:(?<other>other)\s+|(?<n>${NUM_RE})\s+)?(?:(?<wd>${WEEKDAY_RE})|(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)|(?<unit>${UNIT_RE})|(?<part>morning|afternoon|evening|night))(?![\p{L}])`),
  build(m) {
    const g = m.groups!;
    if (g.wd) return draft(m, 'SET', `XXXX-WXX-${weekdayNumber(g.wd)}`, null, 'set');
    // "each July", "every December": the month of every year
    if (g.mon) return /^\p{Lu}/u.test(g.mon) && !g.n && !g.other ? draft(m, 'SET', `XXXX-${String(monthNumber(g.mon)).padStart(2, '0')}`, null, 'set') : null;
    if (g.part) return draft(m, 'SET', `TXX`.replace('XX', { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[g.part.toLowerCase()]!), null, 'set');
    const n = g.other ? 2 : g.n ? parseCount(g.n) : 1;
    return draft(m, 'SET', dur(n, g.unit), null, 'set');
  },
};

export const adverbSet: Parser = {
  name: 'adverbSet',
  triggers: Object.keys(ADVERBS).filter((w) => w !== 'quarterly'),
  pattern: re(String.raw`(?<w>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|fortnightly)(?![\p{L}-])`),
  build(m, cx) {
    const w = m.groups!.w.toLowerCase();
    // "daily", "weekly", "hourly" … are sets as adjectives too ("a daily rally", "on a daily basis", "weekly
    // unemployment claims", "average hourly earnings", the TempEval-3 annotation); "annually" and "yearly"
    // only as adverbs (not "yearly results"). A capital inside a sentence is a title ("the Daily Mail").
    if (!/^(?:daily|weekly|monthly|hourly|nightly|biweekly|fortnightly)$/.test(w)) {
      const next = /^\s+([\p{L}]+)/u.exec(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1] ?? '';
      if (next && !/^(?:and|or|but|to|in|on|at|for|from|by|with|since|until|through|the|a|an|during|over|as|than|while|when|if|because)$/i.test(next)) return null;
      // a rate after an amount ("rise 8.5% annually", "10,000 units annually"), as "$1 billion a year"
      if (/\d(?:[\d,.]*\d)?(?:\s*(?:%|percent|(?:m|b|tr)illion))?\s+(?:[\p{L}-]+\s+)?$/u.test(cx.a.text.slice(Math.max(0, m.index - 30), m.index))) return null;
    }
    if (/^\p{Lu}/u.test(m[0]) && cx.a.sentences[cx.a.tokens[cx.index].sentence].first !== cx.index) return null;
    return draft(m, 'SET', ADVERBS[w], null, 'adverbSet');
  },
};

/** Plural weekdays are sets: "on Mondays" XXXX-WXX-1, "Monday and Tuesday nights" XXXX-WXX-2TNI. */
export const weekdaySet: Parser = {
  name: 'weekdaySet',
  triggers: ['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  pattern: re(String.raw`(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s|\s+(?<part>mornings|afternoons|evenings|nights))(?![\p{L}])`),
  build(m) {
    const g = m.groups!;
    if (!/^\p{Lu}/u.test(g.wd) || (g.part && /^\p{Lu}/u.test(g.part))) return null;
    const part = g.part ? `T${{ mornings: 'MO', afternoons: 'AF', evenings: 'EV', nights: 'NI' }[g.part.toLowerCase()]}` : '';
    return draft(m, 'SET', `XXXX-WXX-${weekdayNumber(g.wd)}${part}`, null, 'weekdaySet');
  },
};

/**
 * A season of every year: "every summer", "each winter" XXXX-SU / XXXX-WI, and "the past three summers"
 * (violence in each of them), a set of that season as TimeBank writes it.
 */
export const seasonSet: Parser = {
  name: 'seasonSet',
  triggers: ['every', 'each', 'past', 'last', 'previous'],
  pattern: re(String.raw`(?:(?:every|each)\s+(?<s>spring|summer|fall|autumn|winter)|(?:past|last|previous)\s+(?<n>${NUM_RE})\s+(?<ss>springs|summers|falls|autumns|winters))(?![\p{L}])`),
  build(m, cx) {
    const g = m.groups!;
    const w = (g.s ?? g.ss.replace(/s$/i, '')).toLowerCase();
    if (g.ss && !(parseCount(g.n) > 1)) return null;
    const d = draft(m, 'SET', `XXXX-${SEASONS[w]}`, null, 'seasonSet');
    // "the past three summers": with its article
    if (g.ss && prevWord(cx) === 'the') d.start = cx.a.tokens[cx.index - 1].start;
    return d;
  },
};
