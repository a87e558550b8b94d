/** today, yesterday, tomorrow, tonight, "the day before yesterday", "yesterday morning", "late yesterday". */
import { PARTS_OF_DAY, PART_RE, pointMod, POINT_MOD_RE } from '../lexicon.js';
import type { Parser } from '../types.js';
import { afterName, draft, re } from './util.js';

const OFFSET: Record<string, number> = {
  today: 0, yesterday: -1, tomorrow: 1, tonight: 0, 'the day before yesterday': -2, 'the day after tomorrow': 2,
};

export const deictic: Parser = {
  name: 'deictic',
  triggers: ['today', 'yesterday', 'tomorrow', 'tonight', 'the', 'early', 'late', 'mid', 'middle', 'end', 'beginning', 'start', 'very', 'earlier', 'later'],
  pattern: re(String.raw`(?:(?<pm>(?:the\s+)?(?:earlier|later|early|late|mid))(?:\s+|-))?(?<w>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(?<part>${PART_RE}))?(?![\p{L}])`),
  build(m, cx) {
    const g = m.groups!;
    // "USA Today", "Good Morning America Today": a capitalised "Today" after a name is a title
    const prev = cx.a.tokens[cx.index - 1];
    const prev2 = cx.a.tokens[cx.index - 2];
    const sameSentence = !!prev && prev.sentence === cx.a.tokens[cx.index].sentence;
    // "USA Today", "NBC's Today show"
    const acronym = sameSentence && (/^\p{Lu}{2,}$/u.test(prev.text) || (/^['’]s$/.test(prev.text) && !!prev2 && /^\p{Lu}/u.test(prev2.text)));
    if (!g.pm && /^(?:Today|TODAY)$/.test(g.w) && (afterName(cx) || acronym)) return null;
    // "in today's world", "today's youth": the present age, not the day (TimeBank leaves it untagged)
    if (!g.pm && !g.part && /^today$/i.test(g.w) && /^['’]s\s+(?:(?:young|modern)\s+)?(?:world|youth|society|generations?|children|kids|teenagers|people|standards|culture|economy)\b/i.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 30))) return null;
    const w = g.w.toLowerCase().replace(/\s+/g, ' ');
    const n = OFFSET[w];
    const mod = pointMod(g.pm);
    if (w === 'tonight') return draft(m, 'TIME', (r) => `${r.dayOf(0)}TNI`, mod, 'deictic');
    if (g.part) {
      const p = PARTS_OF_DAY[g.part.toLowerCase()];
      return draft(m, 'TIME', (r) => `${r.dayOf(n)}T${p}`, mod, 'deictic');
    }
    return draft(m, 'DATE', (r) => r.day(n), mod, 'deictic');
  },
};
void POINT_MOD_RE;
