/**
 * Scorers of the figures task (docs/evaluation-figures.md defines them):
 *
 * - `matchSpecCase`: a Recognizers-Text case is matched when our results and the expected results
 *   pair one to one: same offsets (start, end exclusive), same resolved value (numbers equal to a
 *   relative 1e-9, both null for unit-only mentions), and, where the spec gives them, the same ISO
 *   currency code or else the same unit name (case-insensitive); no expected result left over and no
 *   extra result of ours. A case with no expected results is matched when we return nothing.
 * - `spanF1`: span F1 of typed or untyped spans, exact (same offsets) and overlap (one-to-one greedy
 *   pairing of overlapping spans).
 */

export interface SpecGot {
  start: number;
  end: number;
  value: number | null;
  unit?: string | null;
  iso?: string | null;
}

export interface SpecWant {
  start: number;
  end: number;
  value: string | null;
  unit: string | null;
  iso: string | null;
}

/** Two resolved values agree: both null, or equal to a relative 1e-9 (the spec rounds to 15 digits). */
export function sameValue(want: string | null, got: number | null): boolean {
  if (want === null || got === null) return want === null && got === null;
  const w = Number(want);
  if (!Number.isFinite(w)) return false;
  if (w === got) return true;
  return Math.abs(w - got) <= 1e-9 * Math.max(Math.abs(w), Math.abs(got));
}

function sameUnit(want: SpecWant, got: SpecGot, checkUnit: boolean): boolean {
  if (!checkUnit) return true;
  if (want.iso) return (got.iso ?? '').toUpperCase() === want.iso.toUpperCase();
  if (want.unit) return (got.unit ?? '').toLowerCase() === want.unit.toLowerCase();
  return true;
}

/** Why a case failed, or null when it is matched. */
export function specMismatch(want: readonly SpecWant[], got: readonly SpecGot[], checkUnit = true): string | null {
  if (want.length !== got.length) return `expected ${want.length} results, got ${got.length}`;
  const used = new Set<number>();
  for (const w of want) {
    const k = got.findIndex((g, i) => !used.has(i) && g.start === w.start && g.end === w.end);
    if (k < 0) return `no result at ${w.start}-${w.end}`;
    used.add(k);
    const g = got[k];
    if (!sameValue(w.value, g.value)) return `value at ${w.start}-${w.end}: expected ${w.value}, got ${g.value}`;
    if (!sameUnit(w, g, checkUnit)) return `unit at ${w.start}-${w.end}: expected ${w.iso ?? w.unit}, got ${g.iso ?? g.unit}`;
  }
  return null;
}

export const matchSpecCase = (want: readonly SpecWant[], got: readonly SpecGot[], checkUnit = true): boolean =>
  specMismatch(want, got, checkUnit) === null;

export interface Span { start: number; end: number }

export interface F1 { precision: number; recall: number; f1: number; tp: number; gold: number; system: number }

const f1Of = (tp: number, gold: number, system: number): F1 => {
  const precision = system ? tp / system : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, gold, system };
};

/** Span F1 over documents: exact offsets, and overlap (each gold span paired with at most one system span). */
export function spanF1(docs: readonly { gold: readonly Span[]; system: readonly Span[] }[]): { exact: F1; overlap: F1 } {
  let exact = 0;
  let overlap = 0;
  let gold = 0;
  let system = 0;
  for (const d of docs) {
    gold += d.gold.length;
    system += d.system.length;
    const keys = new Set(d.system.map((s) => `${s.start}:${s.end}`));
    for (const g of d.gold) if (keys.has(`${g.start}:${g.end}`)) exact++;
    const used = new Set<number>();
    for (const g of d.gold) {
      const k = d.system.findIndex((s, i) => !used.has(i) && s.start < g.end && s.end > g.start);
      if (k >= 0) {
        used.add(k);
        overlap++;
      }
    }
  }
  return { exact: f1Of(exact, gold, system), overlap: f1Of(overlap, gold, system) };
}
