/** Words of time: month and weekday names, number words, units, parts of day, seasons, modifiers. */
import { wordTable } from '../../nlp/lexicon/table.js';

export const MONTHS: Record<string, number> = wordTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
});

/** A month name or abbreviation (with its optional dot); the caller checks the capital. */
export const MONTH_RE = String.raw`(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june|july|jun\.?|jul\.?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)(?![\p{L}\d])`;

export function monthNumber(s: string): number {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
}

export const WEEKDAYS: Record<string, number> = wordTable({
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
});

/** Full weekday names only: "Sun", "Sat", "Wed" alone are too often something else (Park Sun-won). */
export const WEEKDAY_RE = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}\d-])`;

export function weekdayNumber(s: string): number {
  return WEEKDAYS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
}

const SMALL: Record<string, number> = wordTable({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, 'a dozen': 12, 'a couple of': 2, 'a couple': 2, 'couple of': 2, 'half a': 0.5,
  'a half': 0.5, half: 0.5, 'a hundred': 100, 'a thousand': 1000, thousand: 1000,
});

/** Vague amounts: value X in TIMEX3 (PXY "several years"). */
export const VAGUE = new Set(['few', 'a few', 'several', 'some', 'many', 'the', 'recent', 'coming']);

const WORD_NUM = String.raw`(?:(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hundred|thousand)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a\s+)?hundred|(?:a\s+)?thousand|(?:a\s+)?dozen|a\s+couple(?:\s+of)?|couple\s+of|half\s+a|a|an)`;
/** A count: digits or number words, or a vague amount (few, several …). */
export const NUM_RE = String.raw`(?:\d+\s+1\/2|\d+(?:\.\d+)?|1\/2|${WORD_NUM}|a\s+few|few|several|many)`;

/** The number of a count as written, NaN for vague ones. */
export function parseCount(s: string): number {
  const t = s.toLowerCase().replace(/\s+/g, ' ').replace(/-/g, ' ').trim();
  const frac = /^(\d+ )?1\/2$/.exec(t);
  if (frac) return Number(frac[1] ?? 0) + 0.5;
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  if (t in SMALL) return SMALL[t];
  const parts = t.split(' ');
  if (parts.length === 2 && parts[0] in SMALL && parts[1] in SMALL && SMALL[parts[0]] >= 20) return SMALL[parts[0]] + SMALL[parts[1]];
  // "two thousand years", "five hundred years"
  if (parts.length === 2 && parts[0] in SMALL && (parts[1] === 'hundred' || parts[1] === 'thousand')) return SMALL[parts[0]] * SMALL[parts[1]];
  return NaN;
}

export const ORDINALS: Record<string, number> = wordTable({
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: 4,
});

/** TIMEX3 duration unit letters; `time` units go after a T. */
export const UNITS: Record<string, { code: string; time?: boolean; factor?: number }> = wordTable({
  second: { code: 'S', time: true }, sec: { code: 'S', time: true }, minute: { code: 'M', time: true }, min: { code: 'M', time: true },
  hour: { code: 'H', time: true }, hr: { code: 'H', time: true }, day: { code: 'D' }, night: { code: 'D' }, week: { code: 'W' },
  fortnight: { code: 'W', factor: 2 }, month: { code: 'M' }, year: { code: 'Y' }, quarter: { code: 'Q' },
  decade: { code: 'Y', factor: 10 }, century: { code: 'Y', factor: 100 }, centurie: { code: 'Y', factor: 100 },
  weekend: { code: 'WE' }, millennium: { code: 'Y', factor: 1000 }, millennia: { code: 'Y', factor: 1000 },
});
export const UNIT_RE = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|quarters?|decades?|centur(?:y|ies)|weekends?|millenni(?:um|a))`;

export function unitOf(s: string): { code: string; time?: boolean; factor?: number } | null {
  const t = s.toLowerCase().replace(/-.*$/, '');
  return UNITS[t] ?? UNITS[t.replace(/s$/, '')] ?? (t === 'centuries' ? UNITS.century : null);
}

/** The TIMEX3 duration of n units (n NaN → X). */
export function duration(n: number, unit: string): string {
  const u = unitOf(unit);
  if (!u) return 'PX';
  const k = Number.isNaN(n) ? NaN : n * (u.factor ?? 1);
  let num: string;
  if (Number.isNaN(k)) num = 'X';
  else if (Number.isInteger(k)) num = String(k);
  else {
    // fractions: "2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M, "a day and a half" P1DT12H
    const whole = Math.floor(k);
    const w = whole ? `${whole}${u.code}` : '';
    if (u.code === 'Y') return `P${w}${Math.round((k - whole) * 12)}M`;
    if (u.code === 'M' && !u.time) return `P${w}${Math.round((k - whole) * 30)}D`;
    if (u.code === 'W') return `P${Math.round(k * 7)}D`;
    if (u.code === 'D') return `P${w}T${Math.round((k - whole) * 24)}H`;
    if (u.code === 'H') return `PT${w}${Math.round((k - whole) * 60)}M`;
    if (u.code === 'M' && u.time) return `PT${w}${Math.round((k - whole) * 60)}S`;
    num = String(k);
  }
  return u.time ? `PT${num}${u.code}` : `P${num}${u.code}`;
}

export const PARTS_OF_DAY: Record<string, string> = wordTable({
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI', noon: 'MI', midday: 'MI',
  'mid-afternoon': 'AF', 'mid-morning': 'MO', dawn: 'MO', dusk: 'EV', daybreak: 'MO', midnight: 'NI',
});
export const PART_RE = String.raw`(?:morning|afternoon|evening|night|mid-afternoon|mid-morning)`;

export const SEASONS: Record<string, string> = wordTable({ spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' });
export const SEASON_RE = String.raw`(?:spring|summer|fall|autumn|winter)`;

/** Modifier words before a point in time ("early October") → TIMEX3 mod. */
export function pointMod(s: string | undefined): string | null {
  if (!s) return null;
  const t = s.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:the )?(?:early|earlier|beginning|start|dawn)\b|^(?:the )?(?:beginning|start) of/.test(t)) return 'START';
  if (/^(?:the )?(?:late|later|end|close)\b|^(?:the )?(?:end|close) of/.test(t)) return 'END';
  if (/^(?:the )?(?:mid|middle)\b|^the middle of/.test(t)) return 'MID';
  return null;
}

/** Prefix for points: early / late / mid / the end of … (group: pm); "end", "start" without "of" only after a preposition ("by end 2024"), not in "a rocky start Monday". */
export const POINT_MOD_RE = String.raw`(?:(?<pm>(?:the\s+)?(?:very\s+)?(?:early|late|mid|(?:middle|end|beginning|start)\s+of|(?:middle|end|beginning|start)(?=-))|(?<=\b(?:by|at|toward|towards|from|before|until)\s+)(?:end|beginning|start))(?:\s+|-))?`;

/** Prefix for amounts: about, more than, nearly … → mod. */
export const AMOUNT_MOD_RE = String.raw`(?:(?<am>about|around|approximately|roughly|some|almost|nearly|more\s+than|over|less\s+than|under|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than)\s+)?`;

export function amountMod(s: string | undefined): string | null {
  if (!s) return null;
  const t = s.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:about|around|approximately|roughly|some)$/.test(t)) return 'APPROX';
  if (/^(?:almost|nearly|less than|under|fewer than)$/.test(t)) return 'LESS_THAN';
  if (t === 'more than' || t === 'over') return 'MORE_THAN';
  if (t === 'at least' || t === 'no less than') return 'EQUAL_OR_MORE';
  if (t === 'at most' || t === 'up to' || t === 'no more than') return 'EQUAL_OR_LESS';
  return null;
}

/** The trigger words of the amount and point prefixes (first word, lowercase). */
export const AMOUNT_MOD_TRIGGERS = ['about', 'around', 'approximately', 'roughly', 'some', 'almost', 'nearly', 'more', 'over', 'less', 'under', 'fewer', 'at', 'up', 'no'];
export const POINT_MOD_TRIGGERS = ['the', 'very', 'early', 'late', 'mid', 'middle', 'end', 'beginning', 'start'];
