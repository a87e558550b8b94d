/**
 * A weekday: "Wednesday", "last Friday", "next Monday", "early Tuesday", "Wednesday night". In news a
 * bare weekday is the last such day on or before publication (the publication day itself when it
 * matches), or the coming one when the sentence speaks of the future.
 */
import { PARTS_OF_DAY, PART_RE, pointMod, POINT_MOD_RE, WEEKDAY_RE, weekdayNumber } from '../lexicon.js';
import type { Resolver } from '../normalise.js';
import type { ParseContext, Parser } from '../types.js';
import { copulaBefore, draft, isCapitalised, perfectBefore, prevWord, re, shiftOf } from './util.js';

export const weekday: Parser = {
  name: 'weekday',
  triggers: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'next', 'this', 'past', 'coming',
    'early', 'late', 'mid', 'middle', 'the', 'end', 'beginning', 'start', 'very'],
  pattern: re(String.raw`(?:${POINT_MOD_RE})(?:(?<rel>the\s+(?:previous|preceding|following))\s+|(?<shift>last|next|this|past|coming)\s+)?(?<wd>${WEEKDAY_RE})(?:\s+(?<part>${PART_RE}))?`),
  build(m, cx) {
    const g = m.groups!;
    if (!isCapitalised(g.wd)) return null;
    const dow = weekdayNumber(g.wd);
    const shift = shiftOf(g.shift);
    const mod = pointMod(g.pm);
    // "Monday Night Football", "Sunday Night Baseball": a title
    if (g.part && /^\p{Lu}/u.test(g.part)) return null;
    // "down 4.5% from the previous Friday": the one before the day last named (the DCT when none was)
    if (g.rel && !g.part) {
      const back = /previous|preceding/i.test(g.rel);
      return draft(m, 'DATE', (r) => r.weekdayFromLast(dow, back ? -1 : 1), mod, 'weekday');
    }
    if (g.part) {
      const p = PARTS_OF_DAY[g.part.toLowerCase()];
      return draft(m, 'TIME', (r) => `${r.weekday(dow, shift)}T${p}`, mod, 'weekday');
    }
    // "as soon as Tuesday", "as early as Monday": the earliest a thing to come can happen
    if (shift === null && !g.pm && prevWord(cx) === 'as' && /^(?:soon|early)$/.test(prevWord(cx, 2)) && prevWord(cx, 3) === 'as') {
      return draft(m, 'DATE', (r) => weekdayAs(r, dow, 'future'), mod, 'weekday');
    }
    // "the vote is Friday", "the hearing is on Monday": a day told as set with a present copula is the coming one
    if (shift === null && !g.pm && copulaBefore(cx)) return draft(m, 'DATE', (r) => weekdayAs(r, dow, 'future'), mod, 'weekday');
    // "closed until Friday", "by Monday": a deadline is the coming one unless the sentence is in the past
    // (a present perfect is not: "has kept markets closed until Friday")
    if (shift === null && !g.pm && /^(?:until|till|by)$/.test(prevWord(cx))) {
      const perfect = perfectBefore(cx);
      return draft(m, 'DATE', (r) => {
        if (r.tense === 'past' && !perfect) return r.weekday(dow, null);
        return weekdayAs(r, dow, 'future');
      }, mod, 'weekday');
    }
    // "get around Wednesday's ruling": a weekday in the possessive names a day whose event is known, not a coming one
    if (shift === null && /^['’]s\b/.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) {
      // but "Monday's debate will be his first", "will use Monday's encounter": a "will" next to it looks ahead
      const ahead = willNear(cx);
      return draft(m, 'DATE', (r) => weekdayAs(r, dow, r.tense === 'future' ? (ahead ? 'future' : null) : r.tense), mod, 'weekday');
    }
    return draft(m, 'DATE', (r) => r.weekday(dow, shift), mod, 'weekday');
  },
};

/** Whether "will" or "'ll" stands within five tokens of the match in its sentence (not "would"). */
function willNear(cx: ParseContext): boolean {
  const toks = cx.a.tokens;
  const sentence = toks[cx.index].sentence;
  for (let k = Math.max(0, cx.index - 5); k < toks.length && k <= cx.index + 6; k++) {
    if (toks[k].sentence !== sentence) continue;
    if (/^(?:will|'ll|’ll)$/i.test(toks[k].text)) return true;
  }
  return false;
}

/** The weekday as a sentence of the given tense would mean it (the sentence's own tense is put back). */
function weekdayAs(r: Resolver, dow: number, tense: Resolver['tense']): string {
  const own = r.tense;
  r.tense = tense;
  try {
    return r.weekday(dow, null);
  } finally {
    r.tense = own;
  }
}
