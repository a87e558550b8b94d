/**
 * Amounts with a currency or a unit of measure, read from the text at an offset:
 *
 *   moneyAt(text, pos)    → "$50 billion", "US$ 1.2tn", "420 million finnish markka", "3 dollars 50 cents"
 *   measureAt(text, pos)  → "200 miles", "3-inch", "1.5 million gallon", "20 (kg)", "10km/hr"
 *   findMoney(text), findMeasures(text) → every one in a text (the Recognizers-Text currency and
 *   dimension model views), with unit-only mentions ("dollar", "metric ton") as the models report them.
 */
import { parseNumberAt, type NumberMatch } from './numbers.js';
import { MEASURE_AFTER, MEASURE_ALONE, MONEY_AFTER, MONEY_ALONE, MONEY_BEFORE, matchUnitAt, type UnitInfo } from './units.js';

export interface Amount {
  start: number;
  end: number;
  /** The amount in the unit as written (50 for "50 cents"); null for a unit named alone. */
  value: number | null;
  unit: UnitInfo;
  /** Offsets of the number inside the span, or null. */
  number: NumberMatch | null;
  /** Where the currency or unit is written (before or after the number). */
  unitStart: number;
  unitEnd: number;
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x202f;

function skipSpaces(text: string, p: number, max = 3): number {
  let q = p;
  while (q < text.length && isSpace(text.charCodeAt(q)) && q - p < max) q++;
  return q;
}

const DOLLARISH = new Set(['Dollar', 'United States dollar', 'Canadian dollar', 'Australian dollar', 'Hong Kong dollar', 'New Zealand dollar', 'Singapore dollar']);

/** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "one dollar and one", "c $ 100 and fifty". */
function cents(text: string, a: Amount, named: boolean): Amount {
  if (a.value === null || !Number.isInteger(a.value) || a.number?.scaled || !DOLLARISH.has(a.unit.name)) return a;
  let p = skipSpaces(text, a.end);
  if (p === a.end) return a;
  let and = false;
  if (/^and\b/i.test(text.slice(p, p + 4))) {
    and = true;
    p = skipSpaces(text, p + 3);
  }
  const n = parseNumberAt(text, p, { signs: false, spaceGroups: false });
  if (!n || n.glued || n.kind !== 'integer' || n.value >= 100 || n.value < 0) return a;
  const q = skipSpaces(text, n.end);
  const c = /^cents?\b/i.exec(text.slice(q, q + 6));
  if (c) return { ...a, end: q + c[0].length, value: a.value + n.value / 100 };
  if (n.words && (named || and)) {
    // "thirteen dollars forty five", "one dollar and one", "c $ 100 and fifty"; never "50 dollar 50 dollar"
    return { ...a, end: n.end, value: a.value + n.value / 100 };
  }
  return a;
}

/** Money whose currency is written first: "$50 billion", "US$ 1.2tn", "€ 2 million", "USD115". */
export function moneyBeforeAt(text: string, pos: number): Amount | null {
  const prev = pos > 0 ? text.charCodeAt(pos - 1) : 32;
  if (isLetter(prev) || isDigit(prev)) return null;
  const u = matchUnitAt(text, pos, MONEY_BEFORE);
  let ue = u?.end ?? -1;
  let info = u?.info;
  if (!u) {
    // an ISO code glued to digits: "USD115"
    const m = /^([A-Za-z]{3})(?=\d)/.exec(text.slice(pos, pos + 4));
    const g = m ? matchUnitAt(m[1] + ' ', 0, MONEY_BEFORE) : null;
    if (!g) return null;
    info = g.info;
    ue = pos + 3;
  }
  const p = skipSpaces(text, ue);
  const n = parseNumberAt(text, p, { money: true, signs: false });
  if (!n || n.glued) return null;
  // "#" is the pound sign of Penn-Treebank text ("# 13 billion"), never "#2"
  if (info!.weak && !n.scaled) return null;
  // "$ 70 - a - share" ends at 70; "$10 dollars" takes no second currency
  const a: Amount = { start: pos, end: n.end, value: n.value * (info!.mult ?? 1), unit: info!, number: n, unitStart: pos, unitEnd: ue };
  // the currency named again: "USD$ 23 billion dollar deal"
  const q = skipSpaces(text, n.end);
  if (q > n.end && n.scaled) {
    const again = matchUnitAt(text, q, MONEY_AFTER);
    if (again && again.info.ledger === info!.ledger && /^[a-z]/i.test(again.pattern) && again.pattern.length > 3) return { ...a, end: again.end };
  }
  return cents(text, a, false);
}

/** Money whose currency follows the number (pos at the number): "420 million finnish markka", "12-cent", "115USD". */
export function moneyAfterAt(text: string, pos: number, n: NumberMatch | null = parseNumberAt(text, pos, { money: true, signs: false })): Amount | null {
  if (!n) return null;
  let p = n.end;
  if (!n.glued) {
    p = skipSpaces(text, p);
    if (p === n.end && text.charCodeAt(p) === 45 && isLetter(text.charCodeAt(p + 1))) p++; // "12-cent", "one-yen"
  }
  const u = matchUnitAt(text, p, MONEY_AFTER);
  if (!u) return null;
  if (u.info.weak && !(n.scaled || n.value >= 1000 || (u.pattern === 'p' && p === n.end))) return null;
  if (u.pattern === 'p' && p !== n.end) return null;
  const a: Amount = { start: n.start, end: u.end, value: n.value * (u.info.mult ?? 1), unit: u.info, number: n, unitStart: p, unitEnd: u.end };
  return cents(text, a, true);
}

/** A measure at pos (the number's start): "200 miles", "3-inch", "20 (kg)", "10km/hr". */
export function measureAt(text: string, pos: number, n: NumberMatch | null = parseNumberAt(text, pos, { signs: false })): Amount | null {
  if (!n) return null;
  // model names: "SCP-173 m", "F-16"
  if (n.start > 1 && text.charCodeAt(n.start - 1) === 45 && (isLetter(text.charCodeAt(n.start - 2)) || isDigit(text.charCodeAt(n.start - 2)))) return null;
  let p = n.end;
  let close = '';
  if (!n.glued) {
    p = skipSpaces(text, p);
    const c = text[p];
    if (p === n.end && c === '-' && isLetter(text.charCodeAt(p + 1))) p++;
    else if (c === '(' || c === '[' || c === '{' || c === '<') {
      close = ({ '(': ')', '[': ']', '{': '}', '<': '>' } as Record<string, string>)[c];
      p++;
    }
  }
  const u = matchUnitAt(text, p, MEASURE_AFTER);
  if (!u) return null;
  let end = u.end;
  if (close) {
    if (text[end] !== close) return null;
    end++;
  }
  // "24703 L-202": a code, not a measure
  if (text.charCodeAt(end) === 45 && isDigit(text.charCodeAt(end + 1))) return null;
  return { start: n.start, end, value: n.value, unit: u.info, number: n, unitStart: p, unitEnd: u.end };
}

const CAN_START = /[0-9.$£€¥₩₽₹₺₴₪₦₱฿₫₡₾₭₿½⅓⅔¼¾⅛A-Za-zரூ元]/u;

function scan(text: string, find: (p: number) => Amount | null, alone: Parameters<typeof matchUnitAt>[2] | null): Amount[] {
  const out: Amount[] = [];
  let p = 0;
  const n = text.length;
  while (p < n) {
    const prev = p > 0 ? text.charCodeAt(p - 1) : 32;
    const c = text.charCodeAt(p);
    const boundary = !(isLetter(prev) || isDigit(prev)) || !(isLetter(c) || isDigit(c));
    if (boundary && CAN_START.test(text[p])) {
      const a = find(p);
      if (a) {
        out.push(a);
        p = a.end;
        continue;
      }
      if (alone && isLetter(c) && !isLetter(prev)) {
        const u = matchUnitAt(text, p, alone);
        if (u) {
          out.push({ start: p, end: u.end, value: null, unit: u.info, number: null, unitStart: p, unitEnd: u.end });
          p = u.end;
          continue;
        }
      }
    }
    if (isLetter(c) || isDigit(c)) {
      while (p < n && (isLetter(text.charCodeAt(p)) || isDigit(text.charCodeAt(p)))) p++;
    } else p++;
  }
  return out;
}

function numberStart(text: string, p: number): NumberMatch | null {
  const prev = p > 0 ? text.charCodeAt(p - 1) : 32;
  if (isLetter(prev) || isDigit(prev)) return null;
  return parseNumberAt(text, p, { money: true, signs: false });
}

/** Every amount of money in `text` (the Recognizers-Text CurrencyModel view). */
export function findMoney(text: string): Amount[] {
  return scan(text, (p) => moneyBeforeAt(text, p) ?? moneyAfterAt(text, p, numberStart(text, p)), MONEY_ALONE);
}

/** Every measure in `text` (the Recognizers-Text DimensionModel view). */
export function findMeasures(text: string): Amount[] {
  return scan(text, (p) => {
    const prev = p > 0 ? text.charCodeAt(p - 1) : 32;
    if (isLetter(prev) || isDigit(prev)) return null;
    return measureAt(text, p);
  }, MEASURE_ALONE);
}
