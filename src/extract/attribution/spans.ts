/** Token spans of a BIO label sequence, and helpers over token ranges of an Analysis. */
import type { Span } from '../../ledger/types.js';
import type { Analysis } from '../../nlp/tokenize.js';

export type Role = 'source' | 'cue' | 'content';

/** A token range [first, last) with a role. */
export interface TokenSpan {
  role: Role;
  first: number;
  last: number;
}

/**
 * Spans of BIO labels: B-x opens, I-x continues, anything else closes (an I-x with nothing of role x
 * open is dropped, as CofeNet's evaluation reads it). `offset` is added to every index.
 */
export function bioSpans(labels: ArrayLike<string>, offset = 0): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open: Role | null = null;
  let start = 0;
  for (let i = 0; i <= labels.length; i++) {
    const l = i < labels.length ? labels[i] : 'O';
    if (open && l === `I-${open}`) continue;
    if (open) out.push({ role: open, first: start + offset, last: i + offset });
    open = null;
    if (l.startsWith('B-')) {
      open = l.slice(2) as Role;
      start = i;
    }
  }
  return out;
}

/** The character span of tokens [first, last). */
export function charSpan(a: Analysis, first: number, last: number): Span {
  const start = a.tokens[first].start;
  const end = a.tokens[last - 1].end;
  return { start, end, text: a.text.slice(start, end) };
}
