/**
 * Ingest: many inputs → documents → ledgers (in parallel, on worker threads) → the store, one
 * transaction per article. Idempotent by content hash: an article already stored (or already seen
 * in this batch) is counted as a duplicate and not extracted again. One bad input is a failure with
 * its reason; it never stops the rest.
 */
import { availableParallelism } from 'node:os';
import { countWords } from '../nlp/tokenize.js';
import type { Store } from '../store/types.js';
import { HostPacer, type FetchOptions } from './fetch.js';
import { createRunners, type Runner } from './pool.js';
import { expandInputs, sourceItems, type IngestFailure, type IngestItem } from './sources.js';

export type { IngestFailure, IngestItem } from './sources.js';

export interface IngestProgress {
  /** Articles and failures found so far (grows while inputs are read). */
  found: number;
  done: number;
  added: number;
  duplicates: number;
  failed: number;
  /** Seconds since the start. */
  seconds: number;
}

export interface IngestOptions {
  /** Parallel extractions (default: the number of cores). 1 runs in the calling thread. */
  jobs?: number;
  fetch?: FetchOptions;
  onProgress?: (p: IngestProgress) => void;
  /** Called with each article stored or skipped. */
  onArticle?: (r: { status: 'added' | 'duplicate'; source: string; articleId: number | null; storyId: number | null }) => void;
}

export interface IngestSummary {
  added: number;
  duplicates: number;
  failed: number;
  failures: IngestFailure[];
  /** Words of the articles added (bodies). */
  words: number;
  seconds: number;
  jobs: number;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

function itemSource(item: IngestItem): string {
  return item.origin.line ? `${item.origin.source}:${item.origin.line}` : item.origin.source;
}

/** How many extracted articles per job may wait to be stored in order. */
const MAX_AHEAD_PER_JOB = 4;

export async function ingest(inputs: readonly string[], store: Store, opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const jobs = Math.max(1, opts.jobs ?? defaultJobs());
  const summary: IngestSummary = { added: 0, duplicates: 0, failed: 0, failures: [], words: 0, seconds: 0, jobs };
  let found = 0;
  let done = 0;
  const progress = (): void => opts.onProgress?.({
    found, done, added: summary.added, duplicates: summary.duplicates, failed: summary.failed,
    seconds: (performance.now() - t0) / 1000,
  });
  const fail = (f: IngestFailure): void => {
    summary.failed++;
    summary.failures.push(f);
    done++;
    progress();
  };

  const { sources, failures } = await expandInputs(inputs);
  for (const f of failures) { found++; fail(f); }

  const runners: Runner[] = createRunners(jobs);
  const free: Runner[] = [...runners];
  const waiters: Array<(r: Runner) => void> = [];
  const acquire = (): Promise<Runner> => {
    const r = free.pop();
    return r ? Promise.resolve(r) : new Promise((res) => waiters.push(res));
  };
  const release = (r: Runner): void => {
    const w = waiters.shift();
    if (w) w(r);
    else free.push(r);
  };
  const inBatch = new Set<string>();
  const isNew = async (hash: string): Promise<boolean> => {
    if (inBatch.has(hash)) return false;
    inBatch.add(hash);
    if (await store.hasContentHash(hash)) return false;
    return true;
  };
  const running = new Set<Promise<void>>();
  // Articles are stored in the order they were read, whatever order the workers finish in: story
  // grouping is incremental, so the same input must reach the store in the same order to give the
  // same stories. Extraction still runs ahead; at most MAX_AHEAD_PER_JOB results per job wait.
  let storeChain: Promise<void> = Promise.resolve();
  const maxAhead = Math.max(1, runners.length) * MAX_AHEAD_PER_JOB;

  const handle = (runner: Runner, item: IngestItem): Promise<void> => {
    const source = itemSource(item);
    const result = runner.run({ kind: item.kind, content: item.content, meta: item.meta }, isNew)
      .finally(() => release(runner));
    result.catch(() => { /* seen when its turn to be stored comes */ });
    const stored = storeChain.then(async () => {
      try {
        const r0 = await result;
        if (r0.status === 'failed') { fail({ source, reason: r0.reason }); return; }
        if (r0.status === 'duplicate') {
          summary.duplicates++;
          opts.onArticle?.({ status: 'duplicate', source, articleId: null, storyId: null });
        } else {
          const r = await store.addArticle(r0.ledger, item.origin);
          if (r.status === 'added') {
            summary.added++;
            const d = r0.ledger.document;
            summary.words += countWords(d.text.slice(d.body_start));
          } else summary.duplicates++;
          opts.onArticle?.({ status: r.status, source, articleId: r.articleId, storyId: r.storyId });
        }
        done++;
        progress();
      } catch (err) {
        fail({ source, reason: `cannot store it (${(err as Error).message})` });
      }
    });
    storeChain = stored;
    return stored;
  };

  const pacer = new HostPacer(opts.fetch?.hostDelayMs ?? 300);
  try {
    for (const src of sources) {
      for await (const item of sourceItems(src, { ...opts.fetch, pacer })) {
        found++;
        if (!('origin' in item)) { fail(item); continue; }
        progress();
        while (running.size >= maxAhead) await Promise.race(running);
        const runner = await acquire();
        const p = handle(runner, item).finally(() => running.delete(p));
        running.add(p);
      }
    }
    await Promise.all(running);
  } finally {
    await Promise.all(runners.map((r) => r.close()));
  }
  summary.seconds = (performance.now() - t0) / 1000;
  progress();
  return summary;
}
