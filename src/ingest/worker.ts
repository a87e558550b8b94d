/**
 * A worker thread of the ingest pool. Messages in: {type: 'task', id, task} and {type: 'answer', id,
 * isNew}; out: {type: 'hash', id, hash} (asking whether to extract) and {type: 'result', id, result}.
 */
import { parentPort } from 'node:worker_threads';
import { runTask, type WorkTask } from './work.js';

const port = parentPort;
if (!port) throw new Error('claimtrail: ingest/worker runs only as a worker thread');

const waiting = new Map<number, (isNew: boolean) => void>();

port.on('message', (msg: { type: 'task'; id: number; task: WorkTask } | { type: 'answer'; id: number; isNew: boolean }) => {
  if (msg.type === 'answer') {
    waiting.get(msg.id)?.(msg.isNew);
    waiting.delete(msg.id);
    return;
  }
  const { id, task } = msg;
  void runTask(task, (hash) => new Promise<boolean>((resolveNew) => {
    waiting.set(id, resolveNew);
    port.postMessage({ type: 'hash', id, hash });
  })).then((result) => port.postMessage({ type: 'result', id, result }));
});
