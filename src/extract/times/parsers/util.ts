/** Small helpers the parsers share. */
import type { TimexType } from '../../../ledger/types.js';
import type { Shift } from '../normalise.js';
import type { Draft, ParseContext, Value } from '../types.js';

/** A sticky, case-insensitive, Unicode pattern. */
export const re = (src: string): RegExp => new RegExp(src, 'iyu');

export function draft(m: RegExpExecArray, type: TimexType, value: Value, mod: string | null, by: string): Draft {
  return { start: m.index, end: m.index + m[0].length, type, value, mod, by };
}

export function shiftOf(s: string | undefined): Shift {
  if (!s) return null;
  const t = s.toLowerCase().replace(/^the\s+/, '');
  if (t === 'last' || t === 'past' || t === 'previous' || t === 'preceding' || t === 'prior') return -1;
  if (t === 'next' || t === 'coming' || t === 'following' || t === 'upcoming') return 1;
  if (t === 'this' || t === 'current' || t === 'present') return 0;
  return null;
}

const FUNCTION_WORDS = new Set([
  'on', 'in', 'since', 'by', 'until', 'till', 'through', 'from', 'to', 'last', 'next', 'this', 'that', 'early', 'late', 'mid',
  'during', 'before', 'after', 'each', 'every', 'and', 'or', 'but', 'the', 'of', 'for', 'at', 'also', 'then', 'only', 'between',
  'around', 'about', 'throughout', 'over', 'within', 'under', 'even', 'both', 'so', 'yet', 'as', 'later', 'earlier', 'again',
  'starting', 'beginning', 'ending', 'until', 'into', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'last', 'past', 'all',
  'not', 'no', 'when', 'while', 'since', 'if', 'because', 'although', 'though', 'however', 'meanwhile', 'like', 'unlike',
]);

/** Whether the token before the match is a capitalised word that is not a function word (a name goes on: "Theresa May"). */
export function afterName(cx: ParseContext): boolean {
  const i = cx.index;
  if (i === 0) return false;
  const prev = cx.a.tokens[i - 1];
  const cur = cx.a.tokens[i];
  if (prev.sentence !== cur.sentence) return false;
  return prev.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(prev.text) && !FUNCTION_WORDS.has(prev.text.toLowerCase());
}

/** Words after which a capitalised month name is a verb ("will March", "to March"). */
export const VERB_BEFORE = new Set(['will', 'would', "'ll", '’ll', 'to', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'did', 'not', 'they', 'we', 'i', 'you']);

/** The token before the match, lowercased ('' at the start). */
export function prevWord(cx: ParseContext, back = 1): string {
  const t = cx.a.tokens[cx.index - back];
  return t ? t.text.toLowerCase() : '';
}

/** Words before a date that make it a deadline or a target: the coming one ("payable Dec. 7", "until March 6"). */
const DEADLINE = new Set(['by', 'until', 'till', 'through', 'thru', 'effective', 'payable', 'expire', 'expires', 'record', 'due', 'toward', 'towards']);

/**
 * Whether the date matched at `cx` is a deadline or target: after "by", "until", "through",
 * "effective", "payable", "expires", "(holders) of record", "due", "toward", "ahead of", and after "to" when a verb of
 * moving a date or "closer", "up" comes before it ("extended to Nov. 16", "closer to November"), but never in a range ("from June to
 * August", "between ... and"). The parsers take the coming such date, or in a past-tense sentence
 * the nearest (a past deadline, or a tense cue that belongs to another clause).
 */
export function deadlineBefore(cx: ParseContext): boolean {
  const p = prevWord(cx);
  if (p === 'to') {
    const v = prevWord(cx, 2);
    // (and "closer to November", "leading up to March": a time approached)
    if (!/^(?:extended|postponed|delayed|moved|pushed|adjourned|deferred|rescheduled|advanced|set|changed|lengthened|closer|nearer|up)$/.test(v)) return false;
  } else if (p === 'of') {
    // "ahead of November": a time approached
    if (prevWord(cx, 2) !== 'ahead') return false;
  } else if (!DEADLINE.has(p)) return false;
  if (p === 'through' || p === 'to' || p === 'until') {
    for (let k = 2; k <= 8; k++) {
      const w = prevWord(cx, k);
      if (w === '' || w === '.' || w === ';') break;
      if (w === 'from' || w === 'between') return false;
    }
  }
  return true;
}

/** The token right after character offset `end`, lowercased ('' at the end). */
export function wordAfter(cx: ParseContext, end: number): string {
  const toks = cx.a.tokens;
  for (let k = cx.index; k < toks.length && k < cx.index + 12; k++) if (toks[k].start >= end) return toks[k].text.toLowerCase();
  return '';
}

export const isCapitalised = (s: string): boolean => /^\p{Lu}/u.test(s);
export const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Whether a present perfect ("has given … until", "have kept … closed until") comes before the match in
 * its sentence (within ten tokens, not "had"): the state still holds, so a deadline after it is to come.
 */
export function perfectBefore(cx: ParseContext): boolean {
  const toks = cx.a.tokens;
  const sentence = toks[cx.index].sentence;
  for (let k = cx.index - 1; k >= 0 && k >= cx.index - 10 && toks[k].sentence === sentence; k--) {
    const w = toks[k].text.toLowerCase();
    if (w === 'has' || w === 'have' || w === "'ve" || w === '’ve') return true;
    if (w === 'had' || w === ';') return false;
  }
  return false;
}

/**
 * Whether a present copula stands right before the match ("the vote is Friday", "the deadline is 5 p.m.
 * Friday", "the hearing is on Monday", "is at 9 a.m."): a time told as set, the coming one.
 */
export function copulaBefore(cx: ParseContext): boolean {
  const p = prevWord(cx);
  if (p === 'is' || p === 'are') return true;
  return (p === 'on' || p === 'at') && /^(?:is|are)$/.test(prevWord(cx, 2));
}
