/**
 * "this morning", "last night", "this afternoon", "late last night" → the publication day's part of day;
 * "in the morning", "during the afternoon" → the part of the day last named (the DCT when none was).
 */
import { PARTS_OF_DAY, pointMod } from '../lexicon.js';
import type { Parser } from '../types.js';
import { draft, prevWord, re } from './util.js';

export const partOfDay: Parser = {
  name: 'partOfDay',
  triggers: ['this', 'last', 'early', 'late', 'earlier', 'later', 'mid', 'the'],
  pattern: re(String.raw`(?:(?<pm>earlier|later|early|late|mid)(?:\s+|-))?(?:(?<w>this|last)\s+|(?<the>the)\s+|(?<=\b(?:mid|late)[\s-]))(?<part>morning|afternoon|evening|night)(?:\s+(?<day>yesterday|today|tomorrow)(?![\p{L}]))?(?![\p{L}])`),
  build(m, cx) {
    const g = m.groups!;
    const p = PARTS_OF_DAY[g.part.toLowerCase()];
    if (g.the) {
      // "in the morning", "during the afternoon": not "the night of Oct. 23", not "the evening news"
      if (g.pm || g.part.toLowerCase() === 'night' || !/^(?:in|during)$/.test(prevWord(cx))) return null;
      if (!/^\s*(?:[,.;:)]|$|(?:and|but|to|before|after|as|when|while|with|on|at|in|of|for|from|until)\b)/i.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      return draft(m, 'TIME', (r) => `${r.dct ? r.anaphor('day') : 'XXXX-XX-XX'}T${p}`, null, 'partOfDay');
    }
    // "mid-afternoon yesterday", "late morning today": the day follows the part
    const dayWord = g.day?.toLowerCase();
    const n = dayWord === 'yesterday' ? -1 : dayWord === 'tomorrow' ? 1 : dayWord === 'today' ? 0 : g.w?.toLowerCase() === 'last' ? -1 : 0;
    if (!g.w && !g.pm) return null;
    return draft(m, 'TIME', (r) => `${r.dayOf(n)}T${p}`, pointMod(g.pm), 'partOfDay');
  },
};

/** "in morning trading", "in late afternoon dealings": the part of the day last named (market reports). */
export const tradingPart: Parser = {
  name: 'tradingPart',
  triggers: ['morning', 'afternoon', 'evening', 'early', 'late', 'mid'],
  pattern: re(String.raw`(?:(?<pm>early|late|mid)(?:\s+|-))?(?<part>morning|afternoon|evening)(?=\s+(?:trading|trade|session|dealings|deals)(?![\p{L}]))`),
  build(m, cx) {
    const g = m.groups!;
    if (!/^(?:in|during|by|from|at)$/.test(prevWord(cx))) return null;
    const p = PARTS_OF_DAY[g.part.toLowerCase()];
    return draft(m, 'TIME', (r) => `${r.dct ? r.anaphor('day') : 'XXXX-XX-XX'}T${p}`, pointMod(g.pm), 'tradingPart');
  },
};
