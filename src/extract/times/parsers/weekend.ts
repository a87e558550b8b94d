/** "the weekend", "over the weekend", "this weekend", "last weekend", "this past weekend": the weekend nearest publication by tense (2024-W42-WE). */
import type { Parser } from '../types.js';
import { draft, perfectBefore, prevWord, re } from './util.js';

export const weekend: Parser = {
  name: 'weekend',
  triggers: ['the', 'this', 'last', 'next', 'past', 'weekend'],
  pattern: re(String.raw`(?<w>this\s+past|past|the|this|last|next)\s+weekend(?![\p{L}\d-])`),
  build(m, cx) {
    const w = m.groups!.w.toLowerCase().replace(/\s+/g, ' ');
    // "closed through the weekend", "a deal by the weekend": a deadline is the coming one unless the sentence is in the simple past
    const deadline = w === 'the' && /^(?:until|till|through|by)$/.test(prevWord(cx));
    const perfect = deadline && perfectBefore(cx);
    return draft(m, 'DATE', (r) => {
      if (w === 'last') return r.unit('weekend', -1);
      if (w === 'next') return r.unit('weekend', 1);
      if (!r.dct) return 'XXXX-WXX-WE';
      // the weekend before a weekday publication is last week's; in future tense the coming one
      const dow = new Date(Date.UTC(r.dct.y, r.dct.m - 1, r.dct.d)).getUTCDay();
      // "this past weekend": the last one on or before publication
      if (w === 'past' || w === 'this past') return r.unit('weekend', dow === 6 || dow === 0 ? 0 : -1);
      if (w === 'this' || r.tense === 'future' || (deadline && (r.tense !== 'past' || perfect))) return r.unit('weekend', dow === 0 ? -1 : 0);
      return r.unit('weekend', dow === 6 || dow === 0 ? 0 : -1);
    }, null, 'weekend');
  },
};
