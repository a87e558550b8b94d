/**
 * Ingest: many inputs → documents → ledgers (in parallel, on worker threads) → the store, one
 * transaction per article. Idempotent by content hash: an article already stored (or already seen
 * in this batch) is counted as a duplicate and not extracted again. One bad input is a failure with
 * its reason; it never stops the rest.
 */
import { availableParallelism } from 'node:os';
import { countWords } from '../nlp/tokenize.js';
import type { Ledger } from '../ledger/types.js';
import type { BatchAddResult, Store } from '../store/types.js';
import { HostPacer, type FetchOptions } from './fetch.js';
import { createRunners, type Runner } from './pool.js';
import { newDocument, type WorkResult, type WorkTask } from './work.js';
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

/** How many read articles per job may be extracting or waiting to be stored (at least enough for the
 *  batches a runner holds and one more waiting). */
const MAX_AHEAD_PER_JOB = 16;
/** Articles sent to a runner together at most: extracted stage by stage (extractDocuments), which
 *  costs 5–10% less CPU time than one by one. */
const TASK_BATCH = 16;
/** Articles stored in one commit at most. */
const MAX_BATCH = 64;
/** How long an extracted article may wait for others to share its commit (a commit per article
 *  costs more than the rest of storing it; a kill -9 loses at most this much work, redone by the
 *  next ingest, and never part of an article). */
const BATCH_WAIT_MS = 200;

/** One article read, in input order, from dispatch until it is stored or skipped. */
interface Slot {
  item: IngestItem;
  source: string;
  /** null while it is being extracted. */
  result: WorkResult | null;
  readyAt: number;
}

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

  // Runners: each may hold `capacity` batches; a batch goes to the least loaded one.
  const runners: Runner[] = createRunners(jobs);
  const load = new Map<Runner, number>(runners.map((r) => [r, 0]));
  const freeRunner = (): Runner | null => {
    let best: Runner | null = null;
    for (const r of runners) if (load.get(r)! < r.capacity && (!best || load.get(r)! < load.get(best)!)) best = r;
    return best;
  };
  const inBatch = new Set<string>();
  const isNew = async (hash: string): Promise<boolean> => {
    if (inBatch.has(hash)) return false;
    inBatch.add(hash);
    if (await store.hasContentHash(hash)) return false;
    return true;
  };

  // Articles are stored in the order they were read, whatever order the workers finish in: story
  // grouping is incremental, so the same input must reach the store in the same order to give the
  // same stories. Consecutive extracted articles are stored together, one commit for a batch and
  // each article all or nothing inside it (Store.addArticles).
  const queue: Slot[] = [];
  const maxAhead = runners.reduce((n, r) => n + Math.max(MAX_AHEAD_PER_JOB, (r.capacity + 1) * TASK_BATCH), 0);
  let reading = true;
  let flushing = false;
  let timer: NodeJS.Timeout | null = null;
  let slotWaiters: Array<() => void> = [];
  /** An error thrown by a caller's callback while storing: ingest stops and rethrows it. */
  let callbackError: Error | null = null;
  const wakeSlotWaiters = (): void => {
    const ws = slotWaiters;
    slotWaiters = [];
    for (const w of ws) w();
  };

  const account = (slot: Slot, stored: BatchAddResult | undefined): void => {
    const { source } = slot;
    const r0 = slot.result!;
    if (r0.status === 'failed') { fail({ source, reason: r0.reason }); return; }
    if (r0.status === 'duplicate') {
      summary.duplicates++;
      opts.onArticle?.({ status: 'duplicate', source, articleId: null, storyId: null });
    } else if (!stored || stored.status === 'failed') {
      fail({ source, reason: `cannot store it (${stored ? stored.reason : 'no answer from the store'})` });
      return;
    } else {
      if (stored.status === 'added') {
        summary.added++;
        const d = r0.ledger.document;
        summary.words += countWords(d.text.slice(d.body_start));
      } else summary.duplicates++;
      opts.onArticle?.({ status: stored.status, source, articleId: stored.articleId, storyId: stored.storyId });
    }
    done++;
    progress();
  };

  const flush = async (): Promise<void> => {
    flushing = true;
    try {
      const batch: Slot[] = [];
      while (batch.length < MAX_BATCH && queue[0]?.result) batch.push(queue.shift()!);
      const toStore = batch.filter((s) => s.result!.status === 'ledger');
      let stored: BatchAddResult[] = [];
      if (toStore.length > 0) {
        try {
          stored = await store.addArticles(toStore.map((s) => ({
            ledger: (s.result as { ledger: Ledger }).ledger, origin: s.item.origin,
          })));
        } catch (err) {
          stored = toStore.map(() => ({ status: 'failed', reason: (err as Error).message }));
        }
      }
      let k = 0;
      for (const s of batch) account(s, s.result!.status === 'ledger' ? stored[k++] : undefined);
    } finally {
      flushing = false;
      wakeSlotWaiters();
    }
    scheduleFlush();
  };

  /** Store the extracted articles at the front of the queue now, or set a timer to. */
  const scheduleFlush = (): void => {
    if (flushing || !queue[0]?.result) return;
    let ready = 1;
    while (ready < queue.length && queue[ready].result) ready++;
    const waited = performance.now() - queue[0].readyAt;
    if (ready >= MAX_BATCH || !reading || queue.length >= maxAhead || waited >= BATCH_WAIT_MS) {
      if (timer) { clearTimeout(timer); timer = null; }
      flush().catch((err: Error) => { callbackError = err; wakeSlotWaiters(); });
    } else if (!timer) {
      timer = setTimeout(() => { timer = null; scheduleFlush(); }, Math.max(1, BATCH_WAIT_MS - waited));
    }
  };

  const settle = (slot: Slot, result: WorkResult): void => {
    slot.result = result;
    slot.readyAt = performance.now();
    scheduleFlush();
  };

  // Articles read and not yet handed to a runner. They go in batches of up to TASK_BATCH whenever a
  // runner has room: at once when a batch is full, else once the reading in hand is done (a slow
  // source is never held back to fill a batch).
  const pending: Array<{ slot: Slot; task: WorkTask }> = [];
  let pumpSoon = false;
  const pump = (): void => {
    while (pending.length > 0) {
      const runner = freeRunner();
      if (!runner) return;
      load.set(runner, load.get(runner)! + 1);
      const batch = pending.splice(0, TASK_BATCH);
      runner.runBatch(batch.map((p) => p.task), isNew).then(
        (rs) => { load.set(runner, load.get(runner)! - 1); batch.forEach((p, k) => settle(p.slot, rs[k])); pump(); },
        (err: Error) => { load.set(runner, load.get(runner)! - 1); for (const p of batch) settle(p.slot, { status: 'failed', reason: err.message }); pump(); },
      );
    }
  };
  const schedulePump = (): void => {
    if (pending.length >= TASK_BATCH) { pump(); return; }
    if (pumpSoon) return;
    pumpSoon = true;
    setImmediate(() => { pumpSoon = false; pump(); });
  };

  const dispatch = async (item: IngestItem): Promise<void> => {
    const slot: Slot = { item, source: itemSource(item), result: null, readyAt: 0 };
    queue.push(slot);
    let task: WorkTask = { kind: item.kind, content: item.content, meta: item.meta };
    if (item.kind === 'text' && runners[0].remote) {
      // Plain text is hashed here, so that a worker never waits on this thread to learn whether its
      // article is new, and a duplicate never reaches a worker.
      const doc = await newDocument(item, isNew);
      if ('status' in doc) { settle(slot, doc); return; }
      task = { document: doc };
    }
    pending.push({ slot, task });
    schedulePump();
  };

  const pacer = new HostPacer(opts.fetch?.hostDelayMs ?? 300);
  try {
    for (const src of sources) {
      for await (const item of sourceItems(src, { ...opts.fetch, pacer })) {
        found++;
        if (!('origin' in item)) { fail(item); continue; }
        progress();
        while (queue.length >= maxAhead) {
          scheduleFlush();
          await new Promise<void>((res) => slotWaiters.push(res));
        }
        await dispatch(item);
      }
    }
    reading = false;
    pump();
    scheduleFlush();
    while ((queue.length > 0 || flushing) && !callbackError) {
      await new Promise<void>((res) => slotWaiters.push(res));
    }
    if (callbackError) throw callbackError;
  } finally {
    reading = false;
    if (timer) clearTimeout(timer);
    await Promise.all(runners.map((r) => r.close()));
  }
  summary.seconds = (performance.now() - t0) / 1000;
  progress();
  return summary;
}
