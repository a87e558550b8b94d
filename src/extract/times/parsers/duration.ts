/**
 * A duration: "three days" P3D, "two hours" PT2H, "a year" P1Y, "two-year", "the past 20 years"
 * P20Y, "the first nine months" P9M, "more than four hours" (mod MORE_THAN), "several weeks" PXW,
 * "a year and a half" P18M. After "times"/"once"/"twice", "a week" is a SET.
 */
import { amountMod, AMOUNT_MOD_RE, AMOUNT_MOD_TRIGGERS, duration as dur, NUM_RE, parseCount, UNIT_RE } from '../lexicon.js';
import type { ParseContext, Parser } from '../types.js';
import { draft, prevWord, re, wordAfter } from './util.js';

export const NUMBER_TRIGGERS = ['#', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'few', 'several', 'many', 'couple', 'dozen', 'half', 'thousand'];

/** Words before "over" that make it "more than" ("in over a decade", "just over an hour", "lasted over a week"). */
const OVER_IS_MORE = /^(?:in|for|of|within|after|than|just|well|little|slightly|barely|last|lasts|lasted|lasting|take|takes|took|taking|taken|spent|spend|spends|spending|wait|waits|waited|waiting)$/;

export const duration: Parser = {
  name: 'duration',
  triggers: [...NUMBER_TRIGGERS, ...AMOUNT_MOD_TRIGGERS, 'the', 'past', 'last', 'next', 'coming', 'first', 'previous', 'final', 'another'],
  pattern: re(String.raw`(?:(?<rel>the\s+(?:past|last|next|coming|first|previous|final|latest)|the(?:\s+(?:year[\s-](?:earlier|ago)|comparable|prior[\s-]year))?(?=\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))|past|next|coming|another)\s+|${AMOUNT_MOD_RE})(?<n>${NUM_RE})(?<half0>\s+and\s+a\s+half)?(?:\s+|-)(?:(?<more>more|additional|straight|consecutive|full|long|trading|business|working)\s+)?(?<unit>${UNIT_RE})(?![-‐](?:earlier|ago|end)(?![\p{L}]))(?<half>\s+and\s+a\s+half)?(?:-(?<old>old|long)|\s+(?<age>old)\b|(?<orso>\s+or\s+so))?(?![\p{L}\d])`),
  build(m, cx) {
    const g = m.groups!;
    let n = parseCount(g.n);
    if ((g.half || g.half0) && !Number.isNaN(n)) n += 0.5;
    const nword = g.n.toLowerCase();
    // "two-year-old" is an age; "the 2 years" is rare, "the three days" fine; "a" needs a following unit only
    if ((g.old && g.old.toLowerCase() === 'old') || g.age) return null;
    if (/^\d/.test(g.n) && /[.,]/.test(g.n) && n > 100000) return null;
    const unit = g.unit;
    // "three-quarters of its food", "a quarter of the seats" are fractions
    // ("two consecutive quarters of negative growth", "several quarters of losses" are durations)
    const afterQ = cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    // "a quarter-century ago" is 25 years, not a quarter
    if (/^quarter/i.test(unit) && /^-century/i.test(afterQ)) return null;
    // "three-quarters from donors", "two-thirds": a hyphenated plural of quarters is a fraction
    if (/^quarters$/i.test(unit) && /-\s*quarters$/i.test(m[0])) return null;
    // "a quarter past eight", "a quarter to seven": a clock time, not three months
    if (/^quarter$/i.test(unit) && /^\s+(?:past|to|after|before|till)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)\b/i.test(cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
    if (/^quarter/i.test(unit) && !g.more && /^,?\s+of\b/i.test(afterQ) && !(/s$/i.test(unit) && /^\s+of\s+(?!(?:the|its|his|her|their|our|your|my|a|an|all|them|those|these|this|that|us)\b)\p{Ll}/u.test(afterQ))) return null;
    // "on a day-to-day basis", "a month-to-month lease": a compound adjective, no span of time
    if (/^-to-/i.test(afterQ)) return null;
    const value = dur(n, unit);
    if ((nword === 'a' || nword === 'an' || nword === 'one') && !g.rel && !g.am) {
      const p = prevWord(cx);
      // "Islam will one day be …", "hopes to one day win": a time to come, not a day long
      if (nword === 'one' && /^day$/i.test(unit) && /^(?:will|would|may|might|could|can|should|must|to|shall|'ll|’ll)$/.test(p)) return draft(m, 'DATE', 'FUTURE_REF', null, 'duration');
      // "that one day the country might return", "One day, we will …": fronted before a modal clause, the same
      if (nword === 'one' && /^day$/i.test(unit) && (/^(?:that|and|but|,|so|perhaps|maybe)$/.test(p) || cx.a.tokens[cx.index - 1]?.sentence !== cx.a.tokens[cx.index].sentence) && modalAhead(cx, m.index + m[0].length)) return draft(m, 'DATE', 'FUTURE_REF', null, 'duration');
      if (/^(?:times|once|twice|thrice|per)$/.test(p)) return draft(m, 'SET', value, null, 'duration');
      // a rate: "$500 million a year", "24 hours a day", "700 seats a week"
      // (a plural noun counts only after a number: "700 seats a week", not "comes a day after", "reaches one-year high")
      const prev = cx.a.tokens[cx.index - 1];
      const counted = (k: number) => [2, 3, 4].some((b) => {
        const t = cx.a.tokens[k - b + 1];
        return t && t.sentence === prev.sentence && (t.kind === 'number' || !Number.isNaN(parseCount(t.text)) || /^(?:dozens|hundreds|thousands|millions)$/i.test(t.text));
      });
      if (prev && !m[0].includes('-') && (prev.kind === 'number' || /^(?:million|billion|trillion|thousand|percent|%|hours|days|cents|dollars)$/i.test(prev.text) || ((/s$/.test(prev.text) || /^(?:people|men|women|children|police|staff|cattle)$/i.test(prev.text)) && prev.kind === 'word' && /^\p{Ll}/u.test(prev.text) && counted(cx.index - 1) && !/^(?:was|is|has|its|his|this|thus|as|us|plus|less|across|nearly|always|perhaps|yes|towards|afterwards|years|days|months|weeks)$/i.test(prev.text)))) return null;
      if (/^seconds?$/i.test(unit)) return null; // "a second betrayal"
    }
    // "the twenty second of June", "the thirty first": an ordinal, not 20 seconds
    if (/^second$/i.test(unit) && !/^\d/.test(g.n) && n > 1 && !g.more) return null;
    if (/^\p{Lu}/u.test(unit) && !/^\p{Lu}/u.test(g.n)) return null; // "60 Minutes", a name
    // "the next year or so": approximate, the span with it
    const d = draft(m, 'DURATION', value, g.orso ? 'APPROX' : amountMod(g.am), 'duration');
    // "the nine months" keeps its article; in "the two-year contract" the article belongs to the noun
    // ("the two day rally", "the two days of music": the article goes with the noun after)
    if (g.rel && g.rel.toLowerCase() === 'the') {
      const after = cx.a.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
      if (/^\S+-/.test(m[0].slice(m[0].indexOf(g.n, 3))) || !/s$/i.test(unit) || /^\s+of\b/i.test(after)) d.start = m.index + m[0].indexOf(g.n, 3);
    }
    // "about three days": the approximator is the mod; the annotated span is the amount
    if (g.am && /^(?:about|around|approximately|roughly|some)$/i.test(g.am)) d.start = m.index + m[0].indexOf(g.n, g.am.length);
    // "$5 billion over 10 years", "evolved over several years", "handed over 15 months": "over" is the
    // preposition (throughout), not "more than", unless a preposition, a degree word or a verb of lasting
    // comes before it ("in over six years", "for over an hour", "just over a week", "lasted over a week")
    // or a word that measures from a point comes after it ("over 365 days since", "over a century apart")
    if (g.am && /^over$/i.test(g.am) && !OVER_IS_MORE.test(prevWord(cx)) && !/^(?:since|apart|ago|later|earlier|after|before|old|long|now)$/.test(wordAfter(cx, m.index + m[0].length))) {
      d.start = m.index + m[0].indexOf(g.n, g.am.length);
      d.mod = null;
    }
    return d;
  },
};

/** "a third day-long meeting", "the month-long strike", "the biggest single-day loss": one unit long (with a count, "two-year", the duration parser). */
export const unitLong: Parser = {
  name: 'unitLong',
  triggers: ['day', 'week', 'month', 'year', 'hour', 'minute', 'single'],
  pattern: re(String.raw`(?:(?<unit>day|week|month|year|hour|minute)-long|single-(?<single>day|week|month|year))(?![\p{L}\d-])`),
  build(m) {
    // "the worst single-day decline": one day, as "one-day" is
    return draft(m, 'DURATION', dur(1, m.groups!.unit ?? m.groups!.single), null, 'unitLong');
  },
};

/** Whether a modal of the future ("will", "might", "could" …) follows within six tokens in the sentence, before any other punctuation than a comma. */
function modalAhead(cx: ParseContext, end: number): boolean {
  const toks = cx.a.tokens;
  const sentence = toks[cx.index].sentence;
  let k = cx.index;
  while (k < toks.length && toks[k].start < end) k++;
  for (let j = k; j < toks.length && j < k + 6 && toks[j].sentence === sentence; j++) {
    const w = toks[j].text.toLowerCase();
    if (/^(?:will|would|may|might|could|can|shall|'ll|’ll)$/.test(w)) return true;
    if (j > k && toks[j].kind !== 'word' && toks[j].kind !== 'number') return false;
  }
  return false;
}
