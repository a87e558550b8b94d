/**
 * Extraction in parallel: a pool of worker threads, each running one batch of articles at a time
 * (extracted stage by stage, see runTasks). From the compiled code (dist/) the workers load
 * worker.js; from the TypeScript sources (tsx, vitest) they register tsx's loader first and load
 * worker.ts.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runTasks, type WorkResult, type WorkTask } from './work.js';

export interface Runner {
  /** True when tasks run on another thread (then plain text is hashed before dispatch). */
  readonly remote: boolean;
  /** Batches it may hold at once: a worker gets its next batch while it extracts one, so that it
   *  never waits on the storing thread to be handed work. */
  readonly capacity: number;
  run(task: WorkTask, isNew: (hash: string) => Promise<boolean>): Promise<WorkResult>;
  /** Several tasks, one result each in their order (the same results as one run each). */
  runBatch(tasks: readonly WorkTask[], isNew: (hash: string) => Promise<boolean>): Promise<WorkResult[]>;
  close(): Promise<void>;
}

/**
 * A worker for the compiled code, or, when running from the TypeScript sources, a small bootstrap
 * that registers tsx's loader in the worker thread and then imports worker.ts.
 */
export function startWorker(): Worker {
  const js = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js);
  const ts = new URL('./worker.ts', import.meta.url).href;
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href;
  const boot = `(async () => { const api = await import(${JSON.stringify(tsxApi)}); api.register(); await import(${JSON.stringify(ts)}); })()` +
    `.catch((err) => { process.nextTick(() => { throw err; }); });`;
  return new Worker(boot, { eval: true });
}

/** Runs tasks in the calling thread (for --jobs 1: no worker start-up). */
export class InlineRunner implements Runner {
  readonly remote = false;
  readonly capacity = 1;
  run(task: WorkTask, isNew: (hash: string) => Promise<boolean>): Promise<WorkResult> {
    return this.runBatch([task], isNew).then((r) => r[0]);
  }
  runBatch(tasks: readonly WorkTask[], isNew: (hash: string) => Promise<boolean>): Promise<WorkResult[]> {
    return runTasks(tasks, isNew);
  }
  async close(): Promise<void> { /* nothing to stop */ }
}

interface Pending {
  resolve: (r: WorkResult[]) => void;
  /** Tasks in the batch. */
  n: number;
  isNew: (hash: string) => Promise<boolean>;
}

/** One worker thread, running its batches one after the other; a pool holds several. */
class WorkerRunner implements Runner {
  readonly remote = true;
  readonly capacity = 2;
  private worker!: Worker;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  /** Why the worker is gone (its tasks failed with this), or null while it runs. */
  private dead: string | null = null;
  private closed = false;

  constructor() {
    this.spawn();
  }

  /** Start a worker; one that dies fails its task with the reason, and the next task starts a new one. */
  private spawn(): void {
    this.dead = null;
    const worker = startWorker();
    this.worker = worker;
    worker.unref();
    worker.on('message', (msg: { type: 'hash'; id: number; hash: string } | { type: 'result'; id: number; results: WorkResult[] }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      if (msg.type === 'hash') {
        p.isNew(msg.hash).then(
          (isNew) => worker.postMessage({ type: 'answer', id: msg.id, isNew }),
          () => worker.postMessage({ type: 'answer', id: msg.id, isNew: false }),
        );
      } else {
        this.pending.delete(msg.id);
        p.resolve(msg.results);
      }
    });
    const fail = (reason: string): void => {
      if (this.worker !== worker || this.dead) return;
      this.dead = reason;
      for (const p of this.pending.values()) p.resolve(Array.from({ length: p.n }, () => ({ status: 'failed', reason })));
      this.pending.clear();
    };
    worker.on('error', (err) => fail(`the worker failed (${err.message})`));
    worker.on('exit', (code) => { if (!this.closed) fail(`the worker stopped (exit code ${code})`); });
  }

  run(task: WorkTask, isNew: (hash: string) => Promise<boolean>): Promise<WorkResult> {
    return this.runBatch([task], isNew).then((r) => r[0]);
  }

  runBatch(tasks: readonly WorkTask[], isNew: (hash: string) => Promise<boolean>): Promise<WorkResult[]> {
    if (this.closed) return Promise.resolve(tasks.map(() => ({ status: 'failed', reason: 'the pool is closed' })));
    if (this.dead) this.spawn();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, isNew, n: tasks.length });
      this.worker.postMessage({ type: 'tasks', id, tasks });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker.terminate();
  }
}

/** `jobs` runners: worker threads, or the calling thread when jobs is 1. */
export function createRunners(jobs: number): Runner[] {
  if (jobs <= 1) return [new InlineRunner()];
  return Array.from({ length: jobs }, () => new WorkerRunner());
}
