/**
 * Drops what looks like a time but is not: parts of names in a row of capitalised words
 * ("Friday Night Lights", "Independence Day Parade" stays), the year-looking numbers of scores and
 * ranges ("1998-99" is kept as the first year only by the year parser), and durations counting
 * something else ("two days' pay" stays). Each rule is one small check.
 */
import type { Analysis } from '../../../nlp/tokenize.js';
import type { Draft } from '../types.js';

/** A weekday or month inside a run of capitalised words that is a name ("Ash Wednesday Mass", "Black Friday sale" stay). */
function insideName(a: Analysis, d: Draft): boolean {
  if (d.by !== 'weekday' && d.by !== 'month') return false;
  const text = a.text;
  const before = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, d.start - 30), d.start));
  const after = /^\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(d.end, d.end + 30));
  const prepositions = /^(?:On|In|Since|By|Until|Through|From|To|Last|Next|This|Early|Late|Mid|During|Before|After|Each|Every|And|Or|But|The|Until|Till|Of|For|At)$/;
  if (before && after && !prepositions.test(before[1]) && !prepositions.test(after[1])) return true;
  return false;
}

/** A year-looking number that names a stock index ("the Russell 2000 Index", "the Russel 2000"). */
function indexName(a: Analysis, d: Draft): boolean {
  if (d.by !== 'year') return false;
  return /\bRussell?\s+$/.test(a.text.slice(Math.max(0, d.start - 10), d.start)) || /^\s+Index\b/.test(a.text.slice(d.end, d.end + 10));
}

/**
 * A duration written in capitals before a capitalised word names a war or a work ("the Six-Day War", "the Hundred
 * Years' War", "12 Years a Slave" stays a title), it measures no time.
 */
function durationInName(a: Analysis, d: Draft): boolean {
  if (d.type !== 'DURATION') return false;
  const words = a.text.slice(d.start, d.end).replace(/^the\s+/i, '').split(/[\s-]+/);
  if (!words.every((w) => /^(?:\p{Lu}|\d)/u.test(w))) return false;
  return /^['’]?s?['’]?\s+\p{Lu}\p{Ll}/u.test(a.text.slice(d.end, d.end + 20));
}

/** "cut rates by a quarter-point", "a quarter percentage point": a fraction of a rate, no quarter of a year. */
function quarterPoint(a: Analysis, d: Draft): boolean {
  return /quarter$/i.test(a.text.slice(d.start, d.end)) && /^(?:-|\s)(?:point|percentage)/i.test(a.text.slice(d.end, d.end + 12));
}

export function dropNonTimes(a: Analysis, drafts: Draft[]): Draft[] {
  return drafts.filter((d) => !insideName(a, d) && !indexName(a, d) && !durationInName(a, d) && !quarterPoint(a, d));
}
