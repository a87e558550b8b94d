/**
 * Exact-match span scoring for attribution (source / cue / content).
 *
 * Token level (CofeNet's sentence file): spans are read from BIO labels the way CofeNet's evaluation
 * reads them (exe/eval/extraction.py `get_element`): a span opens at B-x and runs over the following
 * I-x; an I- of another role, O, or a new B- closes it; an I-x with no open span of role x is ignored.
 * A predicted span counts when its role, start and end equal a gold span's.
 *
 * Character level (brat articles): each fragment of a discontinuous span is its own span (the BIO view
 * of the same data, where every fragment opens with B-); spans are compared by [start, end) after
 * trimming white space and, for our predictions, nothing else. Duplicates (the same role and offsets
 * twice in one article) count once.
 */

export type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

export interface LabelledSpan {
  role: Role;
  start: number;
  /** Exclusive. */
  end: number;
}

/** Spans of a BIO label sequence, as CofeNet reads them. */
export function spansFromBio(labels: readonly string[]): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  let open: Role | null = null;
  let start = -1;
  const close = (end: number) => {
    if (open) out.push({ role: open, start, end });
    open = null;
  };
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l.startsWith('B-')) {
      close(i);
      open = l.slice(2) as Role;
      start = i;
    } else if (l.startsWith('I-')) {
      if (open && l.slice(2) === open) continue;
      close(i);
    } else {
      close(i);
    }
  }
  close(labels.length);
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

const key = (s: LabelledSpan) => `${s.start}:${s.end}`;

/** Add one unit's (sentence's or article's) exact-match counts per role into `into`. */
export function countSpans(gold: readonly LabelledSpan[], predicted: readonly LabelledSpan[], into: Record<Role, Counts>): void {
  for (const r of ROLES) {
    const g = new Set(gold.filter((s) => s.role === r).map(key));
    const p = new Set(predicted.filter((s) => s.role === r).map(key));
    let tp = 0;
    for (const k of p) if (g.has(k)) tp++;
    into[r].tp += tp;
    into[r].fp += p.size - tp;
    into[r].fn += g.size - tp;
  }
}

export const emptyCounts = (): Record<Role, Counts> => ({
  source: { tp: 0, fp: 0, fn: 0 },
  cue: { tp: 0, fp: 0, fn: 0 },
  content: { tp: 0, fp: 0, fn: 0 },
});

/** Exact-match P/R/F1 per role over paired gold and predicted BIO sequences. */
export function scoreBio(pairs: ReadonlyArray<{ gold: readonly string[]; predicted: readonly string[] }>): Record<Role, Prf> {
  const c = emptyCounts();
  for (const p of pairs) {
    if (p.gold.length !== p.predicted.length) {
      throw new Error(`attribution scorer: ${p.predicted.length} predicted labels for ${p.gold.length} tokens`);
    }
    countSpans(spansFromBio(p.gold), spansFromBio(p.predicted), c);
  }
  return { source: prf(c.source), cue: prf(c.cue), content: prf(c.content) };
}

/** Trim white space off a character span of `text`. */
export function trimSpan(text: string, s: LabelledSpan): LabelledSpan {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { role: s.role, start, end };
}

/** Exact-match P/R/F1 per role over articles' character spans (fragments as spans, white space trimmed). */
export function scoreChars(
  docs: ReadonlyArray<{ text: string; gold: readonly LabelledSpan[]; predicted: readonly LabelledSpan[] }>,
): Record<Role, Prf> {
  const c = emptyCounts();
  for (const d of docs) {
    countSpans(d.gold.map((s) => trimSpan(d.text, s)), d.predicted.map((s) => trimSpan(d.text, s)), c);
  }
  return { source: prf(c.source), cue: prf(c.cue), content: prf(c.content) };
}

/** A span without the white space, quotation marks and punctuation at its edges, nor an opening "that". */
export function trimEdges(text: string, start: number, end: number): { start: number; end: number } {
  const edge = /[\s"“”‘’'`«».,;:!?]/u;
  const trim = () => {
    while (start < end && edge.test(text[start])) start++;
    while (end > start && edge.test(text[end - 1])) end--;
  };
  trim();
  if (end - start > 5 && /^that\b/i.test(text.slice(start, start + 5))) {
    start += 4;
    trim();
  }
  return { start, end };
}

/** A span without white space and commas at its edges. */
export function trimCommas(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,]/u.test(text[start])) start++;
  while (end > start && /[\s,]/u.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * A source's span once the role the ledger writes apart is put back where the text gives it: right
 * before the name ("White House spokesman Josh Earnest", "A spokeswoman for Hillary Clinton"), with its
 * article, or in an appositive right after it ("Josh Earnest, the spokesman"). PolNeAR's source is the
 * whole phrase.
 */
export function withRole(text: string, start: number, end: number, role: string | null): { start: number; end: number } {
  if (!role) return { start, end };
  const before = (r: string): number | null => {
    const at = text.lastIndexOf(r, start);
    if (at < 0 || !/^(?:\s+|\s+(?:for|of|at|with)\s+|['’]s\s+)$/u.test(text.slice(at + r.length, start))) return null;
    const det = /(?:^|\s)((?:a|an|the)\s+)$/iu.exec(text.slice(Math.max(0, at - 5), at));
    return det ? at - det[1].length : at;
  };
  const after = (r: string): number | null => {
    const gap = /^,\s+(?:(?:a|an|the)\s+)?/iu.exec(text.slice(end, end + 8));
    return gap && text.startsWith(r, end + gap[0].length) ? end + gap[0].length + r.length : null;
  };
  const b = before(role);
  if (b !== null) return { start: b, end };
  const a = after(role);
  if (a !== null) return { start, end: a };
  // The ledger joins a role before the name and one after it with ", " ("Senator, Democrat of California").
  for (let k = role.indexOf(', '); k > 0; k = role.indexOf(', ', k + 1)) {
    const b2 = before(role.slice(0, k));
    const a2 = after(role.slice(k + 2));
    if (b2 !== null && a2 !== null) return { start: b2, end: a2 };
  }
  return { start, end };
}

/** Quotation marks, either way (a mark's place, not its shape, says whether it opens or closes). */
const QUOTE = /["“”‘’'`«»]/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * A ledger content as PolNeAR writes it, the inverse of `trimEdges`: with the quotation marks right
 * before it, the punctuation that follows it up to a closing quotation mark right after it ("We won" of
 * "“We won,” she said" is "“We won,”"), and an opening "that" ("said that prices rose", "said that,
 * “Of course …”"). Only marks touching the span count (not one across a space, nor an apostrophe:
 * "Obama's", "the miners’ union"); punctuation not closed by a mark stays out (PolNeAR leaves a
 * sentence's final stop out of a content).
 * The span never grows past `min`/`max` (the claim's own cue or source).
 */
export function withEdges(text: string, start: number, end: number, min = 0, max = text.length): { start: number; end: number } {
  const quotesBefore = () => {
    let s = start;
    while (s > min && QUOTE.test(text[s - 1])) s--;
    if (s === 0 || !WORD.test(text[s - 1])) start = s;
  };
  quotesBefore();
  // ("that" and the comma or marks after it: "said that, “Of course …", "that “the plan …")
  const that = /(?:^|[^\p{L}\p{N}])(that[,:]?["“”‘’'`]*\s+)$/iu.exec(text.slice(Math.max(min, start - 12), start));
  if (that) {
    start -= that[1].length;
    quotesBefore();
  }
  const close = /^[.,;:!?…–—-]*["“”‘’'`«»]+/u.exec(text.slice(end, max));
  // (A single mark alone closes only a quotation opened with one: "the miners’ union" is a possessive.)
  const single = close !== null && !/["“”«»]/u.test(close[0]) && !/[‘`]/u.test(text.slice(start, end));
  if (close && !single && (end + close[0].length >= text.length || !WORD.test(text[end + close[0].length]))) end += close[0].length;
  return { start, end };
}

/**
 * A ledger source as PolNeAR writes it, the inverse of `trimCommas`: a source that holds a comma (an
 * appositive, "Richard Revesz, director of the institute") keeps the comma that closes it right after
 * it ("…, director of the institute, said"); one without keeps none ("Trump, who …").
 */
export function withClosingComma(text: string, start: number, end: number): { start: number; end: number } {
  return text.slice(start, end).includes(',') && text[end] === ',' ? { start, end: end + 1 } : { start, end };
}

/** Token span [first, last) of the tokens with character `offsets` a character span [start, end) overlaps, or null. */
export function tokenSpan(offsets: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < offsets.length; i++) {
    if (offsets[i].start < end && offsets[i].end > start) {
      if (first < 0) first = i;
      last = i + 1;
    }
  }
  return first < 0 ? null : { first, last };
}

/**
 * BIO labels for `n` tokens from token spans, taken in order: a span that overlaps one already
 * labelled (of any role: a BIO sequence holds one label per token) is left out and counted.
 */
export function bioFromSpans(n: number, spans: readonly LabelledSpan[]): { labels: string[]; dropped: Record<Role, number> } {
  const labels: string[] = new Array(n).fill('O');
  const dropped: Record<Role, number> = { source: 0, cue: 0, content: 0 };
  for (const s of spans) {
    let free = true;
    for (let i = s.start; i < s.end; i++) if (labels[i] !== 'O') free = false;
    if (!free) {
      // The same span twice (two claims of one speaker) is one span, not a clash.
      const same = labels[s.start] === `B-${s.role}` && (s.end === n || labels[s.end] !== `I-${s.role}`)
        && labels.slice(s.start + 1, s.end).every((l) => l === `I-${s.role}`);
      if (!same) dropped[s.role]++;
      continue;
    }
    for (let i = s.start; i < s.end; i++) labels[i] = `${i === s.start ? 'B' : 'I'}-${s.role}`;
  }
  return { labels, dropped };
}
