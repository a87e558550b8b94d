/** "this morning", "last night", "this afternoon", "late last night" → the publication day's part of day. */
import { PARTS_OF_DAY, pointMod } from '../lexicon.js';
import type { Parser } from '../types.js';
import { draft, re } from './util.js';

export const partOfDay: Parser = {
  name: 'partOfDay',
  triggers: ['this', 'last', 'early', 'late', 'earlier', 'later', 'mid'],
  pattern: re(String.raw`(?:(?<pm>earlier|later|early|late|mid)(?:\s+|-))?(?:(?<w>this|last)\s+|(?<=\b(?:mid|late)[\s-]))(?<part>morning|afternoon|evening|night)(?![\p{L}])`),
  build(m) {
    const g = m.groups!;
    const p = PARTS_OF_DAY[g.part.toLowerCase()];
    const n = g.w?.toLowerCase() === 'last' ? -1 : 0;
    if (!g.w && !g.pm) return null;
    return draft(m, 'TIME', (r) => `${r.dayOf(n)}T${p}`, pointMod(g.pm), 'partOfDay');
  },
};
