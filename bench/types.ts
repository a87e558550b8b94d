/** One measured rate of `npm run bench`. */
export interface BenchResult {
  suite: string;
  /** What was measured ("extract", "wink-nlp readDoc + entities", …). */
  name: string;
  value: number;
  /** Unit of value: "words/s", "tokens/s", "ms", "articles/s", … */
  unit: string;
  /** Free text: the peer it is compared with, the ratio, the corpus. */
  note?: string;
}

/** A suite of `npm run bench`: a module in bench/suites/ that exports `suite`. */
export interface BenchSuite {
  name: string;
  run(): Promise<BenchResult[]>;
}

/** Best-of-`rounds` rate of `fn` over `units` units of work (after one warm-up run). */
export function rate(fn: () => void, units: number, rounds = 3, minMs = 300): number {
  fn();
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const t0 = performance.now();
    let dt = 0;
    do {
      fn();
      n++;
      dt = performance.now() - t0;
    } while (dt < minMs);
    best = Math.max(best, (units * n) / (dt / 1000));
  }
  return best;
}


export { countWords } from '../src/nlp/tokenize.js';
