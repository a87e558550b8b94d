/**
 * A worker thread of the ingest pool. Messages in: {type: 'tasks', id, tasks} (a batch) and {type:
 * 'answer', id, isNew}; out: {type: 'hash', id, hash} (asking whether to extract; one question at a
 * time per batch) and {type: 'result', id, results} (one result per task, in order).
 */
import { parentPort } from 'node:worker_threads';
import { runTasks, type WorkTask } from './work.js';

const port = parentPort;
if (!port) throw new Error('claimtrail: ingest/worker runs only as a worker thread');

const waiting = new Map<number, (isNew: boolean) => void>();

port.on('message', (msg: { type: 'tasks'; id: number; tasks: WorkTask[] } | { type: 'answer'; id: number; isNew: boolean }) => {
  if (msg.type === 'answer') {
    waiting.get(msg.id)?.(msg.isNew);
    waiting.delete(msg.id);
    return;
  }
  const { id, tasks } = msg;
  void runTasks(tasks, (hash) => new Promise<boolean>((resolveNew) => {
    waiting.set(id, resolveNew);
    port.postMessage({ type: 'hash', id, hash });
  })).then((results) => port.postMessage({ type: 'result', id, results }));
});
