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

/** Whether the token before the match is a capitalised word inside the sentence (a name goes on: "Theresa May"). */
export function afterName(cx: ParseContext): boolean {
  const i = cx.index;
  if (i === 0) return false;
  const prev = cx.a.tokens[i - 1];
  const cur = cx.a.tokens[i];
  if (prev.sentence !== cur.sentence || cx.a.sentences[cur.sentence].first === i - 1) return false;
  return prev.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(prev.text) && !/^(?:On|In|Since|By|Until|Through|From|To|Last|Next|This|Early|Late|Mid|During|Before|After|Each|Every)$/.test(prev.text);
}

/** The token before the match, lowercased ('' at the start). */
export function prevWord(cx: ParseContext, back = 1): string {
  const t = cx.a.tokens[cx.index - back];
  return t ? t.text.toLowerCase() : '';
}

/** The token right after character offset `end`, lowercased ('' at the end). */
export function wordAfter(cx: ParseContext, end: number): string {
  const toks = cx.a.tokens;
  for (let k = cx.index; k < toks.length && k < cx.index + 12; k++) if (toks[k].start >= end) return toks[k].text.toLowerCase();
  return '';
}

export const isCapitalised = (s: string): boolean => /^\p{Lu}/u.test(s);
export const pad2 = (n: number): string => String(n).padStart(2, '0');
