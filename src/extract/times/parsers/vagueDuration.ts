/** "recent years" PXY, "recent quarters", "coming quarters" PXQ, "future quarters" FUTURE_REF, "the past few weeks" PXW, "coming months" PXM, "for years" PXY, "within weeks" PXW, "decades-long" PXY, "over the years" PXY. */
import { duration as dur } from '../lexicon.js';
import type { Parser } from '../types.js';
import { draft, prevWord, re } from './util.js';

const PLURAL = String.raw`(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)`;

export const vagueDuration: Parser = {
  name: 'vagueDuration',
  triggers: ['the', 'past', 'last', 'next', 'coming', 'recent', 'future', 'days', 'weeks', 'months', 'years', 'decades', 'hours', 'minutes', 'centuries'],
  pattern: re(String.raw`(?:(?<rel>the\s+(?:past|last|next|coming|recent|previous|following)|past|next|coming|recent|future)\s+(?:(?:few|several|many)\s+)?)?(?<unit>${PLURAL})(?:(?<long>-long)(?![\p{L}\d'-])|(?![\p{L}\d'-]))`),
  build(m, cx) {
    const g = m.groups!;
    // "after hours trading" is a time of the market, not a span
    if (/^hours$/i.test(g.unit) && prevWord(cx) === 'after' && /^\s*(?:trading|trade|session|market|deals?)\b/i.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    if (!g.rel && !g.long) {
      // a bare plural only after words that make it a span of time
      const next = /^\s*([\p{L}]+)/u.exec(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 12))?.[1]?.toLowerCase() ?? '';
      // "in just minutes", "within only weeks": a focus word may stand between
      const p = /^(?:just|only|mere)$/.test(prevWord(cx)) ? prevWord(cx, 2) : prevWord(cx);
      // (and after verbs of lasting and waiting: "waited hours", "lasted weeks", "dates back decades", "spanning
      // years"; not "cut back hours")
      const before = /^(?:for|within|in|over|after|lasting|lasted|took|take|takes|taking|spent|spend|than|waited|wait|waits|waiting|spanning|spanned|spans)$/.test(p)
        || (p === 'back' && /^(?:dates?|dating|dated|goes|go|going|went|gone|stretch(?:es|ing|ed)?|reach(?:es|ing|ed)?|trac(?:es|ing|ed|e))$/.test(prevWord(cx, 2)))
        // "over the years", "throughout the years": a span (not "the years 1990 to 1995", "the years of war")
        || (prevWord(cx) === 'the' && /^(?:over|throughout|through)$/.test(prevWord(cx, 2)) && !/^(?:of|\d)/.test(next));
      if (!before && !(prevWord(cx) === 'the' && /^(?:before|after|since|that|following|leading|preceding|ahead)$/.test(next)) && !(prevWord(cx) === 'the' && /^\s*to\s+come\b/i.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 10)))) return null;
    }
    // "in future years", "future quarters": the future, as "the future" is (TimeBank writes FUTURE_REF)
    if (g.rel && /^future$/i.test(g.rel)) return draft(m, 'DATE', 'FUTURE_REF', null, 'vagueDuration');
    const d = draft(m, 'DURATION', dur(NaN, g.unit), null, 'vagueDuration');
    // "in the weeks ahead", "the months to come": the span includes its direction
    const ahead = !g.rel && prevWord(cx) === 'the' ? /^\s+(?:ahead|to\s+come)(?![\p{L}])/u.exec(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 12)) : null;
    if (ahead) {
      d.start = cx.a.tokens[cx.index - 1].start;
      d.end = m.index + m[0].length + ahead[0].length;
    }
    if (!g.rel && !g.long && prevWord(cx) === 'the' && /^(?:over|throughout|through)$/.test(prevWord(cx, 2))) d.start = cx.a.tokens[cx.index - 1].start;
    return d;
  },
};

/** "for a while", "for some time": a span of unknown length, PXX (the span without "for"). */
export const whileDuration: Parser = {
  name: 'whileDuration',
  triggers: ['a', 'some', 'quite'],
  pattern: re(String.raw`(?:quite\s+)?(?:a\s+(?:long\s+|short\s+|little\s+)?while|some\s+time)(?![\p{L}\d'-])`),
  build(m, cx) {
    // only as the length of something ("live without it for a while", "be in the gulf for some time"),
    // not "at some time", "some time ago", "some time next year"
    if (prevWord(cx) !== 'for') return null;
    if (/^\s+(?:ago|later|earlier|before|after|next|this|last|in|during)\b/i.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    return draft(m, 'DURATION', 'PXX', null, 'whileDuration');
  },
};
