/**
 * Figures: numbers, money, percentages and measures, with what they count and how sure.
 *
 *   extractQuantities(a) → Quantity[] (ids q1 … in text order; `claim` left null for the ledger builder)
 *
 * One pass over the tokens, stopping only at tokens that can start a figure (digits, currency
 * symbols and codes, number words, "tens/hundreds/thousands of", "several/a few"). At each, the
 * readers of numbers.ts and measures.ts read the amount straight from the text; the words around it
 * give the approximator ("at least", "up to", "nearly", "or more"), a delta ("an additional",
 * "another", "1,000 more", "rose by"), a total ("raising the total to 3,000": it counts what the
 * figure before it counted), a range ("between 10,000 and 12,000", "10,000-12,000", "from 5 to 7
 * million") and the counted noun phrase (counts.ts). What is not a figure is dropped: years, dates,
 * times of day, durations, ordinals, phone numbers and codes, model names ("F-16", "G7"), labels
 * ("Article 5", "No. 2") and "one of the".
 */
import type { Approx, Quantity, Span } from '../../ledger/types.js';
import type { Analysis, Token } from '../../nlp/tokenize.js';
import { looksPlural, nounLemma } from '../../nlp/lemma.js';
import { AFTER, CHANGE_VERBS, FEW, VAGUE, cueAfter, cueBefore } from './cues.js';
import { countedPhrase, posOf, STOP, TIME_UNITS, unitOf, type Chunk } from './counts.js';
import { measureAt, moneyAfterAt, moneyBeforeAt, type Amount } from './measures.js';
import { MONEY_AFTER, matchUnitAt } from './units.js';
import { isNumberWord, parseNumberAt, type NumberMatch } from './numbers.js';
import { wordTable } from '../../nlp/lexicon/table.js';
import { isHouseNumber } from '../../nlp/lexicon/places.js';

export { parseNumber, parseNumberAt, findNumbers } from './numbers.js';
export { findMoney, findMeasures } from './measures.js';

type Kind = 'number' | 'money' | 'percent' | 'measure';

interface Draft {
  kind: Kind;
  /** First and last token of the figure itself (number, currency, unit; cues added later). */
  first: number;
  last: number;
  start: number;
  end: number;
  value: number;
  high: number | null;
  approx: Approx;
  delta: boolean;
  total: boolean;
  unit: string | null;
  counts: Chunk | null;
  /** Written in words (small word numbers without a counted noun are dropped). */
  words: boolean;
  scaled: boolean;
  /** The number as read (for ranges). */
  num: NumberMatch | null;
  /** Inherit what the figure before counted ("raising the total to 3,000"). */
  inherit: boolean;
  /** Words follow it but no noun ("eight short", "three down"): a figure even when written in words. */
  described?: boolean;
  countsSpan?: Span | null;
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words before digits that mark a label or a code, not an amount: "No. 2", "number 10", "#3". */
const LABEL_BEFORE = new Set(['no', 'nos', 'nr', 'number', '#', 'no.', 'article', 'chapter', 'section', 'resolution', 'paragraph', 'clause',
  'page', 'pages', 'room', 'flight', 'route', 'highway', 'gate', 'terminal', 'platform', 'phase', 'stage', 'level', 'grade', 'class',
  'category', 'version', 'model', 'season', 'episode', 'volume', 'vol', 'item', 'line', 'district', 'ward', 'zone', 'sector', 'block',
  'unit', 'building', 'apartment', 'suite', 'floor', 'row', 'seat', 'track', 'lot', 'case', 'file', 'code', 'bill', 'act', 'title',
  'amendment', 'protocol', 'brigade', 'battalion', 'regiment', 'division', 'corps', 'army', 'fleet', 'squadron', 'wing', 'group',
  'channel', 'radio', 'ward', 'tier', 'size', 'dose', 'round', 'game', 'match', 'week', 'day', 'year', 'years', 'covid', 'formula']);

/** Currency words that may stand before an amount ("US$", "C$", "HK$", "USD 5"). */
const MONEY_PREFIX_WORDS = new Set(['us', 'u.s', 'u.s.', 'c', 'ca', 'can', 'a', 'au', 'aud', 'hk', 'hkd', 'nz', 'nzd', 's', 'sgd', 'nt', 'mex',
  'mxn', 'r', 'usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'krw', 'rub', 'chf', 'cad', 'inr', 'sek', 'nok', 'dkk', 'pln', 'uah', 'brl', 'zar', 'rs', 'rs.']);

const SCALE_PLURAL: Record<string, number> = wordTable({ thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 });
const SCALE_WORD: Record<string, number> = wordTable({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12 });
/** Vague amounts that may go on with a scale: "tens of thousands", "hundreds of millions". */
const TENS_OF: Record<string, number> = wordTable({ tens: 10, hundreds: 100, dozens: 12, scores: 20 });

/**
 * The keys of TENS_OF, FEW and SCALE_PLURAL as one set, for the test run on every word (`w in table`
 * makes V8 intern a fresh string before it looks it up; a Set hashes it once).
 */
const TABLE_STARTS = new Set([...Object.keys(TENS_OF), ...Object.keys(FEW), ...Object.keys(SCALE_PLURAL)]);

const PERCENT_WORDS = ['percent', 'per cent', 'pct', 'percentage points', 'percentage point', 'per cent.'];

/** Words before a bare number that make it a name ("the 787", "its new 737") unless something is counted after it. */
const DEFINITE = ['the', 'its', 'their', 'his', 'her', 'a', 'an', 'new', 'final', 'first', 'last'];

/** Capitalised words that may stand right before a figure without making it a label ("Over 3,000", "About 500"). */
const CUE_WORDS = new Set(['over', 'about', 'around', 'nearly', 'almost', 'some', 'up', 'at', 'more', 'less', 'fewer', 'roughly',
  'approximately', 'another', 'an', 'a', 'the', 'all', 'only', 'just', 'and', 'but', 'more', 'than', 'to', 'by', 'of', 'in', 'on', 'for',
  'with', 'from', 'between', 'estimated', 'another', 'additional', 'further', 'only', 'exactly', 'precisely', 'still', 'those', 'these',
  'since', 'after', 'before', 'during', 'until', 'under', 'above', 'below', 'within', 'among', 'nearly', 'total', 'those', 'some']);

/** A headline in Title Case ("Russia Sends 3,000 Troops"): capitalised words say nothing there. */
function titleCase(a: Analysis, sentence: number): boolean {
  const s = a.sentences[sentence];
  let words = 0;
  let caps = 0;
  for (let k = s.first; k < s.last; k++) {
    const t = a.tokens[k];
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) caps++;
  }
  return words >= 3 && caps / words >= 0.75;
}

/** Offset just past the digits, separators and decimals that start at p. */
function lastDigit(text: string, p: number): number {
  let q = p;
  while (q < text.length && /[\d.,]/.test(text[q])) q++;
  return q;
}

const isSpaceOnly = (s: string) => /^[ \t\u00a0]*$/.test(s);

/** Every figure of the text, in order. */
export function extractQuantities(a: Analysis): Quantity[] {
  const toks = a.tokens;
  const text = a.text;
  const n = toks.length;
  const lower: string[] = new Array(n);
  for (let i = 0; i < n; i++) lower[i] = toks[i].text.toLowerCase();
  const drafts: Draft[] = [];
  let i = 0;
  while (i < n) {
    const t = toks[i];
    let start = false;
    if (t.kind === 'number') start = true;
    else if (t.kind === 'symbol') start = /\p{Sc}/u.test(t.text) || (t.text === '#' && toks[i + 1]?.kind === 'number');
    else if (t.kind === 'word') {
      const w = lower[i];
      start = isNumberWord(w) || TABLE_STARTS.has(w) || (MONEY_PREFIX_WORDS.has(w) && i + 1 < n && (toks[i + 1].kind === 'symbol' || toks[i + 1].kind === 'number'));
      if (w === 'a' || w === 'an') {
        const nx = lower[i + 1];
        start = nx !== undefined && (nx in SCALE_WORD || nx === 'few' || nx === 'couple' || nx === 'half' || nx === 'quarter' || (MONEY_PREFIX_WORDS.has(w) && toks[i + 1]?.kind === 'symbol'));
      }
    } else if (t.text === '.' && toks[i + 1]?.kind === 'number' && toks[i + 1].start === t.end) start = false;
    if (!start) {
      i++;
      continue;
    }
    const d = readFigure(a, lower, i);
    if (d) {
      drafts.push(d);
      i = d.last + 1;
    } else i++;
  }
  mergeRanges(a, lower, drafts);
  dropCodeTails(a, drafts);
  for (const d of drafts) addCues(a, lower, d);
  return finish(a, lower, drafts);
}

/** Index of the last token that ends at or before `end`, from token i. */
function lastTokenBefore(toks: readonly Token[], i: number, end: number): number {
  let j = i;
  while (j + 1 < toks.length && toks[j + 1].start < end) j++;
  return j;
}

function readFigure(a: Analysis, lower: readonly string[], i: number): Draft | null {
  const toks = a.tokens;
  const text = a.text;
  const t = toks[i];
  const sentEnd = a.sentences[t.sentence].last;
  const w = lower[i];

  // vague amounts: "tens of thousands", "hundreds of", "thousands of" are at least the unit they name
  // (10,000, 100, 1,000); "millions of dollars" is money
  if (t.kind === 'word' && (w in TENS_OF || w in SCALE_PLURAL) && lower[i + 1] === 'of') {
    let value = VAGUE[w];
    let last = i;
    if (w in TENS_OF && lower[i + 2] in SCALE_PLURAL) {
      value *= SCALE_PLURAL[lower[i + 2]];
      last = i + 2;
    }
    const d = draft('number', i, last, toks, value, { approx: 'at_least', words: true, scaled: true });
    if (TIME_UNITS.has(lower[last + 2] ?? '')) return null; // "hundreds of years", "dozens of times": the time stage's
    return vagueMoney(a, lower, d, last + 2, true) ?? withCounts(a, lower, d, last + 1, sentEnd);
  }
  // "several thousand", "a few hundred", "a few hundred million US dollars": about so many
  if (t.kind === 'word' && (w in FEW || ((w === 'a' || w === 'an') && lower[i + 1] in FEW))) {
    let j = w in FEW ? i : i + 1;
    const mult = FEW[lower[j]];
    if (lower[j + 1] === 'of') j++;
    const sc = lower[j + 1];
    if (sc in SCALE_WORD && lower[j] !== 'number') {
      let value = mult * SCALE_WORD[sc];
      let last = j + 1;
      while (lower[last + 1] in SCALE_WORD && SCALE_WORD[lower[last + 1]] > SCALE_WORD[lower[last]]) value *= SCALE_WORD[lower[++last]];
      const d = draft('number', i, last, toks, value, { approx: 'about', words: true, scaled: true });
      return vagueMoney(a, lower, d, last + 1, false) ?? withCounts(a, lower, d, last + 1, sentEnd);
    }
    return null;
  }

  // money with the currency first: "$50 billion", "US$ 1.2tn", "₩1.2tn", "€2m"
  if (t.kind === 'symbol' || MONEY_PREFIX_WORDS.has(w)) {
    const m = moneyBeforeAt(text, t.start);
    if (m) return fromAmount(a, lower, i, m, 'money');
    if (t.kind === 'symbol') return null;
  }

  // a number
  const num = parseNumberAt(text, t.start, { signs: false, spaceGroups: false, money: false });
  if (!num) return null;
  if (num.end > a.sentences[t.sentence].end) return null;
  // a number word after a label names it ("phase one", "round two", "day one"), before a mark read as a unit ("one\"")
  if (num.words && i > 0 && toks[i - 1].sentence === t.sentence && LABEL_BEFORE.has(lower[i - 1])) return null;
  // model names and codes: "F-16", "MiG-29", "COVID-19"; "+1-222-…" phone numbers
  const before = t.start > 0 ? text.charCodeAt(t.start - 1) : 32;
  if (before === 45 /* - */ && t.start > 1 && /\p{L}/u.test(text[t.start - 2])) return null;
  // the middle and end of "2024-10-23", "+1-222-2222"
  if ((before === 45 || before === 0x2013) && /\d[-–]\d+[-–]$|\d[-–]$/.test(text.slice(Math.max(0, t.start - 12), t.start)) && (/\d+[-–]\d+[-–]$/.test(text.slice(Math.max(0, t.start - 12), t.start)) || /^[-–]\d/.test(text.slice(num.end, num.end + 2)))) return null;
  if (before === 43 /* + */ || before === 35 /* # */) return null;
  if (/^[-–][0-9]+[-–][0-9]/.test(text.slice(num.end, num.end + 8)) && !num.words) return null;
  if (t.kind === 'number' && /^\d{7,}$/.test(t.text)) return null;
  // serial numbers and versions: "001", "10.4.1"; dates with slashes: "7/8/07", "(9/17/16)"
  if (t.kind === 'number' && /^0\d/.test(t.text)) return null;
  if (/^\d+(?:\.\d+){2}|^\d{1,2}\/\d{1,2}\/\d{2,4}/.test(text.slice(t.start, t.start + 12))) return null;
  // "15,599 th": an ordinal written apart
  if (/^ ?(?:th|st|nd|rd)\b/.test(text.slice(num.end, num.end + 4))) return null;
  // times of day "10:30", "5 p.m."
  if (text[num.end] === ':' && /\d/.test(text[num.end + 1] ?? '')) return null;
  if (i > 0 && toks[i - 1].text === ':' && toks[i - 1].end === t.start && i > 1 && toks[i - 2].kind === 'number') return null;

  // money with the currency after: "420 million finnish markka", "5,000 won", "12-cent"
  const withMoney = num.glued ? parseNumberAt(text, t.start, { signs: false, spaceGroups: false, money: true }) : num;
  const ma = moneyAfterAt(text, t.start, withMoney);
  if (ma && !(ma.unit.ambiguous && !(withMoney?.scaled))) return fromAmount(a, lower, i, ma, 'money');
  // a measure: "200 miles", "3-inch", "10km"
  const me = measureAt(text, t.start, num);
  if (me && !(me.unit.ambiguous && num.scaled)) return fromAmount(a, lower, i, me, 'measure');
  if (ma) return fromAmount(a, lower, i, ma, 'money');
  if (num.glued) return null; // "4th", "1990s", "5pm", "180ml" without a known unit
  // percentages
  let p = num.end;
  while (p < text.length && (text[p] === ' ' || text[p] === '\u00a0')) p++;
  if (text[p] === '%') return fromSpan(a, lower, i, num, p + 1, 'percent', '%');
  const rest = text.slice(p, p + 20).toLowerCase();
  for (const pw of PERCENT_WORDS) {
    if (rest.startsWith(pw) && !/[a-z]/.test(rest[pw.length] ?? ' ')) {
      return fromSpan(a, lower, i, num, p + pw.length, 'percent', pw.startsWith('percentage') ? 'pp' : '%');
    }
  }

  // a plain number: what is not a figure
  const last = lastTokenBefore(toks, i, num.end);
  // a house number: "2134 Caldwell Place"
  if (!num.words && isHouseNumber(text, num.end)) return null;
  if (num.kind === 'fraction' || num.kind === 'power') return null;
  // "3G", "10k" outside money: a name or a code
  if (num.scaled && !num.words && /[A-Za-z]/.test(text[lastDigit(text, t.start)] ?? '')) return null;
  const prev = i > 0 && toks[i - 1].sentence === t.sentence ? lower[i - 1] : '';
  const prev2 = i > 1 && toks[i - 2].sentence === t.sentence ? lower[i - 2] : '';
  const next = last + 1 < sentEnd ? lower[last + 1] : '';
  const next2 = last + 2 < sentEnd ? lower[last + 2] : '';
  const digits = !num.words;
  // "7/8/07", "iLife '11", "777-200LR"
  if (before === 47 /* / */ || before === 39 || before === 0x2019) return null;
  if (digits && /^[-–]\d+[A-Za-z]/.test(text.slice(num.end, num.end + 10))) return null;
  // labels and model names: "Boeing 787", "iPhone 4", "Ford Five Hundred", "Boeing's 787 Dreamliners"
  const prevTok = i > 0 && toks[i - 1].sentence === t.sentence ? toks[i - 1] : null;
  // … and a model number right after the figure that counts its planes ("roughly 400 737 Max jets", "five 787 Dreamliner sales")
  if (digits && /^\d{3,4}$/.test(t.text) && prevTok && prevTok.end < t.start && (prevTok.kind === 'number' || isNumberWord(prev))
    && toks[last + 1]?.kind === 'word' && toks[last + 1].sentence === t.sentence && !TIME_UNITS.has(next) && !MONTHS.has(next)) return null;
  if (prevTok && prevTok.kind === 'word' && /\p{Lu}/u.test(prevTok.text) && !CUE_WORDS.has(prev) && !MONTHS.has(prev) && !titleCase(a, t.sentence)) return null;
  if (prevTok && (prev === "'s" || prev === '’s') && i > 1 && /^\p{Lu}/u.test(toks[i - 2].text) && !titleCase(a, t.sentence)) {
    const ch = countedPhrase(a, lower, last + 1, sentEnd);
    if (!ch || !/^\p{Ll}/u.test(toks[ch.head].text) || !looksPlural(lower[ch.head])) return null;
  }
  // "the two companies": a definite small number refers back, it states no new figure
  if (num.words && num.value < 10 && (prev === 'the' || prev === 'these' || prev === 'those' || prev === 'both' || prev === 'all')) return null;
  // "between 60 and 90 days": the low end of a duration
  if ((next === 'and' || next === 'to' || next === 'or' || next === '-' || next === '–') && last + 2 < sentEnd && toks[last + 2].kind !== 'punct') {
    const m2 = parseNumberAt(text, toks[last + 2].start, { signs: false, spaceGroups: false });
    if (m2) {
      const l2 = lastTokenBefore(toks, last + 2, m2.end);
      const u = lower[l2 + 1] ?? '';
      if (TIME_UNITS.has(u) || MONTHS.has(u)) return null;
    }
  }
  // list markers: "(1) U.S. and Chinese stock exchanges …"
  if (digits && num.value <= 20 && prev === '(' && next === ')' && /^\d+$/.test(t.text)) return null;
  // names: "Zero Hedge", "Three Mile Island" (a capitalised number word before a capitalised word, inside a sentence)
  if (num.words && /^\p{Lu}/u.test(t.text) && i > a.sentences[t.sentence].first && last + 1 < sentEnd && /^\p{Lu}/u.test(toks[last + 1].text)
    && toks[last + 1].kind === 'word' && !titleCase(a, t.sentence)) return null;
  // a list's number opening a line ("1. Define early retirement", "2) Take inventory") and a name of a
  // section of a code written as a number and a bracketed letter ("a 401(k)", "a 501(c)(3) group") count nothing
  if (digits && Number.isInteger(num.value) && num.value < 100 && last + 1 < toks.length && /^[.)]$/.test(toks[last + 1].text)
    && (t.start === 0 || /\n\s*$/.test(a.text.slice(Math.max(0, t.start - 4), t.start)))) return null;
  if (digits && toks[last + 1]?.text === '(' && toks[last + 1].start === t.end && /^\p{Ll}$/u.test(toks[last + 2]?.text ?? '') && toks[last + 3]?.text === ')') return null;
  // the end of a run of days: "Sept. 19 to 22", "June 3-5"
  if (digits && num.value <= 31 && (prev === 'to' || prev === '-' || prev === '–') && i > 1 && toks[i - 2].kind === 'number'
    && (MONTHS.has(lower[i - 3] ?? '') || (lower[i - 3] === '.' && MONTHS.has(lower[i - 4] ?? '')))) return null;
  // dates: "October 23", "23 October", "Oct. 23"
  if (digits && num.value <= 31 && Number.isInteger(num.value) && (MONTHS.has(prev) || (prev === '.' && MONTHS.has(prev2)) || MONTHS.has(next) || (next === 'of' && MONTHS.has(next2)))) return null;
  // years
  if (digits && !num.scaled && /^\d{4}$/.test(t.text) && num.value >= 1000 && num.value <= 2100) {
    const ch = countedPhrase(a, lower, last + 1, sentEnd);
    if (!ch || TIME_UNITS.has(lower[ch.head]) || MONTHS.has(lower[ch.head]) || !/^\p{Ll}/u.test(toks[ch.head].text)) return null;
    // "Trump's 1995 state income tax filings", "the 1998 financial crisis": a year before a noun phrase
    if (ch.head !== ch.first) return null;
  }
  // times of day
  if (next && TIME_UNITS.has(next) && /^(?:a\.m\.|p\.m\.|am|pm|o'clock|o’clock|gmt|utc|bst|edt|est|cet|et|pt)$/.test(next)) return null;
  // labels: "No. 2", "Article 5", "Chapter 11", "Boeing 747" (a capitalised word right before, no counted noun after)
  if (prev === '.' && (prev2 === 'no' || prev2 === 'nos' || prev2 === 'nr')) return null;
  if (prev === 'number' && num.words) return null;
  if (digits && LABEL_BEFORE.has(prev)) return null;
  // hyphenated compounds: "a 10-year sentence" (a duration), "a 3,000-strong force"
  let countsFrom = last + 1;
  if (next === '-' && toks[last + 1].start === toks[last].end) {
    if (TIME_UNITS.has(next2) || /^(?:year|month|week|day|hour|minute|second)s?(?:-|$)/.test(next2)) return null;
    if (next2 === 'strong' || next2 === 'member' || next2 === 'man' || next2 === 'person' || next2 === 'seat' || next2 === 'page') countsFrom = last + 3;
  } else if (/^(?:year|month|week|day|hour|minute)s?-/.test(next)) return null;
  const d = draft('number', i, last, toks, num.value, { words: num.words, scaled: num.scaled, num });
  d.end = num.end;
  const ch = countsAfter(a, lower, countsFrom, sentEnd, 'number');
  if (ch) {
    const head = lower[ch.head];
    if (TIME_UNITS.has(head) || MONTHS.has(head) || TIME_UNITS.has(lower[ch.first])) return null; // durations and dates are the time stage's
    // "its 777 airliner", "the 1998 launch": a bare code before a singular noun
    if (digits && num.value >= 100 && !num.scaled && /^\d+$/.test(t.text) && !looksPlural(head) && head !== 's' && /^\p{Ll}/u.test(toks[ch.head].text)) return null;
    d.counts = ch;
    d.unit = unitOf(a, ch);
  } else if (numberOfBefore(a, lower, i)) {
    d.counts = numberOfBefore(a, lower, i);
    d.unit = unitOf(a, d.counts!);
    d.total = true;
  } else if (described(a, lower, countsFrom, sentEnd) && (num.words || !DEFINITE.includes(prev) || posOf(a)(countsFrom) === 'VBN')) {
    // ("the 787 worth …" is a name; "the 60 needed", "the 250 required" are figures)
    // "eight short of the 60 needed", "then three down": a figure, with no noun after it to count
    d.described = true;
  } else if (num.words && !num.scaled) {
    // "one of the", "the two met", "at one point": small word numbers need a counted noun, unless a
    // range goes on ("two or three soldiers"; dropped later when no range forms)
    const nx = toks[last + 2];
    if (!((next === 'or' || next === 'to') && nx && nx.kind === 'word' && isNumberWord(lower[last + 2]))) return null;
  } else if (digits && !num.scaled && /^\d{1,4}$/.test(t.text) && DEFINITE.includes(prev)) {
    // "the 787", "its new 737": a name; "the 3,000" with separators stays
    return null;
  }
  // "one" is a pronoun or an article far more often than a figure ("one of the", "One important …")
  if (num.words && num.value === 1 && !num.scaled) return null;
  return d;
}

/**
 * A vague amount that a currency name follows is money: "millions of dollars" (`of`: the name is
 * part of the span, as MEANTIME marks it), "a few hundred million US dollars". Null when no
 * currency name starts at token j.
 */
function vagueMoney(a: Analysis, lower: readonly string[], d: Draft, j: number, of: boolean): Draft | null {
  const toks = a.tokens;
  if (j >= toks.length || (of && lower[j - 1] !== 'of') || toks[j].kind !== 'word') return null;
  const u = matchUnitAt(a.text, toks[j].start, MONEY_AFTER);
  if (!u || u.info.weak || u.pattern === 'p') return null;
  const last = lastTokenBefore(toks, j, u.end);
  if (u.info.ambiguous && lower[last + 1] === 'of') return null; // "thousands of pounds of gold"
  const m = draft('money', d.first, last, toks, round(d.value * u.info.factor * (u.info.mult ?? 1)), { approx: d.approx, words: true, scaled: true, unit: u.info.ledger });
  m.end = u.end;
  const ch = countsAfter(a, lower, last + 1, a.sentences[toks[j].sentence].last, 'money');
  if (ch && !TIME_UNITS.has(lower[ch.head])) m.counts = ch;
  return m;
}

/** Counts (and unit) from the phrase after token j, unless it is a time. */
function withCounts(a: Analysis, lower: readonly string[], d: Draft, j: number, end: number): Draft {
  const ch = countsAfter(a, lower, j, end, d.kind);
  if (ch && !TIME_UNITS.has(lower[ch.head]) && !TIME_UNITS.has(lower[ch.first])) {
    d.counts = ch;
    if (d.kind === 'number') d.unit = unitOf(a, ch);
  }
  return d;
}

/**
 * Words that the shapes take for a counted phrase but whose head is no noun follow token j: "eight
 * short of", "the 60 needed to", "three down".
 */
function described(a: Analysis, lower: readonly string[], j: number, end: number): boolean {
  if (j >= end || a.tokens[j].kind !== 'word' || lower[j] === 'of') return false;
  const ch = countedPhrase(a, lower, j, end, null);
  return ch !== null && !TIME_UNITS.has(lower[ch.head]) && !MONTHS.has(lower[ch.head]);
}

/** "raising the number of North Korean troops in Russia to 3,000": the chunk after "number of", or null. */
function numberOfBefore(a: Analysis, lower: readonly string[], i: number): Chunk | null {
  if (lower[i - 1] !== 'to') return null;
  const s = a.sentences[a.tokens[i].sentence];
  for (let k = i - 2; k > s.first && k >= i - 14; k--) {
    if (lower[k] === 'of' && (lower[k - 1] === 'number' || lower[k - 1] === 'total' || lower[k - 1] === 'tally' || lower[k - 1] === 'count')) {
      const ch = countedPhrase(a, lower, k + 1, i - 1);
      return ch && !TIME_UNITS.has(lower[ch.head]) ? ch : null;
    }
  }
  return null;
}

function draft(kind: Kind, first: number, last: number, toks: readonly Token[], value: number, o: Partial<Draft>): Draft {
  return {
    kind, first, last, start: toks[first].start, end: toks[last].end, value, high: null, approx: 'exact', delta: false, total: false,
    unit: null, counts: null, words: false, scaled: false, num: null, inherit: false, ...o,
  };
}

/** The counted phrase after token j: right after the figure, or after "of (the|its|their)". */
function countsAfter(a: Analysis, lower: readonly string[], j: number, end: number, kind: Kind): Chunk | null {
  if (j >= end) return null;
  let k = j;
  if (lower[k] === 'of' || (kind === 'money' && (lower[k] === 'in' || (lower[k] === 'worth' && lower[k + 1] === 'of')))) {
    k += lower[k] === 'worth' ? 2 : 1;
    if (['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'all'].includes(lower[k])) k++;
    // ("Rs 24 lakh in the four attempts": a number of its own there says when or how often, not what the money is.)
    if (lower[j] === 'in' && (a.tokens[k]?.kind === 'number' || /^(?:two|three|four|five|six|seven|eight|nine|ten|several|many)$/.test(lower[k] ?? ''))) return null;
  } else if (kind === 'measure') {
    return null; // "300 meters long": a measure counts only "of" something ("500,000 barrels of oil")
  } else if (kind === 'money' || kind === 'percent') {
    // money and percentages count the noun right after only when it is a plain lower-case noun ("$50 billion loan package", "a 10% stake")
    if (!/^\p{Ll}/u.test(a.tokens[k]?.text ?? '')) return null;
  }
  if (k >= end) return null;
  return countedPhrase(a, lower, k, end);
}

function fromAmount(a: Analysis, lower: readonly string[], i: number, m: Amount, kind: Kind): Draft {
  const toks = a.tokens;
  const last = lastTokenBefore(toks, i, m.end);
  const value = (m.value ?? 0) * m.unit.factor;
  const d = draft(kind, i, last, toks, round(value), { unit: m.unit.ledger, words: m.number?.words ?? false, scaled: m.number?.scaled ?? false, num: m.number });
  d.start = m.start;
  d.end = m.end;
  const sentEnd = a.sentences[toks[i].sentence].last;
  let from = last + 1;
  if (toks[from]?.text === '-' && lower[from + 1] === 'a') from = -1; // "$70-a-share": a rate, no counted noun
  if (from > 0) {
    const ch = countsAfter(a, lower, from, sentEnd, kind);
    if (ch && !TIME_UNITS.has(lower[ch.head])) d.counts = ch;
  }
  return d;
}

function fromSpan(a: Analysis, lower: readonly string[], i: number, num: NumberMatch, end: number, kind: Kind, unit: string): Draft {
  const toks = a.tokens;
  const last = lastTokenBefore(toks, i, end);
  const d = draft(kind, i, last, toks, num.value, { unit, words: num.words, scaled: num.scaled, num });
  d.end = end;
  const sentEnd = a.sentences[toks[i].sentence].last;
  const ch = countsAfter(a, lower, last + 1, sentEnd, kind);
  if (ch && !TIME_UNITS.has(lower[ch.head]) && !TIME_UNITS.has(lower[ch.first])) d.counts = ch;
  return d;
}

/** Without the float noise of scaling ("16.6 million" is 16600000, not 16600000.000000002): twelve significant digits. */
const round = (x: number) => (Number.isInteger(x) ? x : Number(x.toPrecision(12)));

/** Scale a range's low end like its high end: "between 10 and 12 million", "$10-12 billion". */
function shareScale(low: number, high: number, highScaled: boolean, lowScaled: boolean): number {
  if (!highScaled || lowScaled || low === 0) return low;
  for (const mult of [1e12, 1e9, 1e6, 1e3, 100]) {
    if (high / mult >= 1 && low * mult <= high * 1.0000001 && low < high / mult * 10) return low * mult;
  }
  return low;
}

/** Join "between N and M", "from N to M", "N to M", "N-M", "N or M" into ranges. */
function mergeRanges(a: Analysis, lower: readonly string[], drafts: Draft[]): void {
  const toks = a.tokens;
  for (let k = 0; k + 1 < drafts.length; k++) {
    const x = drafts[k];
    const y = drafts[k + 1];
    if (toks[x.first].sentence !== toks[y.first].sentence) continue;
    const gap = y.first - x.last - 1;
    if (gap !== 1) continue;
    const link = lower[x.last + 1];
    const prev = lower[x.first - 1];
    const dash = (link === '-' || link === '–' || link === '—') && isSpaceOnly(a.text.slice(x.end, toks[x.last + 1].start)) && isSpaceOnly(a.text.slice(toks[x.last + 1].end, y.start));
    // "US$ 300 to 350 million": a bare number after money takes its currency (unless it counts things: "$5 to 10 people")
    const moneyTo = x.kind === 'money' && y.kind === 'number' && !(y.counts && looksPlural(lower[y.counts.head]));
    const ok = dash || (link === 'and' && prev === 'between') || (link === 'to' && (prev === 'from' || x.kind === y.kind || x.unit === null || y.kind !== 'number' || moneyTo))
      || (link === 'or' && x.words && y.words);
    if (!ok) continue;
    // "rose from 3,000 to 5,000" is a change between levels, still a range of the two values
    if (x.kind !== 'number' && y.kind !== 'number' && x.unit !== y.unit) continue;
    if (x.counts && x.kind === 'number' && link !== 'or') continue; // "3,000 troops to 5,000 …": two figures
    if (x.delta || y.delta) continue;
    const low = shareScale(x.value, y.value, y.scaled, x.scaled);
    if (!(low < y.value)) {
      // a tally or a ratio: "52-35", "voted 19-15", "a 3 to 1 margin": one figure, nothing counted
      if (isTally(a, x, y, link, prev)) drafts.splice(k, 2, { ...x, last: y.last, end: y.end, counts: null, unit: null, described: true });
      continue;
    }
    const merged: Draft = {
      ...y,
      first: x.first, start: x.start, value: low, high: y.value, approx: 'range',
      unit: y.kind !== 'number' ? y.unit : x.unit ?? y.unit, kind: y.kind !== 'number' ? y.kind : x.kind,
      counts: y.counts ?? x.counts,
    };
    if (x.kind !== 'number' && y.kind === 'number') {
      // "$10-12 billion": the currency of the low end
      merged.kind = x.kind;
      merged.unit = x.unit;
      merged.counts = y.counts;
      if (y.unit && y.counts) merged.counts = y.counts;
    }
    // "between" opens the range
    if (link === 'and' && prev === 'between') {
      merged.first = x.first - 1;
      merged.start = toks[x.first - 1].start;
    } else if (link === 'to' && prev === 'from') {
      merged.first = x.first - 1;
      merged.start = toks[x.first - 1].start;
    }
    if (merged.kind === 'number' && merged.unit === null && merged.counts) merged.unit = unitOf(a, merged.counts);
    if (!merged.counts && merged.kind !== 'number') merged.counts = countsAfter(a, lower, merged.last + 1, a.sentences[toks[merged.last].sentence].last, merged.kind);
    drafts.splice(k, 2, merged);
  }
}

/**
 * Two whole numbers, the first the larger, joined by a hyphen without spaces or by "to" (not after
 * "from"): a vote, a score or a ratio ("52-35", "split 4 to 1"), not a range. Its value is the first
 * number; the text keeps both (the ledger has no field for the second).
 */
function isTally(a: Analysis, x: Draft, y: Draft, link: string, prev: string): boolean {
  if (x.kind !== 'number' || y.kind !== 'number' || x.words !== y.words || x.scaled || y.scaled || x.counts || x.approx !== 'exact') return false;
  if (!Number.isInteger(x.value) || !Number.isInteger(y.value) || x.value < y.value) return false;
  if (link === '-') return a.tokens[x.last + 1].start === x.end && a.tokens[x.last + 1].end === y.start;
  return link === 'to' && prev !== 'from';
}

/** A number right after "737-" that no range took is the tail of a code ("Boeing 737-800"). */
function dropCodeTails(a: Analysis, drafts: Draft[]): void {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k];
    if (d.kind === 'number' && d.approx !== 'range' && /\d[-–]$/.test(a.text.slice(Math.max(0, d.start - 2), d.start))) drafts.splice(k, 1);
  }
}

/** Approximators, deltas and totals around the figure. */
function addCues(a: Analysis, lower: readonly string[], d: Draft): void {
  const toks = a.tokens;
  const s = a.sentences[toks[d.first].sentence];
  let first = d.first;
  for (let round = 0; round < 3; round++) {
    const c = cueBefore(lower, first, s.first);
    if (!c) break;
    // "some" and "over"/"under" need the figure right after them, and "under" must not be a preposition of place
    if (c.cue.total) {
      d.total = true;
      d.inherit = true;
      break; // the total words stay outside the span
    }
    if (c.cue.delta) d.delta = true;
    if (c.cue.approx && d.approx === 'exact') d.approx = c.cue.approx;
    first = c.start;
  }
  // "rose by 1,000", "cut by 10%"
  if (lower[first - 1] === 'by' && CHANGE_VERBS.has(lower[first - 2] ?? '')) d.delta = true;
  if (first !== d.first && d.approx !== 'range') {
    d.start = toks[first].start;
    d.first = first;
  } else if (first !== d.first) {
    d.start = toks[first].start;
    d.first = first;
  }
  // after: "or more", "or so", "1,000 more"
  const afterFrom = d.counts ? d.counts.last + 1 : d.last + 1;
  const c = cueAfter(lower, d.last + 1, s.last, AFTER) ?? (d.counts ? cueAfter(lower, afterFrom, s.last, AFTER) : null);
  if (c) {
    if (c.cue.delta) {
      // "1,000 more troops", "1,000 more": only right after the number
      if (c.end === d.last + 2) {
        d.delta = true;
        if (!d.counts) {
          const ch = countedPhrase(a, lower, c.end, s.last);
          if (ch && !TIME_UNITS.has(lower[ch.head])) {
            d.counts = ch;
            if (d.kind === 'number') d.unit = unitOf(a, ch);
          }
        }
      }
    } else if (d.approx === 'exact') {
      d.approx = c.cue.approx!;
      if (c.end - 1 === d.last + c.cue.words.length) {
        d.last = c.end - 1;
        d.end = toks[d.last].end;
      }
    }
  }
  // "total of", "a total" right before: inherit when nothing is counted
  if (!d.total && (lower[first - 1] === 'total' || (lower[first - 1] === 'to' && lower[first - 2] === 'total'))) {
    d.total = true;
    d.inherit = true;
  }
}

function finish(a: Analysis, lower: readonly string[], drafts: Draft[]): Quantity[] {
  const text = a.text;
  const toks = a.tokens;
  const out: Quantity[] = [];
  let prevWithCounts: Quantity | null = null;
  let prevSentence = -10;
  for (const d of drafts) {
    let counts: Span | null = d.counts ? span(text, toks[d.counts.first].start, toks[d.counts.last].end) : null;
    let unit = d.unit;
    const sentence = toks[d.first].sentence;
    if (!counts && d.inherit && prevWithCounts && sentence - prevSentence <= 2 && (d.kind === 'number') === (prevWithCounts.unit !== null && !/^[A-Z]{3}$/.test(prevWithCounts.unit))) {
      counts = prevWithCounts.counts;
      unit = unit ?? prevWithCounts.unit;
    }
    if (d.kind === 'number' && !counts && d.words && !d.scaled && !d.described) continue;
    const q: Quantity = {
      id: `q${out.length + 1}`,
      ...span(text, d.start, d.end),
      value: round(d.value),
      high: d.high === null ? null : round(d.high),
      approx: d.approx,
      delta: d.delta,
      unit,
      counts,
      claim: null,
    };
    if (d.total) q.total = true;
    out.push(q);
    if (counts) {
      prevWithCounts = q;
      prevSentence = sentence;
    }
  }
  return out;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

// the stop list is shared with the counted-phrase reader
void STOP;
