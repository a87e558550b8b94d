/** The shared types of the time-expression stage: parsers produce drafts, the normaliser resolves them. */
import type { TimexType } from '../../ledger/types.js';
import type { Analysis } from '../../nlp/tokenize.js';
import type { Resolver } from './normalise.js';

/** A TIMEX3 value: already fixed, or computed against the publication date, tense and discourse. */
export type Value = string | ((r: Resolver) => string);

/** A time expression found by a parser, before its value is resolved. */
export interface Draft {
  /** Offsets into analysis.text, end exclusive. */
  start: number;
  end: number;
  type: TimexType;
  value: Value;
  mod: string | null;
  /** What found it (the parser's name), for debugging and tests. */
  by: string;
}

/** What a parser sees at the token where its pattern is tried. */
export interface ParseContext {
  a: Analysis;
  /** The token index at which the pattern matched. */
  index: number;
}

/**
 * One parser: one pattern, one job. The pattern is sticky (`y`) and tried only at tokens whose
 * lowercase text (up to the first hyphen) is one of `triggers` ('#' stands for any number token).
 */
export interface Parser {
  name: string;
  triggers: readonly string[];
  pattern: RegExp;
  build(m: RegExpExecArray, cx: ParseContext): Draft | Draft[] | null;
}
