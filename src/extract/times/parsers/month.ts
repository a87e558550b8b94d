/**
 * A month: "October", "early October", "mid-October", "last June", "October 2024", "October of last
 * year". Without a year, the year comes from last/next/this, else the tense of the sentence; "by
 * December" (a deadline) is the coming one.
 */
import { fmtMonth } from '../calendar.js';
import { MONTH_RE, monthNumber, pointMod, POINT_MOD_RE } from '../lexicon.js';
import { isPastVerb } from '../tense.js';
import type { Draft, ParseContext, Parser } from '../types.js';
import { SPOKEN_YEAR_RE, spokenYearValue } from './spokenYear.js';
import { afterName, deadlineBefore, draft, isCapitalised, prevWord, re, shiftOf, VERB_BEFORE } from './util.js';

export const month: Parser = {
  name: 'month',
  triggers: ['january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul',
    'august', 'aug', 'september', 'sept', 'sep', 'october', 'oct', 'november', 'nov', 'december', 'dec',
    'last', 'next', 'this', 'early', 'late', 'mid', 'middle', 'the', 'end', 'beginning', 'start', 'very'],
  pattern: re(String.raw`${POINT_MOD_RE}(?:(?<shift>last|next|this|coming|past)\s+)?(?<mon>${MONTH_RE})(?:,?\s+(?:of\s+)?(?<year>(?:1[0-9]|20)\d\d(?![\d,.]\d)|(?<ys>last|this|next)\s+year|(?<sy>${SPOKEN_YEAR_RE})))?`),
  build(m, cx) {
    const d = buildMonth(m, cx);
    // "the late-November trip", "the late August release": the article belongs to the noun after, the
    // timex is the adjective (as with "the third-quarter loss"; not "the end of March", "the early 1990s")
    const pm = m.groups!.pm;
    if (d && !Array.isArray(d) && pm && /^the\s+(?:very\s+)?(?:early|late|mid)$/i.test(pm.trim())
      && /^[\s-]*\p{Ll}/u.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 3))
      && !/^(?:of|and|or|to|in|on|at|for|with|by|as|from|when|that|which|was|were|is|are|will|would|has|had|have|but|before|after|until|through)$/i.test(wordAfterMatch(cx.a.text, m))) {
      d.start = m.index + m[0].search(/\s/) + /^\s*/.exec(m[0].slice(m[0].search(/\s/)))![0].length;
    }
    return d;
  },
};

function buildMonth(m: RegExpExecArray, cx: ParseContext): Draft | null {
    const g = m.groups!;
    if (!isCapitalised(g.mon)) return null;
    const mon = monthNumber(g.mon);
    if (!mon) return null;
    const bare = !g.pm && !g.shift && !g.year;
    // "Theresa May", "Ms. June", "May said"
    if (bare && (afterName(cx) || (/^(?:may|march)$/i.test(g.mon) && VERB_BEFORE.has(prevWord(cx))))) return null;
    if (bare && /^(?:may|march)$/i.test(g.mon) && /^(?:be|have|not|also|well|still|never|soon)$/i.test(wordAfterMatch(cx.a.text, m))) return null;
    if (!bare && /^mar$/i.test(g.mon)) return null;
    // "the March for Life", "the March of the Combatant Mothers", "March of Dimes": a name
    // (but not after a preposition of time: "drafted in May for the Senate", "on sale in November for the March concert")
    if (bare && /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 24))
      && !/^(?:in|by|since|until|till|during|from|through|before|after)$/.test(prevWord(cx))) return null;
    // "the (1963) March on Washington"
    if (bare && /^march$/i.test(g.mon) && (prevWord(cx) === 'the' || /^(?:1[0-9]|20)\d\d$/.test(prevWord(cx))) && /^\s+on\s+\p{Lu}/u.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    // a bare abbreviation without its dot is a name or a word ("Jan Kavan", "Dec" …)
    if (bare && /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/i.test(g.mon)) return null;
    // "last Oct. 23": the day is the timex (monthDay takes it at the month)
    if (g.shift && !g.year && /^\s*[0-3]?\d(?![\d:.,]\d)(?!\s*(?:%|percent|million|billion))/.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    const mod = pointMod(g.pm);
    // "that November", "the following March", "the previous June": the month in, after or before the
    // last date named ("in 1968 … his loss that November" 1968-11); not a day ("that March 3") nor a
    // name ("said that May would")
    const ana = bare ? anaphorBefore(cx) : null;
    if (ana) {
      if (/^\s*[0-3]?\d(?![\d:.,]\d)/.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
      if (ana.dir === 0 && /^(?:may|march)$/i.test(g.mon) && !/^\s*(?:[,.;:)]|$)/.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
      const d = draft(m, 'DATE', (r) => r.monthFromLast(mon, ana.dir), mod, 'month');
      d.start = ana.start;
      return d;
    }
    // "January nineteen ninety-seven" (broadcast transcripts)
    if (g.sy) return draft(m, 'DATE', fmtMonth(spokenYearValue(g.sy), mon), mod, 'month');
    if (g.year && !g.ys) return draft(m, 'DATE', fmtMonth(Number(g.year), mon), mod, 'month');
    if (g.ys) {
      const n = shiftOf(g.ys)!;
      return draft(m, 'DATE', (r) => (r.dct ? fmtMonth(r.dct.y + n, mon) : r.month(mon, null)), mod, 'month');
    }
    const shift = shiftOf(g.shift);
    // a deadline ("by December", "through January") is the coming one: this year's unless it has passed
    const dl = shift === null && deadlineBefore(cx);
    if (dl) return draft(m, 'DATE', (r) => (r.tense === 'past' ? r.month(mon, null, true) : r.monthAhead(mon)), mod, 'month');
    // "the November jobs report", "August unemployment data", "January sales": figures are published after
    // their month, so the month is the last such one on or before publication, whatever the tense
    if (bare && STATISTIC_AFTER.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
      return draft(m, 'DATE', (r) => (r.dct ? fmtMonth(mon <= r.dct.m ? r.dct.y : r.dct.y - 1, mon) : r.month(mon, null)), mod, 'month');
    }
    // "the November election", "its June meeting": a month before a noun can name a scheduled event,
    // this year's up to four months ahead even in a past-tense sentence
    const attributive = bare && /^(?:the|a|an|its|their|his|her|this|that)$/.test(prevWord(cx)) && /^\s+\p{Ll}/u.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    if (attributive) return draft(m, 'DATE', (r) => (r.tense === 'past' && r.dct && mon > r.dct.m && mon - r.dct.m <= 4 ? fmtMonth(r.dct.y, mon) : r.month(mon, null)), mod, 'month');
    // past tense: the last such month, but the month after the DCT's is the coming one ("decided to admit
    // them in early March" in February: "said" dates the decision, not the month), unless a past verb
    // governs it ("was held in November"): news writes "last March" for one eleven months back
    if (shift === null) {
      const governed = /^(?:in|on|during|by|until|since)$/.test(prevWord(cx)) && isPastVerb(prevWord(cx, 2));
      // a fronted "In October, Mrs. Clinton proposed …" is the narrative's past, not a coming month
      const toks = cx.a.tokens;
      const first = cx.a.sentences[toks[cx.index].sentence].first;
      const fronted = (cx.index === first || (cx.index === first + 1 && /^(?:in|by|during|until|since|through)$/i.test(toks[first].text)))
        && /^\s*,/.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      return draft(m, 'DATE', (r) => (r.tense === 'past' && !governed && !fronted && r.dct && (mon - r.dct.m + 12) % 12 === 1 ? r.monthAhead(mon) : r.month(mon, null)), mod, 'month');
    }
    return draft(m, 'DATE', (r) => r.month(mon, shift), mod, 'month');
}

/**
 * "that" or "the following / previous / preceding" right before the month or season at cx: the anaphor's
 * direction (0, +1, -1) and where it starts; null when there is none.
 */
export function anaphorBefore(cx: ParseContext): { dir: -1 | 0 | 1; start: number } | null {
  const p = prevWord(cx);
  if (p === 'that') return { dir: 0, start: cx.a.tokens[cx.index - 1].start };
  if ((p === 'following' || p === 'previous' || p === 'preceding') && prevWord(cx, 2) === 'the') {
    return { dir: p === 'following' ? 1 : -1, start: cx.a.tokens[cx.index - 2].start };
  }
  return null;
}

/** A month's figures after it: "jobs report", "unemployment data", "retail sales", "'s figures", "campaign finance reports". */
const STATISTIC_AFTER = /^(?:['’]s)?\s+(?:[a-z]+\s+){0,2}?(?:data|figures|statistics|numbers|sales|payrolls|jobs\s+report|employment\s+report|unemployment\s+rate|inflation\s+rate|trade\s+deficit|retail\s+sales|consumer\s+prices|deliveries|exports|imports|output|(?:finance|financial|monthly)\s+reports?)\b/;

function wordAfterMatch(text: string, m: RegExpExecArray): string {
  return /^\s*([\p{L}]+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1] ?? '';
}
