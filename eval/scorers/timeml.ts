/**
 * TempEval-3 Task A scoring of TIMEX3 (re-implemented from the task's definition, UzZaman et al. 2013):
 * a system timex and a gold one match *relaxed* when their spans overlap and *strict* when their spans
 * are identical; precision counts matched system timexes, recall matched gold ones. Type and value
 * accuracy are over relaxed-matched pairs (each gold timex paired with its most-overlapping system
 * timex); value F1 = relaxed F1 × value accuracy, the task's ranking metric. Spans are character
 * offsets into the same text; only timexes of TEXT are given to it (not the DCT).
 */

export interface ScoredTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimexCounts {
  gold: number;
  system: number;
  strictGold: number;
  strictSystem: number;
  relaxedGold: number;
  relaxedSystem: number;
  pairs: number;
  typeRight: number;
  valueRight: number;
}

export interface TimexScore {
  strict: { p: number; r: number; f1: number };
  relaxed: { p: number; r: number; f1: number };
  typeAccuracy: number;
  valueAccuracy: number;
  typeF1: number;
  valueF1: number;
  counts: TimexCounts;
}

export const emptyCounts = (): TimexCounts => ({ gold: 0, system: 0, strictGold: 0, strictSystem: 0, relaxedGold: 0, relaxedSystem: 0, pairs: 0, typeRight: 0, valueRight: 0 });

const overlap = (a: ScoredTimex, b: ScoredTimex): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** The counts of one document (add them up over a corpus with `addCounts`). */
export function countTimexes(gold: readonly ScoredTimex[], system: readonly ScoredTimex[]): TimexCounts {
  const c = emptyCounts();
  c.gold = gold.length;
  c.system = system.length;
  for (const s of system) {
    if (gold.some((g) => g.start === s.start && g.end === s.end)) c.strictSystem++;
    if (gold.some((g) => overlap(g, s) > 0)) c.relaxedSystem++;
  }
  for (const g of gold) {
    if (system.some((s) => g.start === s.start && g.end === s.end)) c.strictGold++;
    const best = bestOverlap(g, system);
    if (!best) continue;
    c.relaxedGold++;
    c.pairs++;
    if (best.type === g.type) c.typeRight++;
    if (best.value === g.value) c.valueRight++;
  }
  return c;
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  const out = emptyCounts();
  for (const k of Object.keys(out) as (keyof TimexCounts)[]) out[k] = a[k] + b[k];
  return out;
}

const f = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const div = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function scoreCounts(c: TimexCounts): TimexScore {
  const sp = div(c.strictSystem, c.system);
  const sr = div(c.strictGold, c.gold);
  const rp = div(c.relaxedSystem, c.system);
  const rr = div(c.relaxedGold, c.gold);
  const relaxedF1 = f(rp, rr);
  const typeAccuracy = div(c.typeRight, c.pairs);
  const valueAccuracy = div(c.valueRight, c.pairs);
  return {
    strict: { p: sp, r: sr, f1: f(sp, sr) },
    relaxed: { p: rp, r: rr, f1: relaxedF1 },
    typeAccuracy,
    valueAccuracy,
    typeF1: relaxedF1 * typeAccuracy,
    valueF1: relaxedF1 * valueAccuracy,
    counts: c,
  };
}

/** Score one document or a corpus given as pairs of gold and system lists. */
export function scoreTimexes(docs: ReadonlyArray<{ gold: readonly ScoredTimex[]; system: readonly ScoredTimex[] }>): TimexScore {
  let c = emptyCounts();
  for (const d of docs) c = addCounts(c, countTimexes(d.gold, d.system));
  return scoreCounts(c);
}

/** The classes of error of one gold/system comparison, as TempEval-3 counts them. */
export type TimexErrorClass = 'missing' | 'spurious' | 'span' | 'type' | 'value';

export interface TimexError {
  class: TimexErrorClass;
  gold: ScoredTimex | null;
  system: ScoredTimex | null;
}

/**
 * The errors of one document: gold timexes no system timex overlaps (missing), system timexes that
 * overlap no gold one (spurious), and for each gold timex paired with its most-overlapping system
 * timex (the pairs type and value accuracy are computed on) a span, type or value that differs.
 */
/** The system timex that overlaps `g` most, or null. */
function bestOverlap(g: ScoredTimex, system: readonly ScoredTimex[]): ScoredTimex | null {
  let best: ScoredTimex | null = null;
  let bestO = 0;
  for (const s of system) {
    const o = overlap(g, s);
    if (o > bestO) {
      best = s;
      bestO = o;
    }
  }
  return best;
}

export function timexErrors(gold: readonly ScoredTimex[], system: readonly ScoredTimex[]): TimexError[] {
  const out: TimexError[] = [];
  for (const g of gold) {
    const best = bestOverlap(g, system);
    if (!best) {
      out.push({ class: 'missing', gold: g, system: null });
      continue;
    }
    if (best.start !== g.start || best.end !== g.end) out.push({ class: 'span', gold: g, system: best });
    if (best.type !== g.type) out.push({ class: 'type', gold: g, system: best });
    if (best.value !== g.value) out.push({ class: 'value', gold: g, system: best });
  }
  for (const s of system) if (!gold.some((g) => overlap(g, s) > 0)) out.push({ class: 'spurious', gold: null, system: s });
  return out;
}
