/**
 * "two years ago" 2022, "a week ago" 2024-W42, "three days from now"; "a year earlier", "two days
 * later" count from the last date mentioned. The value has the unit's granularity.
 */
import { amountMod, AMOUNT_MOD_RE, AMOUNT_MOD_TRIGGERS, NUM_RE, parseCount, UNIT_RE } from '../lexicon.js';
import { granularity } from '../normalise.js';
import type { Parser } from '../types.js';
import { draft, re } from './util.js';

export const ago: Parser = {
  name: 'ago',
  triggers: ['#', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
    'seventy', 'eighty', 'ninety', 'hundred', 'few', 'several', 'many', 'couple', 'dozen', 'half', ...AMOUNT_MOD_TRIGGERS],
  pattern: re(String.raw`${AMOUNT_MOD_RE}(?<n>${NUM_RE})[\s-]+(?<unit>${UNIT_RE})\s+(?<dir>ago|earlier|before|later|after|from\s+now|hence|back)(?![\p{L}])`),
  build(m) {
    const g = m.groups!;
    const n = parseCount(g.n);
    const unit = g.unit.toLowerCase();
    const g0 = granularity(unit.startsWith('hour') || unit.startsWith('minute') ? 'day' : unit) ?? 'day';
    const dir = g.dir.toLowerCase();
    const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'back' ? -1 : 1;
    const mod = amountMod(g.am);
    const fromLast = dir === 'earlier' || dir === 'later' || dir === 'before' || dir === 'after';
    if (/^(?:hour|minute|second)/.test(unit)) return draft(m, 'TIME', (r) => (sign < 0 ? 'PAST_REF' : 'FUTURE_REF'), mod, 'ago');
    if (fromLast) {
      return draft(m, 'DATE', (r) => (Number.isNaN(n) ? (sign < 0 ? 'PAST_REF' : 'FUTURE_REF') : r.lastDate ? r.fromLastBy(n * sign, g0) : r.ago(n, g0, sign)), mod, 'ago');
    }
    return draft(m, 'DATE', (r) => r.ago(n, g0, sign), mod, 'ago');
  },
};
