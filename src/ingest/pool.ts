/**
 * Extraction in parallel: a pool of worker threads, each running one article at a time. From the
 * compiled code (dist/) the workers load worker.js; from the TypeScript sources (tsx, vitest) they
 * load worker.ts through tsx's loader.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runTask, type WorkResult, type WorkTask } from './work.js';

export interface Runner {
  run(task: WorkTask, isNew: (hash: string) => Promise<boolean>): Promise<WorkResult>;
  close(): Promise<void>;
}

/** Where the worker's code is and how to start it. */
export function workerEntry(): { url: URL; execArgv: string[] } {
  const js = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { url: js, execArgv: [] };
  const ts = new URL('./worker.ts', import.meta.url);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { url: ts, execArgv: ['--import', tsx] };
}

/** Runs tasks in the calling thread (for --jobs 1: no worker start-up). */
export class InlineRunner implements Runner {
  run(task: WorkTask, isNew: (hash: string) => Promise<boolean>): Promise<WorkResult> {
    return runTask(task, isNew);
  }
  async close(): Promise<void> { /* nothing to stop */ }
}

interface Pending {
  resolve: (r: WorkResult) => void;
  isNew: (hash: string) => Promise<boolean>;
}

/** One worker thread running one task at a time; a pool holds several. */
class WorkerRunner implements Runner {
  private worker: Worker;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private dead: string | null = null;

  constructor() {
    const { url, execArgv } = workerEntry();
    this.worker = new Worker(url, { execArgv });
    this.worker.unref();
    this.worker.on('message', (msg: { type: 'hash'; id: number; hash: string } | { type: 'result'; id: number; result: WorkResult }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      if (msg.type === 'hash') {
        p.isNew(msg.hash).then(
          (isNew) => this.worker.postMessage({ type: 'answer', id: msg.id, isNew }),
          () => this.worker.postMessage({ type: 'answer', id: msg.id, isNew: false }),
        );
      } else {
        this.pending.delete(msg.id);
        p.resolve(msg.result);
      }
    });
    const fail = (reason: string): void => {
      this.dead = reason;
      for (const p of this.pending.values()) p.resolve({ status: 'failed', reason });
      this.pending.clear();
    };
    this.worker.on('error', (err) => fail(`the worker failed (${err.message})`));
    this.worker.on('exit', (code) => { if (code !== 0 && !this.dead) fail(`the worker stopped (exit code ${code})`); });
  }

  run(task: WorkTask, isNew: (hash: string) => Promise<boolean>): Promise<WorkResult> {
    if (this.dead) return Promise.resolve({ status: 'failed', reason: this.dead });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, isNew });
      this.worker.postMessage({ type: 'task', id, task });
    });
  }

  async close(): Promise<void> {
    this.dead = 'closed';
    await this.worker.terminate();
  }
}

/** `jobs` runners: worker threads, or the calling thread when jobs is 1. */
export function createRunners(jobs: number): Runner[] {
  if (jobs <= 1) return [new InlineRunner()];
  return Array.from({ length: jobs }, () => new WorkerRunner());
}
