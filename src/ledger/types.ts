/**
 * The ledger format, version 1 (../shared/LEDGER.md is the public contract).
 *
 * All offsets are JavaScript string indices (UTF-16 code units) into `document.text`,
 * end exclusive: `document.text.slice(start, end) === text` holds for every span.
 */

export const LEDGER_FORMAT = 'claimtrail.ledger/1' as const;

/** A piece of `document.text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface LedgerDocument {
  /** `sha256:` of the normalised text. */
  id: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  published: string | null;
  url: string | null;
  outlet: string | null;
  /** The title, a blank line, then the main text, boilerplate removed. */
  text: string;
  /** Offset where the main text begins (0 when there is no title). */
  body_start: number;
  /** Boilerplate lines dropped from the input. */
  removed: string[];
}

export type EntityType = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'MISC';

export interface Entity {
  id: string;
  type: EntityType;
  canonical: string;
  role: string | null;
  mentions: Span[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Time extends Span {
  id: string;
  type: TimexType;
  /** TIMEX3 value: 2024-10-23, 2024-W42, 2024-10, P3D, PRESENT_REF … */
  value: string;
  /** TIMEX3 mod: START | MID | END | BEFORE | AFTER | APPROX … or null. */
  mod: string | null;
}

export type Approx = 'exact' | 'at_least' | 'more_than' | 'up_to' | 'less_than' | 'about' | 'range';

export interface Quantity extends Span {
  id: string;
  /** The value; for ranges the low end. */
  value: number;
  /** The high end of a range, else null. */
  high: number | null;
  approx: Approx;
  /** True for "an additional 1,500", "another 2,000". */
  delta: boolean;
  /** A counted noun's lemma, a currency code (USD, EUR …) or a unit (km, %); null when unknown. */
  unit: string | null;
  /** What is counted, or null. */
  counts: Span | null;
  /** The claim it was stated in, or null. */
  claim: string | null;
  /** Set (true) on a running total ("raising the total to 3,000"); absent otherwise. */
  total?: boolean;
}

export type Stance = 'assert' | 'deny' | 'decline' | 'warn' | 'promise' | 'request' | 'question';

export interface ClaimSource {
  text: string;
  /** Where the source is named in the text (may be outside the claim's sentence); null when unnamed. */
  start: number | null;
  end: number | null;
  entity: string | null;
  role: string | null;
}

export interface Claim {
  id: string;
  source: ClaimSource | null;
  cue: Span;
  content: Span;
  direct: boolean;
  stance: Stance;
  hedged: boolean;
  /** When it was said (a time id), or null. */
  time: string | null;
  /** The entity the claim was reported through ("following a briefing from the NIS"), or null. */
  via: string | null;
}

export interface Event {
  id: string;
  /** PLOVER event type. */
  type: string;
  mode: string | null;
  actor: string | null;
  target: string | null;
  trigger: Span;
  claim: string | null;
  time: string | null;
  location: string | null;
}

export interface Ledger {
  format: typeof LEDGER_FORMAT;
  document: LedgerDocument;
  entities: Entity[];
  times: Time[];
  quantities: Quantity[];
  claims: Claim[];
  events: Event[];
}

/** Metadata a caller may give `extract`. */
export interface ExtractOptions {
  published?: string | null;
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  /** How to read the input when it is a string: plain text (default) or an HTML page. */
  kind?: 'text' | 'html';
}
