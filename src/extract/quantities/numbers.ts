/**
 * Numbers in digits and in words, read straight from the text at a given offset (pure, no
 * dependencies, reusable by any stage):
 *
 *   parseNumberAt(text, pos)  → { start, end, value, … } | null   the number that starts at pos
 *   parseNumber("two hundred and fifty thousand") → 250000          a whole string, or null
 *   findNumbers(text)          → every number in the text, left to right (the Recognizers-Text
 *                                "NumberModel" view: cardinals, decimals, fractions, powers)
 *
 * Digits: separators ("1,234,567", "1 234 567" with (thin) spaces), decimals ("4.800", ".08"),
 * fractions ("3/4", "2 1/4"), powers ("1e10", "1.1^23"), scale suffixes ("10k", "1.2b", "$50bn",
 * "₩1.2tn", "10 bln", "1MM", lower-case "m" only where `money` says so) and scale words ("1.5 million",
 * "322 hundred", "13 lakh"). Words: "two hundred and two thousand", "fifty - two", "a dozen",
 * "three dozens", "half a million", fractions ("two thirds", "one and a half", "a twenty-first",
 * "one over three"), decimals ("two hundred point zero three"), signs ("minus five", "-9.5").
 * Ordinals ("first", "4th") are not numbers here.
 */

export type NumberKind = 'integer' | 'decimal' | 'fraction' | 'power';

export interface NumberMatch {
  start: number;
  /** End offset, exclusive. */
  end: number;
  value: number;
  kind: NumberKind;
  /** Some of it is written in words. */
  words: boolean;
  /** A scale word or suffix multiplies it ("1.5 million", "$50bn", "a dozen"). */
  scaled: boolean;
  /** Letters follow the digits with no space ("200lbs", "180ml", "4th"): a unit or not a number at all. */
  glued: boolean;
}

export interface NumberOptions {
  /** Money context: a lower-case "m" after digits means million ("$3m", "£1.2m"). Default false. */
  money?: boolean;
  /** Read "one over three", "2000 over 3", "one out of three" as fractions. Default false (news: "over" is an approximator). */
  overFractions?: boolean;
  /** Read digit groups separated by plain spaces as one number ("1 234 567"). Default true. */
  spaceGroups?: boolean;
  /** Read a leading "-" or "minus"/"negative" as a sign. Default true. */
  signs?: boolean;
}

// ---------------------------------------------------------------------------------------------
// The word lexicon

const enum K {
  Num, // digits, value in v
  Unit, // zero … nine
  Teen, // ten … nineteen
  Tens, // twenty … ninety
  Hundred,
  Scale, // thousand, million, lakh, crore …
  Dozen,
  And,
  Point,
  A, // a / an
  Half, // half (not an ordinal: "half a dozen", "half million", "more than half")
  Ord, // denominators: third(s), quarter(s), fifth(s) … hundredth, trillionth; halves
  Over,
  Out, // "out" (of)
  Of,
  Minus,
}

interface Word { k: K; v: number; plural?: boolean; small?: boolean }

const WORDS = new Map<string, Word>();
const put = (w: string, k: K, v: number, extra: Partial<Word> = {}) => WORDS.set(w, { k, v, ...extra });

['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].forEach((w, i) => put(w, K.Unit, i));
put('nought', K.Unit, 0);
put('naught', K.Unit, 0);
['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].forEach((w, i) => put(w, K.Teen, 10 + i));
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
TENS.forEach((w, i) => put(w, K.Tens, 20 + 10 * i));
put('fourty', K.Tens, 40);
put('hundred', K.Hundred, 100);
put('hundreds', K.Hundred, 100, { plural: true });
for (const [w, v] of [['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7]] as const) put(w, K.Scale, v);
for (const w of ['dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs']) put(w, K.Dozen, 12);
put('and', K.And, 0);
put('point', K.Point, 0);
put('a', K.A, 1);
put('an', K.A, 1);
put('half', K.Half, 2);
put('over', K.Over, 0);
put('out', K.Out, 0);
put('of', K.Of, 0);
put('minus', K.Minus, 0);
put('negative', K.Minus, 0);

// Denominators. "first"/"second" only count inside compounds ("twenty-first"), marked small.
const ORDS: [string, number][] = [
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40],
  ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100],
  ['thousandth', 1e3], ['millionth', 1e6], ['billionth', 1e9], ['trillionth', 1e12],
];
for (const [w, v] of ORDS) {
  const small = v < 3;
  put(w, K.Ord, v, { small });
  put(w === 'twelfth' ? 'twelfths' : w + 's', K.Ord, v, { plural: true, small });
}
put('quarter', K.Ord, 4);
put('quarters', K.Ord, 4, { plural: true });
put('halves', K.Ord, 2, { plural: true });

/** Is `w` (lower case) a word that can begin a number? (for callers that pre-filter tokens) */
export function isNumberWord(w: string): boolean {
  const e = WORDS.get(w);
  if (!e) return false;
  return e.k === K.Unit || e.k === K.Teen || e.k === K.Tens || e.k === K.Hundred || e.k === K.Scale || e.k === K.Dozen || e.k === K.A || e.k === K.Half || e.k === K.Minus || (e.k === K.Ord && !e.small);
}

/** The value of a single cardinal word ("seven" → 7, "dozen" → 12), or null. */
export function wordValue(w: string): number | null {
  const e = WORDS.get(w.toLowerCase());
  if (!e) return null;
  return e.k === K.Unit || e.k === K.Teen || e.k === K.Tens || e.k === K.Hundred || e.k === K.Scale || e.k === K.Dozen ? e.v : null;
}

// ---------------------------------------------------------------------------------------------
// Characters

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;

// Scale suffixes written right after digits (or after one space), case-sensitive; longest first.
const SUFFIXES: [string, number, boolean][] = [
  // [suffix, multiplier, may stand after a space]
  ['trn', 1e12, true], ['tln', 1e12, true], ['bln', 1e9, true], ['mln', 1e6, true], ['mil', 1e6, true],
  ['MM', 1e6, true], ['bn', 1e9, true], ['Bn', 1e9, true], ['BN', 1e9, true], ['tn', 1e12, true], ['mn', 1e6, true],
  ['k', 1e3, true], ['K', 1e3, true], ['M', 1e6, true], ['G', 1e9, true], ['B', 1e9, false], ['b', 1e9, false], ['T', 1e12, false],
];

interface Atom { k: K; v: number; start: number; end: number; plural?: boolean; small?: boolean; num?: DigitNum }

interface DigitNum { value: number; kind: NumberKind; scaled: boolean; glued: boolean }

const NUM_RE = /(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+/y;
/** "1.111,11": dots for thousands, a decimal comma. */
const EURO_RE = /\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d,.])/y;
/** Vulgar fractions. */
const VULGAR: Record<string, number> = { '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8 };
const SPACE_GROUP_RE = /[ \u00a0\u202f\u2009]\d{3}(?![\d,])/y;
const SPACE_GROUP_THIN_RE = /[\u00a0\u202f\u2009]\d{3}(?![\d,])/y;
const POWER_RE = /(?:[eE]([+-]?\d+)|\^([+-]*)(\d+)|[x×]10\^([+-]?\d+))(?![\d.])/y;
const FRACTION_RE = /\/(\d+)(?![\d/])/y;
const MIXED_RE = /[ \t]+(\d+)\/(\d+)(?![\d/])/y;

/** Read a digit number at pos (no sign). */
function readDigits(text: string, pos: number, opts: NumberOptions): { end: number; num: DigitNum } | null {
  EURO_RE.lastIndex = pos;
  const eu = EURO_RE.exec(text);
  if (eu) {
    const end = pos + eu[0].length;
    return { end, num: { value: Number(eu[0].replace(/\./g, '').replace(',', '.')), kind: 'decimal', scaled: false, glued: isLetter(text.charCodeAt(end)) } };
  }
  NUM_RE.lastIndex = pos;
  const m = NUM_RE.exec(text);
  if (!m) return null;
  // the tail of a dotted run ("192.168.1.2"): integers only
  const dottedTail = pos > 1 && text.charCodeAt(pos - 1) === 46 && isDigit(text.charCodeAt(pos - 2));
  let end = pos + m[0].length;
  let lit = m[0].replace(/,/g, '');
  let kind: NumberKind = lit.includes('.') ? 'decimal' : 'integer';
  // "192.168.1.2": dotted runs are not decimals; "1.5.": fine
  if (kind === 'decimal' && (dottedTail || (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))))) {
    const dot = m[0].indexOf('.');
    if (dot <= 0) return null;
    end = pos + dot;
    lit = m[0].slice(0, dot).replace(/,/g, '');
    kind = 'integer';
  }
  // "1,3" (a decimal comma: one comma, one or two digits, nothing more)
  if (kind === 'integer' && !m[0].includes(',') && text.charCodeAt(end) === 44 && isDigit(text.charCodeAt(end + 1))) {
    const rest = /,(\d{1,2})(?![\d,])/y;
    rest.lastIndex = end;
    const r = rest.exec(text);
    if (r) {
      // "22,24,26": a list, not a decimal
      const before = text.charCodeAt(pos - 1);
      if (before !== 44) {
        lit = lit + '.' + r[1];
        end += r[0].length;
        kind = 'decimal';
      }
    }
  }
  // "1 234 567", "40 000": groups of three after a short head
  if (kind === 'integer' && !m[0].includes(',') && m[0].length <= 3) {
    const re = opts.spaceGroups === false ? SPACE_GROUP_THIN_RE : SPACE_GROUP_RE;
    let e = end;
    let groups = '';
    for (;;) {
      re.lastIndex = e;
      const g = re.exec(text);
      if (!g) break;
      groups += g[0].slice(1);
      e += g[0].length;
    }
    if (groups) {
      // a decimal tail on the last group: "1 234 567.89"
      const dec = /\.\d+/y;
      dec.lastIndex = e;
      const d = dec.exec(text);
      lit += groups;
      end = e;
      if (d) {
        lit += d[0];
        end += d[0].length;
        kind = 'decimal';
      }
    }
  }
  let value = Number(lit);
  let scaled = false;
  // powers
  POWER_RE.lastIndex = end;
  const p = POWER_RE.exec(text);
  if (p) {
    const e10 = p[1] ?? p[4];
    const exp = e10 !== undefined ? Number(e10) : Number(p[3]) * ((p[2].match(/-/g)?.length ?? 0) % 2 ? -1 : 1);
    value = e10 !== undefined ? Number(`${value}e${exp}`) : value ** exp;
    end += p[0].length;
    return { end, num: { value, kind: 'power', scaled: false, glued: isLetter(text.charCodeAt(end)) } };
  }
  // fractions "3/4" and mixed numbers "2 1/4"
  if (kind === 'integer') {
    FRACTION_RE.lastIndex = end;
    const f = FRACTION_RE.exec(text);
    if (f) {
      const den = Number(f[1]);
      if (den > 0 && !/^\d{4}$/.test(f[1]) && text[end + f[0].length] !== '/') return { end: end + f[0].length, num: { value: value / den, kind: 'fraction', scaled: false, glued: isLetter(text.charCodeAt(end + f[0].length)) } };
      return null; // 5/17/2018 and the like
    }
    MIXED_RE.lastIndex = end;
    const mx = MIXED_RE.exec(text);
    if (mx && Number(mx[2]) > Number(mx[1]) && Number(mx[2]) > 0) {
      const e = end + mx[0].length;
      return { end: e, num: { value: value + Number(mx[1]) / Number(mx[2]), kind: 'fraction', scaled: false, glued: isLetter(text.charCodeAt(e)) } };
    }
  }
  // scale suffixes
  let gap = end;
  while (gap < text.length && isSpace(text.charCodeAt(gap)) && gap - end < 3) gap++;
  const c0 = text.charCodeAt(gap);
  if (isLetter(c0)) {
    for (const [suf, mult, spaced] of SUFFIXES) {
      if (gap > end && !spaced) continue;
      if (text.startsWith(suf, gap) && !isLetter(text.charCodeAt(gap + suf.length)) && !isDigit(text.charCodeAt(gap + suf.length))) {
        return { end: gap + suf.length, num: { value: value * mult, kind: Number.isInteger(value * mult) ? 'integer' : kind, scaled: true, glued: false } };
      }
    }
    if (opts.money && text.charCodeAt(gap) === 109 /* m */ && !isLetter(text.charCodeAt(gap + 1)) && gap === end) {
      return { end: gap + 1, num: { value: value * 1e6, kind: Number.isInteger(value * 1e6) ? 'integer' : kind, scaled: true, glued: false } };
    }
  }
  return { end, num: { value, kind, scaled, glued: isLetter(text.charCodeAt(end)) } };
}

/** Skip spaces and one optional hyphen between number words; returns the next word start, or -1. */
function skipGap(text: string, pos: number): number {
  let p = pos;
  let hyphen = false;
  for (;;) {
    const c = text.charCodeAt(p);
    if (isSpace(c)) p++;
    else if ((c === 45 || c === 0x2010 || c === 0x2011) && !hyphen) {
      hyphen = true;
      p++;
    } else break;
  }
  return p;
}

/** Lex up to `max` atoms from pos (words of the lexicon and digit numbers); stops at anything else. */
function lex(text: string, pos: number, opts: NumberOptions, max = 40): Atom[] {
  const atoms: Atom[] = [];
  let p = pos;
  while (atoms.length < max && p < text.length) {
    const c = text.charCodeAt(p);
    const vulgar = VULGAR[text[p]];
    if (vulgar !== undefined) {
      atoms.push({ k: K.Num, v: vulgar, start: p, end: p + 1, num: { value: vulgar, kind: 'fraction', scaled: false, glued: false } });
      break;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(p + 1)))) {
      if (atoms.length > 0 && p > 0 && isLetter(text.charCodeAt(p - 1))) break;
      const d = readDigits(text, p, opts);
      if (!d) break;
      atoms.push({ k: K.Num, v: d.num.value, start: p, end: d.end, num: d.num });
      if (d.num.glued) break;
      p = d.end;
    } else if (isLetter(c)) {
      if (p > 0 && isLetter(text.charCodeAt(p - 1))) break;
      let e = p + 1;
      while (e < text.length && isLetter(text.charCodeAt(e))) e++;
      if (isDigit(text.charCodeAt(e))) break;
      const w = WORDS.get(text.slice(p, e).toLowerCase());
      if (!w) break;
      atoms.push({ k: w.k, v: w.v, start: p, end: e, plural: w.plural, small: w.small });
      p = e;
    } else break;
    const q = skipGap(text, p);
    if (q === p && p < text.length && !isSpace(text.charCodeAt(p))) {
      // no gap: only a following word/number directly adjacent is impossible; stop
      break;
    }
    // never run across a line break or a gap ending in a hyphen at a non-word
    if (text.slice(p, q).includes('\n')) break;
    p = q;
  }
  return atoms;
}

// ---------------------------------------------------------------------------------------------
// Parsing atoms

interface Card {
  value: number;
  /** Next atom index. */
  next: number;
  words: boolean;
  scaled: boolean;
  digits: boolean;
  /** Index of the last Tens atom and whether an "and" came right before it. */
  lastKind: K;
  tensAt: number;
  andBeforeTens: boolean;
  /** The largest scale applied so far (≥ 1000), or 0. */
  bigScale: number;
  /** Value of the lowest filled place (1 for units, 10 for a bare ten, 100 …). */
  place: number;
  kind: NumberKind;
}

const isCardWord = (k: K) => k === K.Unit || k === K.Teen || k === K.Tens;

/** Value and length of a plain run of small words (for look-ahead): "thirty two" → 32. */
function smallRun(atoms: Atom[], i: number): { value: number; next: number } | null {
  const a = atoms[i];
  if (!a) return null;
  if (a.k === K.Unit || a.k === K.Teen) return { value: a.v, next: i + 1 };
  if (a.k === K.Tens) {
    const b = atoms[i + 1];
    if (b && b.k === K.Unit && b.v > 0) return { value: a.v + b.v, next: i + 2 };
    return { value: a.v, next: i + 1 };
  }
  if (a.k === K.A) return { value: 1, next: i + 1 };
  return null;
}

/** A cardinal from atom i, stopping at `limit` (exclusive). */
function parseCard(atoms: Atom[], i: number, limit = atoms.length): Card | null {
  let total = 0;
  let group = 0; // below the last big scale
  let sub = 0; // below a hundred
  let hasUnit = false;
  let hasTeen = false;
  let hasTens = false;
  let hasHundred = false;
  let bigScale = 0;
  let words = false;
  let scaled = false;
  let digits = false;
  let decimal = false;
  let j = i;
  let lastKind = K.Point; // nothing yet
  let tensAt = -1;
  let andBeforeTens = false;
  let afterAnd = false;
  let place = 1;
  let kind: NumberKind = 'integer';
  const resetSmall = () => {
    hasUnit = hasTeen = hasTens = false;
    sub = 0;
  };
  while (j < limit) {
    const a = atoms[j];
    let ok = true;
    switch (a.k) {
      case K.Num:
        if (j !== i) {
          const n = atoms[j + 1];
          const int = a.num!.kind === 'integer' && !a.num!.scaled;
          // "3 hundred and 21", "4 thousand 3 hundred"; never "3 hundred and 2 hundred"
          ok = int && ((afterAnd && (hasHundred || bigScale > 0) && a.v < Math.min(place, 100) && !(n && (n.k === K.Hundred || n.k === K.Scale)))
            || (lastKind === K.Scale && a.v < 10 && !!n && n.k === K.Hundred));
        }
        if (ok && j === i) {
          digits = true;
          scaled = a.num!.scaled;
          kind = a.num!.kind;
          if (a.num!.kind !== 'integer') decimal = true;
          if (a.num!.kind === 'fraction' || a.num!.kind === 'power' || a.num!.glued) return { value: a.v, next: j + 1, words: false, scaled, digits, lastKind: K.Num, tensAt, andBeforeTens, bigScale: 0, place: 1, kind };
          group = a.v;
          sub = 0;
          hasUnit = true;
          hasTeen = true;
          hasTens = true; // no small words may follow digits
          place = 1;
        } else if (ok) {
          group += a.v;
          sub += a.v;
          hasUnit = hasTeen = hasTens = true;
        }
        break;
      case K.A: {
        const n = atoms[j + 1];
        ok = j === i && !!n && (n.k === K.Hundred || n.k === K.Scale || n.k === K.Dozen) && j + 1 < limit;
        if (ok) {
          group = 1;
          sub = 1;
          hasUnit = true;
          words = true;
        }
        break;
      }
      case K.Unit:
        ok = !hasUnit && !hasTeen && !(lastKind === K.Tens && a.v === 0) && !(hasTens && a.v === 0);
        if (ok) {
          group += a.v;
          sub += a.v;
          hasUnit = true;
          place = 1;
        }
        break;
      case K.Teen:
        ok = !hasUnit && !hasTeen && !hasTens;
        if (ok) {
          group += a.v;
          sub += a.v;
          hasTeen = true;
          place = 1;
        }
        break;
      case K.Tens:
        ok = !hasUnit && !hasTeen && !hasTens;
        if (ok) {
          group += a.v;
          sub += a.v;
          hasTens = true;
          tensAt = j;
          andBeforeTens = lastKind === K.And;
          place = 10;
        }
        break;
      case K.Hundred:
        ok = !hasHundred && group > 0 && (digits ? true : group < 100) && lastKind !== K.And;
        if (ok) {
          group *= 100;
          hasHundred = true;
          resetSmall();
          place = 100;
          scaled = true;
        }
        break;
      case K.Scale:
        if (lastKind === K.And) ok = false;
        else if (group > 0 && (bigScale === 0 || a.v < bigScale)) {
          total += group * a.v;
          group = 0;
          bigScale = a.v;
          hasHundred = false;
          resetSmall();
          place = a.v;
          scaled = true;
          if (decimal) kind = Number.isInteger(total) ? 'integer' : 'decimal';
        } else if (group === 0 && total > 0 && a.v > bigScale && lastKind === K.Scale) {
          total *= a.v; // "three lakh crore"
          bigScale = a.v;
          place = total;
        } else ok = false;
        break;
      case K.Dozen:
        ok = group > 0 && lastKind !== K.And && lastKind !== K.Scale;
        if (ok) {
          const s = hasHundred ? sub : group;
          group = group - s + s * 12;
          scaled = true;
          words = true;
          j++;
          lastKind = K.Dozen;
        }
        // nothing may follow a dozen
        j = ok ? j : j;
        if (ok) return finish();
        break;
      case K.And: {
        // "and" joins a smaller part: "one hundred and six", "two thousand and two hundred",
        // "twenty and three"; never "10,000 and 12,000", and never a following fraction of
        // a small numerator ("one hundred and three quarters"), which the caller adds.
        ok = false;
        if (lastKind === K.And || j + 1 >= limit || (total + group) === 0) break;
        if (!words && !(hasHundred || bigScale)) break;
        const n = atoms[j + 1];
        if (n.k === K.Num) {
          ok = (hasHundred || bigScale > 0) && n.num!.kind === 'integer' && !n.num!.scaled && n.v < Math.min(place, 100);
          break;
        }
        if (!isCardWord(n.k)) break;
        const run = smallRun(atoms, j + 1);
        if (!run) break;
        if (run.value >= place) break;
        const after = atoms[run.next];
        if (after && (after.k === K.Ord || after.k === K.Half) && run.value < 10) break;
        if (after && after.k === K.And) {
          // "twenty and three and three fifths": fine, the next "and" decides again
        }
        ok = true;
        break;
      }
      default:
        ok = false;
    }
    if (!ok) break;
    if (a.k !== K.And && a.k !== K.Num) words = true;
    afterAnd = a.k === K.And;
    lastKind = a.k;
    j++;
  }
  return finish();

  function finish(): Card | null {
    if (lastKind === K.And) j--; // a dangling "and" is not ours
    if (j === i) return null;
    const value = total + group;
    return { value, next: j, words, scaled, digits, lastKind, tensAt, andBeforeTens, bigScale, place, kind: decimal && !Number.isInteger(value) ? 'decimal' : kind };
  }
}

/** A denominator phrase from atom i: "fifths", "twenty-fifth", "one hundred fifth", "hundred and fifth". */
function parseOrdinalPhrase(atoms: Atom[], i: number): { den: number; plural: boolean; next: number } | null {
  // find the ordinal atom ending the phrase
  let k = i;
  while (k < atoms.length && k - i < 8 && atoms[k].k !== K.Ord) {
    const kk = atoms[k].k;
    if (!(isCardWord(kk) || kk === K.Hundred || kk === K.Scale || kk === K.And)) return null;
    k++;
  }
  const o = atoms[k];
  if (!o || o.k !== K.Ord) return null;
  if (k === i) return o.small ? null : { den: o.v, plural: !!o.plural, next: k + 1 };
  let limit = k;
  if (atoms[k - 1].k === K.And) limit--;
  const c = parseCard(atoms, i, limit);
  if (!c || c.next !== limit) return null;
  if (o.v >= 100) return { den: c.value * o.v, plural: !!o.plural, next: k + 1 };
  if (c.value % 10 !== 0 && o.v < 10) return null;
  if (o.v >= 10 && c.value % 100 !== 0) return null;
  return { den: c.value + o.v, plural: !!o.plural, next: k + 1 };
}

interface Parsed { value: number; next: number; kind: NumberKind; words: boolean; scaled: boolean; glued: boolean }

/** A fraction after a numerator ending at `j`: the denominator's value and the next atom, or null. */
function denominatorAfter(atoms: Atom[], card: Card, i: number): { value: number; next: number } | null {
  const j = card.next;
  const o = atoms[j];
  if (!o) return null;
  if (card.digits) return null; // "100 millionths" is not a fraction in words
  if (o.k === K.Ord && !o.small) {
    // "one hundred thirty fifths" = 100/35: a tens word right before a unit ordinal, not after "and"
    if (o.v < 10 && card.tensAt === j - 1 && card.tensAt > i && !card.andBeforeTens && o.plural) {
      const head = parseCard(atoms, i, card.tensAt);
      if (head && head.next === card.tensAt) return { value: head.value / (atoms[card.tensAt].v + o.v), next: j + 1 };
    }
    if (!o.plural && card.value !== 1) return null;
    if (o.plural && card.value === 1 && o.v !== 4 && o.v !== 2 && card.lastKind === K.Unit && !card.scaled) {
      // "one fifths" is odd but harmless
    }
    return { value: card.value / o.v, next: j + 1 };
  }
  if (isCardWord(o.k) || o.k === K.Hundred) {
    const ph = parseOrdinalPhrase(atoms, j);
    if (ph && (ph.plural || card.value === 1)) return { value: card.value / ph.den, next: ph.next };
  }
  return null;
}

/** Parse a whole number expression from atom i. */
function parseExpr(atoms: Atom[], i: number, opts: NumberOptions): Parsed | null {
  let sign = 1;
  let s = i;
  if (atoms[s]?.k === K.Minus) {
    if (opts.signs === false) return null;
    sign = -1;
    s++;
  }
  const first = atoms[s];
  if (!first) return null;
  let r: Parsed | null = null;

  if (first.k === K.Ord && first.v === 4 && !first.plural && (atoms[s + 1]?.k === K.Scale || (atoms[s + 1]?.k === K.A && atoms[s + 2]?.k === K.Scale))) {
    // "quarter million", "quarter of a million" is rarer
    const j = atoms[s + 1].k === K.A ? s + 2 : s + 1;
    r = { value: atoms[j].v / 4, next: j + 1, kind: 'integer', words: true, scaled: true, glued: false };
  } else if (first.k === K.Half) {
    // "half", "half a dozen", "half million", "half a million"
    let j = s + 1;
    let v = 0.5;
    let scaled = false;
    if (atoms[j]?.k === K.A && (atoms[j + 1]?.k === K.Dozen || atoms[j + 1]?.k === K.Scale || atoms[j + 1]?.k === K.Hundred)) j++;
    const n = atoms[j];
    if (n && (n.k === K.Dozen || n.k === K.Scale || n.k === K.Hundred)) {
      v *= n.v;
      j++;
      scaled = true;
    } else j = s + 1;
    r = { value: v, next: j, kind: Number.isInteger(v) ? 'integer' : 'fraction', words: true, scaled, glued: false };
  } else if (first.k === K.A) {
    // "a half", "a fifth", "a twenty-first", "a quarter million", or "a hundred …"
    const o = atoms[s + 1];
    if (o && o.k === K.Half) {
      r = { value: 0.5, next: s + 2, kind: 'fraction', words: true, scaled: false, glued: false };
    } else if (o && o.k === K.Ord && !o.plural && !o.small) {
      r = { value: 1 / o.v, next: s + 2, kind: 'fraction', words: true, scaled: false, glued: false };
    } else if (o && (o.k === K.Tens || o.k === K.Unit || o.k === K.Teen)) {
      const ph = parseOrdinalPhrase(atoms, s + 1);
      if (ph && !ph.plural) r = { value: 1 / ph.den, next: ph.next, kind: 'fraction', words: true, scaled: false, glued: false };
    }
  }
  if (!r) {
    const card = parseCard(atoms, s);
    if (!card) return null;
    r = { value: card.value, next: card.next, kind: card.kind, words: card.words, scaled: card.scaled, glued: atoms[card.next - 1].num?.glued ?? false };
    if (r.glued) return { ...r, value: sign * r.value };
    const den = denominatorAfter(atoms, card, s);
    if (den) {
      r = { value: den.value, next: den.next, kind: 'fraction', words: true, scaled: false, glued: false };
    } else {
      const a = atoms[card.next];
      const b = atoms[card.next + 1];
      if (a?.k === K.And && b && (card.words || card.scaled)) {
        // "one and a half", "twenty and three fifths", "two million and one half"
        let frac: number | null = null;
        let next = 0;
        if (b.k === K.A && atoms[card.next + 2]?.k === K.Half) {
          frac = 0.5;
          next = card.next + 3;
        } else if (b.k === K.A && atoms[card.next + 2]?.k === K.Ord && !atoms[card.next + 2].small && !atoms[card.next + 2].plural) {
          frac = 1 / atoms[card.next + 2].v;
          next = card.next + 3;
        } else if (b.k === K.A) {
          const ph = parseOrdinalPhrase(atoms, card.next + 2);
          if (ph && !ph.plural) {
            frac = 1 / ph.den;
            next = ph.next;
          }
        } else if (isCardWord(b.k)) {
          const num = parseCard(atoms, card.next + 1);
          if (num) {
            const d = denominatorAfter(atoms, num, card.next + 1);
            if (d && d.value < 1) {
              frac = d.value;
              next = d.next;
            } else if (atoms[num.next]?.k === K.Half && num.value === 1) {
              frac = 0.5;
              next = num.next + 1;
            }
          }
        } else if (b.k === K.Num && card.scaled === false) {
          // no digits after "and" here
        }
        if (frac !== null) {
          // "one billion and a half million": the fraction of the smaller scale that follows
          const sc = atoms[next];
          let unitScale = card.bigScale;
          if (sc && sc.k === K.Scale && card.bigScale && sc.v < card.bigScale) {
            unitScale = sc.v;
            next++;
          }
          const add = unitScale ? frac * unitScale : frac;
          r = { value: card.value + add, next, kind: card.bigScale && Number.isInteger(card.value + add) ? 'integer' : 'fraction', words: true, scaled: card.scaled, glued: false };
        }
      } else if (a?.k === K.Point && !card.digits && b && (b.k === K.Unit || b.k === K.Teen || b.k === K.Tens)) {
        // "two hundred point zero three", "point seventy-one", "nought point eleven"
        let digits = '';
        let j = card.next + 1;
        while (j < atoms.length) {
          const c = atoms[j];
          if (c.k === K.Unit) digits += String(c.v);
          else if (c.k === K.Teen) digits += String(c.v);
          else if (c.k === K.Tens) {
            const u = atoms[j + 1];
            if (u && u.k === K.Unit && u.v > 0) {
              digits += String(c.v + u.v);
              j++;
            } else digits += String(c.v);
          } else break;
          j++;
        }
        r = { value: Number(`${card.value}.${digits}`), next: j, kind: 'decimal', words: true, scaled: false, glued: false };
      } else if (opts.overFractions && (a?.k === K.Over || (a?.k === K.Out && b?.k === K.Of))) {
        // "one over three", "2000 over 3", "one out of three"
        const d0 = a.k === K.Over ? card.next + 1 : card.next + 2;
        const dn = parseCard(atoms, d0);
        if (dn && dn.value > 0 && !(dn.digits && atoms[d0].num!.kind !== 'integer') && (a.k === K.Over || card.value < dn.value)) {
          r = { value: card.value / dn.value, next: dn.next, kind: 'fraction', words: true, scaled: false, glued: atoms[dn.next - 1].num?.glued ?? false };
          if (a.k === K.Over) (r as Parsed & { over?: boolean }).over = true;
        }
      }
    }
  }
  // a fraction of a scale: "five and a half million", "three quarters billion", "two thirds of a million"
  if (r.kind === 'fraction' && !r.scaled) {
    let j = r.next;
    if (atoms[j]?.k === K.Of && atoms[j + 1]?.k === K.A) j += 2;
    else if (atoms[j]?.k === K.A) j += 1;
    const n = atoms[j];
    if (n && (n.k === K.Scale || (n.k === K.Dozen && r.value < 1))) {
      const v = r.value * n.v;
      r = { value: v, next: j + 1, kind: Number.isInteger(Math.round(v * 1e9) / 1e9) ? 'integer' : 'fraction', words: true, scaled: true, glued: false };
      if (r.kind === 'integer') r.value = Math.round(v * 1e9) / 1e9;
    }
  }
  r.value *= sign;
  return r;
}

// ---------------------------------------------------------------------------------------------
// Entry points

/** The number that starts at `pos` in `text` (pos must be at a digit, a number word, a sign or "a"/"an"/"half"). */
export function parseNumberAt(text: string, pos: number, opts: NumberOptions = {}): NumberMatch | null {
  let p = pos;
  let sign = 1;
  const c = text.charCodeAt(p);
  if ((c === 45 || c === 0x2212) && opts.signs !== false) {
    // a "-" sign: "-9.5", "- 1 4/5", never inside "10-12" or "F-16"
    const before = p > 0 ? text.charCodeAt(p - 1) : 32;
    if (isDigit(before) || isLetter(before)) return null;
    p++;
    while (isSpace(text.charCodeAt(p))) p++;
    if (!isDigit(text.charCodeAt(p)) && !(text.charCodeAt(p) === 46 && isDigit(text.charCodeAt(p + 1)))) return null;
    sign = -1;
  }
  const atoms = lex(text, p, opts);
  if (atoms.length === 0) return null;
  const r = parseExpr(atoms, 0, opts);
  if (!r) return null;
  let end = atoms[r.next - 1].end;
  // "1 over 3 years" is not a fraction
  if ((r as Parsed & { over?: boolean }).over) {
    let q = end;
    while (isSpace(text.charCodeAt(q))) q++;
    if (isLetter(text.charCodeAt(q))) {
      const card = parseCard(atoms, 0);
      if (!card) return null;
      return { start: pos, end: atoms[card.next - 1].end, value: sign * card.value, kind: card.kind, words: card.words, scaled: card.scaled, glued: false };
    }
  }
  // a lone "a"/"an" never is a number; a trailing "a" neither
  while (r.next > 0 && (atoms[r.next - 1].k === K.A || atoms[r.next - 1].k === K.Of)) {
    r.next--;
    end = atoms[r.next - 1]?.end ?? pos;
  }
  if (end <= pos) return null;
  const value = sign * r.value;
  return { start: pos, end, value, kind: r.kind, words: r.words, scaled: r.scaled, glued: r.glued };
}

/** The number a whole string spells ("two hundred and fifty thousand", "1.5 million", "$" not included), or null. */
export function parseNumber(s: string, opts: NumberOptions = {}): number | null {
  const t = s.trim();
  const m = parseNumberAt(t, 0, opts);
  return m && m.end === t.length ? m.value : null;
}

const STARTS = /[0-9.\-\u2212½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|[A-Za-z]/;

/** Words before "one" that make it a pronoun ("the one you mentioned", "which one"). */
const PRONOUN_ONE = new Set(['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'another', 'what', 'whichever', 'someone', 'little', 'new', 'old', 'big', 'right', 'only']);

/**
 * Every number in `text` (the Recognizers-Text NumberModel view): left to right, longest first,
 * not overlapping. Digits glued to letters ("180ml", "4th", "1m") are not numbers; "one" after
 * "the/this/that/which" is a pronoun.
 */
export function findNumbers(text: string, opts: NumberOptions = { overFractions: true }): NumberMatch[] {
  const out: NumberMatch[] = [];
  let p = 0;
  const n = text.length;
  while (p < n) {
    const c = text.charCodeAt(p);
    const prev = p > 0 ? text.charCodeAt(p - 1) : 32;
    if (!(isLetter(prev) || isDigit(prev)) && STARTS.test(text[p]) && !(c === 46 && prev === 46)) {
      const m = parseNumberAt(text, p, opts);
      if (m && !m.glued && !isDigit(text.charCodeAt(m.end)) && !(isLetter(text.charCodeAt(m.end)) && !m.words)) {
        if (!(m.words && /^one$/i.test(text.slice(m.start, m.end)) && isPronounOne(text, m.start))) {
          out.push(m);
          p = m.end;
          continue;
        }
      } else if (m && m.glued) {
        // skip the whole glued token
        p = m.end;
        while (p < n && (isLetter(text.charCodeAt(p)) || isDigit(text.charCodeAt(p)))) p++;
        continue;
      }
    }
    // next word boundary
    if (isLetter(c) || isDigit(c)) {
      while (p < n && (isLetter(text.charCodeAt(p)) || isDigit(text.charCodeAt(p)))) p++;
    } else p++;
  }
  return out;
}

function isPronounOne(text: string, start: number): boolean {
  let e = start;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  return PRONOUN_ONE.has(text.slice(s, e).toLowerCase());
}
