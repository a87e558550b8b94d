/** "2024-10-23", "10/23/2024", "10/23/98" → a day. */
import { fmtDay, valid } from '../calendar.js';
import type { Parser } from '../types.js';
import { draft, re } from './util.js';

export const numericDate: Parser = {
  name: 'numericDate',
  triggers: ['#'],
  pattern: re(String.raw`(?:(?<iy>(?:1[89]|20)\d\d)-(?<im>[01]\d)-(?<id>[0-3]\d)|(?<um>[01]?\d)\/(?<ud>[0-3]?\d)\/(?<uy>(?:1[89]|20)?\d\d))(?![\d\/-])`),
  build(m) {
    const g = m.groups!;
    let y: number, mo: number, d: number;
    if (g.iy) [y, mo, d] = [Number(g.iy), Number(g.im), Number(g.id)];
    else {
      y = Number(g.uy);
      if (g.uy.length === 2) y += y < 50 ? 2000 : 1900;
      [mo, d] = [Number(g.um), Number(g.ud)];
    }
    return valid(y, mo, d) ? draft(m, 'DATE', fmtDay({ y, m: mo, d }), null, 'numericDate') : null;
  },
};
