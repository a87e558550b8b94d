/** One published figure beside which ours is printed (from ../shared/datasets/ANCHORS.md). */
export interface Anchor {
  system: string;
  /** In percent (0–100). */
  value: number;
}

/** One line of `npm run eval`. */
export interface EvalRow {
  task: string;
  dataset: string;
  split: string;
  metric: string;
  /** Ours, in percent (0–100), or a plain count where the metric says so. */
  value: number;
  anchors: Anchor[];
  /** Words per second of the stage on this data, when measured. */
  wordsPerSecond?: number | null;
}

/** A data set the task needs is absent: the runner prints the message and goes on. */
export class Skip extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Skip';
  }
}

/**
 * A task of `npm run eval`: a module in eval/tasks/ that exports `task`. It reads its data with
 * eval/paths.ts, throws Skip when the data is absent, and returns its rows.
 */
export interface EvalTask {
  /** Short name used by --only (entities, times, figures, attribution, maintext, seed, coreference). */
  name: string;
  run(): Promise<EvalRow[]>;
}

export const pct = (x: number): number => Math.round(x * 10000) / 100;
