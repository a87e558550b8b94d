/**
 * Time expressions → TIMEX3 (type, value, mod) against the publication date.
 *
 * chrono-node's shape: a list of small parsers (parsers/, one pattern and one job each) tried by a
 * scanner only at tokens that can start a time expression, then refiners (refiners/) that drop what
 * is not a time; then our normaliser (normalise.ts) resolves each relative value in text order
 * against the publication date, the tense of its sentence (tense.ts) and the last date mentioned.
 */
import type { Time } from '../../ledger/types.js';
import { sentenceAt, type Analysis } from '../../nlp/tokenize.js';
import { parseYmd } from './calendar.js';
import { Resolver } from './normalise.js';
import { ago, yearAgoAdjective } from './parsers/ago.js';
import { anaphora, dayAround, ordinalDay } from './parsers/anaphora.js';
import { dayMonth } from './parsers/dayMonth.js';
import { decade } from './parsers/decade.js';
import { deictic } from './parsers/deictic.js';
import { duration, unitLong } from './parsers/duration.js';
import { holiday } from './parsers/holiday.js';
import { month } from './parsers/month.js';
import { monthDay } from './parsers/monthDay.js';
import { monthRange } from './parsers/monthRange.js';
import { numericDate } from './parsers/numericDate.js';
import { partOfDay, tradingPart } from './parsers/partOfDay.js';
import { pastUnit } from './parsers/pastUnit.js';
import { quarter, quarterAnaphor } from './parsers/quarter.js';
import { refs } from './parsers/refs.js';
import { relative } from './parsers/relative.js';
import { season } from './parsers/season.js';
import { adverbSet, everySet, seasonSet, weekdaySet } from './parsers/set.js';
import { clock, militaryClock, noon } from './parsers/timeOfDay.js';
import { vagueDuration, whileDuration } from './parsers/vagueDuration.js';
import { weekday } from './parsers/weekday.js';
import { weekend } from './parsers/weekend.js';
import { weekOf } from './parsers/weekOf.js';
import { theUnit } from './parsers/theUnit.js';
import { spokenYear } from './parsers/spokenYear.js';
import { year } from './parsers/year.js';
import { refine } from './refiners/index.js';
import { Scanner } from './scanner.js';
import { tenseAt } from './tense.js';
import type { Draft, Parser } from './types.js';

/** In order of preference when two match equally long. */
export const PARSERS: readonly Parser[] = [
  numericDate, weekOf, dayAround, monthDay, dayMonth, monthRange, month, holiday, weekday, deictic, tradingPart, partOfDay, clock, noon, militaryClock, anaphora, ordinalDay, relative,
  quarter, quarterAnaphor, weekend, theUnit, ago, yearAgoAdjective, pastUnit, duration, unitLong, vagueDuration, whileDuration, everySet, seasonSet, adverbSet, weekdaySet, decade, year, spokenYear,
  season, refs,
];

let scanner: Scanner | null = null;

/** The drafts of `a` (found and refined, values not yet resolved). */
export function findTimes(a: Analysis): Draft[] {
  scanner ??= new Scanner(PARSERS);
  return refine(a, scanner.scan(a));
}

/** Resolve drafts in text order: relative values against `published`, tense and the last date mentioned. */
export function resolveTimes(a: Analysis, drafts: readonly Draft[], published: string | null): Time[] {
  // a publication date that is missing or not a date (MEANTIME writes one "03-02-2009"): the dateline's
  const r = new Resolver(parseYmd(published) ?? parseYmd(datelineDate(a, drafts)));
  const out: Time[] = [];
  let daySentence = -1;
  for (const d of drafts) {
    const sentence = sentenceAt(a, d.start);
    // a clock time without its day takes the day named before it in its sentence ("On Friday … at 3 p.m.")
    if (sentence !== daySentence) r.sentenceDay = null;
    let value: string;
    if (typeof d.value === 'string') value = d.value;
    else {
      r.tense = tenseAt(a, d.start, d.end);
      value = d.value(r);
    }
    if ((d.type === 'DATE' || d.type === 'TIME') && /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(value)) {
      r.sentenceDay = value.slice(0, 10);
      daySentence = sentence;
    }
    out.push({ id: `t${out.length + 1}`, start: d.start, end: d.end, text: a.text.slice(d.start, d.end), type: d.type, value, mod: d.mod });
    if ((d.type === 'DATE' || d.type === 'TIME') && /^\d{4}(?:-(?:\d{2}|W\d{2}|Q\d))*(?:T|$|-\d{2})/.test(value) && d.by !== 'decade') {
      r.lastDate = value.replace(/T.*$/, '');
      r.lastDateAgo = d.by === 'ago' ? a.text.slice(d.start, d.end).toLowerCase() : null;
    }
    if ((d.type === 'DATE' || d.type === 'TIME') && /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(value)) r.lastDay = value.slice(0, 10);
    // the quarter a results report is about: a named, completed one (not the current one or a forecast)
    if (d.by === 'quarter' && /^\d{4}-Q\d$/.test(value) && (!r.dct || value < r.unit('quarter', 0))) r.lastQuarter = value;
  }
  return out;
}

/**
 * Without a (valid) publication date, a dateline stands for it: a full date alone on one of the first lines
 * ("September 01, 2007" under a headline).
 */
function datelineDate(a: Analysis, drafts: readonly Draft[]): string | null {
  for (const d of drafts) {
    if (d.start > 400) break;
    if (typeof d.value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) continue;
    const lineStart = a.text.lastIndexOf('\n', d.start - 1) + 1;
    const nl = a.text.indexOf('\n', d.end);
    const line = a.text.slice(lineStart, nl < 0 ? a.text.length : nl).trim();
    if (line === a.text.slice(d.start, d.end).trim()) return d.value;
  }
  return null;
}

/** Every time expression of the analysed text, with TIMEX3 values against the publication date (YYYY-MM-DD or null). */
export function extractTimes(a: Analysis, published: string | null): Time[] {
  return resolveTimes(a, findTimes(a), published);
}
